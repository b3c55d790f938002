import Foundation
import PlanwerkTestSupport
import Testing

/// `--diagnostics human|json|sarif|github` on `check`, `run`, `export` and
/// `due`, end to end: the exit status, and standard error holding exactly
/// the format asked for.
@Suite struct DiagnosticFormatCommandTests {
    static let bad = "start 2026-11-30\ncampaign c { task t { effort 2days } }\n"
    static let clean = "start 2026-11-30\ncampaign c { task t { duration 2h } }\n"

    /// Standard error parsed as one JSON document.
    static func document(_ r: CommandResult) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(r.stderr.utf8)) as? [String: Any], "stderr: \(r.stderr)")
    }

    /// The SARIF results of standard error.
    static func results(_ r: CommandResult) throws -> [[String: Any]] {
        let log = try document(r)
        #expect(log["version"] as? String == "2.1.0")
        let runs = try #require(log["runs"] as? [[String: Any]])
        return try #require(runs.first?["results"] as? [[String: Any]])
    }

    @Test func checkInEveryFormat() throws {
        try inFolder { folder in
            try write(Self.bad, "bad.plan", in: folder)
            let human = try PlanwerkExecutable.run(["check", "bad.plan", "--diagnostics", "human"], in: folder)
            #expect(human.status == 1)
            #expect(human.stderr.hasPrefix("bad.plan:2:31: error[P0007]"), "\(human.stderr)")
            #expect(human.stderr.hasSuffix("bad.plan: 1 error\n"))

            let json = try PlanwerkExecutable.run(["check", "bad.plan", "--diagnostics", "json"], in: folder)
            #expect(json.status == 1)
            let list = try #require(try Self.document(json)["diagnostics"] as? [[String: Any]])
            #expect(list.count == 1)
            #expect(list.first?["code"] as? String == "P0007" && list.first?["line"] as? Int == 2 && list.first?["column"] as? Int == 31)

            let sarif = try PlanwerkExecutable.run(["check", "bad.plan", "--diagnostics", "sarif"], in: folder)
            #expect(sarif.status == 1)
            let results = try Self.results(sarif)
            #expect(results.map { $0["ruleId"] as? String } == ["P0007"])

            let github = try PlanwerkExecutable.run(["check", "bad.plan", "--diagnostics", "github"], in: folder)
            #expect(github.status == 1)
            #expect(github.stderr.hasPrefix("::error file=bad.plan,line=2,col=31,endLine=2,endColumn=35,title=P0007 a number with a unit I don't know::P0007: "), "\(github.stderr)")
        }
    }

    @Test func aCleanPlanGivesAnEmptySARIFLogAndExitsZero() throws {
        try inFolder { folder in
            try write(Self.clean, "ok.plan", in: folder)
            let r = try PlanwerkExecutable.run(["check", "ok.plan", "--diagnostics", "sarif"], in: folder)
            #expect(r.status == 0)
            #expect(try Self.results(r).isEmpty)
            let json = try PlanwerkExecutable.run(["check", "ok.plan", "--diagnostics", "json"], in: folder)
            #expect(json.status == 0)
            #expect((try Self.document(json)["diagnostics"] as? [Any])?.isEmpty == true)
            let github = try PlanwerkExecutable.run(["check", "ok.plan", "--diagnostics", "github"], in: folder)
            #expect(github.status == 0 && github.stderr == "ok.plan: no problems\n")
        }
    }

    @Test func severalFilesMakeOneSARIFLog() throws {
        try inFolder { folder in
            try write(Self.bad, "a.plan", in: folder)
            try write(Self.bad, "b.plan", in: folder)
            let r = try PlanwerkExecutable.run(["check", "a.plan", "b.plan", "missing.plan", "--diagnostics", "sarif"], in: folder)
            #expect(r.status == 2, "a file that cannot be read wins")
            let results = try Self.results(r)
            #expect(results.map { $0["ruleId"] as? String } == ["P0007", "P0007", "P0801"])
            let uris = results.compactMap { (($0["locations"] as? [[String: Any]])?.first?["physicalLocation"] as? [String: Any])?["artifactLocation"] as? [String: Any] }
                .compactMap { $0["uri"] as? String }
            #expect(uris == ["a.plan", "b.plan", "missing.plan"])
        }
    }

    @Test func runWritesTheAgendaToStdoutAndSARIFToStderr() throws {
        try inFolder { folder in
            try write(RunCommandTests.late, "late.plan", in: folder)
            let r = try PlanwerkExecutable.run(["run", "late.plan", "--diagnostics", "sarif"], in: folder)
            #expect(r.status == 1)
            #expect(r.stdout.hasPrefix("Agenda of late"))
            let results = try Self.results(r)
            #expect(results.map { $0["ruleId"] as? String } == ["P0501"])
            #expect(results.first?["level"] as? String == "error")
            let github = try PlanwerkExecutable.run(["run", "late.plan", "--diagnostics", "github"], in: folder)
            #expect(github.status == 1)
            #expect(github.stderr.contains("::error file=late.plan,line=3,col=41,"))
            let clean = try PlanwerkExecutable.run(["run", "late.plan", "--diagnostics", "yaml"], in: folder)
            #expect(clean.status == 2, "an unknown format is a usage error")
        }
    }

    @Test func anExportThatCannotBeWrittenIsInTheSARIFLog() throws {
        try inFolder { folder in
            try write(Self.clean, "ok.plan", in: folder)
            let r = try PlanwerkExecutable.run(["export", "ok.plan", "--format", "ics", "-o", "missing/out.ics", "--diagnostics", "sarif"], in: folder)
            #expect(r.status == 2)
            #expect(try Self.results(r).map { $0["ruleId"] as? String } == ["P0802"])
        }
    }

    @Test func everyCodeHasALongExplanationWithAnExample() throws {
        let list = try PlanwerkExecutable.run(["explain", "--list"])
        let codes = list.stdout.split(separator: "\n").map { String($0.prefix(5)) }
        #expect(codes.count >= 90)
        for code in codes {
            let r = try PlanwerkExecutable.run(["explain", code])
            #expect(r.status == 0)
            let parts = r.stdout.components(separatedBy: "\n\nExample:\n")
            #expect(parts.count == 2 && parts[0].count > 80, "\(code) has a long explanation")
            #expect(parts.last?.contains("\n\nFixed:\n    ") == true, "\(code) has an example and its fix")
        }
    }
}
