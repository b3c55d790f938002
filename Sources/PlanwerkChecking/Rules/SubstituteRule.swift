import PlanwerkSyntax

/// `substitute P` (LANGUAGE.md §10 "Approvals"): a substitute takes over a
/// person's approval steps while they are away, one hop only, so a person
/// cannot be their own substitute and substitutes may not name each other
/// in a circle (`max` → `jonas` → `max`): P0416 at the first `substitute`
/// of the circle, with the others as secondary labels.
enum SubstituteRule {
    static func check(_ facts: PlanFacts, _ report: inout RuleReport) {
        let order = facts.peopleOrder
        let number = Dictionary(order.enumerated().map { ($1, $0) }, uniquingKeysWith: { a, _ in a })
        var graph = CycleFinder(nodeCount: order.count)
        for (k, person) in order.enumerated() {
            if let s = facts.people[person]?.substitute, let target = number[s] { graph.addEdge(from: k, to: target) }
        }
        for cycle in graph.cycles() {
            let people = cycle.map { order[$0] }
            guard let first = facts.people[people[0]], let at = first.substituteSpan else { continue }
            if people.count == 1 {
                report.add(Diagnostic(.substituteCycle, .error, "`\(people[0].name)` is named as their own substitute",
                                      at: at, label: "a substitute takes over while `\(people[0].name)` is away",
                                      help: ["name someone else, or leave out `substitute`"]))
                continue
            }
            let path = (people + [people[0]]).map { "`\($0.name)`" }.joined(separator: " → ")
            let others = people.dropFirst().compactMap { p -> DiagnosticLabel? in
                guard let fact = facts.people[p], let span = fact.substituteSpan, let s = fact.substitute else { return nil }
                return DiagnosticLabel(span: span, message: "`\(s.name)` substitutes for `\(p.name)`")
            }
            report.add(Diagnostic(.substituteCycle, .error, "substitutes name each other in a circle: \(path)",
                                  at: at, label: "`\(first.substitute!.name)` substitutes for `\(people[0].name)`", secondary: others,
                                  notes: ["a substitute takes over only for the person they substitute (one hop), so the circle leaves no one when they are all away"],
                                  help: ["give one of them a substitute outside the circle"]))
        }
    }
}
