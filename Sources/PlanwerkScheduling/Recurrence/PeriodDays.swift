import PlanwerkChecking
import PlanwerkSyntax

/// Which days of a calendar period a rule picks: the `on …` days of
/// LANGUAGE.md §4, or, without `on`, the day taken from `from` as an RRULE
/// takes it from DTSTART.
enum PeriodDay: Sendable, Hashable {
    /// Every such weekday of the period.
    case weekday(Weekday)
    /// Day n of the period from its first day (1 is the first); negative counts from its last (-1 is the last).
    case dayOfPeriod(Int)
    /// The nth such weekday of the period (1…5), or counting from its end (-1 is the last).
    case nthWeekday(Int, Weekday)
    /// The first or last working day of the period.
    case workday(first: Bool)
    /// A month and day of the year (`mar 31`), when the period holds it.
    case monthDay(month: Int, day: Int)
    /// A day of the month in the period's nth month (0 is its first): the
    /// day a quarterly rule without `on` takes from `from`.
    case dayOfMonth(monthOffset: Int, day: Int)

    /// The selector for a written `on` day.
    init(_ day: RecurrenceDay) {
        switch day {
        case .weekday(let w): self = .weekday(w)
        case .dayNumber(let n): self = .dayOfPeriod(n)
        case .nthWeekday(let n, _, let w): self = .nthWeekday(n, w)
        case .workday(let first): self = .workday(first: first)
        case .monthDay(let m, let d): self = .monthDay(month: m, day: d)
        }
    }

    /// The days a rule picks in periods of `kind`: its `on` days, or the day of `from`.
    static func selectors(_ days: [RecurrenceDay], kind: CalendarPeriod.Kind, from: CivilDate) -> [PeriodDay] {
        if !days.isEmpty { return days.map(PeriodDay.init) }
        let c = from.components
        switch kind {
        case .week: return [.weekday(from.weekday)]
        case .month: return [.dayOfPeriod(c.day)]
        case .quarter: return [.dayOfMonth(monthOffset: (c.month - 1) % 3, day: c.day)]
        case .year: return [.monthDay(month: c.month, day: c.day)]
        }
    }

    /// The days this selector picks in `period`, ascending (at most one, except for `.weekday`).
    func dates(in period: ClosedRange<CivilDate>, isWorkingDay: (CivilDate) -> Bool) -> [CivilDate] {
        let first = period.lowerBound.dayNumber, last = period.upperBound.dayNumber
        // No period has more than 366 days or 53 of one weekday; larger numbers pick nothing
        // (and would overflow below).
        switch self {
        case .dayOfPeriod(let n) where n.magnitude > 366, .nthWeekday(let n, _) where n.magnitude > 53: return []
        default: break
        }
        func within(_ n: Int) -> [CivilDate] { (first...last).contains(n) ? [CivilDate(dayNumber: n)] : [] }
        switch self {
        case .weekday(let w):
            let start = first + Self.daysFrom(period.lowerBound.weekday, to: w)
            return stride(from: start, through: last, by: 7).map { CivilDate(dayNumber: $0) }
        case .dayOfPeriod(let n):
            if n > 0 { return within(first + n - 1) }
            if n < 0 { return within(last + n + 1) }
            return []
        case .nthWeekday(let n, let w):
            if n > 0 { return within(first + Self.daysFrom(period.lowerBound.weekday, to: w) + 7 * (n - 1)) }
            if n < 0 { return within(last - Self.daysFrom(w, to: period.upperBound.weekday) + 7 * (n + 1)) }
            return []
        case .workday(let firstOne):
            var n = firstOne ? first : last
            while (first...last).contains(n) {
                let day = CivilDate(dayNumber: n)
                if isWorkingDay(day) { return [day] }
                n += firstOne ? 1 : -1
            }
            return []
        case .monthDay(let m, let d):
            return (period.lowerBound.year...period.upperBound.year).compactMap { CivilDate(year: $0, month: m, day: d) }
                .filter { period.contains($0) }
        case .dayOfMonth(let offset, let d):
            let c = period.lowerBound.components
            guard let date = CivilDate(year: c.year, month: c.month + offset, day: d) else { return [] }
            return period.contains(date) ? [date] : []
        }
    }

    /// Days from weekday `a` forward to the next `b` (0 when they are the same).
    static func daysFrom(_ a: Weekday, to b: Weekday) -> Int { (b.index - a.index + 7) % 7 }
}
