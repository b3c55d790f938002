import PlanwerkChecking
import PlanwerkScheduling
import PlanwerkSyntax
import Testing

/// The examples of RFC 5545 §3.8.5.3 that an `every` rule can say, each
/// written as Planwerk and compared with the dates the RFC lists. The RFC's
/// DTSTART is `from` at 09:00; its times are New York wall-clock times, which
/// is what occurrences are. An RFC UNTIL of `19971224T000000Z` is 23 December
/// in New York, so it is `until 1997-12-23`. Every day is a working day here,
/// so that no calendar gets in the way.
@Suite("Recurrence: RFC 5545 examples")
struct RecurrenceRFC5545Tests {
    typealias T = RecurrenceTesting

    /// The days of a written rule; every occurrence must be at 09:00.
    func days(_ line: String, horizon: String = "1999-12-31") -> [String] {
        guard let rule = T.rule(line) else {
            Issue.record("no rule for `\(line)`")
            return []
        }
        return occurrenceDays(rule, horizon: horizon)
    }

    func occurrenceDays(_ rule: RecurrenceRule, horizon: String) -> [String] {
        let all = T.everyDay.occurrences(of: rule, horizon: T.date(horizon))
        #expect(all.allSatisfy { $0.minute == 9 * 60 })
        return all.map(\.date.description)
    }

    /// `1997-09-02` … for days of one month.
    func dates(_ month: String, _ days: [Int]) -> [String] {
        days.map { "\(month)-\($0 < 10 ? "0" : "")\($0)" }
    }

    @Test func dailyForTenOccurrences() {
        // RRULE:FREQ=DAILY;COUNT=10
        #expect(days("every day at 09:00 from 1997-09-02 count 10") == dates("1997-09", Array(2...11)))
    }

    @Test func dailyUntilDecember24() {
        // RRULE:FREQ=DAILY;UNTIL=19971224T000000Z
        let all = days("every day at 09:00 from 1997-09-02 until 1997-12-23")
        #expect(all.count == 113)
        #expect(all.first == "1997-09-02")
        #expect(all.last == "1997-12-23")
    }

    @Test func everyOtherDay() {
        // RRULE:FREQ=DAILY;INTERVAL=2 (forever; the first days)
        #expect(days("every 2 days at 09:00 from 1997-09-02", horizon: "1997-09-30") == dates("1997-09", Array(stride(from: 2, through: 30, by: 2))))
    }

