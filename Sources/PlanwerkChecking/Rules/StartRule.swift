import PlanwerkSyntax

/// A plan never reads the clock (LANGUAGE.md §5): what is not fixed in time
/// is scheduled from the plan's `start`, or a campaign's own `start`.
/// Without either, P0425 names what cannot be scheduled, once for the whole
/// plan: at the first such campaign or report, with the others as secondary
/// labels.
///
/// Fixed in time, and so needing no start: items with `at`, and post series
/// with `from`; a report series with `from` that ends (`until`, `count`, or
/// the plan's `horizon`).
enum StartRule {
    static let shown = 8

    static func check(_ facts: PlanFacts, _ report: inout RuleReport) {
        let root = facts.settings.filter(\.isRoot).map(\.declaration.keyword.text)
        guard !root.contains("start") else { return }
        var waiting: [(String, SourceSpan)] = []
        for c in facts.campaigns where c.isReal {
            guard !c.hasStart, c.items.contains(where: floats) else { continue }
            waiting.append(("campaign `\(c.name)`", c.nameSpan))
        }
        for r in facts.reports where r.isReal {
            for case .every(let rec) in r.body.clauses.map(\.kind) {
                let words = Set(rec.modifiers.map(\.word))
                if !words.contains("from") || !(words.contains("until") || words.contains("count") || root.contains("horizon")) {
                    waiting.append(("report `\(r.name)`", r.nameSpan))
                    break
                }
            }
        }
        guard let first = waiting.first else { return }
        let more = waiting.count - 1
        let names = waiting.map(\.0)
        let what = waiting.count <= 3 ? (names.count == 1 ? names[0] : names.dropLast().joined(separator: ", ") + " and " + names.last!)
                                      : "\(first.0) and \(more) more"
        report.add(Diagnostic(.missingStart, .error, "the plan has no `start`, so \(what) cannot be scheduled",
                              at: first.1, label: "needs a start",
                              secondary: waiting.dropFirst().prefix(shown).map { DiagnosticLabel(span: $0.1, message: "needs a start too") },
                              notes: ["a plan never reads the clock: what is not fixed with `at` is scheduled from the plan's `start` or its campaign's own `start`"]
                                + (more > shown ? ["and \(more - shown) more"] : []),
                              help: ["add `start` with the plan's first day at the top of the plan, e.g. `start 2026-11-30`"]))
    }

    /// An item whose time is not fixed: no `at`, and for a post series no `from`.
    static func floats(_ item: ItemDecl) -> Bool {
        let clauses = item.body?.clauses ?? []
        for clause in clauses {
            switch clause.kind {
            case .at: return false
            case .every(let r): return !r.modifiers.contains { $0.word == "from" }
            default: continue
            }
        }
        return true
    }
}
