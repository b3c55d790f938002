import Foundation
import PlanwerkGenerator
import PlanwerkTestSupport
import Testing
@testable import PlanwerkREPL

/// The session's state across inputs: reloading, loading, replacing, refusing, surviving nonsense.
@Suite struct SessionTests {
    /// A fresh folder with one plan file, removed after `body`.
    func withPlan(_ text: String, _ body: (String, String) throws -> Void) throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("planwerk-repl-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try text.write(toFile: folder + "/plan.plan", atomically: true, encoding: .utf8)
        try body(folder, folder + "/plan.plan")
    }

    @Test func reloadReadsTheFileAgainAndKeepsTheSessionsDeclarations() throws {
        try withPlan("let budget = 1000 EUR\n") { folder, file in
            var s = REPLSession(folder: folder)
            #expect(s.load("plan.plan").text == "loaded plan.plan: no problems\n")
            #expect(s.feed("let extra = budget * 2").text.isEmpty)
            try "let budget = 3000 EUR\n".write(toFile: file, atomically: true, encoding: .utf8)
            #expect(s.feed("extra").text == "2000 EUR : Money\n", "the file is read once until :reload")
            #expect(s.feed(":reload").text == "reloaded plan.plan: no problems\n")
            #expect(s.feed("extra").text == "6000 EUR : Money\n")
        }
    }

    @Test func aReplacedFileDeclarationStaysReplacedAfterReload() throws {
        try withPlan("let budget = 1000 EUR\nlet twice = budget * 2\n") { folder, file in
            var s = REPLSession(folder: folder)
            _ = s.load("plan.plan")
            let note = s.feed("let budget = 50 EUR").text
            #expect(note.contains("note[P0210]") && note.contains("plan.plan:1:5"))
            #expect(s.feed("twice").text == "100 EUR : Money\n", "the file's own declarations see the new value")
            try "let budget = 7 EUR\nlet twice = budget * 2\nlet thrice = budget * 3\n".write(toFile: file, atomically: true, encoding: .utf8)
            _ = s.feed(":reload")
            #expect(s.feed("thrice").text == "150 EUR : Money\n")
        }
    }

    @Test func loadStartsTheDeclarationsAfresh() throws {
        try withPlan("let a = 1\n") { folder, _ in
            var s = REPLSession(folder: folder)
            _ = s.feed("let mine = 5")
            #expect(s.feed("mine").text == "5 : Int\n")
            _ = s.load("plan.plan")
            #expect(s.feed("mine").text.contains("error[P0212]"))
            #expect(s.feed("a").text == "1 : Int\n")
        }
    }

    @Test func aLoadThatFailsKeepsThePlan() throws {
        try withPlan("let a = 1\n") { folder, _ in
            var s = REPLSession(folder: folder)
            _ = s.load("plan.plan")
            let reply = s.feed(":load nothing.plan")
            #expect(reply.text.contains("<repl>:1:7: error[P0801]: there is no file `nothing.plan`"))
            #expect(s.feed("a").text == "1 : Int\n")
        }
    }

    @Test func aRefusedDeclarationLeavesThePlanAsItWas() {
        var s = REPLSession()
        _ = s.feed("let a = 2")
        let reply = s.feed("let a = 2 + \"x\"")
        #expect(reply.text.contains("error[P0303]"))
        #expect(reply.text.hasSuffix("(not added: the plan would have the errors above)\n"))
        #expect(s.feed("a").text == "2 : Int\n")
        #expect(s.hadErrors)
    }

    @Test func diagnosticsAndValuesGoToTheirStreams() {
        var s = REPLSession()
        let reply = s.feed("1 + nothing")
        #expect(reply.parts.count == 1)
        guard case .diagnostics(let text)? = reply.parts.first else { Issue.record("no diagnostics"); return }
        #expect(text.hasPrefix("<repl>:1:5: error[P0212]"))
        guard case .text(let value)? = s.feed("1 + 1").parts.first else { Issue.record("no value"); return }
        #expect(value == "2 : Int\n")
    }

    @Test func quitEndsTheSession() {
        var s = REPLSession()
        #expect(s.feed(":quit").quit)
        #expect(s.feed(":q").quit)
        #expect(!s.feed(":help").quit)
    }

    @Test func theGanttChartFitsTheWidth() throws {
        try withPlan(Self.manyTasks) { folder, _ in
            var s = REPLSession(folder: folder)
            _ = s.load("plan.plan")
            for width in [20, 40, 61, 80, 132, 200] {
                s.width = width
                let chart = s.feed(":gantt c").text
                let rows = chart.split(separator: "\n").dropFirst()
                #expect(rows.count == 31, "ruler and 30 tasks")
                for row in rows { #expect(row.count <= max(width, 40), "\(width): \(row)") }
                #expect(rows.dropFirst().allSatisfy { $0.contains("█") || $0.contains("◆") })
            }
        }
    }

    static let manyTasks: String = {
        var text = "start 2026-11-30\ncampaign c {\n"
        for k in 0..<30 {
            let after = k == 0 ? "" : "after t\(k - 1); "
            text += "  task t\(k) \"Aufgabe mit einem recht langen Titel \(k)\" { \(after)length \(k % 3 + 1)bd }\n"
        }
        return text + "}\n"
    }()

    @Test(arguments: [1, 2, 3] as [UInt64]) func nonsenseNeverEndsTheSession(seed: UInt64) {
        var s = REPLSession()
        var generator = SplitMix64(seed: seed)
        let alphabet = Array("abc.:[](){}\"#=+-*/<>,;0123456789 \tüß€😀\u{0}\u{7F}letcampaignteam:agenda:gantt:explain")
        for _ in 0..<300 {
            let length = generator.below(40)
            let line = String((0..<length).map { _ in alphabet[generator.below(alphabet.count)] })
            _ = s.feed(line)
            if s.isContinuing && generator.below(2) == 0 { s.abandonInput() }
        }
        _ = s.endOfInput()
        #expect(!s.isContinuing)
        #expect(s.feed("1 + 1").text == "2 : Int\n", "the session still answers")
    }
}

