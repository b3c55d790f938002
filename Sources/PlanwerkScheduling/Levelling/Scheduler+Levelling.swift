import HeapModule
import PlanwerkChecking
import PlanwerkSyntax

/// Serial, as-soon-as-possible levelling (LANGUAGE.md §10): fixed-time work
/// first, then the first ready task in levelling order, again and again.
extension Scheduler {
    /// Books the people of tasks with an `at` at that time, before anything else.
    mutating func bookFixedTimes() {
        for k in nodes.indices where nodes[k].fixedAt != nil && !plan.items[nodes[k].item].assignees.isEmpty {
            let item = plan.items[nodes[k].item]
            guard let f = nodes[k].fixedAt, item.kind == .task else { continue }
            let spans = workSpans(item, from: f)
            for i in nodes[k].assignees {
                let person = plan.people[i].id
                if let busy = spans.first(where: { !people[i].isFree($0) }) {
                    let other = nodes.first { n in n.bookings.contains { $0.person == i && $0.span.overlaps(busy) } }
                    report(.overbookedByFixedTimes,
                           "\(person) is needed twice at \(shown(busy.lowerBound)): by `\(item.id)`\(other.map { " and by `\($0.id)`" } ?? "")",
                           at: item.atSpan ?? item.span, help: ["move one of the two `at` times, or assign someone else"])
                }
                if item.work.isEffort {
                    continue
                }
                book(i, spans, node: k)
            }
            if case .effort(let m) = item.work { _ = poolForward(nodes[k].assignees, effort: m, from: f, node: k) }
        }
    }

    /// The spans a `length` or `duration` task occupies from `s` (working intervals for length, the whole span for duration).
    func workSpans(_ item: PlanItem, from s: Int) -> [Range<Int>] {
        let (start, end) = workSpan(item.work, from: s)
        return occupied(item.work, start, end)
    }

    /// What `length` or `duration` work placed at `start..<end` occupies of its people's time.
    func occupied(_ work: PlanWork, _ start: Int, _ end: Int) -> [Range<Int>] {
        switch work {
        case .length: return workingIntervals(start..<end)
        case .duration: return [start..<max(start, end)]
        case .none, .effort: return []
        }
    }

    mutating func level(_ unlevelled: [Int]) {
        var waiting = nodes.map { $0.predecessors.count }
        var heap = Heap<LevellingKey>()
        for k in nodes.indices where waiting[k] == 0 { heap.insert(levellingKey(k, unlevelled)) }
        while let next = heap.popMin() {
            let k = next.node
            place(k)
            nodes[k].placed = true
            for (s, _) in nodes[k].successors {
                waiting[s] -= 1
                if waiting[s] == 0 { heap.insert(levellingKey(s, unlevelled)) }
            }
        }
    }

    func levellingKey(_ k: Int, _ unlevelled: [Int]) -> LevellingKey {
        let i = nodes[k].item
        return LevellingKey(priority: plan.items[i].priority, deadline: plan.items[i].deadline.map { deadline($0) } ?? Int.max,
                            slack: unlevelled[k], order: nodes[k].order, node: k)
    }

    mutating func place(_ k: Int) {
        if placeFinished(k) { return }
        let item = workingItem(k)
        var (t, reason) = earliestStart(k)
        var because = describe(reason)
        if item.kind == .post {
            placePost(k, earliest: t, because: because)
            return
        }
        let constraints = resume(k, &t, &because)
        if let f = nodes[k].fixedAt {
            if t > f {
                report(.impossibleAt, "`\(item.id)` is fixed at \(shown(f)), but \(because) it can start \(shown(t)) at the earliest",
                       at: item.atSpan ?? item.span, help: ["move the `at` to \(shown(t)) or later, or drop the dependency"])
                release(k)
            } else {
                t = f
                because = "at \(shown(f))"
            }
        }
        let fixedAndBooked = nodes[k].fixedAt == t && !nodes[k].bookings.isEmpty
        var start = t, end = t
        switch item.work {
        case .none: break
        case .length(let m):
            if item.assignees.isEmpty || fixedAndBooked {
                start = calendar.nextWorkingInstant(atOrAfter: t)
                end = calendar.advance(start, by: m)
            } else {
                (start, end, because) = placeSpan(k, item, from: t, because: because)
            }
        case .duration(let d):
            if item.assignees.isEmpty || fixedAndBooked {
                end = adding(d, to: t)
            } else {
                (start, end, because) = placeSpan(k, item, from: t, because: because)
            }
        case .effort(let m):
            if fixedAndBooked {
                start = nodes[k].bookings.map(\.span.lowerBound).min() ?? t
                end = nodes[k].bookings.map(\.span.upperBound).max() ?? t
            } else if item.assignees.isEmpty {
                start = calendar.nextWorkingInstant(atOrAfter: t)
                end = calendar.advance(start, by: m)
            } else if let (s, e) = poolForward(nodes[k].assignees, effort: m, from: t, node: k) {
                if s > calendar.nextWorkingInstant(atOrAfter: t) { because = "availability of \(item.assignees.joined(separator: ", "))" }
                (start, end) = (s, e)
            } else {
                report(.noTimeToWork, "`\(item.id)` finds no free working time for \(item.assignees.joined(separator: ", "))", at: item.span)
            }
        }
        nodes[k].start = shownStart(k, placed: start, constraints: constraints)
        nodes[k].end = end
        nodes[k].because = because
        if let a = item.approval {
            let (steps, flowEnd) = planFlow(a, subject: nodes[k].id, authors: item.assignees, forwardFrom: end)
            approvalsOfNode[k] = steps
            nodes[k].approved = flowEnd
        }
        checkDeadline(k, item, finishedAt: end, what: "ends", fix: "start it earlier, shorten the work before it, or move the deadline")
    }

    /// Places `length`/`duration` work with assignees: the first start where all are free for the whole span, then books them.
    mutating func placeSpan(_ k: Int, _ item: PlanItem, from t: Int, because: String) -> (Int, Int, String) {
        var cursor = t, waitedFor: Int? = nil
        for _ in 0..<100_000 {
            let (s, e) = workSpan(item.work, from: cursor)
            var next: Int? = nil, busy = 0
            for p in nodes[k].assignees {
                if let free = conflict(p, item.work, s, e), free > (next ?? Int.min) { (next, busy) = (free, p) }
            }
            guard let n = next, n > cursor else {
                let spans = occupied(item.work, s, e)
                nodes[k].bookings.reserveCapacity(nodes[k].bookings.count + spans.count * nodes[k].assignees.count)
                for p in nodes[k].assignees { book(p, spans, node: k) }
                return (s, e, waitedFor.map { "availability of \(plan.people[$0].id)" } ?? because)
            }
            cursor = n
            waitedFor = busy
        }
        report(.noTimeToWork, "`\(item.id)` finds no time when \(item.assignees.joined(separator: ", ")) are all free", at: item.span)
        let (s, e) = workSpan(item.work, from: t)
        return (s, e, waitedFor.map { "availability of \(plan.people[$0].id)" } ?? because)
    }

    /// Where `length` or `duration` work placed from `s` starts and ends, people aside.
    func workSpan(_ work: PlanWork, from s: Int) -> (Int, Int) {
        switch work {
        case .length(let m):
            let a = calendar.nextWorkingInstant(atOrAfter: s)
            return (a, calendar.advance(a, by: m))
        case .duration(let d): return (s, adding(d, to: s))
        case .none, .effort: return (s, s)
        }
    }
}

extension PlanWork {
    var isEffort: Bool { if case .effort = self { return true } else { return false } }
}
