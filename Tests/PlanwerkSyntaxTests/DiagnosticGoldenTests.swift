import Foundation
import Testing
@testable import PlanwerkSyntax
import PlanwerkTestSupport

/// Broken plans beside their rendered diagnostics: `Fixtures/diagnostics/NAME.plan`
/// and `NAME.expected` show what the user sees. A fixture named after a code
/// (`P0105-…`) must produce that code. `PLANWERK_RECORD=1` rewrites the expected files.
@Suite struct DiagnosticGoldenTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/diagnostics")

    static var fixtures: [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? [])
            .filter { $0.hasSuffix(".plan") }.map { String($0.dropLast(5)) }.sorted()
    }

    @Test(arguments: fixtures)
    func renderedDiagnostics(name: String) throws {
        let data = try Data(contentsOf: Self.folder.appendingPathComponent(name + ".plan"))
        let path = "Fixtures/diagnostics/\(name).plan"
        let source = SourceFile(path: path, bytes: Array(data))
        let plan = Parser.parse(source)
        let rendered = TerminalRenderer(sources: [path: source]).render(plan.diagnostics.sortedForDisplay())
        if name.hasPrefix("P") {
            let code = String(name.prefix(5))
            #expect(plan.diagnostics.contains { $0.code.rawValue == code }, "\(name) should produce \(code)")
        }
        Golden.assertMatches(actual: rendered, expectedFile: Self.folder.appendingPathComponent(name + ".expected").path)
    }

    @Test func everyFixtureHasItsExpectation() {
        #expect(Self.fixtures.count >= 25)
    }
}
