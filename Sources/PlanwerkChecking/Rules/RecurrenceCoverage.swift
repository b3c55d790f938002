import PlanwerkSyntax

/// Whether a series is sure to fall in every calendar period of a unit,
/// read from its rule alone (LANGUAGE.md §4), without expanding it: `every
/// week` falls in every month, `every month on 15` in every month, quarter
/// and year, `every month on 31` is not sure to (April has no 31st),
/// `every quarter` does not fall in every month. `from`, `until` and `count`
/// are the caller's; `except` dates and `on holiday` shifts are not looked
/// at here (the scheduler, which expands series, has the last word).
enum RecurrenceCoverage {
    /// The fewest days a calendar period of the unit has.
    static func shortest(_ unit: RecurrenceUnit) -> Int {
        switch unit {
        case .day, .workday: return 1
        case .week: return 7
        case .month: return 28
        case .quarter: return 90
        case .year: return 365
        }
    }

    /// Whether every calendar `period` holds an occurrence of `r`;
    /// `fromDay` is the date the series' day comes from when it has no `on`.
    static func fallsInEvery(_ period: RecurrenceUnit, _ r: Recurrence, fromDay: DateLiteral?) -> Bool {
        let n = r.interval ?? 1
        switch r.unit {
        case .day:
            return period == .workday ? n == 1 : n <= shortest(period)
        case .workday:
            return n == 1 && period != .day
        case .week:
            let weekdays = Set(r.days.compactMap { if case .weekday(let w) = $0 { return w } else { return nil } })
            if period == .day || period == .workday { return n == 1 && weekdays.count == 7 }
            return 7 * n <= shortest(period)
        case .month:
            let sure = r.days.isEmpty ? (fromDay.map { $0.day <= 28 } ?? false) : r.days.contains(where: everyMonth)
            guard sure else { return false }
            switch period {
            case .month: return n == 1
            case .quarter: return n <= 3
            case .year: return n <= 12
            default: return false
            }
        case .quarter:
            let sure = r.days.isEmpty ? (fromDay.map { $0.day <= 28 } ?? false) : r.days.contains(where: everyQuarter)
            guard sure else { return false }
            switch period {
            case .quarter: return n == 1
            case .year: return n <= 4
            default: return false
            }
        case .year:
            let sure: Bool
            if r.days.isEmpty { sure = fromDay.map { !($0.month == 2 && $0.day == 29) } ?? false }
            else { sure = r.days.contains { if case .monthDay(let m, let d) = $0 { return !(m == 2 && d == 29) } else { return false } } }
            return sure && period == .year && n == 1
        }
    }

    /// A day selector that every month has.
    static func everyMonth(_ day: RecurrenceDay) -> Bool {
        switch day {
        case .weekday, .workday: return true
        case .dayNumber(let d): return (1...28).contains(d) || (-28 ... -1).contains(d)
        case .nthWeekday(let k, _, _): return (1...4).contains(k) || k == -1
        case .monthDay: return false
        }
    }

    /// A day selector that every quarter has (quarters have 90 to 92 days, 13 weeks).
    static func everyQuarter(_ day: RecurrenceDay) -> Bool {
        switch day {
        case .weekday, .workday, .nthWeekday: return true
        case .dayNumber(let d): return (1...90).contains(d) || (-90 ... -1).contains(d)
        case .monthDay: return false
        }
    }

    // MARK: - Calendar periods

    /// The first and last day of the calendar period of `unit` holding `date`.
    static func period(_ unit: RecurrenceUnit, of date: CivilDate) -> (CivilDate, CivilDate) {
        let c = date.components
        switch unit {
        case .day, .workday: return (date, date)
        case .week:
            let monday = CivilDate(dayNumber: date.dayNumber - date.weekday.index)
            return (monday, CivilDate(dayNumber: monday.dayNumber + 6))
        case .month:
            return (CivilDate(year: c.year, month: c.month, day: 1)!, CivilDate(year: c.year, month: c.month, day: DateLiteral.daysIn(month: c.month, year: c.year))!)
        case .quarter:
            let first = (c.month - 1) / 3 * 3 + 1
            return (CivilDate(year: c.year, month: first, day: 1)!, CivilDate(year: c.year, month: first + 2, day: DateLiteral.daysIn(month: first + 2, year: c.year))!)
        case .year:
            return (CivilDate(year: c.year, month: 1, day: 1)!, CivilDate(year: c.year, month: 12, day: 31)!)
        }
    }

    /// How a period is named in messages: `2027-04`, `2027-Q2`, `the week of 2027-04-05`.
    static func name(_ unit: RecurrenceUnit, _ first: CivilDate) -> String {
        let c = first.components
        switch unit {
        case .day, .workday: return "\(first)"
        case .week: return "the week of \(first)"
        case .month: return "\(c.year)-\(c.month < 10 ? "0" : "")\(c.month)"
        case .quarter: return "\(c.year)-Q\((c.month - 1) / 3 + 1)"
        case .year: return "\(c.year)"
        }
    }
}
