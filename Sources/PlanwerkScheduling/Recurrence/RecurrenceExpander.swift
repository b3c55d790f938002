import PlanwerkChecking
import PlanwerkSyntax

/// Expands ``RecurrenceRule``s into occurrences on the plan's wall clock,
/// following LANGUAGE.md §10 "Recurrence" step by step:
///
/// 1. the RRULE expansion (``RecurrenceDates``), each day at each `at` time,
///    `count` counting every one of them and `until` ending with its day;
/// 2. `except` days are removed (they have used up their part of `count`);
/// 3. `on holiday` moves or drops occurrences on non-working days of the
///    plan calendar, weekends included;
/// 4. occurrences at the same instant merge into one;
/// 5. occurrences after the horizon day are dropped.
///
/// Moving to the next or previous working day never changes the order of
/// days, so the expander works in one pass and stops as soon as an occurrence
/// lands after the horizon or `limit` occurrences are complete.
public struct RecurrenceExpander: Sendable {
    /// The plan calendar: its weekdays minus its holidays.
    let isWorkingDay: @Sendable (CivilDate) -> Bool

    /// An expander for a plan calendar; `isWorkingDay` decides `every workday`,
    /// `first workday`, `last workday` and `on holiday`.
    public init(isWorkingDay: @escaping @Sendable (CivilDate) -> Bool) {
        self.isWorkingDay = isWorkingDay
    }

    /// All occurrences of `rule` up to and including the day `horizon`, in
    /// ascending order, at most `limit` of them (the earliest).
    ///
    /// Dates outside the years 1–9999 are not expanded: a rule whose `from`
    /// lies outside gives nothing, and a later horizon counts as 9999-12-31.
    public func occurrences(of rule: RecurrenceRule, horizon: CivilDate, limit: Int = 100_000) -> [CivilDateTime] {
        guard limit > 0, rule.from.isWritable, (rule.count ?? 1) > 0 else { return [] }
        let horizon = min(horizon, CivilDate.maximum)
        let times = RecurrenceRule.normalised(rule.times)
        var last = horizon
        if rule.onHoliday == .previousWorkday {
            // A weekend or holiday just after the horizon may move back onto it.
            last = horizon.adding(days: WorkingDaySearch.lookback) ?? horizon
        }
        if let until = rule.until { last = min(last, until) }

        var days = RecurrenceDates(rule, isWorkingDay: isWorkingDay, through: last)
        let except = ExceptDays(rule.except)
        var search = WorkingDaySearch(isWorkingDay: isWorkingDay)
        var remaining = rule.count ?? Int.max
        var result: [CivilDateTime] = []
        var group = OccurrenceGroup()

        expansion: while remaining > 0, let day = days.next() {
            let taken = min(times.count, remaining)
            remaining -= taken
            if except.contains(day) { continue }
            let target: CivilDate
            switch moved(day, rule.onHoliday, horizon: horizon, search: &search) {
            case .day(let d): target = d
            case .dropped: continue
            case .pastHorizon: break expansion
            }
            guard target <= horizon else { break expansion }
            if target != group.date {
                group.flush(into: &result)
                if result.count >= limit { break expansion }
                group.date = target
            }
            group.minutes += times.prefix(taken)
        }
        group.flush(into: &result)
        return Array(result.prefix(limit))
    }

    /// Where an occurrence's day ends up after `on holiday`.
    enum Move { case day(CivilDate), dropped, pastHorizon }

    /// The day an occurrence on `day` moves to. The next working day is
    /// looked for up to the horizon only: one after it would be dropped anyway.
    private func moved(_ day: CivilDate, _ shift: HolidayShift?, horizon: CivilDate, search: inout WorkingDaySearch) -> Move {
        guard let shift, !isWorkingDay(day) else { return .day(day) }
        switch shift {
        case .skip: return .dropped
        case .nextWorkday: return search.next(onOrAfter: day, notAfter: horizon).map(Move.day) ?? .pastHorizon
        case .previousWorkday: return search.previous(onOrBefore: day).map(Move.day) ?? .dropped
        }
    }
}

/// The occurrences that landed on one day, gathered until no more can land
/// there; then sorted and merged, as several days may move onto one.
struct OccurrenceGroup {
    var date: CivilDate?
    var minutes: [Int] = []

    /// Appends the day's occurrences, ascending and without repeats, and empties the group.
    mutating func flush(into result: inout [CivilDateTime]) {
        if let date {
            result += Set(minutes).sorted().map { CivilDateTime(date: date, minute: $0) }
        }
        date = nil
        minutes = []
    }
}
