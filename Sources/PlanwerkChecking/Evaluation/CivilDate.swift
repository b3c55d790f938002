import PlanwerkSyntax

/// A calendar date in the proleptic Gregorian calendar, stored as its day
/// number: days since 1970-01-01 (negative before). Conversions both ways are
/// integer arithmetic (Howard Hinnant's `days_from_civil`), with no
/// Foundation calendar involved, so adding days, counting days between two
/// dates and finding a weekday cost a few operations each.
///
/// Plans write years with four digits, so the dates a plan can show run from
/// ``minimum`` (0001-01-01) to ``maximum`` (9999-12-31); arithmetic outside
/// that span is reported by the evaluator.
public struct CivilDate: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// Days since 1970-01-01.
    public var dayNumber: Int

    public init(dayNumber: Int) { self.dayNumber = dayNumber }

    /// The date of a year, month and day, or nil if there is no such day (2026-02-30).
    public init?(year: Int, month: Int, day: Int) {
        guard month >= 1, month <= 12, day >= 1, day <= DateLiteral.daysIn(month: month, year: year),
              abs(year) <= 1_000_000 else { return nil }
        dayNumber = Self.dayNumber(year: year, month: month, day: day)
    }

    /// The date a literal names, or nil for a literal the parser already reported as invalid.
    public init?(_ literal: DateLiteral) {
        self.init(year: literal.year, month: literal.month, day: literal.day)
    }

    /// 0001-01-01, the earliest date a plan can write.
    public static let minimum = CivilDate(year: 1, month: 1, day: 1)!
    /// 9999-12-31, the latest date a plan can write.
    public static let maximum = CivilDate(year: 9999, month: 12, day: 31)!

    /// Whether the date can be written in a plan (years 1 to 9999).
    public var isWritable: Bool { self >= Self.minimum && self <= Self.maximum }

    /// Year, month (1–12) and day (1–31).
    public var components: (year: Int, month: Int, day: Int) {
        // civil_from_days: eras of 400 years (146097 days) starting on March 1st.
        let z = dayNumber + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let shiftedMonth = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * shiftedMonth + 2) / 5 + 1
        let month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }

    public var year: Int { components.year }
    public var month: Int { components.month }
    public var day: Int { components.day }

    /// The day of the week (1970-01-01 was a Thursday).
    public var weekday: Weekday {
        let index = ((dayNumber + 3) % 7 + 7) % 7
        return Weekday.allCases[index]
    }

    /// The date as a literal of the syntax tree.
    public var literal: DateLiteral {
        let c = components
        return DateLiteral(year: c.year, month: c.month, day: c.day)
    }

    /// `2026-12-09`.
    public var description: String { literal.description }

    /// The date `days` later (earlier when negative); nil if the day number overflows.
    public func adding(days: Int) -> CivilDate? {
        let (n, overflow) = dayNumber.addingReportingOverflow(days)
        return overflow ? nil : CivilDate(dayNumber: n)
    }

    /// The date `weeks` weeks later (earlier when negative); nil on overflow.
    public func adding(weeks: Int) -> CivilDate? {
        let (days, overflow) = weeks.multipliedReportingOverflow(by: 7)
        return overflow ? nil : adding(days: days)
    }

    /// The number of days from `other` to `self` (positive when `self` is later).
    public func days(since other: CivilDate) -> Int { dayNumber - other.dayNumber }

    public static func < (a: CivilDate, b: CivilDate) -> Bool { a.dayNumber < b.dayNumber }

    /// days_from_civil for a valid year, month and day.
    static func dayNumber(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let shiftedMonth = month > 2 ? month - 3 : month + 9
        let dayOfYear = (153 * shiftedMonth + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }
}

/// A local wall-clock time in the plan's time zone: a date and the minute of
/// that day (0–1439). Plans have no seconds and no offsets (LANGUAGE.md §10);
/// the zone's rules (``TimeZoneRules``) turn it into an instant where elapsed
/// time matters. Ordering is by wall clock, so in the hour a clock repeats in
/// autumn `02:30` is one value, whichever of the two it was reached from.
public struct CivilDateTime: Sendable, Hashable, Comparable, CustomStringConvertible {
    public var date: CivilDate
    /// Minutes since midnight, 0–1439.
    public var minute: Int

    /// A date and a minute of the day; minutes outside 0–1439 roll over into neighbouring days.
    public init(date: CivilDate, minute: Int) {
        let days = minute >= 0 ? minute / 1440 : (minute - 1439) / 1440
        self.date = CivilDate(dayNumber: date.dayNumber + days)
        self.minute = minute - days * 1440
    }

    /// The moment a date-time literal names, or nil for an invalid literal (or `24:00`, which only ends ranges).
    public init?(_ date: DateLiteral, _ time: TimeLiteral) {
        guard let d = CivilDate(date), time.hour >= 0, time.hour < 24, time.minute >= 0, time.minute < 60 else { return nil }
        self.init(date: d, minute: time.minutes)
    }

    /// Minutes since 1970-01-01 00:00 on this wall clock (not an instant: no offset applied).
    public var localMinutes: Int { date.dayNumber * 1440 + minute }

    /// The wall-clock time `localMinutes` minutes after 1970-01-01 00:00.
    public init(localMinutes: Int) {
        self.init(date: CivilDate(dayNumber: 0), minute: localMinutes)
    }

    /// The time of day as a literal of the syntax tree.
    public var time: TimeLiteral { TimeLiteral(hour: minute / 60, minute: minute % 60) }

    /// `2026-12-09 10:00`.
    public var description: String {
        let d = date.literal
        guard FixedDigits.fits(year: d.year, month: d.month, day: d.day) else { return "\(date) \(time)" }
        return String(unsafeUninitializedCapacity: 16) { buffer in
            var i = 0
            FixedDigits.putDate(year: d.year, month: d.month, day: d.day, into: buffer, at: &i)
            FixedDigits.put(byte: 32, into: buffer, at: &i)
            FixedDigits.putTime(hour: minute / 60, minute: minute % 60, into: buffer, at: &i)
            return i
        }
    }

    public static func < (a: CivilDateTime, b: CivilDateTime) -> Bool {
        (a.date.dayNumber, a.minute) < (b.date.dayNumber, b.minute)
    }
}
