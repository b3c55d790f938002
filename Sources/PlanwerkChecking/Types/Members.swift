/// The members of each kind of value (LANGUAGE.md §2 "Members available in
/// expressions", §10 `plan`): `x.start`, `t.lead`, `plan.campaigns`, …
public enum Members {
    static let schedulable: [String: PlanType] = [
        "start": .dateTime, "end": .dateTime, "slack": .workTime, "late": .workTime,
        "approved": .dateTime, "title": .text, "campaign": .campaign, "assignees": .list(.person),
        "deadline": .dateTime, "priority": .int,
    ]

    /// The type of `base.name`, or nil if that kind of value has no such member.
    public static func type(of base: PlanType, member name: String) -> PlanType? {
        switch base {
        case .error: return .error
        case .task, .milestone:
            return schedulable[name]
        case .post:
            if name == "channel" { return .channel }
            if name == "text" { return .text }
            return schedulable[name]
        case .campaign:
            let t: [String: PlanType] = [
                "start": .dateTime, "end": .dateTime, "budget": .money, "tasks": .list(.task), "posts": .list(.post),
                "milestones": .list(.milestone), "owner": .team, "title": .text, "slack": .workTime, "late": .workTime,
            ]
            return t[name]
        case .team:
            return ["lead": .person, "members": .list(.person), "title": .text, "reports_to": .party][name]
        case .person:
            return ["team": .team, "title": .text, "capacity": .percent, "substitute": .person][name]
        case .channel:
            return ["limit": .int, "owner": .team, "title": .text][name]
        case .report:
            return ["title": .text, "by": .person, "to": .list(.party), "effort": .workTime][name]
        case .kpi:
            return ["title": .text][name]
        case .plan:
            return ["campaigns": .list(.campaign), "reports": .list(.report), "teams": .list(.team), "people": .list(.person),
                    "start": .date, "horizon": .date, "now": .dateTime][name]
        default:
            return nil
        }
    }

    /// Every member name of a kind, for "did you mean".
    public static func names(of base: PlanType) -> [String] {
        let probe = ["start", "end", "slack", "late", "approved", "title", "campaign", "assignees", "deadline", "priority",
                     "channel", "text", "budget", "tasks", "posts", "milestones", "owner", "lead", "members", "reports_to",
                     "team", "capacity", "substitute", "limit", "by", "to", "effort", "campaigns", "reports", "teams",
                     "people", "horizon", "now"]
        return probe.filter { type(of: base, member: $0) != nil }
    }
}
