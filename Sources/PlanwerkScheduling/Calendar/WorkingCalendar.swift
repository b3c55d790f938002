import PlanwerkChecking

/// Working time on a calendar as instants (minutes since 1970-01-01 00:00
/// UTC): the calendar's hours on its weekdays, minus holidays, in the plan's
/// time zone with daylight saving. Working-time arithmetic walks whole
/// working intervals (a few per day, precomputed for the plan's window), so
/// adding `3bd` costs three days of steps, never a loop over minutes.
public struct WorkingCalendar: Sendable {
    /// The calendar and its precomputed days, shared by every copy: a
    /// calendar is passed and captured by value all over the scheduler, and
    /// copying one reference costs a fraction of copying seven (profiles
    /// showed tens of thousands of copies per run).
    final class Days: Sendable {
        let spec: CalendarSpec
        let zone: any TimeZoneRules
        let firstDay: Int
        let starts: [Int]
        let table: [Range<Int>]
        let cumulative: [Int]
        let dayStarts: [Int]

        init(spec: CalendarSpec, zone: any TimeZoneRules, firstDay: Int, starts: [Int], table: [Range<Int>], cumulative: [Int], dayStarts: [Int]) {
            self.spec = spec; self.zone = zone; self.firstDay = firstDay
            self.starts = starts; self.table = table; self.cumulative = cumulative; self.dayStarts = dayStarts
        }
    }

    let days: Days
    public var spec: CalendarSpec { days.spec }
    public var zone: any TimeZoneRules { days.zone }
    /// Precomputed intervals for days `firstDay ..< firstDay + starts.count - 1`.
    var firstDay: Int { days.firstDay }
    var starts: [Int] { days.starts }
    /// Every working interval of the precomputed days, in order.
    var table: [Range<Int>] { days.table }
    /// Working minutes before each interval of `table` (and the total at the end).
    var cumulative: [Int] { days.cumulative }
    /// The instant each precomputed day starts (local midnight), and the one after the last.
    var dayStarts: [Int] { days.dayStarts }
    /// How many days a search for working time looks ahead before it gives up (a calendar without working days).
    static let searchDays = 3700
    /// How many working intervals a walk outside the table takes before it counts the rest as clock time (absurdly long work; the scheduler reports it first).
    static let maxWalk = 200_000

    /// A calendar whose working intervals are precomputed for `days`; days outside are computed when asked.
    public init(spec: CalendarSpec, zone: any TimeZoneRules, days: ClosedRange<Int>) {
        var starts: [Int] = [], table: [Range<Int>] = []
        starts.reserveCapacity(days.count + 1)
        for day in days {
            starts.append(table.count)
            table += Self.compute(day: day, spec: spec, zone: zone)
        }
        starts.append(table.count)
        var cumulative: [Int] = [0]
        cumulative.reserveCapacity(table.count + 1)
        for w in table { cumulative.append(cumulative[cumulative.count - 1] + w.count) }
        let dayStarts = (days.lowerBound...(days.upperBound + 1)).map {
            zone.utcMinutes(of: CivilDateTime(date: CivilDate(dayNumber: $0), minute: 0))
        }
        self.days = Days(spec: spec, zone: zone, firstDay: days.lowerBound, starts: starts, table: table, cumulative: cumulative, dayStarts: dayStarts)
    }

    /// Whether an instant lies well inside the precomputed days, where the table answers.
    func inTable(_ t: Int) -> Bool {
        !table.isEmpty && t > table[0].lowerBound && t < table[table.count - 1].upperBound
    }

