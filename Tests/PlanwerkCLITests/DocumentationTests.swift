import Foundation
import PlanwerkTestSupport
import Testing

/// The pages a new user reads, tried as that user would: every plan block is
/// checked and run, every `$ planwerk …` line is run and its output compared
/// with the page, every REPL exchange is replayed (conventions in
/// `DocumentationPage.swift` and docs/README.md). `PLANWERK_RECORD=1`
/// rewrites the shown output of console and REPL blocks.
@Suite struct DocumentationTests {
    @Test func theTutorialRunsAsShown() throws {
        let counts = try DocumentationPage.run("docs/tutorial.md")
        #expect(counts["command", default: 0] >= 8, "\(counts)")
        #expect(counts["file", default: 0] + counts["append", default: 0] >= 5, "\(counts)")
    }

    @Test func theLanguageReferenceExamplesRun() throws {
        let counts = try DocumentationPage.run("docs/language.md")
        #expect(counts["plan", default: 0] >= 15, "\(counts)")
        #expect(counts["repl", default: 0] >= 3, "\(counts)")
        #expect(counts["error", default: 0] >= 3, "\(counts)")
    }

    @Test func theReadmeRunsAsShown() throws {
        let readme = try DocumentationPage.text("README.md")
        // The two commands CI and new users rely on, exactly as written.
        #expect(readme.contains("```sh\nswift run planwerk run examples/csmo-department.plan\n```"))
        #expect(readme.contains("```sh\nswift test\n```"))
        #expect(try String(decoding: Data(contentsOf: URL(fileURLWithPath: DocumentationPage.repository + "/.ci/run")), as: UTF8.self)
            .contains("\nswift test 2>&1"))
        let counts = try DocumentationPage.run("README.md")
        #expect(counts["plan", default: 0] >= 1 && counts["command", default: 0] >= 1, "\(counts)")
    }

    @Test func everyPageLinkedFromTheIndexExistsAndEveryPageIsLinked() throws {
        let index = try DocumentationPage.text("docs/README.md")
        let pages = try FileManager.default.contentsOfDirectory(atPath: DocumentationPage.repository + "/docs")
            .filter { $0.hasSuffix(".md") && $0 != "README.md" }
        #expect(pages.count >= 15)
        for page in pages { #expect(index.contains("](\(page))"), "docs/README.md does not link \(page)") }
        let readme = try DocumentationPage.text("README.md")
        for page in ["tutorial.md", "language.md", "cli.md", "repl.md", "ci.md", "diagnostics.md", "editors.md"] {
            #expect(readme.contains("](docs/\(page))"), "README.md does not link docs/\(page)")
        }
    }

    @Test func relativeLinksPointAtFilesThatExist() throws {
        let root = DocumentationPage.repository
        let pages = ["README.md", "examples/README.md"] + (try FileManager.default.contentsOfDirectory(atPath: root + "/docs"))
            .filter { $0.hasSuffix(".md") }.map { "docs/" + $0 }
        let link = try NSRegularExpression(pattern: #"\]\(([^)#:\s]+)(#[^)]*)?\)"#)
        for page in pages {
            let text = try DocumentationPage.text(page)
            let folder = URL(fileURLWithPath: root + "/" + page).deletingLastPathComponent()
            for m in link.matches(in: text, range: NSRange(text.startIndex..., in: text)) {
                let target = String(text[Range(m.range(at: 1), in: text)!])
                #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent(target).path),
                        "\(page) links \(target), which does not exist")
            }
        }
    }
}
