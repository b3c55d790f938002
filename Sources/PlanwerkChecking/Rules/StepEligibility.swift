import PlanwerkSyntax

/// Who can decide a step (or an escalation) for one subject, as far as it
/// is known without scheduling (LANGUAGE.md §10 "Approvals"): the people it
/// names (a person, `TEAM.lead`, the members of `any of`/`all of`/`N of
/// TEAM`), minus the subject's authors under `except author`, minus people
/// away for the whole plan window, plus their substitutes (one hop).
/// Absences shorter than the plan window are left to the scheduler, which
/// knows when each step runs.
struct StepEligibility {
    /// How the step names who decides: a person (or `TEAM.lead`), `any of`, `all of`, `N of`.
    enum Kind { case person, anyOf, allOf, quorum }

    var kind: Kind
    /// The team of `any of`, `all of`, `N of`, or of `TEAM.lead` when that team has no lead.
    var team: Symbol?
    /// The people the step names, in order.
    var named: [Symbol]
    /// How many must decide: 1 for a person or `any of`, N for `N of`, everyone eligible (at least one) for `all of`.
    var needed: Int
    var eligible: [Symbol]
    /// Named people left out as authors of the subject.
    var authors: [Symbol] = []
    /// Named people away for the whole plan window, and whether their substitute stepped in.
    var away: [(person: Symbol, substitute: Symbol?)] = []

    var isSatisfiable: Bool { needed >= 1 && eligible.count >= needed }

    /// Computes who can decide; nil when something it depends on is unknown
    /// (a computed team, `N` or person, or the authors under `except author`).
    /// `excludeAuthors` is the step's `except author`, or true for an escalation target.
    static func of(_ approvers: Approvers, excludeAuthors: Bool, authors: [Symbol]?,
                   _ facts: PlanFacts, _ scope: RuleEnvironment) -> StepEligibility? {
        let members = facts.plan.entities.members(of:)
        var result: StepEligibility
        switch approvers.kind {
        case .who(let x):
            // `TEAM.lead` of a team without a `lead` clause names no one.
            if case .member(let base, let m) = x.kind, m.text == "lead", let team = scope.entity(base, .team),
               let fact = facts.teams[team], fact.leadSpan == nil {
                return StepEligibility(kind: .person, team: team, named: [], needed: 1, eligible: [])
            }
            guard let people = scope.entities(x, [.person]), !people.isEmpty else { return nil }
            result = StepEligibility(kind: .person, named: people, needed: 1, eligible: [])
        case .anyOf(let t), .allOf(let t):
            guard let team = scope.entity(t, .team) else { return nil }
            let all: Bool
            if case .allOf = approvers.kind { all = true } else { all = false }
            result = StepEligibility(kind: all ? .allOf : .anyOf, team: team, named: members(team), needed: 1, eligible: [])
        case .quorum(let n, let t):
            guard case .int(let count)? = scope.value(n), let team = scope.entity(t, .team) else { return nil }
            result = StepEligibility(kind: .quorum, team: team, named: members(team), needed: count, eligible: [])
        }
        var excluded: Set<Symbol> = []
        if excludeAuthors {
            guard let authors else { return nil }
            excluded = Set(authors)
            result.authors = result.named.filter(excluded.contains)
        }
        var eligible: [Symbol] = []
        func admit(_ p: Symbol) { if !eligible.contains(p) { eligible.append(p) } }
        for p in result.named where !excluded.contains(p) {
            guard facts.isAwayThroughout(p) else { admit(p); continue }
            var stand: Symbol? = nil
            if let s = facts.people[p]?.substitute, s != p, !facts.isAwayThroughout(s), !excluded.contains(s) { stand = s }
            result.away.append((p, stand))
            if let stand { admit(stand) }
        }
        result.eligible = eligible
        if result.kind == .allOf { result.needed = max(1, eligible.count) }
        return result
    }

    /// "needs 2 of `legal`", "needs `ceo`", "needs all of `board`".
    var demand: String {
        switch kind {
        case .person:
            if named.isEmpty, let team { return "needs the lead of `\(team.name)`" }
            return named.count == 1 ? "needs `\(named[0].name)`" : "needs one of " + Self.list(named)
        case .anyOf: return "needs one of `\(team!.name)`"
        case .allOf: return "needs all of `\(team!.name)`"
        case .quorum: return "needs \(needed) of `\(team!.name)`"
        }
    }

    /// Why too few can decide, as the end of a sentence: ", which has 1 member" or ", but only `anna` can decide".
    var shortfall: String {
        if kind == .person && named.isEmpty { return ", which has no `lead`" }
        if authors.isEmpty && away.isEmpty && kind != .person {
            return named.isEmpty ? ", which has no members" : ", which has \(named.count) member\(named.count == 1 ? "" : "s")"
        }
        if eligible.isEmpty { return ", but no one can decide" }
        return ", but only \(Self.list(eligible)) can decide"
    }

    /// One note per person left out, and per substitute who stepped in.
    func reasons(subject: String?, escalation: Bool, _ facts: PlanFacts) -> [String] {
        var notes: [String] = []
        for a in authors {
            notes.append("`\(a.name)` is an author of \(subject ?? "the subject")" + (escalation
                ? "; an escalation never goes to the subject's own author" : ", and `except author` leaves them out"))
        }
        let window = facts.window.map { " (\($0.start) to \($0.horizon))" } ?? ""
        for (p, stand) in away {
            if let stand {
                notes.append("`\(p.name)` is away for the whole plan\(window); their substitute `\(stand.name)` decides instead")
            } else if let s = facts.people[p]?.substitute {
                notes.append("`\(p.name)` is away for the whole plan\(window), and so cannot decide; their substitute `\(s.name)` cannot step in either")
            } else {
                notes.append("`\(p.name)` is away for the whole plan\(window) and has no substitute")
            }
        }
        return notes
    }

    static func list(_ people: [Symbol]) -> String {
        let names = people.map { "`\($0.name)`" }
        if names.count <= 1 { return names.first ?? "no one" }
        return names.dropLast().joined(separator: ", ") + " and " + names.last!
    }
}
