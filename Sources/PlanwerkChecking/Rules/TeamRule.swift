import PlanwerkSyntax

/// The shape of teams: a team's `lead` should be one of its members
/// (P0418, a warning: a lead from outside is allowed, as an interim head or
/// the CEO leading a board, but `any of`, `all of` and `N of` count only
/// the people declared inside the team, which surprises), and `reports_to`
/// must not lead in a circle (P0419). A team that reports to a person
/// reports to that person's team, so `team a { reports_to bob }` with `bob`
/// in `b`, and `team b { reports_to a }`, is a circle too.
enum TeamRule {
    static func check(_ facts: PlanFacts, _ report: inout RuleReport) {
        for team in facts.teamOrder {
            guard let fact = facts.teams[team], let lead = fact.lead, let at = fact.leadSpan, !fact.members.contains(lead) else { continue }
            let home = facts.people[lead]?.team.map { "`\(lead.name)` is a member of `\($0.name)`" } ?? "`\(lead.name)` belongs to no team"
            report.add(Diagnostic(.leadOutsideTeam, .warning, "`\(lead.name)` leads `\(team.name)` but is not one of its members",
                                  at: at, label: home,
                                  notes: ["`any of \(team.name)`, `all of \(team.name)` and `N of \(team.name)` count only the people declared inside `\(team.name)`; `\(team.name).lead` is `\(lead.name)`"],
                                  help: ["if `\(lead.name)` should count as a member, declare them inside `team \(team.name) { … }`"]))
        }
        reportingCycles(facts, &report)
    }

    static func reportingCycles(_ facts: PlanFacts, _ report: inout RuleReport) {
        let order = facts.teamOrder
        let number = Dictionary(order.enumerated().map { ($1, $0) }, uniquingKeysWith: { a, _ in a })
        var graph = CycleFinder(nodeCount: order.count)
        var edgeSpan: [Int: [Int: (SourceSpan, String)]] = [:]
        for (k, team) in order.enumerated() {
            for (target, span) in facts.teams[team]?.reportsTo ?? [] {
                let via = target.kind == .team ? target : facts.people[target]?.team
                guard let t = via, let j = number[t], edgeSpan[k]?[j] == nil else { continue }
                graph.addEdge(from: k, to: j)
                let how = target.kind == .team ? "`\(team.name)` reports to `\(t.name)`"
                                               : "`\(team.name)` reports to `\(target.name)` of `\(t.name)`"
                edgeSpan[k, default: [:]][j] = (span, how)
            }
        }
        for cycle in graph.cycles() {
            let teams = cycle.map { order[$0] }
            let edges = cycle.indices.map { edgeSpan[cycle[$0]]![cycle[($0 + 1) % cycle.count]]! }
            let message = teams.count == 1 ? "`\(teams[0].name)` reports to itself"
                : "teams report to each other in a circle: " + (teams + [teams[0]]).map { "`\($0.name)`" }.joined(separator: " → ")
            report.add(Diagnostic(.reportingCycle, .error, message, at: edges[0].0, label: edges[0].1,
                                  secondary: edges.dropFirst().map { DiagnosticLabel(span: $0.0, message: $0.1) },
                                  help: [teams.count == 1 ? "`reports_to` names who a team answers to: someone outside the team"
                                                          : "`reports_to` names who a team answers to; one of these teams must report outside the circle"]))
        }
    }
}
