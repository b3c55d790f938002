import PlanwerkChecking
import PlanwerkSyntax
import Testing

/// The elaborated plan the scheduler works from: templates instantiated with
/// dotted ids, approval flows bound to their arguments, settings evaluated.
@Suite struct ElaborationTests {
    static let library = """
        team marketing "Marketing" { lead anna; person anna "Anna"; person ben "Ben" }
        template campaign launch(product: Text, day: Date, budget: Money = 5000 EUR) {
          owner marketing
          budget budget
          task brief "Briefing {product}" { effort 2bd; assign marketing.lead }
          milestone go_live "Go-Live {product}" { at day 09:00; after brief }
        }
        """
    static let root = """
        import "lib.plan" as lib
        timezone "Europe/Berlin"
        start 2026-11-30
        person ceo "Claudia"
        team social "Social" { lead vivian; person vivian "Vivian"; person max "Max"; person jonas "Jonas" }
        approval review(dept: Team, budget: Money = 0 EUR) {
          step "Fach" by dept.lead within 1bd
          if budget > 10000 EUR { step "Vorstand" by ceo within 3bd } else { step by 2 of social except author within 4bh }
          step by any of social within 2bh expect 1bh
        }
        campaign spring = lib.launch("Frühjahr", 2027-03-15, budget: 12000 EUR)
        campaign own "Eigene" {
          task t { length 1bd; assign max; approval review(lib.marketing, budget: spring.budget) }
          task u { length 1bd; assign max; approval review(lib.marketing) }
          task v { length 1bd; assign jonas; approval review(lib.marketing) }
        }
        """

    static func elaborated() -> ElaboratedPlan {
        let loader = ModuleLoader(provider: MemorySourceProvider(["main.plan": root, "lib.plan": library]), searchPath: [])
        let graph = loader.load(root: "main.plan")
        let checked = Checker.check(graph)
        #expect(!checked.diagnostics.hasErrors, "\(checked.diagnostics.map(\.message))")
        return Elaborator.elaborate(graph, checked: checked)
    }

    @Test func templateItemsGetDottedIdsAndTheirArguments() throws {
        let plan = Self.elaborated()
        #expect(plan.settings.name == "main")
        #expect(plan.settings.start == CivilDate(year: 2026, month: 11, day: 30))
        #expect(plan.settings.timeZone.identifier == "Europe/Berlin")
        let spring = try #require(plan.campaigns.first { $0.id == "spring" })
        #expect(spring.budget == 12000)
        #expect(spring.owner == ["marketing"])
        #expect(spring.items.map { plan.items[$0].id } == ["spring.brief", "spring.go_live"])
        let brief = plan.items[spring.items[0]]
        #expect(brief.title == "Briefing Frühjahr")
        #expect(brief.assignees == ["anna"])
        #expect(brief.work == .effort(960))
        let goLive = plan.items[spring.items[1]]
        #expect(goLive.at == .dateTime(CivilDateTime(date: CivilDate(year: 2027, month: 3, day: 15)!, minute: 540)))
        #expect(goLive.after.map(\.target) == ["spring.brief"])
    }

    @Test func flowsAreBoundDecidedAndNumberedInTextOrder() throws {
        let plan = Self.elaborated()
        let t = try #require(plan.items.first { $0.id == "own.t" }?.approval)
        #expect(t.flow == "review")
        #expect(t.steps.map(\.label) == ["Fach", "Vorstand", "Step 4"], "budget 12000 EUR takes the `if` branch; numbering counts both")
        #expect(t.steps[0].approvers == ["anna"], "dept.lead of the imported team")
        #expect(t.steps[1].sla == 3 * 480)
        #expect(t.steps[2].expect == 60)
        let u = try #require(plan.items.first { $0.id == "own.u" }?.approval)
        #expect(u.steps.map(\.label) == ["Fach", "Step 3", "Step 4"])
        #expect(u.steps[1].approvers == ["vivian", "jonas"], "except author drops max, who is assigned")
        #expect(u.steps[1].needed == 2)
    }

    /// A flow bound to the same arguments is elaborated once and shared: each
    /// use still loses only its own authors and points at its own clause.
    @Test func usesWithTheSameArgumentsShareStepsButNotAuthors() throws {
        let plan = Self.elaborated()
        let u = try #require(plan.items.first { $0.id == "own.u" }?.approval)
        let v = try #require(plan.items.first { $0.id == "own.v" }?.approval)
        #expect(u.steps.map(\.label) == v.steps.map(\.label))
        #expect(u.steps[1].approvers == ["vivian", "jonas"], "max wrote u")
        #expect(v.steps[1].approvers == ["vivian", "max"], "jonas wrote v")
        #expect(u.steps[0].approvers == v.steps[0].approvers)
        #expect(u.span != v.span, "each instance points at its own `approval` clause")
    }
}
