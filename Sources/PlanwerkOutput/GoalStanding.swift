import Foundation
import PlanwerkChecking
import PlanwerkSyntax

/// Where a campaign's goal stands (LANGUAGE.md §10 "Tracking"): the latest
/// measurement of its KPI on or before the reference day — the plan's `now`,
/// else the campaign's last day — against the goal's target. The campaign's
/// own measurements (`measure spring.reach …`) count; without any, the
/// plan-wide ones (`measure reach …`). A goal is met, missed or unmeasured,
/// never an error.
public struct GoalStanding: Sendable, Hashable {
    public enum Outcome: String, Sendable, Hashable { case met, missed, unmeasured }
    public var goal: PlanGoal
    public var latest: PlanMeasure?
    public var outcome: Outcome

    /// The standing of each goal of `campaign`, in the campaign's order.
    public static func of(_ campaign: PlanCampaign, in plan: ElaboratedPlan, onOrBefore day: CivilDate?) -> [GoalStanding] {
        campaign.goals.map { goal in
            let latest = Self.latest(plan.measures, kpi: goal.kpi, campaign: campaign.id, onOrBefore: day)
                ?? Self.latest(plan.measures, kpi: goal.kpi, campaign: nil, onOrBefore: day)
            guard let latest, let holds = Self.holds(goal.op, latest.value, goal.target) else {
                return GoalStanding(goal: goal, latest: latest, outcome: .unmeasured)
            }
            return GoalStanding(goal: goal, latest: latest, outcome: holds ? .met : .missed)
        }
    }

    /// The latest measurement of a KPI for a campaign (nil: plan-wide ones) on or before a day; later lines win ties.
    public static func latest(_ measures: [PlanMeasure], kpi: String, campaign: String?, onOrBefore day: CivilDate?) -> PlanMeasure? {
        var best: PlanMeasure? = nil
        for m in measures where m.kpi == kpi && m.campaign == campaign && (day.map { m.date <= $0 } ?? true) {
            if best.map({ m.date >= $0.date }) ?? true { best = m }
        }
        return best
    }

    /// The latest measurement of each KPI, plan-wide and per campaign, on or before a day: KPIs in
    /// declaration order, plan-wide first, then campaigns in declaration order.
    public static func readings(_ plan: ElaboratedPlan, onOrBefore day: CivilDate?) -> [PlanMeasure] {
        let scopes: [String?] = [nil] + plan.campaigns.map(\.id)
        return plan.kpis.flatMap { k in scopes.compactMap { latest(plan.measures, kpi: k.id, campaign: $0, onOrBefore: day) } }
    }

    /// Whether `value OP target` holds, for the numeric kinds KPIs have; nil when they do not compare.
    static func holds(_ op: BinaryOperator, _ value: Value, _ target: Value) -> Bool? {
        guard let x = number(value), let y = number(target) else { return nil }
        switch op {
        case .greaterEqual: return x >= y
        case .greater: return x > y
        case .lessEqual: return x <= y
        case .less: return x < y
        case .equal: return x == y
        case .notEqual: return x != y
        default: return nil
        }
    }

    static func number(_ v: Value) -> Decimal? {
        switch v {
        case .int(let n): return Decimal(n)
        case .number(let d), .percent(let d), .money(let d): return d
        default: return nil
        }
    }
}
