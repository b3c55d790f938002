import PlanwerkChecking

/// One person's time on the plan calendar (given to each question): minus their `away` days, and the
/// spans already booked for them. Bookings never overlap, so a person is
/// never double-booked; they are kept sorted for binary search.
public struct PersonTimeline: Sendable {
    /// Away days as local day numbers, sorted.
    let away: [ClosedRange<Int>]
    /// Capacity in basis points of a percent (100% is 10_000).
    public let capacity: Int
    /// Booked spans, sorted, not overlapping.
    public private(set) var booked: [Range<Int>] = []

    public init(away: [ClosedRange<Int>], capacity: Int) {
        self.away = away.sorted { $0.lowerBound < $1.lowerBound }
        self.capacity = capacity
    }

    /// Whether the person is away on a local day.
    public func isAway(onDay day: Int) -> Bool { absence(onDay: day) != nil }

    /// The absence that holds a day, if any (the longest reach when absences overlap).
    func absence(onDay day: Int) -> ClosedRange<Int>? {
        var lo = 0, hi = away.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if away[mid].upperBound < day { lo = mid + 1 } else { hi = mid }
        }
        var i = lo, found: ClosedRange<Int>? = nil
        while i < away.count && away[i].lowerBound <= day {
            if away[i].contains(day), away[i].upperBound > (found?.upperBound ?? Int.min) { found = away[i] }
            i += 1
        }
        return found
    }

    /// Index of the first booking that ends after `t`.
    func firstBooking(endingAfter t: Int) -> Int {
        var lo = 0, hi = booked.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if booked[mid].upperBound <= t { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }

    /// The person's working time (calendar minus away), ignoring bookings: the first interval ending after `t`.
    public func available(after t: Int, on calendar: WorkingCalendar) -> Range<Int>? {
        var cursor = t
        for _ in 0..<WorkingCalendar.searchDays {
            guard let w = calendar.interval(after: cursor) else { return nil }
            if !away.isEmpty, let absence = absence(onDay: calendar.day(of: w.lowerBound)) {
                // Past the whole absence at once: walking a long one interval by interval hung (fuzzer, `away` over centuries).
                cursor = max(w.upperBound, calendar.instant(CivilDateTime(date: CivilDate(dayNumber: absence.upperBound + 1), minute: 0)))
                continue
            }
            return w
        }
        return nil
    }

    /// The first free working interval ending after `t` (available and not booked), clipped to start at `t` or later.
    public func free(after t: Int, on calendar: WorkingCalendar) -> Range<Int>? {
        var cursor = t
        while let w = available(after: cursor, on: calendar) {
            let i = firstBooking(endingAfter: w.lowerBound)
            guard i < booked.count, booked[i].lowerBound < w.upperBound else { return w }
            if booked[i].lowerBound > w.lowerBound { return w.lowerBound..<booked[i].lowerBound }
            cursor = booked[i].upperBound
        }
        return nil
    }

    /// The person's working time (calendar minus away), ignoring bookings: the last interval starting before `t`.
    public func available(before t: Int, on calendar: WorkingCalendar) -> Range<Int>? {
        var cursor = t
        for _ in 0..<WorkingCalendar.searchDays {
            guard let w = calendar.interval(before: cursor) else { return nil }
            if !away.isEmpty, let absence = absence(onDay: calendar.day(of: w.lowerBound)) {
                // Before the whole absence at once, as in ``available(after:on:)``.
                cursor = min(w.lowerBound, calendar.instant(CivilDateTime(date: CivilDate(dayNumber: absence.lowerBound), minute: 0)))
                continue
            }
            return w
        }
        return nil
    }

    /// The last free working interval starting before `t`, clipped to end at `t` or earlier.
    public func free(before t: Int, on calendar: WorkingCalendar) -> Range<Int>? {
        var cursor = t
        while let w = available(before: cursor, on: calendar) {
            // The last booking that starts before the interval ends: one reaching past its end, else the last ending inside.
            let k = firstBooking(endingAfter: w.upperBound - 1)
            let j = k < booked.count && booked[k].lowerBound < w.upperBound ? k : k - 1
            guard j >= 0, j < booked.count, booked[j].upperBound > w.lowerBound else { return w }
            if booked[j].upperBound < w.upperBound { return booked[j].upperBound..<w.upperBound }
            cursor = booked[j].lowerBound
        }
        return nil
    }

    /// Whether no booking overlaps the span.
    public func isFree(_ span: Range<Int>) -> Bool {
        let i = firstBooking(endingAfter: span.lowerBound)
        return i >= booked.count || booked[i].lowerBound >= span.upperBound
    }

    /// The first booking overlapping the span, if any.
    public func conflict(_ span: Range<Int>) -> Range<Int>? {
        let i = firstBooking(endingAfter: span.lowerBound)
        return i < booked.count && booked[i].lowerBound < span.upperBound ? booked[i] : nil
    }

    /// Books a span; returns false (and books nothing) if it overlaps a booking.
    @discardableResult
    public mutating func book(_ span: Range<Int>) -> Bool {
        guard !span.isEmpty else { return true }
        let i = firstBooking(endingAfter: span.lowerBound)
        if i < booked.count && booked[i].lowerBound < span.upperBound { return false }
        // Merge with touching neighbours to keep the list short.
        var lower = span.lowerBound, upper = span.upperBound, from = i, to = i
        if i > 0 && booked[i - 1].upperBound == lower { lower = booked[i - 1].lowerBound; from = i - 1 }
        if i < booked.count && booked[i].lowerBound == upper { upper = booked[i].upperBound; to = i + 1 }
        // In place: the usual cases (extend a neighbour, or insert) without making a one-element array.
        switch to - from {
        case 0: booked.insert(lower..<upper, at: from)
        case 1: booked[from] = lower..<upper
        default:
            booked[from] = lower..<upper
            booked.remove(at: from + 1)
        }
        return true
    }
}

extension PersonTimeline {
    /// Frees a span again (for a fixed-time task that its dependencies moved).
    public mutating func release(_ span: Range<Int>) {
        guard !span.isEmpty else { return }
        var out: [Range<Int>] = []
        out.reserveCapacity(booked.count + 1)
        for b in booked {
            if b.upperBound <= span.lowerBound || b.lowerBound >= span.upperBound { out.append(b); continue }
            if b.lowerBound < span.lowerBound { out.append(b.lowerBound..<span.lowerBound) }
            if b.upperBound > span.upperBound { out.append(span.upperBound..<b.upperBound) }
        }
        booked = out
    }
}
