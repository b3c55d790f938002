import Foundation
import PlanwerkSyntax

/// How items take time (LANGUAGE.md §2 "Campaigns", §10 "Scheduling",
/// "Recurrence"): a task needs one of `effort`, `length`, `duration`, or an
/// `at` (P0410), and at most one of them (P0412, pointing at both);
/// `effort` is person-work, so it needs `assign` (P0411). A series (`every`
/// on a post or report) needs its `at` time (P0413) and may not end before it
/// starts (P0414: `until` before `from`, or before the start that `from`
/// defaults to: the campaign's, else the plan's).
///
/// Template bodies are checked where they are declared; a campaign made from
/// a template adds only what depends on its arguments (a `from` parameter).
enum WorkRule {

    static func check(_ facts: PlanFacts, _ report: inout RuleReport) {
        let planStart = facts.settings.first { $0.isRoot && $0.declaration.keyword.text == "start" }
        var planFrom: (CivilDate, DiagnosticLabel)? = nil
        if let s = planStart, let d = facts.window?.start { planFrom = (d, DiagnosticLabel(span: s.span, message: "the plan starts here")) }
        for c in facts.campaigns {
            let start = campaignStart(c, facts) ?? (c.hasStart ? nil : planFrom)
            for i in c.items.indices {
                // The item's clauses only: the whole declaration is copied out for a message alone.
                let clauses = c.items.clauses(of: i)
                if !c.madeFromTemplate { work(i, clauses, c, &report) }  // no block at all is no work too
                for n in clauses.indices {
                    guard case .every(let r) = clauses[n].kind else { continue }
                    let what = "the series `\(c.itemName(c.items[i]))`"
                    if !c.madeFromTemplate { needsTime(r, what, c, facts, &report) }
                    endsBeforeStart(r, what, c, defaultFrom: start, facts, &report)
                }
            }
        }
        for r in facts.reports {
            for case .every(let rec) in r.body.clauses.map(\.kind) {
                let what = "the report `\(r.name)`"
                if !r.madeFromTemplate { needsTime(rec, what, r, facts, &report) }
                endsBeforeStart(rec, what, r, defaultFrom: planFrom, facts, &report)
            }
        }
    }

    static func noWork(_ item: ItemDecl, _ c: BodyInstance) -> Diagnostic {
        Diagnostic(.taskWithoutWork, .error, "the task `\(item.name.text)` takes no time: it has no `effort`, `length` or `duration`, and no `at`",
                   at: c.span(item.name.range), label: "how long does this take?",
                   help: ["give it work, e.g. `effort 2bd` (person-work), `length 3bd` (working time) or `duration 2d` (elapsed time); make it a milestone if it takes no time"])
    }

    /// Item `i` of `c`, with its clauses.
    static func work(_ i: Int, _ clauses: [Clause], _ c: BodyInstance, _ report: inout RuleReport) {
        // Clauses by index, not copied into an array: this runs for every task of the plan.
        var firstWork: Int? = nil, firstEffort: Int? = nil, extraWork: [Int] = []
        var hasAt = false, hasAssign = false
        for n in clauses.indices {
            switch clauses[n].kind {
            case .values(let k, _) where k == .effort || k == .length || k == .duration:
                if firstWork == nil { firstWork = n } else { extraWork.append(n) }
                if k == .effort && firstEffort == nil { firstEffort = n }
            case .values(.assign, _): hasAssign = true
            case .at: hasAt = true
            default: break
            }
        }
        if c.items.kind(i) == .task, firstWork == nil, !hasAt { report.add(noWork(c.items[i], c)) }
        if let w = firstWork {
            let first = clauses[w]
            for n in extraWork {
                let extra = clauses[n]
                report.add(Diagnostic(.conflictingWork, .error,
                                      "the task `\(c.items.name(i))` has both `\(first.keyword.text)` and `\(extra.keyword.text)`; a task takes one of them",
                                      at: c.span(extra.range), label: "second measure of work",
                                      secondary: [DiagnosticLabel(span: c.span(first.range), message: "first given here")],
                                      notes: ["`effort` is person-work shared by the assignees, `length` working time on the calendar, `duration` elapsed time"],
                                      help: ["keep the one that says how this task takes time"]))
            }
        }
        if let e = firstEffort, !hasAssign {
            report.add(Diagnostic(.effortWithoutAssignees, .error, "the task `\(c.items.name(i))` has `effort` but no one is assigned to do it",
                                  at: c.span(clauses[e].range), label: "person-work needs people",
                                  help: ["add `assign` with the people who do the work, e.g. `assign max`", "or use `length` (working time) or `duration` (elapsed time) for work that needs no one from the plan"]))
        }
    }

    static func needsTime(_ r: Recurrence, _ what: String, _ owner: BodyInstance, _ facts: PlanFacts, _ report: inout RuleReport) {
        guard !r.modifiers.contains(where: { if case .at = $0.kind { return true } else { return false } }) else { return }
        let source = facts.graph[owner.scope.module].plan.source
        let cut = r.modifiers.first?.range.start ?? r.range.end
        let rule = source.text(SourceRange(r.range.start, cut)).trimmingCharacters(in: .whitespaces)
        let rest = source.text(SourceRange(cut, r.range.end)).trimmingCharacters(in: .whitespaces)
        report.add(Diagnostic(.seriesWithoutTime, .error, "\(what) repeats but has no time of day", at: owner.span(r.range),
                              label: "add `at` to this line",
                              help: ["write the time on the `every` line, e.g. `\(rule) at 09:00\(rest.isEmpty ? "" : " " + rest)`"]))
    }

    /// The campaign's own `start`, as the `from` a post series defaults to.
    static func campaignStart(_ c: BodyInstance, _ facts: PlanFacts) -> (CivilDate, DiagnosticLabel)? {
        for clause in c.body.clauses {
            guard case .values(.start, let values) = clause.kind, values.count == 1 else { continue }
            let label = DiagnosticLabel(span: c.span(clause.range), message: "the campaign starts here")
            switch c.scope.value(values[0]) {
            case .date(let d)?: return (d, label)
            case .dateTime(let t)?: return (t.date, label)
            default: return nil
            }
        }
        return nil
    }

    static func endsBeforeStart(_ r: Recurrence, _ what: String, _ owner: BodyInstance, defaultFrom: (CivilDate, DiagnosticLabel)?,
                                _ facts: PlanFacts, _ report: inout RuleReport) {
        var from = defaultFrom, until: (CivilDate, SourceSpan)? = nil
        for m in r.modifiers {
            switch m.kind {
            case .from(let e):
                guard let d = owner.scope.date(e) else { return }
                from = (d, DiagnosticLabel(span: owner.span(m.range), message: "it starts \(d)"))
            case .until(let e):
                guard let d = owner.scope.date(e) else { return }
                until = (d, owner.span(m.range))
            default: break
            }
        }
        guard let (first, label) = from, let (last, at) = until, last < first else { return }
        if owner.madeFromTemplate && report.isSettled(.seriesEndsBeforeStart, at) { return }
        report.add(Diagnostic(.seriesEndsBeforeStart, .error, "\(what) ends \(last), before it starts \(first)",
                              at: at, label: "ends before it starts", secondary: [label] + owner.madeHereLabel,
                              help: ["`until` is the last day of the series (inclusive); give a date on or after \(first)"]),
                   settling: owner.isTemplateBody ? at : nil)
    }
}
