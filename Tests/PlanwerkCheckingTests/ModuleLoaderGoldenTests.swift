import Foundation
import Testing
import PlanwerkChecking
import PlanwerkSyntax
import PlanwerkTestSupport

/// What the user sees for the loader's diagnostics: each folder under
/// `Fixtures/imports/` is a small plan tree, loaded from memory with paths
/// relative to that folder, and `NAME.expected` beside it holds the rendered
/// diagnostics (`PLANWERK_RECORD=1` rewrites them).
@Suite struct ModuleLoaderGoldenTests {
    static let fixtures = PlanFiles.folder(of: #filePath) + "/Fixtures/imports"

    /// The files of one fixture folder, by path relative to it.
    func provider(_ name: String) -> MemorySourceProvider {
        let folder = Self.fixtures + "/" + name
        var files: [String: [UInt8]] = [:]
        for path in PlanFiles.all(under: folder) {
            files[String(path.dropFirst(folder.count + 1))] = PlanFiles.bytes(path)
        }
        return MemorySourceProvider(bytes: files)
    }

    @Test(arguments: [("cycle", "main.plan", ["lib"]), ("missing", "main.plan", ["lib"]), ("sidecar", "winter.plan", []), ("folder", "main.plan", [])])
    func rendering(name: String, root: String, searchPath: [String]) {
        let graph = ModuleLoader(provider: provider(name), searchPath: searchPath).load(root: root)
        #expect(!graph.diagnostics.isEmpty)
        let rendered = TerminalRenderer(sources: graph.sources).render(graph.diagnostics.sortedForDisplay())
        Golden.assertMatches(actual: rendered, expectedFile: Self.fixtures + "/" + name + ".expected")
    }
}

/// The import-depth limit as the user sees it: a chain of 300 files, made in memory.
@Suite struct ImportDepthGoldenTests {
    @Test func aVeryLongChainOfImportsStopsWithOneMessage() {
        var files: [String: String] = [:]
        for k in 0..<300 { files["f\(k).plan"] = k == 299 ? "team t \"T\"\n" : "import \"f\(k + 1).plan\"\n" }
        let graph = ModuleLoader(provider: MemorySourceProvider(files)).load(root: "f0.plan")
        #expect(graph.diagnostics.map(\.code) == [DiagnosticCode("P0705")])
        let rendered = TerminalRenderer(sources: graph.sources).render(graph.diagnostics.sortedForDisplay())
        Golden.assertMatches(actual: rendered, expectedFile: ModuleLoaderGoldenTests.fixtures + "/depth.expected")
    }
}
