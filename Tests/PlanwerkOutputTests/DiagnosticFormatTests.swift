import Foundation
@testable import PlanwerkOutput
import PlanwerkSyntax
import PlanwerkTestSupport
import Testing

/// The CI formats of diagnostics, rendered from the same values as the terminal's.
@Suite struct DiagnosticFormatTests {
    static let file = SourceFile(path: "plans/a plan.plan", bytes: Array("start 2026-11-30\ncampaign c { task t { effort 2days } }\n".utf8))
    static let sources = [file.path: file]
    static let diagnostics = [
        Diagnostic(.unknownUnit, .error, "`2days` has a unit I don't know: 100%, a CR\r and\na line break",
                   at: SourceSpan(file: file.path, range: SourceRange(45, 50)), label: "here",
                   secondary: [DiagnosticLabel(span: SourceSpan(file: file.path, range: SourceRange(17, 25)), message: "in this campaign")],
                   notes: ["units: bd, bh"], help: ["write `2bd`"]),
        Diagnostic(DiagnosticCode("P0418"), .warning, "a, b: c", at: SourceSpan(file: file.path, range: SourceRange(0, 5))),
        Diagnostic(.cannotReadFile, .error, "there is no file `gone.plan`", at: SourceSpan(file: "gone.plan", range: .empty)),
    ]

    @Test func sarifHasTheShapeCodeScanningNeeds() throws {
        let text = DiagnosticFormat.sarif.rendered(Self.diagnostics, sources: Self.sources)
        let log = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        #expect(log["version"] as? String == "2.1.0")
        #expect((log["$schema"] as? String)?.hasSuffix("sarif-2.1.0.json") == true)
        let runs = try #require(log["runs"] as? [[String: Any]])
        #expect(runs.count == 1)
        let driver = try #require((runs[0]["tool"] as? [String: Any])?["driver"] as? [String: Any])
        #expect(driver["name"] as? String == "planwerk")
        let rules = try #require(driver["rules"] as? [[String: Any]])
        #expect(rules.count == DiagnosticCatalog.all.count)
        for rule in rules {
            let id = try #require(rule["id"] as? String)
            #expect(Self.text(rule["shortDescription"]).count > 5, "\(id)")
            #expect(Self.text(rule["fullDescription"]).count > 40, "\(id) has a long explanation")
            #expect(Self.text(rule["help"]).contains("Example:") && Self.text(rule["help"]).contains("Fixed:"), "\(id) has an example")
        }
        let results = try #require(runs[0]["results"] as? [[String: Any]])
        #expect(results.count == 3)
        for r in results {
            let ruleId = try #require(r["ruleId"] as? String)
            let index = try #require(r["ruleIndex"] as? Int)
            #expect(rules[index]["id"] as? String == ruleId)
            #expect(["error", "warning", "note"].contains(r["level"] as? String ?? ""))
            #expect(!Self.text(r["message"]).isEmpty)
            let locations = try #require(r["locations"] as? [[String: Any]])
            let physical = try #require(locations.first?["physicalLocation"] as? [String: Any])
            #expect(((physical["artifactLocation"] as? [String: Any])?["uri"] as? String)?.isEmpty == false)
            let region = try #require(physical["region"] as? [String: Any])
            #expect((region["startLine"] as? Int ?? 0) >= 1 && (region["startColumn"] as? Int ?? 0) >= 1)
        }
        // Results in reading order: the file that cannot be read sorts first.
        let first = try #require((results[1]["locations"] as? [[String: Any]])?.first?["physicalLocation"] as? [String: Any])
        #expect((first["artifactLocation"] as? [String: Any])?["uri"] as? String == "plans/a%20plan.plan")
        #expect((first["region"] as? [String: Any])?["startLine"] as? Int == 1)
        let unit = try #require(results.first { $0["ruleId"] as? String == "P0007" })
        let region = try #require(((unit["locations"] as? [[String: Any]])?.first?["physicalLocation"] as? [String: Any])?["region"] as? [String: Any])
        #expect(region["startLine"] as? Int == 2 && region["startColumn"] as? Int == 29 && region["endColumn"] as? Int == 34)
        #expect((unit["relatedLocations"] as? [[String: Any]])?.count == 1)
        #expect(Self.text(unit["message"]).hasSuffix("\nnote: units: bd, bh\nhelp: write `2bd`"))
    }

    /// The `text` of a SARIF message object, or "".
    static func text(_ message: Any?) -> String {
        ((message as? [String: Any])?["text"] as? String) ?? ""
    }

    @Test func githubAnnotationsEscapeWhatTheRunnerReads() {
        let text = DiagnosticFormat.github.rendered(Self.diagnostics, sources: Self.sources)
        let lines = text.split(separator: "\n").map(String.init)
        #expect(lines.count == 3, "one line each: CR and LF inside are escaped")
        #expect(lines[0] == "::error file=gone.plan,title=P0801 a file cannot be read::P0801: there is no file `gone.plan`")
        #expect(lines[1] == "::warning file=plans/a plan.plan,line=1,col=1,endLine=1,endColumn=6,title=P0418 a team lead who is not a member (warning)::P0418: a, b: c")
        #expect(lines[2] == "::error file=plans/a plan.plan,line=2,col=29,endLine=2,endColumn=34,title=P0007 a number with a unit I don't know::"
                + "P0007: `2days` has a unit I don't know: 100%25, a CR%0D and%0Aa line break%0Anote: units: bd, bh%0Ahelp: write `2bd`")
        #expect(GitHubAnnotations.escapeProperty("a:b,c%d\r\n") == "a%3Ab%2Cc%25d%0D%0A")
    }

    @Test func jsonCarriesEveryPartOfTheDiagnostic() throws {
        let text = DiagnosticFormat.json.rendered(Self.diagnostics, sources: Self.sources)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        let list = try #require(object["diagnostics"] as? [[String: Any]])
        #expect(list.map { $0["code"] as? String } == ["P0801", "P0418", "P0007"])
        let unit = list[2]
        #expect(unit["line"] as? Int == 2 && unit["column"] as? Int == 29 && unit["end_column"] as? Int == 34)
        #expect(unit["help"] as? [String] == ["write `2bd`"])
        #expect(unit["notes"] as? [String] == ["units: bd, bh"])
        #expect((unit["labels"] as? [[String: Any]])?.first?["message"] as? String == "in this campaign")
        #expect(list[0]["line"] is NSNull, "no line where the file is unknown")
    }

    @Test func humanIsTheTerminalRenderer() {
        let text = DiagnosticFormat.human.rendered(Self.diagnostics, sources: Self.sources)
        #expect(text == TerminalRenderer(sources: Self.sources).render(Self.diagnostics.sortedForDisplay()))
        #expect(text.contains("plans/a plan.plan:2:29: error[P0007]:"))
    }
}
