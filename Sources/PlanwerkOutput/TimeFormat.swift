import PlanwerkChecking
import PlanwerkScheduling
import PlanwerkSyntax

/// How instants and working time are written in exports: ISO 8601 with a
/// numeric offset (`2026-11-30T09:00:00+01:00`, never `Z`), and working
/// time as ISO 8601 hours and minutes (`PT16H`, `PT1H30M`).
public struct TimeFormat: Sendable {
    public let calendar: WorkingCalendar

    public init(calendar: WorkingCalendar) { self.calendar = calendar }

    public func iso(_ t: Int) -> String {
        let offset = calendar.zone.utcOffsetMinutes(atUTC: t)
        let local = CivilDateTime(localMinutes: t + offset)
        let d = local.date.literal, m = abs(offset)
        guard FixedDigits.fits(year: d.year, month: d.month, day: d.day), m < 100 * 60 else {
            return "\(local.date)T\(local.time):00\(offset < 0 ? "-" : "+")\(Self.two(m / 60)):\(Self.two(m % 60))"
        }
        return String(unsafeUninitializedCapacity: 25) { buffer in
            var i = 0
            FixedDigits.putDate(year: d.year, month: d.month, day: d.day, into: buffer, at: &i)
            FixedDigits.put(byte: 84, into: buffer, at: &i) // T
            FixedDigits.putTime(hour: local.minute / 60, minute: local.minute % 60, into: buffer, at: &i)
            FixedDigits.put(byte: 58, into: buffer, at: &i)
            FixedDigits.put(0, width: 2, into: buffer, at: &i)
            FixedDigits.put(byte: offset < 0 ? 45 : 43, into: buffer, at: &i)
            FixedDigits.putTime(hour: m / 60, minute: m % 60, into: buffer, at: &i)
            return i
        }
    }

    /// `2026-12-09 10:00` in the plan's zone.
    public func local(_ t: Int) -> String { calendar.local(t).description }

    /// A deadline instant as people write it: a midnight is the end of the day before
    /// (`2026-12-04, end of day`), any other time `2026-12-04 12:00`.
    public func deadline(_ t: Int) -> String {
        let l = calendar.local(t)
        guard l.minute == 0 else { return l.description }
        return "\(CivilDate(dayNumber: l.date.dayNumber - 1)), end of day"
    }

    /// Working minutes as `PT16H`, `PT30M`, `PT0H` for none.
    public static func isoWork(_ minutes: Int) -> String {
        let h = minutes / 60, m = minutes % 60
        if m == 0 { return "PT\(h)H" }
        return h == 0 ? "PT\(m)M" : "PT\(h)H\(m)M"
    }

    /// Working minutes in plan syntax with whole business days: `1bd 2bh`, `30min`, `0bh`.
    public func work(_ minutes: Int) -> String { calendar.shownWork(minutes) }

    static func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
}
