import PlanwerkChecking
import PlanwerkSyntax
@testable import PlanwerkScheduling
import Testing

/// The working calendar finds the interval at an instant from the day that
/// holds it; it must give the same answer as a search of the whole table,
/// across clock changes, days off, hours that end at midnight and instants
/// outside the precomputed days.
@Suite struct WorkingCalendarLookupTests {
    static let calendars: [(String, CalendarSpec)] = [
        ("two ranges", CalendarSpec(weekdays: [.mon, .tue, .wed, .thu, .fri], hours: [ClockSpan(start: 540, end: 720), ClockSpan(start: 780, end: 1020)], holidays: [])),
        ("to midnight, weekends off, a holiday", CalendarSpec(weekdays: [.mon, .tue, .wed, .thu, .fri], hours: [ClockSpan(start: 1200, end: 1440)],
                                                              holidays: [CivilDate(year: 2027, month: 3, day: 29)!.dayNumber...CivilDate(year: 2027, month: 4, day: 2)!.dayNumber])),
        ("every day, early hours", CalendarSpec(weekdays: Set(Weekday.allCases), hours: [ClockSpan(start: 0, end: 240), ClockSpan(start: 120 + 1200, end: 1440)], holidays: [])),
    ]
    static let zones = ["Europe/Berlin", "America/New_York", "Australia/Lord_Howe", "UTC"]

    @Test(arguments: zones) func dayWiseLookupAgreesWithTheSearch(zoneName: String) throws {
        let zone = try #require(FoundationTimeZone(identifier: zoneName))
        let first = CivilDate(year: 2027, month: 1, day: 1)!.dayNumber
        var checked = 0
        for (_, spec) in Self.calendars {
            let calendar = WorkingCalendar(spec: spec, zone: zone, days: first...(first + 400))
            let start = calendar.dayStarts[0] - 3000, end = calendar.dayStarts[calendar.dayStarts.count - 1] + 3000
            // Every 7 minutes across the year and beyond both ends, plus each interval's edges.
            var instants = Array(stride(from: start, to: end, by: 7))
            for w in calendar.table { instants += [w.lowerBound - 1, w.lowerBound, w.upperBound - 1, w.upperBound] }
            for t in instants {
                #expect(calendar.firstEnding(after: t) == calendar.firstEndingBySearch(after: t), "\(zoneName) at \(t)")
                checked += 1
            }
        }
        #expect(checked > 200_000)
    }

    /// A day's working intervals take one offset for the whole day when the zone keeps it
    /// from the day before to the day after; they must be what converting each time gives,
    /// on every day of years with clock changes (half an hour on Lord Howe, a skipped day on Samoa).
    @Test(arguments: zones + ["Pacific/Apia", "Asia/Tehran"]) func aDaysIntervalsAreEachTimeConverted(zoneName: String) throws {
        let zone = try #require(FoundationTimeZone(identifier: zoneName))
        let first = CivilDate(year: 2010, month: 1, day: 1)!.dayNumber, last = CivilDate(year: 2013, month: 12, day: 31)!.dayNumber
        var days = 0
        for (_, spec) in Self.calendars {
            for day in first...last {
                let date = CivilDate(dayNumber: day)
                let expected: [Range<Int>] = spec.isWorkingDay(date) ? spec.hours.compactMap { h in
                    let a = zone.utcMinutes(of: CivilDateTime(date: date, minute: h.start))
                    let b = zone.utcMinutes(of: CivilDateTime(date: date, minute: h.end))
                    return a < b ? a..<b : nil
                } : []
                #expect(WorkingCalendar.compute(day: day, spec: spec, zone: zone) == expected, "\(zoneName) on \(date)")
                days += 1
            }
        }
        #expect(days == 3 * (last - first + 1))
    }
}

