import PlanwerkScheduling
import PlanwerkSyntax
import Testing

/// The catalog's example of each tracking code (P06xx) gives that code when
/// the plan is run, and its fix runs without errors.
@Suite struct TrackingCatalogTests {
    static let entries = DiagnosticCatalog.all.filter { $0.code.rawValue.hasPrefix("P06") }

    @Test func everyTrackingCodeIsExplained() {
        #expect(Self.entries.map(\.code) == [.unknownTrackedTask, .statusDoesNotFit, .unknownStep, .notEntitled, .afterNow,
                                             .progressBackwards, .overdueStep])
    }

    @Test(arguments: entries.map(\.code.rawValue))
    func exampleGivesItsCodeAndFixDoesNot(_ code: String) throws {
        expectExampleGivesItsCodeAndFixDoesNot(try #require(Self.entries.first { $0.code.rawValue == code }))
    }
}