    /// Index of the first interval of the table that ends after `t`: found
    /// from the day that holds `t` (days are 1440 minutes, a few more or
    /// less across a clock change) and that day's few intervals, not by a
    /// search of the whole table (the scheduler's most frequent question).
    func firstEnding(after t: Int) -> Int {
        let days = dayStarts.count - 1
        guard days > 0, t >= dayStarts[0] else { return 0 }  // every interval ends after it
        guard t < dayStarts[days] else { return table.count }  // every interval ends by then
        var d = min((t - dayStarts[0]) / 1440, days - 1)
        while dayStarts[d] > t { d -= 1 }
        while dayStarts[d + 1] <= t { d += 1 }
        var k = starts[d]
        while k < starts[d + 1] && table[k].upperBound <= t { k += 1 }
        return k
    }

    /// ``firstEnding(after:)`` by a binary search of the whole table: the reference its day-wise answer is tested against.
    func firstEndingBySearch(after t: Int) -> Int {
        var lo = 0, hi = table.count
        while lo < hi {
            let mid = (lo + hi) >> 1
            if table[mid].upperBound <= t { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }

    /// Working minutes of the table before `t` (for `t` inside the table's span).
    func worked(before t: Int) -> Int {
        let i = firstEnding(after: t)
        guard i < table.count else { return cumulative[table.count] }
        return cumulative[i] + max(0, t - table[i].lowerBound)
    }

    /// The instant at which `target` working minutes of the table have passed, at the end of a minute (`17:00`, not the next `09:00`).
    func instant(afterWorked target: Int) -> Int? {
        guard target > 0, target <= cumulative[table.count] else { return nil }
        var lo = 0, hi = table.count - 1
        while lo < hi {  // first interval whose end reaches the target
            let mid = (lo + hi) >> 1
            if cumulative[mid + 1] < target { lo = mid + 1 } else { hi = mid }
        }
        return table[lo].lowerBound + (target - cumulative[lo])
    }

    /// The instant from which `target` working minutes of the table have passed, at the start of a minute (`09:00`, not the previous `17:00`).
    func instant(fromWorked target: Int) -> Int? {
        guard target >= 0, target < cumulative[table.count] else { return nil }
        var lo = 0, hi = table.count - 1
        while lo < hi {  // last interval starting at or before the target
            let mid = (lo + hi + 1) >> 1
            if cumulative[mid] <= target { lo = mid } else { hi = mid - 1 }
        }
        return table[lo].lowerBound + (target - cumulative[lo])
    }

    static func compute(day: Int, spec: CalendarSpec, zone: any TimeZoneRules) -> [Range<Int>] {
        let date = CivilDate(dayNumber: day)
        guard spec.isWorkingDay(date) else { return [] }
        // One offset for the whole day when the zone keeps it from a day before to a day after
        // (the same test `utcOffsetMinutes(at:)` makes for each time): two look-ups a day, not two per time.
        let midnight = CivilDateTime(date: date, minute: 0).localMinutes
        let offset = zone.utcOffsetMinutes(atUTC: midnight - 1440)
        if zone.utcOffsetMinutes(atUTC: midnight + 2880) == offset {
            return spec.hours.compactMap { h in h.start < h.end ? (midnight + h.start - offset)..<(midnight + h.end - offset) : nil }
        }
        return spec.hours.compactMap { h in
            let a = zone.utcMinutes(of: CivilDateTime(date: date, minute: h.start))
            let b = zone.utcMinutes(of: CivilDateTime(date: date, minute: h.end))
            return a < b ? a..<b : nil
        }
    }

    /// The working intervals of a local day, in order.
    public func intervals(onDay day: Int) -> ArraySlice<Range<Int>> {
        let i = day - firstDay
        if i >= 0 && i + 1 < starts.count { return table[starts[i]..<starts[i + 1]] }
        return ArraySlice(Self.compute(day: day, spec: spec, zone: zone))
    }

    /// The local day (day number) an instant falls on.
    public func day(of instant: Int) -> Int {
        if let first = dayStarts.first, let last = dayStarts.last, instant >= first, instant < last {
            var lo = 0, hi = dayStarts.count - 1
            while lo < hi {  // last day starting at or before the instant
                let mid = (lo + hi + 1) >> 1
                if dayStarts[mid] <= instant { lo = mid } else { hi = mid - 1 }
            }
            return firstDay + lo
        }
        return zone.local(atUTC: instant).date.dayNumber
    }

    /// The instant a wall-clock time names (from the table on days without a clock change).
    public func instant(_ local: CivilDateTime) -> Int {
        let i = local.date.dayNumber - firstDay
        if i >= 0 && i + 1 < dayStarts.count && dayStarts[i + 1] - dayStarts[i] == 1440 { return dayStarts[i] + local.minute }
        return zone.utcMinutes(of: local)
    }

    /// An instant a plan writes: a date alone is its midnight.
    public func instant(_ i: PlanInstant) -> Int {
        switch i {
        case .date(let d): return instant(CivilDateTime(date: d, minute: 0))
        case .dateTime(let t): return instant(t)
        }
    }

    /// A deadline a plan writes: a date alone means by the end of that day (the next midnight).
    public func deadline(_ i: PlanInstant) -> Int {
        switch i {
        case .date(let d): return instant(CivilDateTime(date: d.adding(days: 1) ?? d, minute: 0))
        case .dateTime(let t): return instant(t)
        }
    }

    /// The wall-clock time of an instant (from the table on days without a clock change).
    public func local(_ instant: Int) -> CivilDateTime {
        if let first = dayStarts.first, let last = dayStarts.last, instant >= first, instant < last {
            let d = day(of: instant), i = d - firstDay
            if dayStarts[i + 1] - dayStarts[i] == 1440 { return CivilDateTime(date: CivilDate(dayNumber: d), minute: instant - dayStarts[i]) }
        }
        return zone.local(atUTC: instant)
    }

    /// Calls `body` with each working interval inside `span`, clipped to it, in
    /// order, until `body` returns false: one search, then a walk of the table.
    public func forEachInterval(in span: Range<Int>, _ body: (Range<Int>) -> Bool) {
        guard !span.isEmpty else { return }
        if inTable(span.lowerBound) && inTable(span.upperBound) {
            var i = firstEnding(after: span.lowerBound)
            while i < table.count && table[i].lowerBound < span.upperBound {
                if !body(max(table[i].lowerBound, span.lowerBound)..<min(table[i].upperBound, span.upperBound)) { return }
                i += 1
            }
            return
        }
        var cursor = span.lowerBound
        while cursor < span.upperBound, let w = interval(after: cursor), w.lowerBound < span.upperBound {
            if !body(w.lowerBound..<min(w.upperBound, span.upperBound)) { return }
            cursor = w.upperBound
        }
    }

    /// The first working interval that ends after `t`, clipped to start at `t` or later; nil if none within the search bound.
    public func interval(after t: Int) -> Range<Int>? {
        if inTable(t) {
            let i = firstEnding(after: t)
            if i < table.count { return max(table[i].lowerBound, t)..<table[i].upperBound }
        }
        var d = day(of: t) - 1
        let last = d + Self.searchDays
        while d <= last {
            for w in intervals(onDay: d) where w.upperBound > t { return max(w.lowerBound, t)..<w.upperBound }
            d += 1
        }
        return nil
    }

    /// The last working interval that starts before `t`, clipped to end at `t` or earlier; nil if none within the search bound.
    public func interval(before t: Int) -> Range<Int>? {
        if inTable(t) {
            let i = firstEnding(after: t)  // the one holding t, or the next
            if i < table.count && table[i].lowerBound < t { return table[i].lowerBound..<t }
            if i > 0 { return table[i - 1] }
        }
        var d = day(of: t) + 1
        let last = d - Self.searchDays
        while d >= last {
            for w in intervals(onDay: d).reversed() where w.lowerBound < t { return w.lowerBound..<min(w.upperBound, t) }
            d -= 1
        }
        return nil
    }

    /// The first working instant at or after `t` (`t` itself when it is working time).
    public func nextWorkingInstant(atOrAfter t: Int) -> Int { interval(after: t)?.lowerBound ?? t }

    /// The end of `minutes` working minutes counted from `t`: the end of the
    /// last working minute (17:00, not the next morning). Zero minutes give `t`.
    public func advance(_ t: Int, by minutes: Int) -> Int {
        guard minutes > 0 else { return t }
        if inTable(t), let end = instant(afterWorked: worked(before: t) + minutes) { return end }
        var cursor = t, left = minutes, end: Int? = nil
        walkForward(from: t) { w in
            if w.count >= left { end = w.lowerBound + left; return false }
            left -= w.count
            cursor = w.upperBound
            return true
        }
        return end ?? cursor + left
    }

    /// The start of `minutes` working minutes that end at `t` (backwards).
    public func retreat(_ t: Int, by minutes: Int) -> Int {
        guard minutes > 0 else { return t }
        if inTable(t), let start = instant(fromWorked: worked(before: t) - minutes) { return start }
        var cursor = t, left = minutes, start: Int? = nil
        walkBackward(from: t) { w in
            if w.count >= left { start = w.upperBound - left; return false }
            left -= w.count
            cursor = w.lowerBound
            return true
        }
        return start ?? cursor - left
    }

    /// Working minutes between two instants (zero if `b` is not after `a`).
    public func workingMinutes(from a: Int, to b: Int) -> Int {
        guard b > a else { return 0 }
        if inTable(a) && inTable(b) { return worked(before: b) - worked(before: a) }
        var total = 0
        walkForward(from: a) { w in
            guard w.lowerBound < b else { return false }
            total += min(w.upperBound, b) - w.lowerBound
            return true
        }
        return total
    }

    /// Calls `body` with each working interval that ends after `t` (clipped to
    /// start at `t`), in order, until it returns false, ``maxWalk`` intervals
    /// have passed, or ``searchDays`` days in a row have none: the walk of
    /// spans that leave the table. It finds the day of `t` once and then
    /// reads day after day (the table's days from the table); a walk by
    /// ``interval(after:)`` converted every interval's end back to its day,
    /// and a date typed in the year 9423 took seconds.
    func walkForward(from t: Int, _ body: (Range<Int>) -> Bool) {
        var d = day(of: t) - 1, idle = 0, steps = 0
        while steps < Self.maxWalk && idle <= Self.searchDays {
            var found = false
            for w in intervals(onDay: d) where w.upperBound > t {
                found = true
                steps += 1
                if !body(max(w.lowerBound, t)..<w.upperBound) { return }
            }
            idle = found ? 0 : idle + 1
            d += 1
        }
    }

    /// ``walkForward(from:_:)`` backwards: each working interval that starts before `t` (clipped to end at `t`), latest first.
    func walkBackward(from t: Int, _ body: (Range<Int>) -> Bool) {
        var d = day(of: t) + 1, idle = 0, steps = 0
        while steps < Self.maxWalk && idle <= Self.searchDays {
            var found = false
            for w in intervals(onDay: d).reversed() where w.lowerBound < t {
                found = true
                steps += 1
                if !body(w.lowerBound..<min(w.upperBound, t)) { return }
            }
            idle = found ? 0 : idle + 1
            d -= 1
        }
    }

    /// Working minutes in plan syntax with whole business days of this calendar: `1bd 2bh`, `30min`, `0bh`.
    public func shownWork(_ minutes: Int) -> String {
        let day = max(1, spec.businessDayMinutes)
        var parts: [String] = []
        if minutes / day > 0 { parts.append("\(minutes / day)bd") }
        let rest = minutes % day
        if rest / 60 > 0 { parts.append("\(rest / 60)bh") }
        if rest % 60 > 0 { parts.append("\(rest % 60)min") }
        return parts.isEmpty ? "0bh" : parts.joined(separator: " ")
    }

    /// Whether `t` lies inside working time.
    public func isWorking(_ t: Int) -> Bool { interval(after: t)?.lowerBound == t }
}
