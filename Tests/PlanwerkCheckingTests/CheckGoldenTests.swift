import Foundation
import PlanwerkTestSupport
import Testing
@testable import PlanwerkChecking
@testable import PlanwerkSyntax

/// Plans beside the diagnostics the checker gives for them:
/// `Fixtures/checks/NAME.plan` and `NAME.expected`. A fixture named after a
/// code (`P0302-…`) must produce that code; `…-clean` fixtures must produce
/// none. `PLANWERK_RECORD=1` rewrites the expected files.
@Suite struct CheckGoldenTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/checks")

    static var fixtures: [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? [])
            .filter { $0.hasSuffix(".plan") }.map { String($0.dropLast(5)) }.sorted()
    }

    @Test(arguments: fixtures)
    func checkedDiagnostics(name: String) throws {
        let text = try String(contentsOf: Self.folder.appendingPathComponent(name + ".plan"), encoding: .utf8)
        let path = "Fixtures/checks/\(name).plan"
        let graph = ModuleLoader(provider: MemorySourceProvider([path: text])).load(root: path)
        let result = Checker.check(graph)
        let rendered = TerminalRenderer(sources: graph.sources).render(result.diagnostics.sortedForDisplay())
        if name.hasPrefix("P") {
            let code = String(name.prefix(5))
            #expect(result.diagnostics.contains { $0.code.rawValue == code }, "\(name) should produce \(code): \(result.diagnostics.map(\.code))")
        }
        if name.hasSuffix("-clean") {
            #expect(result.diagnostics.isEmpty, "\(result.diagnostics.map { "\($0.code) \($0.message)" })")
        }
        Golden.assertMatches(actual: rendered, expectedFile: Self.folder.appendingPathComponent(name + ".expected").path)
    }
}
