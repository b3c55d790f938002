import Foundation
import PlanwerkChecking
import PlanwerkScheduling
import PlanwerkSyntax

/// A campaign as a report shows it (Markdown and HTML): when it runs, its
/// status, its goals, its deadlines and what is late, worked out once from
/// the schedule's entries.
public struct CampaignOverview: Sendable {
    public var id: String
    public var title: String
    /// Owner teams' titles.
    public var owners: [String]
    public var budget: String?
    /// First start and last end of its tasks, posts and milestones; nil when it has none.
    public var start: Int?
    public var end: Int?
    /// `not started`, `under way` or `finished` relative to the plan's `now`; `planned` without one.
    public var phase: String
    /// Its tasks, posts and milestones, in time order.
    public var items: [ScheduleEntry]
    /// The items that are late.
    public var late: [ScheduleEntry]
    /// Items with a deadline: the item (its end against ``ScheduleEntry/deadline``).
    public var deadlines: [ScheduleEntry]
    /// `Reichweite (reach) ≥ 250000: 21300 on 2027-02-15, missed` (unmeasured without a measurement).
    public var goals: [String]

    /// `on time`, or `2 late` with the worst lateness.
    public func health(_ f: TimeFormat) -> String {
        guard let worst = late.compactMap(\.late).max() else { return "on time" }
        return "\(late.count) late (up to \(f.work(worst)))"
    }

    /// Every campaign of the plan, in declaration order.
    public static func all(_ input: ExportInput) -> [CampaignOverview] {
        let plan = input.plan
        let now = plan.settings.now.map { input.schedule.calendar.instant($0) }
        let teamTitles = Dictionary(plan.teams.map { ($0.id, $0.title) }, uniquingKeysWith: { a, _ in a })
        let kpiTitles = Dictionary(plan.kpis.map { ($0.id, $0.title) }, uniquingKeysWith: { a, _ in a })
        return plan.campaigns.map { c in
            let items = input.entries.filter { $0.campaign == c.id && $0.kind != .approval }
            let start = items.map(\.start).min(), end = items.map(\.end).max()
            var phase = "planned"
            if let now, let start, let end { phase = now < start ? "not started" : now >= end ? "finished" : "under way" }
            let day = plan.settings.now?.date ?? end.map { input.schedule.calendar.local($0).date }
            let goals = GoalStanding.of(c, in: plan, onOrBefore: day).map { s in
                let g = s.goal, currency = plan.settings.currency
                let name = kpiTitles[g.kpi].map { "\($0) (\(g.kpi))" } ?? g.kpi
                let latest = s.latest.map { "\($0.value.display(currency: currency)) on \($0.date), " } ?? ""
                return "\(name) \(symbol(g.op)) \(g.target.display(currency: currency)): \(latest)\(s.outcome.rawValue)"
            }
            return CampaignOverview(
                id: c.id, title: c.title, owners: c.owner.map { teamTitles[$0] ?? $0 },
                budget: c.budget.map { Value.money($0).display(currency: plan.settings.currency) },
                start: start, end: end, phase: phase, items: items, late: items.filter { $0.late != nil },
                deadlines: items.filter { $0.deadline != nil }, goals: goals)
        }
    }

    /// `≥` for `>=` and so on, as people write targets.
    static func symbol(_ op: BinaryOperator) -> String {
        switch op {
        case .greaterEqual: return "≥"
        case .lessEqual: return "≤"
        case .notEqual: return "≠"
        case .equal: return "="
        default: return op.rawValue
        }
    }
}