/// A person's free time after a long absence is found in one step past it
/// (the fuzzer found a plan that took minutes walking centuries of away days),
/// and is the first working interval after the absence, as a walk would find.
@Suite struct PersonAbsenceTests {
    @Test func freeTimeAfterAnAbsenceOfCenturiesIsTheFirstWorkingIntervalAfterIt() throws {
        let zone = try #require(FoundationTimeZone(identifier: "Europe/Berlin"))
        let start = try #require(CivilDate(year: 1013, month: 11, day: 30)).dayNumber
        let back = try #require(CivilDate(year: 2026, month: 12, day: 14))  // a Monday
        let calendar = WorkingCalendar(spec: .standard, zone: zone, days: start...(start + 400))
        let ann = PersonTimeline(away: [(start + 1)...(back.dayNumber - 1), (back.dayNumber + 1)...(back.dayNumber + 2)], capacity: 10_000)
        let after = try #require(ann.available(after: calendar.instant(CivilDateTime(date: CivilDate(dayNumber: start + 1), minute: 0)), on: calendar))
        #expect(calendar.local(after.lowerBound) == CivilDateTime(date: back, minute: 9 * 60))
        // The next day is away too (a second absence): then the Thursday after.
        let next = try #require(ann.available(after: after.upperBound, on: calendar))
        #expect(calendar.local(next.lowerBound).date == CivilDate(dayNumber: back.dayNumber + 3))
        // Backwards, from inside the long absence: the last working interval before it began.
        let before = try #require(ann.available(before: calendar.instant(CivilDateTime(date: back, minute: 0)), on: calendar))
        #expect(calendar.day(of: before.lowerBound) <= start)
    }
}

/// Outside the precomputed days, working time is walked day by day; it must
/// give what walking interval by interval (``WorkingCalendar/interval(after:)``)
/// gives, across clock changes, weekends and months beyond the table.
@Suite struct WorkingCalendarWalkTests {
    static func advanceByIntervals(_ c: WorkingCalendar, _ t: Int, _ minutes: Int) -> Int {
        guard minutes > 0 else { return t }
        var cursor = t, left = minutes
        while let w = c.interval(after: cursor) {
            if w.count >= left { return w.lowerBound + left }
            left -= w.count
            cursor = w.upperBound
        }
        return cursor + left
    }

    static func retreatByIntervals(_ c: WorkingCalendar, _ t: Int, _ minutes: Int) -> Int {
        guard minutes > 0 else { return t }
        var cursor = t, left = minutes
        while let w = c.interval(before: cursor) {
            if w.count >= left { return w.upperBound - left }
            left -= w.count
            cursor = w.lowerBound
        }
        return cursor - left
    }

    static func minutesByIntervals(_ c: WorkingCalendar, _ a: Int, _ b: Int) -> Int {
        var total = 0, cursor = a
        while cursor < b, let w = c.interval(after: cursor), w.lowerBound < b {
            total += min(w.upperBound, b) - w.lowerBound
            cursor = w.upperBound
        }
        return total
    }

    @Test(arguments: WorkingCalendarLookupTests.zones) func walksAgreeWithIntervalByInterval(zoneName: String) throws {
        let zone = try #require(FoundationTimeZone(identifier: zoneName))
        let first = CivilDate(year: 2027, month: 1, day: 4)!.dayNumber
        var compared = 0
        for (name, spec) in WorkingCalendarLookupTests.calendars {
            let calendar = WorkingCalendar(spec: spec, zone: zone, days: first...(first + 20))
            let from = calendar.dayStarts[0] - 20 * 1440, to = calendar.dayStarts[0] + 800 * 1440
            for t in stride(from: from, to: to, by: 19_997) {
                for minutes in [1, 59, 480, 2_400, 30_000] {
                    #expect(calendar.advance(t, by: minutes) == Self.advanceByIntervals(calendar, t, minutes), "\(zoneName) \(name) advance \(t) by \(minutes)")
                    #expect(calendar.retreat(t, by: minutes) == Self.retreatByIntervals(calendar, t, minutes), "\(zoneName) \(name) retreat \(t) by \(minutes)")
                    #expect(calendar.workingMinutes(from: t, to: t + minutes * 3) == Self.minutesByIntervals(calendar, t, t + minutes * 3), "\(zoneName) \(name) minutes from \(t)")
                    compared += 3
                }
            }
        }
        #expect(compared > 2_500)
    }
}
