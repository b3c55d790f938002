import PlanwerkChecking
import PlanwerkSyntax

/// Approval flows as tracked (LANGUAGE.md §2 "Approval flows", §10
/// "Tracking"): a step ends when enough entitled people approved it, and the
/// next step starts then; a step whose SLA expired before `now` without a
/// decision moves to its escalation target, whose SLA counts from the
/// expiry; a step still undecided after its (escalated) SLA is planned to
/// end at `now` and reported overdue (P0607, a warning); a rejection ends
/// the round, the subject goes back to rework for the flow's `rework`
/// (default `1bd`, working time of the plan calendar, booking no one), and
/// the flow runs again from its first step. Decisions up to a rejection
/// belong to its round, later ones to the next. A decision may come before
/// its step was planned to begin (decided early); the next step then begins
/// at once, but never before the subject's work or rework has ended.
extension Scheduler {
    /// The flow of `subject` from `t` with its recorded decisions, or nil when
    /// tracking does not touch it (no decision, and nothing open before `now`).
    /// `fixedAt` is the subject's fixed time (a post's `at`, an occurrence, a report's due time).
    mutating func trackedFlow(_ a: ApprovalInstance, subject: String, authors: [String], from t: Int, fixedAt: Int?) -> ([ScheduledStep], Int)? {
        guard tracking.isActive else { return nil }
        let entry = tracking.subjects[subject]
        let decisions = entry?.decisions ?? []
        var escalates = tracking.now.map { t < $0 } ?? false
        // Published (a done post or report occurrence) means approved: nothing of its flow is still open.
        let node = tracking.nodeOfSubject[subject]
        if entry?.done != nil, node.map({ plan.items[nodes[$0].item].kind != .task }) ?? true { escalates = false }
        // A fixed-time item before now without any status counts as done at its time.
        if entry == nil, let f = fixedAt, let now = tracking.now, f < now { escalates = false }
        guard !decisions.isEmpty || escalates else { return nil }

        var steps: [ScheduledStep] = [], reworks: [ScheduledRework] = []
        var start = t, round = 1, remaining = decisions[...]
        while true {
            let rejection = remaining.first { $0.decision == .rejected }
            let counted = remaining.prefix { rejection == nil || $0.at <= rejection!.at }.filter { $0.decision == .approved }
            var roundSteps: [ScheduledStep] = []
            // A rejected round is seen as it stood at the rejection; the last one as it stands now.
            // Work and rework must end before a round begins; a fixed-time subject's first round was only planned backwards.
            let floor = round == 1 && fixedAt != nil ? nil : start
            let view = FlowView(decisions: counted, escalates: escalates, horizon: rejection?.at ?? tracking.now, final: rejection == nil,
                                floor: floor, subject: subject, use: a.span, round: round)
            let end = trackForward(a.elements, from: start, view, into: &roundSteps)
            guard let x = rejection, round < 100 else {
                steps += roundSteps
                tracking.reworks[subject] = reworks
                return (steps.sorted { ($0.round, $0.step) < ($1.round, $1.step) }, end)
            }
            steps += Self.cut(roundSteps, at: x)
            let back = calendar.advance(x.at, by: min(a.rework, longestWorking))
            reworks.append(ScheduledRework(subject: subject, round: round, start: x.at, end: back, by: authors))
            remaining = remaining.drop { $0.at <= x.at }
            start = back
            round += 1
        }
    }

    /// A rejected round: the rejected step ends with the rejection, steps open then end there
    /// undecided, steps not yet begun are dropped.
    static func cut(_ steps: [ScheduledStep], at x: StepRecord) -> [ScheduledStep] {
        var out: [ScheduledStep] = []
        for var s in steps {
            if s.label == x.label {
                s.start = min(s.start, x.at)
                s.end = x.at
                s.decision = .rejected
                s.by = [x.person]
                s.overdue = false
            } else if s.start >= x.at && s.decision == nil {
                continue
            } else if s.end > x.at {
                s.end = x.at
                s.decision = nil
                s.overdue = false
            }
            if let r = s.remindAt, r >= s.end { s.remindAt = nil }
            out.append(s)
        }
        return out
    }

    /// How one round of a flow is seen: its decisions, and up to when escalation and overdue steps count.
    struct FlowView {
        /// The approvals of the round, in time order.
        var decisions: [StepRecord]
        /// Whether open steps escalate and become overdue (not for published subjects).
        var escalates: Bool
        /// `now`, or the rejection that ended the round.
        var horizon: Int?
        /// Whether this is the round that runs now (only it reports overdue steps).
        var final: Bool
        /// No step of the round starts before this (the end of the subject's work, or of its rework),
        /// though a decision may come earlier.
        var floor: Int?
        var subject: String
        var use: SourceSpan
        var round: Int
    }

