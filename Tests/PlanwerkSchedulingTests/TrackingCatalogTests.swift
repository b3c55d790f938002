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
        let e = try #require(Self.entries.first { $0.code.rawValue == code })
        let bad = scheduled(e.example)
        #expect(bad.diagnostics.contains { $0.code == e.code }, "\(code)'s example gives \(bad.diagnostics.map(\.code.rawValue))")
        let good = scheduled(e.fix)
        #expect(!good.diagnostics.hasErrors, "\(code)'s fix gives \(good.diagnostics.map { "\($0.code) \($0.message)" })")
        #expect(!good.diagnostics.contains { $0.code == e.code }, "\(code)'s fix still gives it")
    }
}
