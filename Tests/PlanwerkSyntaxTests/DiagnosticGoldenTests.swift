import Foundation
import Testing
@testable import PlanwerkSyntax

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
        try GoldenFile(Self.folder.appendingPathComponent(name + ".expected")).check(rendered)
    }

    @Test func everyFixtureHasItsExpectation() {
        #expect(Self.fixtures.count >= 25)
    }
}

/// Compares text with a golden file, or rewrites it when `PLANWERK_RECORD=1`.
struct GoldenFile {
    let url: URL
    init(_ url: URL) { self.url = url }

    func check(_ actual: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws {
        if ProcessInfo.processInfo.environment["PLANWERK_RECORD"] == "1" {
            try Data(actual.utf8).write(to: url, options: .atomic)
            return
        }
        guard let data = FileManager.default.contents(atPath: url.path) else {
            Issue.record("missing golden file \(url.lastPathComponent); run with PLANWERK_RECORD=1", sourceLocation: sourceLocation)
            return
        }
        let expected = String(decoding: data, as: UTF8.self)
        if expected != actual {
            let e = expected.split(separator: "\n", omittingEmptySubsequences: false)
            let a = actual.split(separator: "\n", omittingEmptySubsequences: false)
            let line = Array(zip(e, a)).firstIndex { $0.0 != $0.1 } ?? min(e.count, a.count)
            Issue.record("""
                \(url.lastPathComponent) differs at line \(line + 1):
                  expected: \(line < e.count ? String(e[line]) : "<end>")
                  actual:   \(line < a.count ? String(a[line]) : "<end>")
                (PLANWERK_RECORD=1 swift test rewrites it)
                """, sourceLocation: sourceLocation)
        }
    }
}
