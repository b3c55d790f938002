import PlanwerkSyntax

/// `distinct` flows (LANGUAGE.md §2): no one may decide two steps of the
/// same flow. P0405 when that is *forced*: some steps that run together
/// need more different people than can decide any of them (the same single
/// person named twice; `2 of legal` next to `by lena` when legal is lena
/// and tobias). By Hall's theorem the steps can be staffed exactly when no
/// group of them needs more people than the group's eligible people
/// together, so the check tries each group of steps, smallest first.
///
/// Where the flow is declared, steps count together when they are sure to
/// run together whatever the parameters: the steps under some `if`s and
/// every step under fewer of those same `if`s (outside any `if`, or in an
/// enclosing branch). At each use, the conditions are known and the steps
/// that run are checked, and what the flow itself already has is not
/// repeated. Steps that are impossible on their own are P0402's, not
/// repeated here; more than 12 steps that run together are left to the scheduler.
enum DistinctFlowRule {
    static let maxSteps = 12

    static func check(_ facts: PlanFacts, _ shapes: [ApprovalFlowShape], _ uses: [ApprovalUse], _ report: inout RuleReport) {
        for shape in shapes where shape.flow.declaration.distinct {
            check(shape, shape.declaredScope(facts.plan), authors: [], use: nil, facts, &report)
        }
        for use in uses where use.flow.declaration.distinct {
            guard let shape = shapes.first(where: { $0.flow.symbol == use.flow.symbol }) else { continue }
            check(shape, use.scope, authors: use.authors, use: use, facts, &report)
        }
    }

    static func check(_ shape: ApprovalFlowShape, _ scope: RuleEnvironment, authors: [Symbol]?, use: ApprovalUse?,
                      _ facts: PlanFacts, _ report: inout RuleReport) {
        // Each step with the conditions still open for it (known ones are dropped, or drop the step).
        var steps: [(step: FlowStep, who: StepEligibility, open: [GuardKey])] = []
        for step in shape.steps {
            var open: [GuardKey] = []
            var runs = true
            for (c, holds) in step.guards {
                if case .bool(let b)? = scope.value(c) {
                    if b != holds { runs = false }
                } else {
                    if use != nil { runs = false }
                    open.append(GuardKey(start: c.range.start, holds: holds))
                }
            }
            guard runs, let who = StepEligibility.of(step.syntax.approvers, excludeAuthors: step.syntax.approvers.exceptAuthor,
                                                     authors: authors, facts, scope), who.isSatisfiable else { continue }
            steps.append((step, who, open))
        }
        // Whenever the steps under some conditions run, so do those under a prefix of them:
        // each such set runs together, whatever the parameters.
        var reported: Set<[Int]> = []
        for signature in Set(steps.map(\.open)).sorted(by: { $0.lexicographicallyPrecedes($1) }) {
            let together = steps.filter { signature.starts(with: $0.open) }
            guard together.count <= maxSteps else { continue }
            // Each group found is reported; then its last step leaves, so other conflicts show too.
            var rest = together
            while rest.count >= 2, let group = overdemanded(rest.map(\.who)) {
                let chosen = group.map { rest[$0] }
                if reported.insert(chosen.map(\.step.position)).inserted {
                    emit(shape, chosen.map { ($0.step, $0.who) }, scope, use: use, facts, &report)
                }
                rest.remove(at: group.last!)
            }
        }
    }

    /// An `if` condition still open, by where it is written, and the value a step needs.
    struct GuardKey: Hashable, Comparable {
        var start: Int
        var holds: Bool
        static func < (a: GuardKey, b: GuardKey) -> Bool { (a.start, a.holds ? 1 : 0) < (b.start, b.holds ? 1 : 0) }
    }

    /// The smallest group of steps (indices) that needs more people than can decide them, if any.
    static func overdemanded(_ steps: [StepEligibility]) -> [Int]? {
        let n = steps.count
        let masks = (1..<(1 << n)).filter { $0.nonzeroBitCount >= 2 }.sorted { ($0.nonzeroBitCount, $0) < ($1.nonzeroBitCount, $1) }
        for mask in masks {
            let group = (0..<n).filter { mask >> $0 & 1 == 1 }
            let needed = group.reduce(0) { $0 + steps[$1].needed }
            let people = Set(group.flatMap { steps[$0].eligible })
            if needed > people.count { return group }
        }
        return nil
    }

    static func emit(_ shape: ApprovalFlowShape, _ group: [(FlowStep, StepEligibility)], _ scope: RuleEnvironment, use: ApprovalUse?,
                     _ facts: PlanFacts, _ report: inout RuleReport) {
        let names = group.map { "`\(shape.label($0.0, scope) ?? "Step \($0.0.position)")`" }
        let stepList = names.dropLast().joined(separator: ", ") + " and " + names.last!
        var people: [Symbol] = []
        for (_, who) in group { for p in who.eligible where !people.contains(p) { people.append(p) } }
        let needed = group.reduce(0) { $0 + $1.1.needed }
        let message = "in the distinct flow `\(shape.name)`, steps \(stepList) need \(needed) different people, but only \(StepEligibility.list(people)) can decide them"
        let labels = group.map { step, who in
            DiagnosticLabel(span: step.approversSpan, message: "decided by " + who.demand.replacingOccurrences(of: "needs ", with: "") + (step.syntax.approvers.exceptAuthor ? " except the author" : ""))
        }
        let notes = ["`distinct` means no one decides two steps of the same flow"]
        let help = ["name different people for these steps, or leave out `distinct`"]
        let last = labels.last!
        guard let use else {
            report.add(Diagnostic(.distinctStepsShareApprover, .error, message, at: last.span, label: last.message,
                                  secondary: Array(labels.dropLast()), notes: notes, help: help), settling: last.span)
            return
        }
        guard !report.isSettled(.distinctStepsShareApprover, last.span) else { return }
        report.add(Diagnostic(.distinctStepsShareApprover, .error, "\(use.subject) cannot be approved as planned: " + message,
                              at: use.span, label: "for \(use.subject)", secondary: labels + use.owner.madeHereLabel,
                              notes: notes + group.flatMap { $0.1.reasons(subject: use.subject, escalation: false, facts) }, help: help))
    }
}
