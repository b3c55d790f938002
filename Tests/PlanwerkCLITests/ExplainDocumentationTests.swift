import Foundation
import PlanwerkTestSupport
import Testing

/// docs/diagnostics.md says what `planwerk explain` says: for every code the
/// built command lists, the page has its section with the same title,
/// explanation, example and fix. (`DiagnosticCatalogTests` compares the page
/// with the catalog byte for byte; this checks the command end to end.)
@Suite struct ExplainDocumentationTests {
    @Test func everyCodeExplainedIsOnThePageWithTheSameText() throws {
        let page = try DocumentationPage.text("docs/diagnostics.md")
        let list = try PlanwerkExecutable.run(["explain", "--list"])
        #expect(list.status == 0)
        let codes = list.stdout.split(separator: "\n").map { String($0.prefix(5)) }
        #expect(codes.count >= 60)
        for code in codes {
            let r = try PlanwerkExecutable.run(["explain", code])
            #expect(r.status == 0, "\(code): \(r.stderr)")
            let parts = r.stdout.components(separatedBy: "\n\nExample:\n")
            let head = parts[0].components(separatedBy: "\n\n")
            let title = String(head[0].dropFirst("\(code): ".count))
            let explanation = head.dropFirst().joined(separator: "\n\n")
            let rest = parts.count > 1 ? parts[1].components(separatedBy: "\n\nFixed:\n") : []
            // The command indents examples by four spaces; the page puts them in ```plan blocks.
            func unindented(_ s: String) -> String {
                s.split(separator: "\n", omittingEmptySubsequences: false).map { $0.hasPrefix("    ") ? String($0.dropFirst(4)) : String($0) }
                    .joined(separator: "\n")
            }
            #expect(rest.count == 2 && rest[1].hasSuffix("\n"), "\(code): no example and fix")
            guard rest.count == 2 else { continue }
            let section = "## \(code)\n\n**\(title)**\n\n\(explanation)\n\nExample:\n\n```plan\n\(unindented(rest[0]))\n```\n\nFixed:\n\n```plan\n\(unindented(String(rest[1].dropLast())))\n```\n"
            #expect(page.contains(section), "docs/diagnostics.md does not have `planwerk explain \(code)` as printed")
        }
    }
}
