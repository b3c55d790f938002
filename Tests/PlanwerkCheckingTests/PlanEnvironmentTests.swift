import Testing
@testable import PlanwerkChecking
@testable import PlanwerkSyntax

/// Values of a checked plan: `let`s with the plan's currency, calendar and zone.
@Suite struct PlanEnvironmentTests {
    func values(_ text: String) -> (Checker.Result, PlanEnvironment) {
        let graph = ModuleLoader(provider: MemorySourceProvider(["p.plan": text])).load(root: "p.plan")
        let result = Checker.check(graph)
        return (result, result.environment(graph))
    }

    @Test func letsEvaluateWithThePlansCalendar() {
        let (result, env) = values("""
        calendar office
        calendar office { weekdays mon..fri; hours 09:00..12:00, 13:00..17:00; holidays [2026-12-24..2026-12-26] }
        let day = 2026-12-23 + 1bd
        let total = 8000 EUR * 2
        let later = total + 500 EUR
        """)
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics.map(\.message))")
        #expect(env.value(ofName: "day")?.display(currency: "EUR") == "2026-12-28")
        #expect(env.value(ofName: "later")?.display(currency: "EUR") == "16500 EUR")
        #expect(env.businessDayMinutes == 420)
    }

    @Test func anEmptySumIsTheZeroOfItsType() {
        let (result, env) = values("let none = sum(filter([5 EUR], m => m > 10 EUR))\nlet hours = sum(filter([1bh], w => w > 2bh))")
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics.map(\.message))")
        #expect(env.value(ofName: "none")?.display(currency: "EUR") == "0 EUR")
        #expect(env.value(ofName: "hours")?.display(currency: "EUR") == "0bh")
    }

    @Test func entitiesAreReferencesAndUnknownsStayUnknown() {
        let (_, env) = values("start 2026-11-30\nteam social \"S\" { lead v; person v \"V\" }\ncampaign c { owner social; budget 100 EUR; task t { duration 1d } }")
        #expect(env.value(ofName: "social") == .entity(EntityReference(kind: .team, id: "social")))
        #expect(env.member("budget", of: EntityReference(kind: .campaign, id: "c"))?.display(currency: "EUR") == "100 EUR")
        #expect(env.member("t", of: EntityReference(kind: .campaign, id: "c")) == .entity(EntityReference(kind: .task, id: "c.t")))
        #expect(env.member("start", of: EntityReference(kind: .task, id: "c.t")) == nil, "known only after scheduling")
    }
}
