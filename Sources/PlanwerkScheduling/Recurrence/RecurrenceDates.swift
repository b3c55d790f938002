import PlanwerkChecking
import PlanwerkSyntax

/// The days of a rule as an RFC 5545 RRULE expands them, ascending, from
/// `from` through a last day: the first stage of ``RecurrenceExpander``,
/// before times of day, `count`, `except` and `on holiday`.
///
/// - `every N days`: `from`, then every Nth day after it.
/// - `every workday`: each working day from `from` on; with an interval N,
///   every Nth of them, counting from the first working day at or after `from`.
/// - weeks, months, quarters, years: the picked days of every Nth period,
///   counting from the period that holds `from`, leaving out days before `from`.
///
/// It produces days lazily and never looks past its last day. A rule whose
/// days depend on the calendar of dates alone (not on working days) and that
/// has picked nothing in as many periods as 400 Gregorian years hold never
/// will, since the calendar repeats then: so `every year on feb 30` or
/// `every 12 months on 31` from April ends after a bounded walk, whatever
/// the last day.
struct RecurrenceDates: IteratorProtocol {
    private let rule: RecurrenceRule
    private let isWorkingDay: (CivilDate) -> Bool
    private let last: CivilDate
    private let interval: Int
    /// The next candidate day (`day`, `workday`).
    private var nextDay: CivilDate?
    /// Working days passed so far (`workday` with an interval).
    private var workingDaysSeen = 0
    /// The next period to look at (weeks, months, quarters, years).
    private var period: CalendarPeriod?
    private let selectors: [PeriodDay]
    /// Picked days of the current period not yet returned, ascending.
    private var pending: [CivilDate] = []
    private var pendingIndex = 0
    /// Whether the picked days depend on dates alone, so that they repeat every 400 years.
    private let calendarOnly: Bool
    /// Periods in a row that picked no day.
    private var emptyPeriods = 0

    init(_ rule: RecurrenceRule, isWorkingDay: @escaping (CivilDate) -> Bool, through last: CivilDate) {
        self.rule = rule
        self.isWorkingDay = isWorkingDay
        self.last = last
        self.interval = max(1, rule.interval)
        if let kind = CalendarPeriod.Kind(rule.unit) {
            period = CalendarPeriod(containing: rule.from, kind: kind)
            selectors = PeriodDay.selectors(rule.days, kind: kind, from: rule.from)
        } else {
            nextDay = rule.from
            selectors = []
        }
        calendarOnly = !selectors.contains { if case .workday = $0 { return true } else { return false } }
    }

    mutating func next() -> CivilDate? {
        switch rule.unit {
        case .day: return nextCalendarDay()
        case .workday: return nextWorkingDay()
        case .week, .month, .quarter, .year: return nextPeriodDay()
        }
    }

    private mutating func nextCalendarDay() -> CivilDate? {
        guard let day = nextDay, day <= last else { return nil }
        nextDay = day.adding(days: interval)
        return day
    }

    private mutating func nextWorkingDay() -> CivilDate? {
        while let day = nextDay, day <= last {
            nextDay = day.adding(days: 1)
            guard isWorkingDay(day) else { continue }
            workingDaysSeen += 1
            if (workingDaysSeen - 1) % interval == 0 { return day }
        }
        return nil
    }

    private mutating func nextPeriodDay() -> CivilDate? {
        while pendingIndex == pending.count {
            guard let current = period, let days = current.days, days.lowerBound <= last else { return nil }
            let picked = selectors.flatMap { $0.dates(in: days, isWorkingDay: isWorkingDay) }
            emptyPeriods = picked.isEmpty ? emptyPeriods + 1 : 0
            if calendarOnly && emptyPeriods > current.kind.periodsIn400Years {
                period = nil
                return nil
            }
            let kept = picked.filter { $0 >= rule.from && $0 <= last }
            pending = selectors.count == 1 ? kept : Set(kept).sorted()
            pendingIndex = 0
            period = current.advanced(by: interval)
        }
        defer { pendingIndex += 1 }
        return pending[pendingIndex]
    }
}
