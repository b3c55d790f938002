import Foundation
import Testing
@testable import PlanwerkSyntax

/// Every `plan` snippet of LANGUAGE.md is kept in `Fixtures/language-snippets.plan`
/// and must parse without a diagnostic. When the design document is beside the
/// repository (`../shared/LANGUAGE.md`, as in CI), the fixture must hold exactly
/// its snippets, so a change to the design cannot go unnoticed.
@Suite struct LanguageSnippetTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let fixture = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/language-snippets.plan")

    static func snippets(of markdown: String) -> [String] {
        var result: [String] = []
        var current: [Substring]? = nil
        for line in markdown.split(separator: "\n", omittingEmptySubsequences: false) {
            if current == nil, line == "```plan" { current = [] }
            else if current != nil, line == "```" { result.append(current!.joined(separator: "\n")); current = nil }
            else if current != nil { current!.append(line) }
        }
        return result
    }

    @Test func fixtureParsesClean() throws {
        let text = try String(contentsOf: Self.fixture, encoding: .utf8)
        let plan = Parser.parse(SourceFile(path: "language-snippets.plan", text: text))
        #expect(plan.diagnostics.isEmpty, "\(plan.diagnostics.map(\.message))")
    }

    @Test func fixtureHoldsEverySnippetOfTheDesign() throws {
        let design = Self.root.deletingLastPathComponent().appendingPathComponent("shared/LANGUAGE.md")
        guard let markdown = try? String(contentsOf: design, encoding: .utf8) else { return }  // design not beside this checkout
        let fixture = try String(contentsOf: Self.fixture, encoding: .utf8)
        let snippets = Self.snippets(of: markdown)
        #expect(snippets.count >= 8)
        for (i, snippet) in snippets.enumerated() {
            #expect(fixture.contains(snippet), "snippet \(i + 1) of LANGUAGE.md is missing from language-snippets.plan")
            let plan = Parser.parse(SourceFile(path: "snippet\(i + 1).plan", text: snippet))
            #expect(plan.diagnostics.isEmpty, "snippet \(i + 1): \(plan.diagnostics.map(\.message))")
        }
    }
}
