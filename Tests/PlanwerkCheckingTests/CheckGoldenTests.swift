import Foundation
import PlanwerkTestSupport
import Testing
@testable import PlanwerkChecking
@testable import PlanwerkSyntax

/// Plans beside the diagnostics the checker gives for them:
/// `Fixtures/checks/NAME.plan` and `NAME.expected`; a plan of several files
/// is a folder `NAME/` whose root is `main.plan`. A fixture named after a
/// code (`P0302-…`) must produce that code; `…-clean` fixtures must produce
/// none. `PLANWERK_RECORD=1` rewrites the expected files.
@Suite struct CheckGoldenTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/checks")

    static var fixtures: [String] {
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        let files = entries.filter { $0.hasSuffix(".plan") }.map { String($0.dropLast(5)) }
        let folders = entries.filter { FileManager.default.fileExists(atPath: folder.appendingPathComponent($0 + "/main.plan").path) }
        return (files + folders).sorted()
    }

    /// The fixture's files by the path diagnostics show, and its root.
    static func files(of name: String) throws -> (files: [String: String], root: String) {
        let single = folder.appendingPathComponent(name + ".plan")
        if FileManager.default.fileExists(atPath: single.path) {
            let path = "Fixtures/checks/\(name).plan"
            return ([path: try String(contentsOf: single, encoding: .utf8)], path)
        }
        var files: [String: String] = [:]
        for file in try FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent(name).path) where file.hasSuffix(".plan") {
            files["Fixtures/checks/\(name)/\(file)"] = try String(contentsOf: folder.appendingPathComponent(name + "/" + file), encoding: .utf8)
        }
        return (files, "Fixtures/checks/\(name)/main.plan")
    }

    @Test(arguments: fixtures)
    func checkedDiagnostics(name: String) throws {
        let (files, root) = try Self.files(of: name)
        let graph = ModuleLoader(provider: MemorySourceProvider(files)).load(root: root)
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