    mutating func trackForward(_ elements: [FlowElement], from t: Int, _ view: FlowView, into steps: inout [ScheduledStep]) -> Int {
        var cursor = t
        for e in elements {
            switch e {
            case .step(let s):
                let step = trackStep(s, from: cursor, view)
                steps.append(step)
                cursor = max(step.end, view.floor ?? step.end)
            case .sequence(let xs):
                cursor = trackForward(xs, from: cursor, view, into: &steps)
            case .parallel(let xs):
                var last = cursor
                for x in xs { last = max(last, trackForward([x], from: cursor, view, into: &steps)) }
                cursor = last
            }
        }
        return cursor
    }

    /// One step from `c`: decided when enough entitled people approved; else planned, escalated or overdue.
    mutating func trackStep(_ s: ApprovalStep, from c: Int, _ view: FlowView) -> ScheduledStep {
        let decisions = view.decisions.filter { $0.label == s.label }, subject = view.subject, use = view.use
        var step = placed(s, subject: subject, use: use, start: c, end: calendar.advance(c, by: length(s)))
        step.round = view.round
        let expiry = calendar.advance(c, by: min(s.sla, longestWorking))
        let original = Set(s.approvers + s.approvers.compactMap { substitutes[$0] })
        // The original approvers may decide at any time.
        var deciders: [String] = [], decided: Int? = nil
        for d in decisions where original.contains(d.person) && !deciders.contains(d.person) && decided == nil {
            deciders.append(d.person)
            if deciders.count >= s.needed { decided = d.at }
        }
        // Escalation: undecided at the SLA's end, and `now` (or a decision by the target) lies beyond it.
        var escalated = false
        if let e = s.escalation, decided.map({ $0 > expiry }) ?? true {
            let targetDecided = decisions.contains { !original.contains($0.person) && e.approvers.contains($0.person) && $0.at >= expiry }
            escalated = (view.escalates && view.horizon.map { $0 > expiry } == true) || targetDecided
        }
        var escalationDeciders: [String] = [], escalationDecided: Int? = nil
        for d in decisions where !original.contains(d.person) {
            guard escalated, let e = s.escalation, d.at >= expiry else {
                schedule.diagnostics.append(Diagnostic(
                    .notEntitled, .error,
                    "\(d.person) may decide step \"\(s.label)\" of `\(subject)` only once it escalates, after its SLA ended \(shown(expiry))",
                    at: d.status.personSpan ?? d.status.span, label: "not yet entitled",
                    secondary: [DiagnosticLabel(span: s.span, message: "the step")],
                    help: ["it is decided by \(Self.list(s.approvers)) until then"]))
                continue
            }
            guard !escalationDeciders.contains(d.person), escalationDecided == nil else { continue }
            escalationDeciders.append(d.person)
            if escalationDeciders.count >= e.needed { escalationDecided = d.at }
        }
        if escalated, let e = s.escalation { step.escalatedTo = e.approvers }
        let end: Int
        if let d = [decided, escalationDecided].compactMap({ $0 }).min() {
            end = d
            step.decision = .approved
            step.by = decided == d ? deciders : escalationDeciders
        } else {
            let planned = escalated ? calendar.advance(expiry, by: min(s.escalation?.sla ?? 0, longestWorking)) : step.end
            if view.escalates, let now = view.horizon, now > planned {
                end = now
                step.overdue = view.final
            } else {
                end = planned
            }
            if step.overdue {
                let escalation = escalated ? ", and its escalation to \(Self.list(s.escalation?.approvers ?? [])) at \(shown(planned))" : ""
                schedule.diagnostics.append(Diagnostic(
                    .overdueStep, .warning,
                    "step \"\(s.label)\" of `\(subject)` has no decision: its SLA ended \(shown(expiry))\(escalation); it is planned to end now, \(shown(end))",
                    at: use, label: "overdue", secondary: [DiagnosticLabel(span: s.span, message: "the step")],
                    help: ["record the decision (`status \(Self.plainID(subject)) step \"\(s.label)\" approved by PERSON T`), or chase \(Self.list(escalated ? s.escalation?.approvers ?? [] : step.by))"]))
            }
        }
        step.start = min(c, end)
        step.end = end
        if let r = step.remindAt, r >= end { step.remindAt = nil }
        return step
    }

    /// A subject as plan text names it: `c.series#2` is `c.series[2]`.
    static func plainID(_ id: String) -> String {
        guard let hash = id.lastIndex(of: "#") else { return id }
        return id[..<hash] + "[" + id[id.index(after: hash)...] + "]"
    }
}
