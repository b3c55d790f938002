import Foundation
import PlanwerkOutput
import PlanwerkTestSupport
import Testing

/// Every format on every hand-made schedule fixture, problems included
/// (missed deadlines, posts outside windows, people away, clock changes):
/// each renders, twice the same, and keeps its format's rules.
@Suite struct ExportRobustnessTests {
    static let folder = Examples.root + "/Tests/PlanwerkSchedulingTests/Fixtures/schedules"
    static let fixtures = PlanFiles.all(under: folder).filter { !$0.hasSuffix(".status.plan") }

    @Test func thereAreFixtures() {
        #expect(Self.fixtures.count >= 10)
    }

    @Test(arguments: fixtures)
    func everyFormat(_ path: String) throws {
        let input = Examples.input(file: path)
        for format in ExportFormat.allCases {
            let text = format.rendered(input)
            #expect(!text.isEmpty)
            #expect(format.rendered(Examples.input(file: path)) == text, "\(format) is deterministic")
        }
        let ics = ExportFormat.ics.rendered(input)
        let lines = ics.dropLast(1).components(separatedBy: "\r\n")
        #expect(lines.allSatisfy { $0.utf8.count <= 75 && !$0.contains("\n") })
        #expect(lines.filter { $0 == "BEGIN:VEVENT" }.count == input.entries.count)
        let csv = try CSVExportTests.parse(ExportFormat.csv.rendered(input))
        #expect(csv.count == input.entries.count + 1)
        let html = ExportFormat.html.rendered(input)
        #expect(html.components(separatedBy: "<div class=\"problem ").count - 1 == input.problems.count)
    }

    /// Fuzzer finding: a post dated decades ahead drew every day and week of the span into the
    /// HTML Gantt chart (77 MB for a 600-byte plan dated 9423). Over a long span the axis is years.
    @Test func aLongSpanGivesAYearAxisNotOneElementPerDay() throws {
        let plan = """
        start 2026-03-02
        horizon 2062-12-31
        person ana "Ana"
        channel x "X"
        campaign spring {
          task shoot { length 3bd; assign ana }
          post far "Far" on x { at 2058-03-13 10:00 }
        }
        """
        let input = try #require(exportInput(plan))
        let html = ExportFormat.html.rendered(input)
        #expect(html.utf8.count < 40_000)
        #expect(html.components(separatedBy: "<line").count < 60)
        #expect(html.contains(">2030</text>") && html.contains(">2050</text>") && !html.contains(">2031</text>"))
        #expect(!html.contains("fill=\"#eef2f6\""), "no day is a pixel wide: no days off are drawn")
    }
}
