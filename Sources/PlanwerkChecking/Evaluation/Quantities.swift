/// Elapsed time, the value of `30min`, `4h`, `3d`, `2w` (type `Duration`).
///
/// Calendar days and clock minutes are kept apart because they differ across
/// a daylight-saving change: `1d` is "the same clock time the next day"
/// (23 or 25 hours on such a night) while `24h` is exactly 24 hours. Weeks are
/// seven days. `1d 2h` adds the days first, then the minutes. Neither part
/// carries into the other, so `24h` and `1d` are different values; they
/// compare equal in size (comparisons count a day as 24 hours).
public struct ElapsedTime: Sendable, Hashable {
    /// Calendar days (`d`, and 7 per `w`).
    public var days: Int
    /// Clock minutes (`h`, `min`).
    public var minutes: Int

    public init(days: Int = 0, minutes: Int = 0) { self.days = days; self.minutes = minutes }

    public static let zero = ElapsedTime()

    /// The size with a day counted as 24 hours, for comparisons and ratios; nil on overflow.
    public var nominalMinutes: Int? {
        let (d, o1) = days.multipliedReportingOverflow(by: 1440)
        let (t, o2) = d.addingReportingOverflow(minutes)
        return o1 || o2 ? nil : t
    }

    public var isZero: Bool { days == 0 && minutes == 0 }
}

/// Working time, the value of `3bd` and `4bh` (type `WorkTime`): business days
/// and business minutes, counted on a working calendar.
///
/// How long a business day is depends on the calendar (`1bd` is the sum of
/// its `hours`, 480 minutes for the built-in `standard` 09:00..17:00), so the
/// evaluator keeps values *normalised* for the plan calendar's day length:
/// both parts have the same sign and the minutes are fewer than a day
/// (``normalized(dayLength:)``). Then equal values are equal working times,
/// and `10bh` shows as `1bd 2bh`.
public struct WorkTime: Sendable, Hashable {
    /// Whole business days.
    public var days: Int
    /// Business minutes on top of the days.
    public var minutes: Int

    public init(days: Int = 0, minutes: Int = 0) { self.days = days; self.minutes = minutes }

    public static let zero = WorkTime()

    /// Working minutes in all, for a calendar whose business day has `dayLength` minutes; nil on overflow.
    public func totalMinutes(dayLength: Int) -> Int? {
        let (d, o1) = days.multipliedReportingOverflow(by: dayLength)
        let (t, o2) = d.addingReportingOverflow(minutes)
        return o1 || o2 ? nil : t
    }

    /// `total` working minutes as whole days and the minutes left, both with
    /// the sign of `total` (all minutes on a calendar without working hours).
    public init(totalMinutes total: Int, dayLength: Int) {
        guard dayLength > 0 else { self.init(minutes: total); return }
        self.init(days: total / dayLength, minutes: total % dayLength)
    }

    /// The same working time with whole days carried out of the minutes; nil on overflow.
    public func normalized(dayLength: Int) -> WorkTime? {
        totalMinutes(dayLength: dayLength).map { WorkTime(totalMinutes: $0, dayLength: dayLength) }
    }

    public var isZero: Bool { days == 0 && minutes == 0 }
}

/// A span of a day in minutes since midnight, `start` included and `end`
/// excluded (`09:00..17:00` is 540..<1020; `end` may be 1440 for `24:00`):
/// one range of a calendar's `hours`.
public struct ClockSpan: Sendable, Hashable {
    public var start: Int
    public var end: Int
    public init(start: Int, end: Int) { self.start = start; self.end = end }
    public var minutes: Int { max(0, end - start) }

    /// 09:00..17:00, the hours of the built-in `standard` calendar.
    public static let standardHours = ClockSpan(start: 540, end: 1020)
}
