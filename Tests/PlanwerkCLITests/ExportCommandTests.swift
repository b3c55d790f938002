import Foundation
import PlanwerkTestSupport
import Testing

/// `planwerk export --format ics|csv|mermaid|html|markdown` end to end:
/// exit statuses, `-o`, and the HTML page in a real browser.
@Suite struct ExportCommandTests {
    static let formats = ["json", "ics", "csv", "mermaid", "html", "markdown"]

    @Test func everyFormatOfACleanPlanExitsZeroAndWritesTheSameBytesToAFile() throws {
        try inFolder { folder in
            try write(DiagnosticFormatCommandTests.clean, "ok.plan", in: folder)
            for format in Self.formats {
                let r = try PlanwerkExecutable.run(["export", "ok.plan", "--format", format], in: folder)
                #expect(r.status == 0, "\(format): \(r.stderr)")
                #expect(!r.stdout.isEmpty)
                let file = try PlanwerkExecutable.run(["export", "ok.plan", "--format", format, "-o", "out.\(format)"], in: folder)
                #expect(file.status == 0 && file.stdout.isEmpty)
                #expect(try read("out.\(format)", in: folder) == r.stdout, "\(format): the same bytes to a file")
            }
        }
    }

    @Test func aPlanWithProblemsIsStillExportedAndExitsOne() throws {
        try inFolder { folder in
            try write(RunCommandTests.late, "late.plan", in: folder)
            for format in Self.formats {
                let r = try PlanwerkExecutable.run(["export", "late.plan", "--format", format], in: folder)
                #expect(r.status == 1, "\(format)")
                #expect(r.stdout.contains("long"), "\(format): the schedule is written")
            }
            let md = try PlanwerkExecutable.run(["export", "late.plan", "--format", "markdown"], in: folder)
            #expect(md.stdout.contains("- **error P0501** `c.long` ends 2026-12-02 17:00"))
        }
    }

    @Test func aPlanThatDoesNotCheckWritesNothing() throws {
        try inFolder { folder in
            try write(DiagnosticFormatCommandTests.bad, "bad.plan", in: folder)
            let r = try PlanwerkExecutable.run(["export", "bad.plan", "--format", "ics"], in: folder)
            #expect(r.status == 1)
            #expect(r.stdout.isEmpty)
            #expect(r.stderr.contains("error[P0007]"))
        }
    }

    /// Headless Chromium opens the HTML export of the flagship example: the
    /// page parses into the sections and charts we wrote, and a screenshot of
    /// it is a real picture. Needs Debian's `chromium` (`.ci/run` installs it)
    /// and fails without it. `scripts/screenshot-html.sh` makes the same picture to look at.
    @Test func theHTMLPageRendersInChromium() throws {
        let browser = ["/usr/bin/chromium", "/usr/bin/chromium-browser"].first { FileManager.default.isExecutableFile(atPath: $0) }
        guard let browser else {
            Issue.record("no chromium: apt-get install chromium (.ci/run does); this check must run")
            return
        }
        try inFolder { folder in
            let r = try PlanwerkExecutable.run(["export", "examples/csmo-department.plan", "--format", "html", "-o", folder.appendingPathComponent("plan.html").path],
                                               in: RunCommandTests.repository)
            #expect(r.status == 0, "\(r.stderr)")
            let page = "file://" + folder.appendingPathComponent("plan.html").path
            let flags = ["--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--user-data-dir=" + folder.appendingPathComponent("profile").path]
            let dom = try TestProcess.run(URL(fileURLWithPath: browser), flags + ["--dump-dom", page]).stdout
            #expect(dom.components(separatedBy: "<svg ").count - 1 == 3, "one chart per campaign")
            for id in ["approvals", "reports", "problems", "campaign-winter", "campaign-lumo", "campaign-employer"] {
                #expect(dom.contains("id=\"\(id)\""), "section \(id)")
            }
            let png = folder.appendingPathComponent("plan.png")
            _ = try TestProcess.run(URL(fileURLWithPath: browser), flags + ["--window-size=1300,3400", "--screenshot=" + png.path, page])
            let data = try Data(contentsOf: png)
            #expect(data.prefix(8) == Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]), "a PNG")
            let width = data[16..<20].reduce(0) { $0 << 8 | Int($1) }, height = data[20..<24].reduce(0) { $0 << 8 | Int($1) }
            #expect(width == 1300 && height == 3400)
            #expect(data.count > 100_000, "a page with charts and tables compresses to more than a blank one (\(data.count) bytes)")
        }
    }
}
