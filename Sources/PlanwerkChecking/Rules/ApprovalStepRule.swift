import PlanwerkSyntax

/// Approval steps that can never be satisfied (LANGUAGE.md §2 "Approval
/// flows", §10 "Approvals"): too few eligible people (P0402: `2 of legal`
/// where legal has one member, `all of` an empty team, `except author`
/// leaving no one, a named person away for the whole plan with no
/// substitute, `TEAM.lead` of a team without a lead), `N of TEAM` with N
/// below 1 (P0403), and an escalation target who can never decide (P0409:
/// away for the whole plan, or the subject's own author).
///
/// A flow is checked where it is declared for everything its text fixes
/// (named teams and people), with authors unknown, so nothing is excluded
/// as an author there; steps under an `if` that may hold count. It is checked
/// again at each use for what the use decides (parameters, authors); there
/// only the steps whose conditions are known to hold count, and what was
/// already reported at the flow is not repeated.
enum ApprovalStepRule {
    static func check(_ facts: PlanFacts, _ shapes: [ApprovalFlowShape], _ uses: [ApprovalUse], _ report: inout RuleReport) {
        for shape in shapes {
            check(shape, shape.declaredScope(facts.plan), authors: [], use: nil, facts, &report)
        }
        // What a use finds depends only on its flow, its arguments and its
        // authors (the subject only words the message): a use like one that
        // found nothing finds nothing, and is not checked again.
        var clean = Set<UseKey>()
        for use in uses {
            guard let shape = shapes.first(where: { $0.flow.symbol == use.flow.symbol }) else { continue }
            let key = UseKey(flow: use.flow.symbol, arguments: use.scope.locals, authors: use.authors)
            if clean.contains(key) { continue }
            let before = report.diagnostics.count
            check(shape, use.scope, authors: use.authors, use: use, facts, &report)
            if report.diagnostics.count == before { clean.insert(key) }
        }
    }

    /// What decides the findings of one use of a flow.
    struct UseKey: Hashable {
        var flow: Symbol
        var arguments: [String: Value?]
        var authors: [Symbol]?
    }

    static func check(_ shape: ApprovalFlowShape, _ scope: RuleEnvironment, authors: [Symbol]?, use: ApprovalUse?,
                      _ facts: PlanFacts, _ report: inout RuleReport) {
        for step in shape.steps {
            switch shape.reach(step, scope) {
            case .never: continue
            case .unknown where use != nil: continue
            default: break
            }
            // Only a finding needs the step's name (a label may be a text to evaluate).
            var name: String { "approval " + shape.shown(step, scope) }
            let approvers = step.syntax.approvers
            if case .quorum(let n, let t) = approvers.kind, case .int(let count)? = scope.value(n), count < 1 {
                let at = SourceSpan(file: shape.file, range: n.range)
                let team = scope.entity(t, .team).map { "`\($0.name)`" } ?? "the team"
                emit(Diagnostic(.quorumBelowOne, .error, "\(name) asks for \(count) of \(team); a step needs at least one person to decide",
                                at: at, label: "at least 1", help: ["ask for at least `1 of \(team.replacingOccurrences(of: "`", with: ""))`"]),
                     subject: at, what: "this step of", use: use, &report)
                continue
            }
            if let who = StepEligibility.of(approvers, excludeAuthors: approvers.exceptAuthor, authors: authors, facts, scope), !who.isSatisfiable {
                let except = approvers.exceptAuthor ? " except the author" : ""
                emit(Diagnostic(.impossibleApprovalStep, .error, "\(name) \(who.demand)\(except)\(who.shortfall)",
                                at: step.approversSpan, label: label(who),
                                notes: who.reasons(subject: use?.subject, escalation: false, facts), help: help(who)),
                     subject: step.approversSpan, what: "this step of", use: use, &report)
            }
            if let esc = step.syntax.escalation,
               let who = StepEligibility.of(esc.to, excludeAuthors: true, authors: authors, facts, scope), who.needed >= 1, !who.isSatisfiable {
                let at = SourceSpan(file: shape.file, range: esc.to.range)
                let target = who.kind == .person && who.named.count == 1 ? "goes to `\(who.named[0].name)`, who cannot decide"
                                                                         : "\(who.demand)\(who.shortfall)"
                emit(Diagnostic(.escalationCannotDecide, .error, "the escalation of \(name) \(target)",
                                at: at, label: label(who), notes: who.reasons(subject: use?.subject, escalation: true, facts),
                                help: ["escalate to someone who can decide, such as the lead of the team above"]),
                     subject: at, what: "the escalation in", use: use, &report)
            }
        }
    }

    /// Reports a finding at the flow (settling it there), or at a use: then
    /// the finding points at the `approval` clause and names the subject, and
    /// is dropped if the flow itself already has it.
    static func emit(_ d: Diagnostic, subject: SourceSpan, what: String, use: ApprovalUse?, _ report: inout RuleReport) {
        guard let use else { report.add(d, settling: subject); return }
        guard !report.isSettled(d.code, subject) else { return }
        var moved = d
        moved.message = "\(use.subject) cannot be approved as planned: " + d.message
        moved.primary = DiagnosticLabel(span: use.span, message: d.primary.message)
        moved.secondary = [DiagnosticLabel(span: subject, message: "\(what) `\(use.flow.symbol.name)`")] + use.owner.madeHereLabel
        report.add(moved)
    }

    static func label(_ who: StepEligibility) -> String {
        who.eligible.isEmpty ? "no one can decide" : "only \(StepEligibility.list(who.eligible)) can decide"
    }

    static func help(_ who: StepEligibility) -> [String] {
        if !who.authors.isEmpty { return ["an author does not approve their own work: assign the work to someone else, or let people who are not authors decide"] }
        if let missing = who.away.first(where: { $0.substitute == nil }) {
            return ["give `\(missing.person.name)` a `substitute` who decides while they are away, or name someone else"]
        }
        guard let team = who.team else { return [] }
        switch who.kind {
        case .person: return ["give `\(team.name)` a `lead`"]
        case .quorum where who.named.count >= 1:
            return ["ask for at most \(who.named.count) (`\(who.named.count) of \(team.name)`), or add people to `\(team.name)`"]
        default: return ["declare people inside `team \(team.name) { … }`, or choose another team"]
        }
    }
}
