import PlanwerkScheduling
import PlanwerkSyntax
import Testing

/// The catalog's example of each scheduling code (P05xx, and the scheduler's
/// limits P0706 and P0707) gives that code when the plan is run, and its fix runs clean.
@Suite struct SchedulingCatalogTests {
    static let entries = DiagnosticCatalog.all.filter { $0.code.rawValue.hasPrefix("P05") || ["P0706", "P0707"].contains($0.code.rawValue) }

    @Test func everySchedulingCodeIsExplained() {
        #expect(Self.entries.count >= 11)
    }

    @Test(arguments: entries.map(\.code.rawValue))
    func exampleGivesItsCodeAndFixDoesNot(_ code: String) throws {
        expectExampleGivesItsCodeAndFixDoesNot(try #require(Self.entries.first { $0.code.rawValue == code }))
    }
}
