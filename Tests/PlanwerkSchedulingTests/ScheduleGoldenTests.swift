import Foundation
import PlanwerkTestSupport
import Testing

/// Hand-computed schedules: each `Fixtures/schedules/NAME.plan` says in its
/// comments what it expects, and `NAME.expected` holds the exact schedule
/// (re-record with `PLANWERK_RECORD=1`, then read the difference).
@Suite struct ScheduleGoldenTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/schedules").path
    static let fixtures: [String] = ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? [])
        .filter { $0.hasSuffix(".plan") && !$0.hasSuffix(".status.plan") }.sorted()

    @Test func fixturesExist() {
        #expect(Self.fixtures.count >= 10)
    }

    @Test(arguments: fixtures)
    func schedule(_ name: String) {
        let path = Self.folder + "/" + name
        let run = scheduledFile(path)
        let text = summary(run).replacingOccurrences(of: Self.folder + "/", with: "")
        Golden.assertMatches(actual: text, expectedFile: path.replacingOccurrences(of: ".plan", with: ".expected"))
    }
}
