import PlanwerkChecking
import PlanwerkSyntax

/// One calendar period a rule repeats in: a week (Monday to Sunday, as
/// RFC 5545 with WKST=MO), a month, a quarter (starting January, April, July,
/// October) or a year. Periods of a kind are numbered so that consecutive
/// periods have consecutive indices; `every N …` takes every Nth index from
/// the period that holds `from`.
struct CalendarPeriod: Sendable, Hashable {
    enum Kind: Sendable, Hashable {
        case week, month, quarter, year

        /// The kind of period a unit repeats in; nil for `day` and `workday`, which have none.
        init?(_ unit: RecurrenceUnit) {
            switch unit {
            case .day, .workday: return nil
            case .week: self = .week
            case .month: self = .month
            case .quarter: self = .quarter
            case .year: self = .year
            }
        }

        /// Periods of the kind in 400 Gregorian years (146 097 days), after which the calendar repeats.
        var periodsIn400Years: Int {
            switch self {
            case .week: return 20_871
            case .month: return 4_800
            case .quarter: return 1_600
            case .year: return 400
            }
        }

        /// Months in one period (weeks have none).
        var months: Int {
            switch self {
            case .week: return 0
            case .month: return 1
            case .quarter: return 3
            case .year: return 12
            }
        }
    }

    let kind: Kind
    /// Weeks since the week of 1970-01-01; months and quarters since year 0; the year itself.
    let index: Int

    /// The period of a kind that holds a date.
    init(containing date: CivilDate, kind: Kind) {
        self.kind = kind
        switch kind {
        case .week:
            // 1970-01-01 was a Thursday: day number + 3 counts from a Monday.
            index = Self.floorDivide(date.dayNumber + 3, 7)
        case .month, .quarter, .year:
            let c = date.components
            index = Self.floorDivide(c.year * 12 + c.month - 1, kind.months)
        }
    }

    init(kind: Kind, index: Int) {
        self.kind = kind
        self.index = index
    }

    /// The period `n` periods later, or nil when the index overflows.
    func advanced(by n: Int) -> CalendarPeriod? {
        let (next, overflow) = index.addingReportingOverflow(n)
        return overflow ? nil : CalendarPeriod(kind: kind, index: next)
    }

    /// The first and last day, or nil for a period beyond the dates ``CivilDate`` can name.
    var days: ClosedRange<CivilDate>? {
        switch kind {
        case .week:
            guard index.magnitude < UInt(Int.max / 8) else { return nil }
            let first = CivilDate(dayNumber: index * 7 - 3)
            return first...CivilDate(dayNumber: first.dayNumber + 6)
        case .month, .quarter, .year:
            guard let first = Self.firstDay(monthIndex: index, kind: kind),
                  let next = advanced(by: 1), let after = Self.firstDay(monthIndex: next.index, kind: kind) else { return nil }
            return first...CivilDate(dayNumber: after.dayNumber - 1)
        }
    }

    /// The first day of month, quarter or year number `index`.
    private static func firstDay(monthIndex index: Int, kind: Kind) -> CivilDate? {
        let (months, overflow) = index.multipliedReportingOverflow(by: kind.months)
        guard !overflow else { return nil }
        return CivilDate(year: floorDivide(months, 12), month: months - floorDivide(months, 12) * 12 + 1, day: 1)
    }

    /// Division rounding toward minus infinity.
    static func floorDivide(_ a: Int, _ b: Int) -> Int {
        let q = a / b
        return (a % b != 0 && (a < 0) != (b < 0)) ? q - 1 : q
    }
}