    @Test func everyTenDaysFiveOccurrences() {
        // RRULE:FREQ=DAILY;INTERVAL=10;COUNT=5
        #expect(days("every 10 days at 09:00 from 1997-09-02 count 5")
                == ["1997-09-02", "1997-09-12", "1997-09-22", "1997-10-02", "1997-10-12"])
    }

    @Test func weeklyForTenOccurrences() {
        // RRULE:FREQ=WEEKLY;COUNT=10
        #expect(days("every week at 09:00 from 1997-09-02 count 10")
                == dates("1997-09", [2, 9, 16, 23, 30]) + dates("1997-10", [7, 14, 21, 28]) + ["1997-11-04"])
    }

    @Test func weeklyUntilDecember24() {
        // RRULE:FREQ=WEEKLY;UNTIL=19971224T000000Z
        #expect(days("every week at 09:00 from 1997-09-02 until 1997-12-23")
                == dates("1997-09", [2, 9, 16, 23, 30]) + dates("1997-10", [7, 14, 21, 28]) + dates("1997-11", [4, 11, 18, 25])
                   + dates("1997-12", [2, 9, 16, 23]))
    }

    @Test func everyOtherWeek() {
        // RRULE:FREQ=WEEKLY;INTERVAL=2;WKST=SU (forever; the RFC lists up to February 1998)
        #expect(days("every 2 weeks at 09:00 from 1997-09-02", horizon: "1998-02-17")
                == dates("1997-09", [2, 16, 30]) + dates("1997-10", [14, 28]) + dates("1997-11", [11, 25]) + dates("1997-12", [9, 23])
                   + dates("1998-01", [6, 20]) + dates("1998-02", [3, 17]))
    }

    @Test func weeklyOnTuesdayAndThursdayForFiveWeeks() {
        // RRULE:FREQ=WEEKLY;UNTIL=19971007T000000Z;WKST=SU;BYDAY=TU,TH and the same with COUNT=10
        let expected = dates("1997-09", [2, 4, 9, 11, 16, 18, 23, 25, 30]) + ["1997-10-02"]
        #expect(days("every week on tue, thu at 09:00 from 1997-09-02 until 1997-10-06") == expected)
        #expect(days("every week on tue, thu at 09:00 from 1997-09-02 count 10") == expected)
        #expect(days("every tue, thu at 09:00 from 1997-09-02 count 10") == expected)
    }

    @Test func everyOtherWeekOnMondayWednesdayFriday() {
        // DTSTART 19970901; RRULE:FREQ=WEEKLY;INTERVAL=2;UNTIL=19971224T000000Z;WKST=SU;BYDAY=MO,WE,FR
        #expect(days("every 2 weeks on mon, wed, fri at 09:00 from 1997-09-01 until 1997-12-23")
                == dates("1997-09", [1, 3, 5, 15, 17, 19, 29]) + dates("1997-10", [1, 3, 13, 15, 17, 27, 29, 31])
                   + dates("1997-11", [10, 12, 14, 24, 26, 28]) + dates("1997-12", [8, 10, 12, 22]))
    }

    @Test func everyOtherWeekOnTuesdayAndThursdayForEight() {
        // RRULE:FREQ=WEEKLY;INTERVAL=2;COUNT=8;WKST=SU;BYDAY=TU,TH
        #expect(days("every 2 weeks on tue, thu at 09:00 from 1997-09-02 count 8")
                == dates("1997-09", [2, 4, 16, 18, 30]) + dates("1997-10", [2, 14, 16]))
    }

    @Test func monthlyOnTheFirstFriday() {
        // DTSTART 19970905; RRULE:FREQ=MONTHLY;COUNT=10;BYDAY=1FR
        #expect(days("every month on 1st fri at 09:00 from 1997-09-05 count 10")
                == ["1997-09-05", "1997-10-03", "1997-11-07", "1997-12-05", "1998-01-02", "1998-02-06", "1998-03-06",
                    "1998-04-03", "1998-05-01", "1998-06-05"])
        // RRULE:FREQ=MONTHLY;UNTIL=19971224T000000Z;BYDAY=1FR
        #expect(days("every month on first fri at 09:00 from 1997-09-05 until 1997-12-23")
                == ["1997-09-05", "1997-10-03", "1997-11-07", "1997-12-05"])
    }

    @Test func everyOtherMonthOnTheFirstAndLastSunday() {
        // DTSTART 19970907; RRULE:FREQ=MONTHLY;INTERVAL=2;COUNT=10;BYDAY=1SU,-1SU
        #expect(days("every 2 months on 1st sun, last sun at 09:00 from 1997-09-07 count 10")
                == ["1997-09-07", "1997-09-28", "1997-11-02", "1997-11-30", "1998-01-04", "1998-01-25", "1998-03-01",
                    "1998-03-29", "1998-05-03", "1998-05-31"])
    }

    @Test func monthlyOnTheThirdToLastDay() {
        // DTSTART 19970928; RRULE:FREQ=MONTHLY;BYMONTHDAY=-3 (forever; the first six)
        #expect(days("every month on -3 at 09:00 from 1997-09-28", horizon: "1998-02-28")
                == ["1997-09-28", "1997-10-29", "1997-11-28", "1997-12-29", "1998-01-29", "1998-02-26"])
    }

    @Test func monthlyOnThe2ndAnd15th() {
        // RRULE:FREQ=MONTHLY;COUNT=10;BYMONTHDAY=2,15
        #expect(days("every month on 2, 15 at 09:00 from 1997-09-02 count 10")
                == dates("1997-09", [2, 15]) + dates("1997-10", [2, 15]) + dates("1997-11", [2, 15]) + dates("1997-12", [2, 15])
                   + dates("1998-01", [2, 15]))
    }

    @Test func monthlyOnTheFirstAndLastDay() {
        // DTSTART 19970930; RRULE:FREQ=MONTHLY;COUNT=10;BYMONTHDAY=1,-1
        #expect(days("every month on 1, -1 at 09:00 from 1997-09-30 count 10")
                == ["1997-09-30", "1997-10-01", "1997-10-31", "1997-11-01", "1997-11-30", "1997-12-01", "1997-12-31",
                    "1998-01-01", "1998-01-31", "1998-02-01"])
    }

    @Test func every18MonthsOnThe10thTo15th() {
        // DTSTART 19970910; RRULE:FREQ=MONTHLY;INTERVAL=18;COUNT=10;BYMONTHDAY=10,11,12,13,14,15
        #expect(days("every 18 months on 10, 11, 12, 13, 14, 15 at 09:00 from 1997-09-10 count 10")
                == dates("1997-09", Array(10...15)) + dates("1999-03", Array(10...13)))
    }

    @Test func everyTuesdayEveryOtherMonth() {
        // DTSTART 19970902; RRULE:FREQ=MONTHLY;INTERVAL=2;BYDAY=TU. Plans cannot write a bare
        // weekday in a monthly rule; the rule value can hold one and means every such day.
        let rule = RecurrenceRule(interval: 2, unit: .month, days: [.weekday(.tue)], times: [540], from: T.date("1997-09-02"))
        #expect(occurrenceDays(rule, horizon: "1998-03-31")
                == dates("1997-09", [2, 9, 16, 23, 30]) + dates("1997-11", [4, 11, 18, 25]) + dates("1998-01", [6, 13, 20, 27])
                   + dates("1998-03", [3, 10, 17, 24, 31]))
    }

    @Test func yearlyInJuneAndJuly() {
        // DTSTART 19970610; RRULE:FREQ=YEARLY;COUNT=10;BYMONTH=6,7
        #expect(days("every year on jun 10, jul 10 at 09:00 from 1997-06-10 count 10", horizon: "2005-12-31")
                == (1997...2001).flatMap { ["\($0)-06-10", "\($0)-07-10"] })
    }

    @Test func everyOtherYearInJanuaryFebruaryAndMarch() {
        // DTSTART 19970310; RRULE:FREQ=YEARLY;INTERVAL=2;COUNT=10;BYMONTH=1,2,3
        #expect(days("every 2 years on jan 10, feb 10, mar 10 at 09:00 from 1997-03-10 count 10", horizon: "2010-12-31")
                == ["1997-03-10"] + [1999, 2001, 2003].flatMap { ["\($0)-01-10", "\($0)-02-10", "\($0)-03-10"] })
    }

    @Test func everyThirdYearOnThe1st100thAnd200thDay() {
        // DTSTART 19970101; RRULE:FREQ=YEARLY;INTERVAL=3;COUNT=10;BYYEARDAY=1,100,200. Plans cannot
        // write days of the year; the rule value can hold them.
        let rule = RecurrenceRule(interval: 3, unit: .year, days: [.dayNumber(1), .dayNumber(100), .dayNumber(200)],
                                  times: [540], from: T.date("1997-01-01"), count: 10)
        #expect(occurrenceDays(rule, horizon: "2010-12-31")
                == ["1997-01-01", "1997-04-10", "1997-07-19", "2000-01-01", "2000-04-09", "2000-07-18",
                    "2003-01-01", "2003-04-10", "2003-07-19", "2006-01-01"])
    }

    @Test func weeksStartOnMonday() {
        // DTSTART 19970805; RRULE:FREQ=WEEKLY;INTERVAL=2;COUNT=4;BYDAY=TU,SU;WKST=MO
        // (with WKST=SU the RFC gets August 5, 17, 19, 31 instead)
        #expect(days("every 2 weeks on tue, sun at 09:00 from 1997-08-05 count 4") == ["1997-08-05", "1997-08-10", "1997-08-19", "1997-08-24"])
    }

    @Test func anInvalidDateIsIgnored() {
        // DTSTART 20070115; RRULE:FREQ=MONTHLY;BYMONTHDAY=15,30;COUNT=5
        #expect(days("every month on 15, 30 at 09:00 from 2007-01-15 count 5", horizon: "2007-12-31")
                == ["2007-01-15", "2007-01-30", "2007-02-15", "2007-03-15", "2007-03-30"])
    }
}
