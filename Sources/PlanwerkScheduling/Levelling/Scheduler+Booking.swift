import PlanwerkChecking

/// Booking people's time: spans for `length` and `duration` work, pooled
/// minutes for `effort`, forwards and backwards.
extension Scheduler {
    /// The working intervals of the plan calendar inside a span.
    func workingIntervals(_ span: Range<Int>) -> [Range<Int>] {
        var out: [Range<Int>] = []
        calendar.forEachInterval(in: span) { out.append($0); return true }
        return out
    }

    /// The first conflict of a person with `length` or `duration` work placed at `start..<end`
    /// (the spans ``occupied(_:_:_:)`` gives, walked without building them); returns when the person is next free.
    func conflict(_ i: Int, _ work: PlanWork, _ start: Int, _ end: Int) -> Int? {
        switch work {
        case .length:
            var found: Int? = nil
            calendar.forEachInterval(in: start..<end) { span in
                found = conflict(i, span)
                return found == nil
            }
            return found
        case .duration: return conflict(i, start..<max(start, end))
        case .none, .effort: return nil
        }
    }

    /// The first conflict of a person with a span: a booking or an away day; returns when the person is next free.
    func conflict(_ i: Int, _ span: Range<Int>) -> Int? {
        if let c = people[i].conflict(span) { return c.upperBound }
        if !people[i].away.isEmpty && people[i].isAway(onDay: calendar.day(of: span.lowerBound)) {
            return people[i].available(after: span.lowerBound, on: calendar)?.lowerBound ?? span.upperBound  // `length` spans are plan-calendar time
        }
        return nil
    }

    mutating func book(_ i: Int, _ spans: [Range<Int>], node k: Int) {
        for span in spans where people[i].book(span) { nodes[k].bookings.append((i, span)) }
    }

    mutating func release(_ k: Int) {
        for (i, span) in nodes[k].bookings { people[i].release(span) }
        nodes[k].bookings = []
    }

    /// Effort pooled forward from `t`: every free assignee gives `capacity` per minute until the sum reaches the effort.
    /// Returns the first and last instant of work, or nil when the people have no free time at all.
    mutating func poolForward(_ assignees: [Int], effort: Int, from t: Int, node k: Int) -> (start: Int, end: Int)? {
        var need = effort * 10_000, cursor = t, first: Int? = nil
        let workers = assignees.filter { people[$0].capacity > 0 }
        guard !workers.isEmpty else { return nil }
        if need == 0 { return (cursor, cursor) }
        // Reused for every segment: each worker's next free interval.
        var frees = [Range<Int>?](repeating: nil, count: workers.count)
        // A few days of two hour ranges each, without growing the array step by step.
        nodes[k].bookings.reserveCapacity(nodes[k].bookings.count + 8 * workers.count)
        for _ in 0..<1_000_000 {
            var segStart = Int.max
            for (n, w) in workers.enumerated() {
                frees[n] = people[w].free(after: cursor, on: calendars[calendarOfPerson[w]])  // their own working time
                if let f = frees[n] { segStart = min(segStart, f.lowerBound) }
            }
            guard segStart != Int.max else { return nil }
            var segEnd = Int.max, rate = 0
            for (n, w) in workers.enumerated() {
                guard let f = frees[n] else { continue }
                if f.lowerBound == segStart {
                    segEnd = min(segEnd, f.upperBound)
                    rate += people[w].capacity
                } else {
                    segEnd = min(segEnd, f.lowerBound)
                }
            }
            first = first ?? segStart
            let length = segEnd - segStart
            // The workers free at the segment's start work through it (or until the effort is done).
            let done = rate * length >= need
            let end = done ? segStart + (need + rate - 1) / rate : segEnd
            for (n, w) in workers.enumerated() where frees[n]?.lowerBound == segStart && people[w].book(segStart..<end) {
                nodes[k].bookings.append((w, segStart..<end))
            }
            if done { return (first ?? segStart, end) }
            need -= rate * length
            cursor = segEnd
        }
        return nil
    }

    /// Effort pooled backward so that it ends by `t`. Returns the first and last instant of work.
    mutating func poolBackward(_ assignees: [String], effort: Int, endingBy t: Int, for work: String) -> (start: Int, end: Int)? {
        var need = effort * 10_000, cursor = t, last: Int? = nil
        let workers = assignees.compactMap { personIndex[$0] }.filter { people[$0].capacity > 0 }
        guard !workers.isEmpty else { return nil }
        if need == 0 { return (cursor, cursor) }
        for _ in 0..<1_000_000 {
            var frees: [Range<Int>?] = []
            frees.reserveCapacity(workers.count)
            for w in workers { frees.append(people[w].free(before: cursor, on: calendars[calendarOfPerson[w]])) }
            guard let segEnd = frees.compactMap({ $0?.upperBound }).max() else { return nil }
            var segStart = Int.min, rate = 0, active: [Int] = []
            for (w, f) in zip(workers, frees) {
                guard let f else { continue }
                if f.upperBound == segEnd {
                    segStart = max(segStart, f.lowerBound)
                    rate += people[w].capacity
                    active.append(w)
                } else {
                    segStart = max(segStart, f.upperBound)
                }
            }
            last = last ?? segEnd
            let length = segEnd - segStart
            if rate * length >= need {
                let start = segEnd - (need + rate - 1) / rate
                for w in active where people[w].book(start..<segEnd) { schedule.bookings.append(Booking(person: plan.people[w].id, work: work, span: start..<segEnd)) }
                return (start, last ?? segEnd)
            }
            for w in active where people[w].book(segStart..<segEnd) { schedule.bookings.append(Booking(person: plan.people[w].id, work: work, span: segStart..<segEnd)) }
            need -= rate * length
            cursor = segStart
        }
        return nil
    }
}
