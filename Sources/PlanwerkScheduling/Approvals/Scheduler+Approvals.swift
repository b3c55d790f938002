import PlanwerkChecking
import PlanwerkSyntax

/// Approval flows in time: each step spans its SLA (or `expect` under
/// `--assume expected`) in working time of the plan calendar; `parallel`
/// branches start together and end with the last. Steps book no one.
extension Scheduler {
    /// The length of a step in working minutes.
    func length(_ step: ApprovalStep) -> Int {
        if options.assumeExpected, let e = step.expect { return e }
        return step.sla
    }

    /// Plans a flow forward from `t`; returns its steps and when it ends.
    mutating func planFlow(_ a: ApprovalInstance, subject: String, authors: [String], forwardFrom t: Int) -> ([ScheduledStep], Int) {
        if tracking.isActive, let tracked = trackedFlow(a, subject: subject, authors: authors, from: t,
                                                        fixedAt: tracking.nodeOfSubject[subject].flatMap { nodes[$0].fixedAt }) {
            return tracked
        }
        var steps: [ScheduledStep] = []
        let end = forward(a.elements, from: t, subject: subject, use: a.span, into: &steps)
        return (steps.sorted { $0.step < $1.step }, end)
    }

    mutating func forward(_ elements: [FlowElement], from t: Int, subject: String, use: SourceSpan, into steps: inout [ScheduledStep]) -> Int {
        var cursor = t
        for e in elements {
            switch e {
            case .step(let s):
                let end = calendar.advance(cursor, by: length(s))
                steps.append(placed(s, subject: subject, use: use, start: cursor, end: end))
                cursor = end
            case .sequence(let xs):
                cursor = forward(xs, from: cursor, subject: subject, use: use, into: &steps)
            case .parallel(let xs):
                var last = cursor
                for x in xs { last = max(last, forward([x], from: cursor, subject: subject, use: use, into: &steps)) }
                cursor = last
            }
        }
        return cursor
    }

    /// Plans a flow backward so that its last step ends at `t`; returns its steps and when it starts.
    mutating func planFlow(_ a: ApprovalInstance, subject: String, backwardTo t: Int) -> ([ScheduledStep], Int) {
        var steps: [ScheduledStep] = []
        let start = backward(a.elements, to: t, subject: subject, use: a.span, into: &steps)
        return (steps.sorted { $0.step < $1.step }, start)
    }

    mutating func backward(_ elements: [FlowElement], to t: Int, subject: String, use: SourceSpan, into steps: inout [ScheduledStep]) -> Int {
        var cursor = t
        for e in elements.reversed() {
            switch e {
            case .step(let s):
                let start = calendar.retreat(cursor, by: length(s))
                steps.append(placed(s, subject: subject, use: use, start: start, end: cursor))
                cursor = start
            case .sequence(let xs):
                cursor = backward(xs, to: cursor, subject: subject, use: use, into: &steps)
            case .parallel(let xs):
                var first = cursor
                for x in xs { first = min(first, backward([x], to: cursor, subject: subject, use: use, into: &steps)) }
                cursor = first
            }
        }
        return cursor
    }

    /// A step placed in time, with the people who can decide it then:
    /// the approvers not away for the whole span, plus substitutes of those away (one hop).
    mutating func placed(_ s: ApprovalStep, subject: String, use: SourceSpan, start: Int, end: Int) -> ScheduledStep {
        var eligible: [String] = []
        for p in s.approvers {
            if isAwayThroughout(p, start, end) {
                if let sub = substitutes[p], !isAwayThroughout(sub, start, end),
                   !eligible.contains(sub) { eligible.append(sub) }
            } else if !eligible.contains(p) {
                eligible.append(p)
            }
        }
        if eligible.count < s.needed {
            let who = s.needed == 1 ? "someone" : "\(s.needed) people"
            schedule.diagnostics.append(Diagnostic(
                .tooFewApprovers, .error,
                "step \"\(s.label)\" for `\(subject)` needs \(who) to decide between \(shown(start)) and \(shown(end)), \(eligible.isEmpty ? "but everyone who may decide it is away" : "but only \(eligible.count) of \(s.approvers.count) can (the others are away)")",
                at: s.span, secondary: [DiagnosticLabel(span: use, message: "`\(subject)` uses the flow here")],
                help: ["give the absent people a `substitute`, or widen who may decide this step"]))
        }
        var step = ScheduledStep(subject: subject, step: s.number, label: s.label, by: eligible, start: start, end: end, escalatedTo: nil)
        if let r = s.remind.map({ adding(bounded($0), to: start) }), r < end { step.remindAt = r }
        return step
    }

