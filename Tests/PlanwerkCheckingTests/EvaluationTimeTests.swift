import Testing
import PlanwerkChecking
import PlanwerkSyntax

/// Working time on calendars, elapsed time across daylight-saving changes.
@Suite struct EvaluationTimeTests: EvaluationTesting {
    @Test(arguments: [
        ("2026-12-18 + 3bd", "2026-12-23"),           // Friday + 3bd skips the weekend: Mon, Tue, Wed
        ("2026-12-18 - 3bd", "2026-12-15"),
        ("2026-12-19 + 1bd", "2026-12-21"),           // from a Saturday
        ("2026-12-18 + 0bd", "2026-12-18"),
        ("2026-12-18 + 4bh", "2026-12-18 13:00"),     // bh makes a DateTime, counted from 00:00
        ("2026-12-18 + 1bd 2bh", "2026-12-21 11:00"),
        ("2026-11-30 09:00 + 1bd", "2026-11-30 17:00"),  // a full day ends at closing time
        ("2026-11-30 09:00 + 3bd", "2026-12-02 17:00"),  // §5: Monday 09:00 + 3bd ends Wednesday 17:00
        ("2026-11-30 10:00 + 1bd", "2026-12-01 10:00"),
        ("2026-11-30 17:00 + 1bh", "2026-12-01 10:00"),
        ("2026-12-04 16:00 + 2bh", "2026-12-07 10:00"),  // Friday to Monday
        ("2026-12-05 12:00 + 1bh", "2026-12-07 10:00"),  // from a Saturday
        ("2026-11-30 17:00 - 1bd", "2026-11-30 09:00"),
        ("2026-12-07 10:00 - 2bh", "2026-12-04 16:00"),
        ("2026-11-30 20:00 + 0bh", "2026-11-30 20:00"),
        ("2026-11-30 20:00 + 0.5bh", "2026-12-01 09:30"),
        ("workdays(2026-12-01, 2026-12-31)", "23"),
        ("workdays(2026-12-01 09:00, 2026-12-01)", "1"),
        ("workdays(2026-12-31, 2026-12-01)", "0"),
    ])
    func standardCalendar(_ source: String, _ expected: String) {
        #expect(shown(source) == expected, "\(source)")
    }

    @Test func officeHoursWithALunchBreakAndHolidays() {
        let office = EvaluationWorld.environment(hours: [ClockSpan(start: 540, end: 720), ClockSpan(start: 780, end: 1020)],
                                                 holidays: [date(2026, 12, 24), date(2026, 12, 25)])
        #expect(office.businessDayMinutes == 420)
        #expect(shown("1bd", in: office) == "1bd")
        #expect(shown("8bh", in: office) == "1bd 1bh")
        #expect(shown("2026-11-30 11:00 + 2bh", in: office) == "2026-11-30 14:00")
        #expect(shown("2026-11-30 09:00 + 1bd", in: office) == "2026-11-30 17:00")
        #expect(shown("2026-11-30 13:00 - 1bh", in: office) == "2026-11-30 11:00")
        #expect(shown("2026-11-30 12:30 + 1bh", in: office) == "2026-11-30 14:00")
        #expect(shown("2026-12-23 + 1bd", in: office) == "2026-12-28")
        #expect(shown("2026-12-23 17:00 + 1bh", in: office) == "2026-12-28 10:00")
        #expect(shown("workdays(2026-12-01, 2026-12-31)", in: office) == "21")
    }

    @Test func noWorkingTimeIsAnErrorNotALoop() {
        let noDays = FixedEnvironment(weekdays: [])
        #expect(codes("2026-12-01 09:00 + 2bd", in: noDays) == ["P0328"])
        #expect(codes("2026-12-01 09:00 - 1bh", in: noDays) == ["P0328"])
        #expect(codes("2026-12-01 + 2bd", in: noDays) == ["P0328"])
        let emptyHours = EvaluationWorld.environment(hours: [ClockSpan(start: 540, end: 540)])
        #expect(codes("2026-12-01 09:00 + 2bh", in: emptyHours) == ["P0328"])
        // On a calendar whose hours add up to nothing, a business day is no time at all.
        #expect(shown("2bd", in: emptyHours) == "0bh")
    }

    @Test func elapsedTimeAcrossDaylightSavingInBerlin() {
        let berlin = EvaluationWorld.environment(timeZone: EvaluationWorld.berlin)
        // 01:00 CET is 00:00 UTC; two hours later it is 02:00 UTC, 04:00 CEST.
        #expect(shown("2027-03-28 01:00 + 2h", in: berlin) == "2027-03-28 04:00")
        #expect(shown("2027-03-28 01:00 + 2h", in: FixedEnvironment()) == "2027-03-28 03:00")
        // A day is the same clock time the next day, 23 hours that night.
        #expect(shown("2027-03-27 09:00 + 1d", in: berlin) == "2027-03-28 09:00")
        #expect(shown("2027-03-27 09:00 + 24h", in: berlin) == "2027-03-28 10:00")
        #expect(shown("2027-03-28 09:00 - 2027-03-27 09:00", in: berlin) == "1d")
        #expect(shown("2027-03-28 03:00 - 2027-03-28 01:00", in: berlin) == "1h")
        #expect(shown("2027-03-28 10:00 - 2027-03-27 09:00", in: berlin) == "1d 1h")
        // Autumn: 25 hours from 09:00 to 09:00.
        #expect(shown("2027-10-30 09:00 + 25h", in: berlin) == "2027-10-31 09:00")
        #expect(shown("2027-10-31 01:30 + 1h", in: berlin) == "2027-10-31 02:30")
        #expect(shown("2027-10-31 02:30 + 1h", in: berlin) == "2027-10-31 02:30") // the clock shows 02:30 twice
        // A day landing in the skipped hour moves forward by the gap.
        #expect(shown("2027-03-27 02:30 + 1d", in: berlin) == "2027-03-28 03:30")
        #expect(shown("2027-03-28 + 3h", in: berlin) == "2027-03-28 04:00")
    }

    @Test func differencesAddBack() throws {
        let berlin = EvaluationWorld.berlin
        var rng = SplitMix64(seed: 7)
        let base = CivilDateTime(date: date(2027, 3, 20), minute: 0).localMinutes
        for _ in 0..<2000 {
            let a = berlin.resolve(CivilDateTime(localMinutes: base + Int(rng.next() % 40_000)))
            let b = berlin.resolve(CivilDateTime(localMinutes: base + Int(rng.next() % 40_000)))
            let d = TimeArithmetic.difference(from: a, to: b, in: berlin)
            #expect((d.days >= 0 && d.minutes >= 0) || (d.days <= 0 && d.minutes <= 0))
            #expect(try TimeArithmetic.adding(d, to: a, in: berlin) == b, "\(a) + \(d) != \(b)")
        }
    }

    @Test func workingTimeAddsBack() throws {
        let env = EvaluationWorld.environment(hours: [ClockSpan(start: 540, end: 720), ClockSpan(start: 780, end: 1020)])
        var rng = SplitMix64(seed: 11)
        for _ in 0..<500 {
            let start = CivilDateTime(date: date(2026, 11, 30), minute: 540 + Int(rng.next() % 180))
            let n = Int(rng.next() % 5000)
            let end = try TimeArithmetic.adding(workingMinutes: n, to: start) { env.workingHours(on: $0) }
            let back = try TimeArithmetic.adding(workingMinutes: -n, to: end) { env.workingHours(on: $0) }
            #expect(back == start, "\(start) + \(n) = \(end), back \(back)")
        }
    }
}
