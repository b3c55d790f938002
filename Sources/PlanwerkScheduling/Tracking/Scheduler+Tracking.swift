import PlanwerkChecking
import PlanwerkSyntax

/// Placing work as tracked (LANGUAGE.md §6, §10 "Tracking"): a task that is
/// done keeps its actual dates; a task in progress keeps its start and its
/// remaining work restarts at the later of `now` and its constraints; other
/// flexible work that has not finished starts at `now` at the earliest.
/// Fixed-time items before `now` count as done at their time.
extension Scheduler {
    /// Places a node recorded `done`, with its actual dates; false when it is not done.
    mutating func placeFinished(_ k: Int) -> Bool {
        guard tracking.isActive, let entry = tracking.subjects[nodes[k].id], let done = entry.done else { return false }
        let i = nodes[k].item, item = plan.items[i]
        let (t, _) = earliestStart(k)
        var start = done
        if item.kind == .task {
            let planned = nodes[k].fixedAt ?? entry.formerFixedStart ?? snapped(item.work, t)
            start = min(entry.started ?? planned, done)
        }
        release(k)
        if item.kind == .task { bookActual(k, item.work, start..<done) }
        nodes[k].start = start
        nodes[k].end = done
        nodes[k].because = "done \(shown(done))"
        if let a = item.approval {
            switch item.kind {
            case .post:
                // Published, so approved: the recorded decisions, else its flow planned to end when it published.
                var (steps, flowStart) = planFlow(a, subject: nodes[k].id, backwardTo: done)
                var end = done
                let from = nodes[k].fixedAt != nil ? flowStart : t
                if let tracked = trackedFlow(a, subject: nodes[k].id, authors: item.assignees, from: from, fixedAt: done) {
                    (steps, end) = tracked
                }
                approvalsOfNode[k] = steps
                nodes[k].approved = end
                nodes[k].flowStart = steps.map(\.start).min()
            default:
                let (steps, end) = planFlow(a, subject: nodes[k].id, authors: item.assignees, forwardFrom: done)
                approvalsOfNode[k] = steps
                nodes[k].approved = end
            }
        }
        checkDeadline(k, item, finishedAt: done, what: "was done", fix: "a deadline already missed stays missed; move it if the plan has changed")
        return true
    }

    /// The item of a node with only the work that remains: all of it, or `1 − progress` of a task in progress.
    func workingItem(_ k: Int) -> PlanItem {
        var item = plan.items[nodes[k].item]
        guard tracking.isActive, let entry = tracking.subjects[nodes[k].id], entry.inProgress, let p = entry.progress, p > 0 else { return item }
        let left = 10_000 - p
        func part(_ m: Int) -> Int { (m * left + 9_999) / 10_000 }
        switch item.work {
        case .length(let m): item.work = .length(part(m))
        case .effort(let m): item.work = .effort(part(m))
        case .duration(let d): item.work = .duration(ElapsedTime(days: 0, minutes: part(d.days * 1440 + d.minutes)))
        case .none: break
        }
        return item
    }

    /// Moves the earliest start `t` of unfinished flexible work to `now` (or, for a task
    /// in progress without `now`, to its last progress or start); returns the start its
    /// constraints alone give.
    func resume(_ k: Int, _ t: inout Int, _ because: inout String) -> Int {
        let constraints = t
        guard tracking.isActive, nodes[k].fixedAt == nil else { return constraints }
        let entry = tracking.subjects[nodes[k].id]
        var floor = tracking.now
        if floor == nil, let entry, entry.inProgress { floor = max(entry.progressAsOf ?? Int.min, entry.started ?? Int.min) }
        if let f = floor, f > t {
            t = f
            because = tracking.now == nil ? "its progress" : entry?.inProgress == true ? "now (the rest of its work)" : "now"
        }
        return constraints
    }

    /// The start shown for a node: for a task in progress, when it started (or was planned to), not when its rest begins.
    func shownStart(_ k: Int, placed start: Int, constraints: Int) -> Int {
        guard tracking.isActive, let entry = tracking.subjects[nodes[k].id], entry.inProgress else { return start }
        let item = plan.items[nodes[k].item]
        let planned = entry.formerFixedStart ?? snapped(item.work, constraints)
        var shown = entry.started ?? planned
        if entry.started == nil, let asOf = entry.progressAsOf { shown = min(shown, asOf) }
        return min(shown, start)
    }

    /// The earliest publish time of an unfinished flexible post: `now`, if later.
    func publishFloor(_ k: Int) -> Int? {
        guard nodes[k].fixedAt == nil, let now = tracking.now else { return nil }
        return now
    }

    /// Working-time work begins at a working minute; elapsed time and milestones where they are.
    func snapped(_ work: PlanWork, _ t: Int) -> Int {
        switch work {
        case .length, .effort: return calendar.nextWorkingInstant(atOrAfter: t)
        case .duration, .none: return t
        }
    }

    /// Books a finished task's people over its actual span, where they are free (effort tasks: all of them throughout).
    mutating func bookActual(_ k: Int, _ work: PlanWork, _ span: Range<Int>) {
        guard !span.isEmpty else { return }
        let spans: [Range<Int>]
        switch work {
        case .duration: spans = [span]
        default: spans = workingIntervals(span)
        }
        for p in nodes[k].assignees {
            for s in spans where people[p].isFree(s) { book(p, [s], node: k) }
        }
    }

    /// Writes the rework of rejected flows into the schedule, in time order.
    mutating func emitReworks() {
        schedule.reworks = tracking.reworks.values.flatMap { $0 }.sorted { ($0.start, $0.subject, $0.round) < ($1.start, $1.subject, $1.round) }
    }
}
