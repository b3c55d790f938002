/// Calendar arithmetic shared by the evaluator and the scheduler, as pure
/// functions of the zone and the working calendar (LANGUAGE.md §5 "A lag
/// counts from the predecessor's end instant: `d`/`w` in calendar days at
/// the same local clock time, `h`/`min` exactly, `bd`/`bh` in working time").
public enum TimeArithmetic {
    /// Why a time computation has no answer.
    public enum Failure: Error, Sendable, Hashable {
        /// The result lies before 0001-01-01 or after 9999-12-31.
        case outOfRange
        /// Working time was to be counted, but the calendar has had no working
        /// hours for ``searchLimit`` days.
        case noWorkingTime
    }

    /// How many days in a row without working time end a search (ten years).
    public static let searchLimit = 3660

    // MARK: - Elapsed time

    /// `t + e`: first `e.days` calendar days at the same clock time (a time
    /// the clock skips that night moves forward by the gap), then
    /// `e.minutes` exact minutes between instants, so `01:00 + 2h` on the
    /// night clocks go forward is `04:00`.
    public static func adding(_ e: ElapsedTime, to t: CivilDateTime, in zone: any TimeZoneRules) throws(Failure) -> CivilDateTime {
        guard let day = t.date.adding(days: e.days), day.isWritable else { throw .outOfRange }
        let shifted = CivilDateTime(date: day, minute: t.minute)
        let (utc, overflow) = zone.utcMinutes(of: shifted).addingReportingOverflow(e.minutes)
        guard !overflow, abs(utc) < 5_000_000_000 else { throw .outOfRange }
        let result = zone.local(atUTC: utc)
        guard result.date.isWritable else { throw .outOfRange }
        return result
    }

    /// `b - a` as elapsed time that adds back exactly: the whole calendar days
    /// from `a` at its clock time that do not pass `b`, then the exact minutes
    /// left. `2026-12-01 09:00 - 2026-11-30 09:00` is `1d` (also across a
    /// daylight-saving night), Monday 17:00 to Tuesday 09:00 is `16h`, and
    /// `a + (b - a) == b` always.
    public static func difference(from a: CivilDateTime, to b: CivilDateTime, in zone: any TimeZoneRules) -> ElapsedTime {
        let target = zone.utcMinutes(of: b)
        func landing(_ days: Int) -> Int {
            zone.utcMinutes(of: CivilDateTime(date: CivilDate(dayNumber: a.date.dayNumber + days), minute: a.minute))
        }
        var days = b.date.days(since: a.date)
        if days > 0 {
            while days > 0 && landing(days) > target { days -= 1 }
        } else if days < 0 {
            while days < 0 && landing(days) < target { days += 1 }
        }
        return ElapsedTime(days: days, minutes: target - landing(days))
    }

    // MARK: - Working time

    /// `d ± n` business days: the n-th working day after (before, for
    /// negative n) `d`, not counting `d` itself. `2026-12-18` (a Friday) `+ 3bd`
    /// is Wednesday `2026-12-23`.
    public static func adding(workingDays n: Int, to d: CivilDate, isWorkingDay: (CivilDate) -> Bool) throws(Failure) -> CivilDate {
        let step = n < 0 ? -1 : 1
        var left = n.magnitude, day = d, idle = 0
        while left > 0 {
            day = CivilDate(dayNumber: day.dayNumber + step)
            guard day.isWritable else { throw .outOfRange }
            if isWorkingDay(day) {
                left -= 1
                idle = 0
            } else {
                idle += 1
                if idle > searchLimit { throw .noWorkingTime }
            }
        }
        return day
    }

    /// `t ± n` working minutes on a calendar's working hours. Counting forward
    /// starts at the next working minute and ends at the end of the last one,
    /// so `Monday 09:00 + 1bd` is `Monday 17:00` (not Tuesday 09:00); counting
    /// backward ends at the start of the earliest minute. `n == 0` leaves `t`
    /// as it is. Minutes are wall-clock minutes of the hours (a calendar's
    /// hours do not span the night a clock changes).
    public static func adding(workingMinutes n: Int, to t: CivilDateTime,
                              hours: (CivilDate) -> [ClockSpan]) throws(Failure) -> CivilDateTime {
        if n == 0 { return t }
        var left = n.magnitude, date = t.date, idle = 0
        if n > 0 {
            var from = t.minute
            while true {
                for span in hours(date) where span.end > from && span.minutes > 0 {
                    let start = max(span.start, from), available = UInt(span.end - start)
                    if left <= available { return CivilDateTime(date: date, minute: start + Int(left)) }
                    left -= available
                    idle = 0
                }
                date = CivilDate(dayNumber: date.dayNumber + 1)
                from = 0
                idle += 1
                guard date.isWritable else { throw .outOfRange }
                if idle > searchLimit { throw .noWorkingTime }
            }
        } else {
            var until = t.minute
            while true {
                for span in hours(date).reversed() where span.start < until && span.minutes > 0 {
                    let end = min(span.end, until), available = UInt(end - span.start)
                    if left <= available { return CivilDateTime(date: date, minute: end - Int(left)) }
                    left -= available
                    idle = 0
                }
                date = CivilDate(dayNumber: date.dayNumber - 1)
                until = 1440
                idle += 1
                guard date.isWritable else { throw .outOfRange }
                if idle > searchLimit { throw .noWorkingTime }
            }
        }
    }

    /// The number of working days from `a` through `b`, both included; 0 when `b` is before `a`.
    public static func workingDays(from a: CivilDate, through b: CivilDate, isWorkingDay: (CivilDate) -> Bool) -> Int {
        guard a <= b else { return 0 }
        var count = 0
        for n in a.dayNumber...b.dayNumber where isWorkingDay(CivilDate(dayNumber: n)) { count += 1 }
        return count
    }
}