    /// Whether a person is away on every working day a span touches.
    func isAwayThroughout(_ person: String, _ start: Int, _ end: Int) -> Bool {
        guard let i = personIndex[person] else { return false }
        let first = calendar.day(of: start), last = calendar.day(of: max(start, end - 1))
        if last - first > 3700 { return false }
        for d in first...last where calendar.spec.isWorkingDay(CivilDate(dayNumber: d)) {
            if !people[i].isAway(onDay: d) { return false }
        }
        return true
    }

    // MARK: - Posts

    /// A post publishes at its `at` (or occurrence) time, or when its approval ends, inside its channel's window.
    mutating func placePost(_ k: Int, earliest t: Int, because: String) {
        let item = plan.items[nodes[k].item]
        let subject = nodes[k].id
        var publish: Int, why = because
        if let f = nodes[k].fixedAt {
            publish = f
            why = nodes[k].occurrence == nil ? "at \(shown(f))" : "the series"
            if t > f {
                report(.impossibleAt, "`\(subject)` is fixed at \(shown(f)), but \(because) it can publish \(shown(t)) at the earliest",
                       at: item.atSpan ?? item.series?.span ?? item.span, help: ["move the `at` to \(shown(t)) or later, or drop the dependency"])
                publish = t
                why = because
            }
            if let a = item.approval {
                var (steps, start) = planFlow(a, subject: subject, backwardTo: publish)
                var flowEnd = publish
                if start < t {
                    (steps, flowEnd) = planFlow(a, subject: subject, authors: item.assignees, forwardFrom: t)
                } else if let tracked = trackedFlow(a, subject: subject, authors: item.assignees, from: start, fixedAt: f) {
                    (steps, flowEnd) = tracked
                }
                approvalsOfNode[k] = steps
                nodes[k].approved = flowEnd
                nodes[k].flowStart = steps.map(\.start).min()
                if flowEnd > publish {
                    let late = max(1, calendar.workingMinutes(from: publish, to: flowEnd))
                    nodes[k].late = late
                    report(.lateApproval,
                           "`\(subject)` publishes \(shown(publish)) but its approval can end \(shown(flowEnd)) at the earliest (late by \(shownWork(late)))",
                           at: item.atSpan ?? item.series?.span ?? item.span,
                           help: ["publish later, or start the work before it earlier"])
                }
            }
            if let channel = item.channel.flatMap({ channels[$0] }), let w = channel.window, !inWindow(publish, w) {
                report(.outsideChannelWindow,
                       "`\(subject)` publishes \(shown(publish)), outside the publishing window of \(channel.title)",
                       at: item.atSpan ?? item.series?.span ?? item.span,
                       help: [nodes[k].occurrence == nil
                              ? "publish at \(shown(intoWindow(publish, w))) instead, the next time the window is open"
                              : "let the series fall on days and hours the window is open (e.g. `every workday`), or widen the channel's `window`"])
            }
        } else {
            publish = t
            if let a = item.approval {
                let (steps, flowEnd) = planFlow(a, subject: subject, authors: item.assignees, forwardFrom: t)
                approvalsOfNode[k] = steps
                nodes[k].approved = flowEnd
                nodes[k].flowStart = steps.map(\.start).min()
                if flowEnd > publish { (publish, why) = (flowEnd, "its approval") }
            }
            if let floor = publishFloor(k), floor > publish { (publish, why) = (floor, "now") }
            if let channel = item.channel.flatMap({ channels[$0] }), let w = channel.window {
                let moved = intoWindow(publish, w)
                if moved > publish { (publish, why) = (moved, "the window of \(channel.title)") }
            }
        }
        nodes[k].start = publish
        nodes[k].end = publish
        nodes[k].because = why
        checkDeadline(k, item, finishedAt: publish, what: "publishes", fix: "start the work before it earlier, or move the deadline")
    }

    func inWindow(_ t: Int, _ w: ChannelWindow) -> Bool {
        let local = calendar.local(t)
        guard w.weekdays.isEmpty || w.weekdays.contains(local.date.weekday) else { return false }
        return w.hours.isEmpty || w.hours.contains { local.minute >= $0.start && local.minute < $0.end }
    }

    /// The first instant at or after `t` inside the window (weekdays and hours only; holidays do not close a channel).
    func intoWindow(_ t: Int, _ w: ChannelWindow) -> Int {
        if inWindow(t, w) { return t }
        let local = calendar.local(t)
        for offset in 0...8 {
            let date = CivilDate(dayNumber: local.date.dayNumber + offset)
            guard w.weekdays.isEmpty || w.weekdays.contains(date.weekday) else { continue }
            let spans = w.hours.isEmpty ? [ClockSpan(start: 0, end: 1440)] : w.hours
            for h in spans {
                let open = calendar.instant(CivilDateTime(date: date, minute: h.start))
                let close = calendar.instant(CivilDateTime(date: date, minute: h.end))
                if close > t { return max(open, t) }
            }
        }
        return t
    }
}
