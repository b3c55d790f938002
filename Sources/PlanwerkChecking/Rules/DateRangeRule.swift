import PlanwerkSyntax

/// Date ranges run forwards: a person's `away` range and a calendar's
/// `holidays` range must not end before they start (`2027-01-05..2027-01-01`),
/// P0417. A reversed range would silently cover no day at all.
enum DateRangeRule {
    static func check(_ facts: PlanFacts, _ report: inout RuleReport) {
        for person in facts.peopleOrder {
            for range in facts.people[person]?.away ?? [] where range.to < range.from {
                report.add(reversed(range.from, range.to, at: range.span, what: "`\(person.name)`'s `away` range"))
            }
        }
        for module in facts.graph.modules {
            for case .calendar(let c) in module.plan.declarations.map(\.kind) {
                let scope = facts.plan.scope(module.id)
                for case .values(.holidays, let values) in c.body.clauses.map(\.kind) {
                    for v in values {
                        for item in listItems(v) {
                            guard let (a, b) = scope.dateRange(item), b < a else { continue }
                            report.add(reversed(a, b, at: facts.span(module.id, item.range), what: "a `holidays` range of `\(c.name.text)`"))
                        }
                    }
                }
            }
        }
    }

    static func listItems(_ e: Expr) -> [Expr] {
        if case .list(let items) = e.kind { return items }
        return [e]
    }

    static func reversed(_ a: CivilDate, _ b: CivilDate, at span: SourceSpan, what: String) -> Diagnostic {
        Diagnostic(.reversedDateRange, .error, "\(what) ends before it starts: \(a)..\(b)",
                   at: span, label: "\(b) is before \(a)", help: ["write the earlier date first: `\(b)..\(a)`"])
    }
}
