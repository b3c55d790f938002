import PlanwerkChecking
import PlanwerkScheduling
import PlanwerkSyntax
import Testing

/// Every form of the LANGUAGE.md §4 table, with dates worked out by hand
/// (most of them are the series of `examples/recurrence.plan`, with its
/// `office` calendar and horizon 2027-12-31).
@Suite("Recurrence forms")
struct RecurrenceFormTests {
    typealias T = RecurrenceTesting

    /// The days of a written rule in the office calendar up to the examples' horizon.
    func days(_ line: String, defaultFrom: String = "2026-11-30", horizon: String = "2027-12-31") -> [String] {
        guard let rule = T.rule(line, defaultFrom: defaultFrom) else {
            Issue.record("no rule for `\(line)`")
            return []
        }
        return T.days(rule, T.office, horizon: horizon)
    }

    // MARK: - Days

    @Test func everyDay() {
        #expect(days("every day at 08:00 from 2026-12-01 until 2026-12-07")
                == ["2026-12-01", "2026-12-02", "2026-12-03", "2026-12-04", "2026-12-05", "2026-12-06", "2026-12-07"])
    }

    @Test func everyNDays() {
        #expect(days("every 3 days at 12:00 from 2026-12-01 count 5")
                == ["2026-12-01", "2026-12-04", "2026-12-07", "2026-12-10", "2026-12-13"])
    }

    @Test func everyWorkdaySkipsWeekendsAndHolidays() {
        #expect(days("every workday at 09:30 from 2026-12-21 until 2027-01-08")
                == ["2026-12-21", "2026-12-22", "2026-12-23", "2026-12-28", "2026-12-29", "2026-12-30",
                    "2027-01-04", "2027-01-05", "2027-01-06", "2027-01-07", "2027-01-08"])
    }

    @Test func everyNthWorkdayCountsWorkingDaysFromTheFirstOne() {
        // Not writable (`every N workdays` is a syntax error), but the rule is defined:
        // from Saturday 2027-01-02 the first working day is Monday the 4th.
        let rule = RecurrenceRule(interval: 3, unit: .workday, times: [540], from: T.date("2027-01-02"), count: 4)
        #expect(T.days(rule, T.office) == ["2027-01-04", "2027-01-07", "2027-01-12", "2027-01-15"])
    }

    // MARK: - Weeks

    @Test func everyWeekOnSeveralDays() {
        #expect(days("every week on mon, thu at 11:00 from 2027-01-04 until 2027-01-31")
                == ["2027-01-04", "2027-01-07", "2027-01-11", "2027-01-14", "2027-01-18", "2027-01-21", "2027-01-25", "2027-01-28"])
    }

    @Test func weekdayShorthand() {
        #expect(days("every tue, fri at 17:00 from 2027-02-01 count 4") == ["2027-02-02", "2027-02-05", "2027-02-09", "2027-02-12"])
        #expect(days("every mon at 09:00 from 2027-02-01 count 4") == ["2027-02-01", "2027-02-08", "2027-02-15", "2027-02-22"])
        #expect(T.rule("every mon, thu at 09:00") == T.rule("every week on mon, thu at 09:00"))
    }

    @Test func everyTwoWeeksOnFriday() {
        #expect(days("every 2 weeks on fri at 15:00 from 2027-01-01 until 2027-03-31 on holiday skip")
                == ["2027-01-15", "2027-01-29", "2027-02-12", "2027-02-26", "2027-03-12"])
        #expect(days("every 2 weeks on fri at 15:00 from 2027-01-01 until 2027-03-31")
                == ["2027-01-01", "2027-01-15", "2027-01-29", "2027-02-12", "2027-02-26", "2027-03-12", "2027-03-26"])
    }

    @Test func weekWithoutOnTakesTheWeekdayOfFrom() {
        #expect(days("every 2 weeks at 10:00 from 2027-01-06 until 2027-03-31")
                == ["2027-01-06", "2027-01-20", "2027-02-03", "2027-02-17", "2027-03-03", "2027-03-17", "2027-03-31"])
    }

    @Test func weeklyIntervalCountsFromTheWeekHoldingFrom() {
        // Sunday the 10th is in the week of Monday the 4th, which is before `from`: that week
        // holds no occurrence, and the next one of the series is two weeks after it.
        #expect(days("every 2 weeks on mon at 09:00 from 2027-01-10 count 3") == ["2027-01-18", "2027-02-01", "2027-02-15"])
    }

    @Test func fromCountsOnlyWhenItMatches() {
        // 2027-01-06 is a Wednesday: not a Monday, so not an occurrence, and not counted.
        #expect(days("every week on mon at 09:00 from 2027-01-06 count 2") == ["2027-01-11", "2027-01-18"])
    }

    // MARK: - Day of the month

    @Test func dayOfMonthWithHolidayShift() {
        #expect(days("every month on 15 at 10:00 from 2027-01-01 until 2027-06-30 on holiday next workday")
                == ["2027-01-15", "2027-02-15", "2027-03-15", "2027-04-15", "2027-05-18", "2027-06-15"])
    }

    @Test func lastDayOfMonth() {
        #expect(days("every month on -1 at 18:00 from 2027-01-01 until 2027-06-30")
                == ["2027-01-31", "2027-02-28", "2027-03-31", "2027-04-30", "2027-05-31", "2027-06-30"])
        #expect(days("every month on -1 at 18:00 from 2028-02-01 count 1", horizon: "2028-12-31") == ["2028-02-29"])
    }

    @Test func dayThirtyOneSkipsShortMonths() {
        #expect(days("every month on 31 at 12:00 from 2027-01-01 until 2027-06-30") == ["2027-01-31", "2027-03-31", "2027-05-31"])
        #expect(days("every month on 30 at 12:00 from 2027-01-01 until 2027-04-30") == ["2027-01-30", "2027-03-30", "2027-04-30"])
    }

    @Test func everyThreeMonthsOnFirst() {
        #expect(days("every 3 months on 1 at 09:00 from 2027-01-01 until 2027-12-31 on holiday next workday")
                == ["2027-01-04", "2027-04-01", "2027-07-01", "2027-10-01"])
        // The months count from the month holding `from`; its 1st lies before `from`.
        #expect(days("every 3 months on 1 at 09:00 from 2027-02-10") == ["2027-05-01", "2027-08-01", "2027-11-01"])
    }

    @Test func monthWithoutOnTakesTheDayOfFrom() {
        #expect(days("every month at 09:00 from 2027-01-31 until 2027-08-31")
                == ["2027-01-31", "2027-03-31", "2027-05-31", "2027-07-31", "2027-08-31"])
    }

    @Test func severalDaysOfTheMonth() {
        #expect(days("every month on -1, 15 at 09:00 from 2027-01-20 count 4") == ["2027-01-31", "2027-02-15", "2027-02-28", "2027-03-15"])
    }

    // MARK: - Weekday of the month

    @Test func firstMonday() {
        #expect(days("every month on 1st mon at 10:00 from 2027-01-01 until 2027-06-30")
                == ["2027-01-04", "2027-02-01", "2027-03-01", "2027-04-05", "2027-05-03", "2027-06-07"])
        #expect(days("every month on first mon at 10:00 from 2027-01-01 until 2027-06-30")
                == days("every month on 1st mon at 10:00 from 2027-01-01 until 2027-06-30"))
    }

    @Test func lastFridayMovedBeforeGoodFriday() {
        #expect(days("every month on last fri at 16:00 from 2027-01-01 until 2027-06-30 on holiday previous workday")
                == ["2027-01-29", "2027-02-26", "2027-03-25", "2027-04-30", "2027-05-28", "2027-06-25"])
    }

    @Test func secondTuesday() {
        #expect(days("every month on 2nd tue at 14:00 from 2027-01-01 count 6")
                == ["2027-01-12", "2027-02-09", "2027-03-09", "2027-04-13", "2027-05-11", "2027-06-08"])
    }

    @Test func fifthFridayOnlyInMonthsThatHaveOne() {
        #expect(days("every month on fifth fri at 12:00 from 2027-01-01 until 2027-12-31")
                == ["2027-01-29", "2027-04-30", "2027-07-30", "2027-10-29", "2027-12-31"])
    }

    @Test func firstAndLastWeekdayOfTheMonthTogether() {
        #expect(days("every month on 1st mon, last fri at 10:00 from 2027-01-01 count 4")
                == ["2027-01-04", "2027-01-29", "2027-02-01", "2027-02-26"])
    }

    // MARK: - Business days

    @Test func firstWorkdayOfTheMonth() {
        #expect(days("every month on first workday at 09:00 from 2027-01-01 until 2027-06-30")
                == ["2027-01-04", "2027-02-01", "2027-03-01", "2027-04-01", "2027-05-03", "2027-06-01"])
    }

    @Test func lastWorkdayOfTheMonthFromThePlanStart() {
        #expect(days("every month on last workday at 16:00")
                == ["2026-11-30", "2026-12-30", "2027-01-29", "2027-02-26", "2027-03-31", "2027-04-30", "2027-05-31",
                    "2027-06-30", "2027-07-30", "2027-08-31", "2027-09-30", "2027-10-29", "2027-11-30", "2027-12-30"])
    }

    // MARK: - Quarters

    @Test func lastWorkdayOfTheQuarter() {
        #expect(days("every quarter on last workday at 16:00 from 2027-01-01") == ["2027-03-31", "2027-06-30", "2027-09-30", "2027-12-30"])
    }

    @Test func firstMondayOfTheQuarter() {
        #expect(days("every quarter on first mon at 10:00 from 2027-01-01") == ["2027-01-04", "2027-04-05", "2027-07-05", "2027-10-04"])
    }

    @Test func nthWeekdayCountsWithinTheQuarter() {
        // The 5th Friday of a quarter is in its first month; the 13th week of a quarter always exists.
        #expect(days("every quarter on 5th fri at 10:00 from 2027-01-01") == ["2027-01-29", "2027-04-30", "2027-07-30", "2027-10-29"])
        #expect(days("every quarter on last mon at 10:00 from 2027-01-01") == ["2027-03-29", "2027-06-28", "2027-09-27", "2027-12-27"])
    }

    @Test func dayOfTheQuarterCountsFromItsFirstDay() {
        #expect(days("every quarter on 10 at 09:00 from 2027-01-01 on holiday next workday") == ["2027-01-11", "2027-04-12", "2027-07-12", "2027-10-11"])
        #expect(days("every quarter on -1 at 09:00 from 2027-01-01") == ["2027-03-31", "2027-06-30", "2027-09-30", "2027-12-31"])
        // Day 92 exists only in the quarters with two 31-day months and a 30-day one.
        #expect(days("every quarter on 92 at 09:00 from 2027-01-01") == ["2027-09-30", "2027-12-31"])
        // Day 91 of Q1 exists in leap years only.
        #expect(days("every quarter on 91 at 09:00 from 2028-01-01", horizon: "2028-06-30") == ["2028-03-31", "2028-06-30"])
    }

    @Test func quarterWithoutOnKeepsTheMonthAndDayOfFrom() {
        #expect(days("every quarter at 09:00 from 2027-02-15") == ["2027-02-15", "2027-05-15", "2027-08-15", "2027-11-15"])
        #expect(days("every quarter at 09:00 from 2027-01-31") == ["2027-01-31", "2027-07-31", "2027-10-31"])
    }

    @Test func everyTwoQuarters() {
        // From May: the quarter holding `from` is Q2 (its 1st is before `from`), then Q4, then Q2 of 2028.
        #expect(days("every 2 quarters on 1 at 09:00 from 2027-05-10", horizon: "2028-12-31") == ["2027-10-01", "2028-04-01", "2028-10-01"])
    }

    // MARK: - Years

    @Test func yearly() {
        #expect(days("every year on mar 31 at 12:00") == ["2027-03-31"])
        #expect(days("every 2 years on jan 15 at 09:00 from 2027-01-01") == ["2027-01-15"])
        #expect(days("every 2 years on jan 15 at 09:00 from 2027-01-01", horizon: "2031-12-31") == ["2027-01-15", "2029-01-15", "2031-01-15"])
        #expect(days("every year on jan 15, mar 31 at 09:00 from 2027-02-01", horizon: "2028-12-31") == ["2027-03-31", "2028-01-15", "2028-03-31"])
    }

    @Test func february29OnlyInLeapYears() {
        #expect(days("every year on feb 29 at 09:00 from 2023-01-01", horizon: "2033-12-31") == ["2024-02-29", "2028-02-29", "2032-02-29"])
        #expect(days("every year at 09:00 from 2024-02-29", horizon: "2033-12-31") == ["2024-02-29", "2028-02-29", "2032-02-29"])
        #expect(days("every year on feb 29 at 09:00 from 2097-01-01", horizon: "2104-12-31") == ["2104-02-29"])
    }

    @Test func yearWithoutOnTakesMonthAndDayOfFrom() {
        #expect(days("every year at 09:00 from 2027-06-10", horizon: "2029-12-31") == ["2027-06-10", "2028-06-10", "2029-06-10"])
    }
}
