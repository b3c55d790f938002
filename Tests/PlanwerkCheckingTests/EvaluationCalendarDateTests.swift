import Testing
import PlanwerkChecking
import PlanwerkSyntax

/// Civil dates against a naive day-by-day count, weekdays and leap years,
/// wall-clock date-times and time zones with daylight saving.
@Suite struct EvaluationCalendarDateTests: EvaluationTesting {
    @Test func roundTripsEveryDayFrom1900To2400AgainstANaiveCount() {
        var (y, m, d) = (1900, 1, 1)
        var n = -25567 // 1900-01-01 is 25567 days before 1970-01-01
        var weekday = 0 // 1900-01-01 was a Monday
        while y <= 2400 {
            let date = CivilDate(dayNumber: n)
            let c = date.components
            #expect(c.year == y && c.month == m && c.day == d, "day \(n)")
            #expect(CivilDate(year: y, month: m, day: d)?.dayNumber == n)
            #expect(date.weekday.index == weekday)
            // Naive successor.
            let leap = y % 4 == 0 && (y % 100 != 0 || y % 400 == 0)
            let length = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]
            d += 1
            if d > length { d = 1; m += 1 }
            if m > 12 { m = 1; y += 1 }
            n += 1
            weekday = (weekday + 1) % 7
        }
        #expect(n == CivilDate(year: 2401, month: 1, day: 1)!.dayNumber)
    }

    @Test func leapYears() {
        #expect(CivilDate(year: 1900, month: 2, day: 29) == nil)
        #expect(CivilDate(year: 2000, month: 2, day: 29) != nil)
        #expect(CivilDate(year: 2024, month: 2, day: 29) != nil)
        #expect(CivilDate(year: 2100, month: 2, day: 29) == nil)
        #expect(CivilDate(year: 2400, month: 2, day: 29) != nil)
        #expect(CivilDate(year: 2026, month: 4, day: 31) == nil)
        #expect(date(2025, 3, 1).days(since: date(2024, 2, 28)) == 367)
    }

    @Test func weekdaysOfKnownDates() {
        #expect(date(1970, 1, 1).weekday == .thu)
        #expect(date(2000, 1, 1).weekday == .sat)
        #expect(date(2026, 11, 30).weekday == .mon)
        #expect(date(2026, 12, 18).weekday == .fri)
        #expect(date(2027, 3, 28).weekday == .sun)
        #expect(date(1, 1, 1).weekday == .mon)
        #expect(date(9999, 12, 31).weekday == .fri)
        #expect(date(1969, 12, 31).weekday == .wed)
    }

    @Test func extremesAndLiterals() {
        #expect(CivilDate.minimum.description == "0001-01-01")
        #expect(CivilDate.maximum.description == "9999-12-31")
        #expect(CivilDate.maximum.adding(days: 1)?.isWritable == false)
        #expect(CivilDate(dayNumber: Int.max).adding(days: 1) == nil)
        #expect(CivilDate(DateLiteral(year: 2026, month: 12, day: 9))?.description == "2026-12-09")
        #expect(CivilDate(DateLiteral(year: 2026, month: 2, day: 30)) == nil)
        #expect(date(2026, 12, 1).adding(weeks: 2) == date(2026, 12, 15))
    }

    @Test func dateTimesRollOverAndOrderByWallClock() {
        let t = CivilDateTime(date: date(2026, 12, 31), minute: 1440 + 90)
        #expect(t.description == "2027-01-01 01:30")
        #expect(CivilDateTime(date: date(2027, 1, 1), minute: -1).description == "2026-12-31 23:59")
        #expect(CivilDateTime(localMinutes: t.localMinutes) == t)
        #expect(CivilDateTime(date: date(2026, 12, 1), minute: 600) < CivilDateTime(date: date(2026, 12, 2), minute: 0))
        #expect(CivilDateTime(DateLiteral(year: 2026, month: 12, day: 1), TimeLiteral(hour: 24, minute: 0)) == nil)
    }

    @Test func fixedOffsetZones() {
        let zone = FixedOffsetZone(offsetMinutes: 90)
        #expect(zone.identifier == "UTC+01:30")
        #expect(FixedOffsetZone(offsetMinutes: -300).identifier == "UTC-05:00")
        let local = CivilDateTime(date: date(2026, 12, 1), minute: 600)
        #expect(zone.utcMinutes(of: local) == local.localMinutes - 90)
        #expect(zone.local(atUTC: zone.utcMinutes(of: local)) == local)
    }

    @Test func berlinSkipsAndRepeatsAnHour() {
        let zone = EvaluationWorld.berlin
        func at(_ y: Int, _ m: Int, _ d: Int, _ h: Int, _ min: Int) -> CivilDateTime {
            CivilDateTime(date: date(y, m, d), minute: h * 60 + min)
        }
        #expect(zone.utcOffsetMinutes(at: at(2027, 1, 15, 12, 0)) == 60)
        #expect(zone.utcOffsetMinutes(at: at(2027, 7, 15, 12, 0)) == 120)
        // 2027-03-28: 02:00 CET becomes 03:00 CEST; 02:30 does not exist and moves forward.
        #expect(zone.utcOffsetMinutes(at: at(2027, 3, 28, 1, 59)) == 60)
        #expect(zone.utcOffsetMinutes(at: at(2027, 3, 28, 3, 0)) == 120)
        #expect(zone.resolve(at(2027, 3, 28, 2, 30)) == at(2027, 3, 28, 3, 30))
        // 2027-10-31: 03:00 CEST becomes 02:00 CET; 02:30 happens twice and means the first.
        #expect(zone.utcOffsetMinutes(at: at(2027, 10, 31, 2, 30)) == 120)
        #expect(zone.utcOffsetMinutes(at: at(2027, 10, 31, 3, 0)) == 60)
        #expect(zone.resolve(at(2027, 10, 31, 2, 30)) == at(2027, 10, 31, 2, 30))
        #expect(FoundationTimeZone(identifier: "Nowhere/Nothing") == nil)
    }
}
