import Foundation
import PlanwerkSyntax

/// `require report to X every PERIOD` (LANGUAGE.md §2 "Rules", §4): in
/// every calendar period between the plan's start and its horizon, some
/// report whose `to` includes X (or the team X is declared in) is due.
///
/// Checked without expanding series, so only certain gaps are errors
/// (P0408). A report counts for a period when its rule is sure to fall in
/// every period of that length (``RecurrenceCoverage``: `every week`
/// satisfies `every month`, `every quarter` does not) and its `from`
/// (default: the plan's start) to `until` (default: the horizon) spans the
/// period, cut to the plan window; reports add up. A period is a gap when no
/// such report runs in any part of it; when one runs in part of it, or a
/// report with `count` (or dates known only later) might reach it, the
/// scheduler, which expands the series, decides. `every N months` in the
/// rule asks for one report in each N months, counted from the start's month.
enum RequireReportRule {
    /// A report that goes to the rule's addressee, and what is known about its series.
    struct Candidate {
        var name: String
        /// The rule as written, without its modifiers: `every quarter on last workday`.
        var written: String
        var from: CivilDate?, until: CivilDate?
        var counted: Bool
        var frequent: Bool
        var known: Bool
    }

    static func check(_ facts: PlanFacts, _ report: inout RuleReport) {
        guard let window = facts.window else { return }
        for rule in facts.rules {
            guard case .requireReport(let toExpr, let every) = rule.rule,
                  let targets = facts.plan.scope(rule.module).entities(toExpr, [.person, .team]) else { continue }
            for target in targets {
                var reach: Set<Symbol> = [target]
                if target.kind == .person, let team = facts.people[target]?.team { reach.insert(team) }
                let found = facts.reports.filter(\.isReal).flatMap { candidates($0, reaching: reach, every.unit, window, facts) }
                if let d = diagnostic(target, every, rule, found, window, facts) { report.add(d) }
            }
        }
    }

    static func candidates(_ r: BodyInstance, reaching reach: Set<Symbol>, _ period: RecurrenceUnit, _ window: PlanWindow, _ facts: PlanFacts) -> [Candidate] {
        var goesThere = false
        for case .values(.to, let values) in r.body.clauses.map(\.kind) {
            for v in values where !Set(r.scope.entities(v, [.person, .team]) ?? []).isDisjoint(with: reach) { goesThere = true }
        }
        guard goesThere else { return [] }
        return r.body.clauses.compactMap { clause in
            guard case .every(let rec) = clause.kind else { return nil }
            let end = rec.modifiers.first?.range.start ?? rec.range.end
            let written = facts.graph[r.scope.module].plan.source.text(SourceRange(rec.range.start, end)).trimmingCharacters(in: .whitespaces)
            var c = Candidate(name: r.name, written: written, from: nil, until: nil, counted: false, frequent: false, known: true)
            for m in rec.modifiers {
                switch m.kind {
                case .from(let x): if let d = r.scope.date(x) { c.from = d } else { c.known = false }
                case .until(let x): if let d = r.scope.date(x) { c.until = d } else { c.known = false }
                case .count: c.counted = true
                default: break
                }
            }
            c.frequent = RecurrenceCoverage.fallsInEvery(period, rec, fromDay: (c.from ?? window.start).literal)
            return c
        }
    }

    static func diagnostic(_ target: Symbol, _ every: Recurrence, _ rule: RuleFact, _ candidates: [Candidate],
                           _ window: PlanWindow, _ facts: PlanFacts) -> Diagnostic? {
        let unit = every.unit, n = max(1, every.interval ?? 1)
        let sure = candidates.filter { $0.frequent && $0.known && !$0.counted }
        let open = candidates.filter { $0.frequent && !($0.known && !$0.counted) }
        var gaps: [CivilDate] = []
        var day = window.start, block = Coverage.gap, inBlock = 0, blockStart = window.start
        while day <= window.horizon {
            let (first, last) = RecurrenceCoverage.period(unit, of: day)
            let lo = max(first, window.start), hi = min(last, window.horizon)
            if inBlock == 0 { blockStart = first }
            block = max(block, coverage(lo, hi, sure: sure, open: open, window))
            inBlock += 1
            if inBlock == n || last >= window.horizon {
                if block == .gap { gaps.append(blockStart) }
                block = .gap
                inBlock = 0
            }
            day = CivilDate(dayNumber: last.dayNumber + 1)
        }
        guard let firstGap = gaps.first else { return nil }
        let periodWord = unit == .workday ? "working day" : unit.rawValue
        let rhythm = n == 1 ? "every \(periodWord)" : "every \(n) \(unit.plural)"
        let message: String
        var notes: [String] = []
        if candidates.isEmpty {
            message = "no report goes to `\(target.name)`, but a rule asks for one \(rhythm)"
        } else if sure.isEmpty && open.isEmpty {
            message = "no report is sure to reach `\(target.name)` \(rhythm)"
        } else {
            let more = gaps.count - 1
            let unitWord = n == 1 ? periodWord : "\(n)-\(periodWord) span"
            message = "no report is sure to reach `\(target.name)` in \(RecurrenceCoverage.name(unit, firstGap))"
                + (more > 0 ? " and \(more) more \(unitWord)\(more == 1 ? "" : "s")" : "") + ", but a rule asks for one \(rhythm)"
        }
        for c in candidates {
            if !c.frequent {
                notes.append("`\(c.name)` is due `\(c.written)`, which is not sure to fall in every \(periodWord)")
            } else if let u = c.until, u < window.horizon {
                notes.append("`\(c.name)` ends \(u) (`until`), before the horizon \(window.horizon)")
            } else if let f = c.from, f > window.start {
                notes.append("`\(c.name)` starts \(f) (`from`), after the plan's start \(window.start)")
            }
        }
        notes.append("the plan runs from \(window.start) to \(window.horizon)")
        return Diagnostic(.missingReport, .error, message, at: rule.span, label: "required here", notes: notes,
                          help: ["add a report with `to \(target.name)` that is due at least \(rhythm), such as `\(example(unit))`"])
    }

    /// How sure it is that a period (cut to the plan window) has a report.
    enum Coverage: Int, Comparable {
        /// No report that is sure to fall in every period runs in it.
        case gap
        /// A frequent report runs in part of it, or one whose end is not known: the scheduler decides.
        case unclear
        case covered
        static func < (a: Coverage, b: Coverage) -> Bool { a.rawValue < b.rawValue }
    }

    static func coverage(_ lo: CivilDate, _ hi: CivilDate, sure: [Candidate], open: [Candidate], _ window: PlanWindow) -> Coverage {
        if sure.contains(where: { ($0.from ?? window.start) <= lo && ($0.until ?? window.horizon) >= hi }) { return .covered }
        let touches = { (c: Candidate) in (c.from ?? window.start) <= hi && (c.until ?? window.horizon) >= lo }
        if sure.contains(where: touches) || open.contains(where: { !$0.known || touches($0) }) { return .unclear }
        return .gap
    }

    static func example(_ unit: RecurrenceUnit) -> String {
        switch unit {
        case .day: return "every day at 09:00"
        case .workday: return "every workday at 09:00"
        case .week: return "every week on mon at 09:00"
        case .month: return "every month on last workday at 16:00"
        case .quarter: return "every quarter on last workday at 16:00"
        case .year: return "every year on dec 15 at 10:00"
        }
    }
}
