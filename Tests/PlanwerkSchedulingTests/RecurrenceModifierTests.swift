import PlanwerkChecking
import PlanwerkScheduling
import PlanwerkSyntax
import Testing

/// The modifiers of `every` and the order they act in (LANGUAGE.md §10
/// "Recurrence"): expansion with `count` and `until`, then `except`, then
/// `on holiday`, then merging, then the horizon.
@Suite("Recurrence modifiers")
struct RecurrenceModifierTests {
    typealias T = RecurrenceTesting

    /// The occurrences of a written rule in the office calendar.
    func occurrences(_ line: String, horizon: String = "2027-12-31", _ expander: RecurrenceExpander = T.office) -> [String] {
        guard let rule = T.rule(line, defaultFrom: "2026-11-30") else {
            Issue.record("no rule for `\(line)`")
            return []
        }
        return T.expand(rule, expander, horizon: horizon)
    }

    // MARK: - at, count, until

    @Test func severalTimesADayEachCount() {
        #expect(occurrences("every day at 08:00, 20:00 from 2027-02-01 count 5")
                == ["2027-02-01 08:00", "2027-02-01 20:00", "2027-02-02 08:00", "2027-02-02 20:00", "2027-02-03 08:00"])
    }

    @Test func timesAreSortedAndRepeatsMerge() {
        #expect(occurrences("every day at 15:00, 09:00, 15:00 from 2027-02-01 count 3")
                == ["2027-02-01 09:00", "2027-02-01 15:00", "2027-02-02 09:00"])
    }

    @Test func untilIncludesTheWholeDay() {
        #expect(occurrences("every day at 09:00, 23:59 from 2027-02-01 until 2027-02-02")
                == ["2027-02-01 09:00", "2027-02-01 23:59", "2027-02-02 09:00", "2027-02-02 23:59"])
        #expect(occurrences("every day at 09:00 from 2027-02-02 until 2027-02-01").isEmpty)
    }

    @Test func countAndUntilTogetherStopAtTheFirst() {
        #expect(occurrences("every day at 09:00 from 2027-02-01 until 2027-02-03 count 10").count == 3)
        #expect(occurrences("every day at 09:00 from 2027-02-01 until 2027-02-28 count 2").count == 2)
    }

    @Test func withoutUntilOrCountTheSeriesRunsToTheHorizon() {
        #expect(occurrences("every month on 1 at 09:00 from 2027-01-01", horizon: "2027-04-01")
                == ["2027-01-01 09:00", "2027-02-01 09:00", "2027-03-01 09:00", "2027-04-01 09:00"])
        // An instant on the horizon day is kept, however late.
        #expect(occurrences("every day at 23:59 from 2027-01-30", horizon: "2027-01-31") == ["2027-01-30 23:59", "2027-01-31 23:59"])
    }

    // MARK: - except

    @Test func exceptRemovesDaysButTheyStillCount() {
        #expect(occurrences("every day at 12:00 from 2027-03-01 count 7 except [2027-03-03]")
                == ["2027-03-01 12:00", "2027-03-02 12:00", "2027-03-04 12:00", "2027-03-05 12:00", "2027-03-06 12:00", "2027-03-07 12:00"])
    }

    @Test func exceptTakesADateARangeOrAList() {
        #expect(occurrences("every day at 12:00 from 2027-03-01 count 4 except 2027-03-02").count == 3)
        #expect(occurrences("every day at 12:00 from 2027-03-01 until 2027-03-06 except 2027-03-02..2027-03-04")
                == ["2027-03-01 12:00", "2027-03-05 12:00", "2027-03-06 12:00"])
        #expect(occurrences("every day at 12:00 from 2027-03-01 until 2027-03-06 except [2027-03-01, 2027-03-03..2027-03-05]")
                == ["2027-03-02 12:00", "2027-03-06 12:00"])
    }

    @Test func exceptRemovesEveryTimeOfTheDay() {
        #expect(occurrences("every workday at 09:00, 15:00 from 2027-01-11 until 2027-01-22 except [2027-01-15]").count == 18)
    }

    @Test func anExceptDayIsNotShifted() {
        // Saturday is left out before `on holiday` could move it to Monday.
        #expect(occurrences("every day at 10:00 from 2027-03-05 until 2027-03-08 except [2027-03-06] on holiday next workday")
                == ["2027-03-05 10:00", "2027-03-08 10:00"])
    }

    // MARK: - on holiday

    @Test func withoutOnHolidayWeekendsAndHolidaysAreKept() {
        #expect(occurrences("every day at 10:00 from 2027-12-24 until 2027-12-26").count == 3)
    }

    @Test func nextWorkdayMergesOccurrencesThatLandTogether() {
        // Dec 24, 25, 26 all move to Monday the 27th and become one; Dec 31 would move to
        // 2028-01-03, after the horizon.
        #expect(occurrences("every day at 10:00 from 2027-12-24 until 2027-12-31 on holiday next workday")
                == ["2027-12-27 10:00", "2027-12-28 10:00", "2027-12-29 10:00", "2027-12-30 10:00"])
        #expect(occurrences("every day at 10:00 from 2027-12-24 until 2027-12-31 on holiday next workday", horizon: "2028-01-31")
                == ["2027-12-27 10:00", "2027-12-28 10:00", "2027-12-29 10:00", "2027-12-30 10:00", "2028-01-03 10:00"])
    }

    @Test func mergingKeepsEachTimeOfDay() {
        #expect(occurrences("every day at 09:00, 15:00 from 2027-03-06 until 2027-03-08 on holiday next workday")
                == ["2027-03-08 09:00", "2027-03-08 15:00"])
    }

    @Test func previousWorkday() {
        #expect(occurrences("every day at 10:00 from 2027-03-05 until 2027-03-08 on holiday previous workday")
                == ["2027-03-05 10:00", "2027-03-08 10:00"])
        // Easter: Good Friday and Easter Monday are holidays; all four days go back to Thursday.
        #expect(occurrences("every day at 10:00 from 2027-03-26 until 2027-03-29 on holiday previous workday") == ["2027-03-25 10:00"])
    }

    @Test func previousWorkdayMayMoveBeforeFrom() {
        // The rule gives Saturday 2027-05-01 first; it moves to Friday, before `from`.
        #expect(occurrences("every month on 1 at 09:00 from 2027-05-01 count 2 on holiday previous workday")
                == ["2027-04-30 09:00", "2027-06-01 09:00"])
    }

    @Test func previousWorkdayMayMoveOntoTheHorizon() {
        // Shifting comes before the horizon: Saturday and Sunday after a Friday horizon land on it.
        #expect(occurrences("every day at 10:00 from 2027-03-01 on holiday previous workday", horizon: "2027-03-05").last == "2027-03-05 10:00")
        #expect(occurrences("every day at 10:00 from 2027-03-06 on holiday previous workday", horizon: "2027-03-05") == ["2027-03-05 10:00"])
        #expect(occurrences("every day at 10:00 from 2027-03-06 on holiday next workday", horizon: "2027-03-05").isEmpty)
    }

    @Test func skipDropsNonWorkingDays() {
        #expect(occurrences("every day at 10:00 from 2027-03-05 until 2027-03-08 on holiday skip")
                == ["2027-03-05 10:00", "2027-03-08 10:00"])
    }

    @Test func countCountsBeforeShifting() {
        // Five days of the rule, two of them a weekend that is skipped: three occurrences.
        #expect(occurrences("every day at 10:00 from 2027-03-04 count 5 on holiday skip")
                == ["2027-03-04 10:00", "2027-03-05 10:00", "2027-03-08 10:00"])
        // Moved, the weekend lands on Monday: the fifth day of the rule is Monday itself.
        #expect(occurrences("every day at 10:00 from 2027-03-04 count 5 on holiday next workday")
                == ["2027-03-04 10:00", "2027-03-05 10:00", "2027-03-08 10:00"])
    }

    @Test func holidaysAndWeekendsBothCount() {
        // 2027-05-17 is Whit Monday: Saturday the 15th goes to Tuesday the 18th.
        #expect(occurrences("every week on sat at 10:00 from 2027-05-15 count 1 on holiday next workday") == ["2027-05-18 10:00"])
    }

    @Test func theRulesOwnWorkdayFormsDoNotShift() {
        #expect(occurrences("every workday at 10:00 from 2027-05-14 count 3 on holiday previous workday")
                == ["2027-05-14 10:00", "2027-05-18 10:00", "2027-05-19 10:00"])
    }
}
