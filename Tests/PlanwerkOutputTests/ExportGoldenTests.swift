import Foundation
import PlanwerkOutput
import PlanwerkTestSupport
import Testing

/// Every export format on every example plan, as golden files under
/// `Fixtures/exports/NAME.EXT` (re-record with `PLANWERK_RECORD=1`), and the
/// same bytes on a second run.
@Suite struct ExportGoldenTests {
    static let formats: [ExportFormat] = [.ics, .csv, .mermaid, .html, .markdown]

    @Test func theExamplesAreThere() {
        #expect(Examples.names.count >= 6)
        #expect(Examples.names.contains("csmo-department"))
    }

    @Test(arguments: Examples.names)
    func example(_ name: String) {
        let input = Examples.input(name)
        for format in Self.formats {
            let text = format.rendered(input)
            let file = Examples.fixtures + "/exports/\(name).\(format.fileExtension)"
            Golden.assertMatches(actual: text.replacingOccurrences(of: Examples.root + "/", with: ""), expectedFile: file)
            #expect(format.rendered(Examples.input(name)) == text, "\(name) \(format): the same bytes on a second run")
        }
    }
}
