import PlanwerkChecking
import PlanwerkScheduling
import PlanwerkSyntax
import Testing

/// Rules at the edges: ones that never match, huge intervals and counts,
/// long horizons, calendars without working days. Each must end quickly.
@Suite("Recurrence robustness")
struct RecurrenceRobustnessTests {
    typealias T = RecurrenceTesting
    static let farHorizon = "9999-12-31"
    /// Far enough to show a walk is bounded, near enough for rules that must look at each day's calendar.
    static let centuryHorizon = "2199-12-31"

    @Test func rulesThatNeverMatchEndWithNothing() {
        let from = T.date("2027-01-01")
        let never: [RecurrenceRule] = [
            RecurrenceRule(unit: .year, days: [.monthDay(month: 2, day: 30)], times: [540], from: from),
            RecurrenceRule(unit: .year, days: [.monthDay(month: 13, day: 1)], times: [540], from: from),
            RecurrenceRule(interval: 12, unit: .month, days: [.dayNumber(31)], times: [540], from: T.date("2027-04-01")),
            RecurrenceRule(unit: .month, days: [.dayNumber(0), .nthWeekday(0, spelling: "0th", .mon)], times: [540], from: from),
            RecurrenceRule(unit: .week, days: [.nthWeekday(2, spelling: "2nd", .mon)], times: [540], from: from),
            RecurrenceRule(unit: .week, days: [.dayNumber(8)], times: [540], from: from),
            RecurrenceRule(interval: 4, unit: .quarter, days: [.dayNumber(92)], times: [540], from: from),
            // Years 2101, 2105, …: never a leap year.
            RecurrenceRule(interval: 4, unit: .year, days: [.monthDay(month: 2, day: 29)], times: [540], from: T.date("2101-01-01")),
        ]
        for rule in never {
            #expect(T.expand(rule, horizon: Self.farHorizon).isEmpty, "\(rule)")
        }
    }

    @Test func rareFifthWeekdays() {
        // A February has five Mondays only in a leap year whose February starts on a Monday.
        let rule = RecurrenceRule(interval: 12, unit: .month, days: [.nthWeekday(5, spelling: "5th", .mon)], times: [540],
                                  from: T.date("2027-02-01"))
        #expect(T.days(rule, horizon: "2100-12-31") == ["2044-02-29", "2072-02-29"])
    }

    @Test func everyDayForAHundredYears() {
        let rule = RecurrenceRule(unit: .day, times: [540], from: T.date("2000-01-01"))
        let all = T.weekdays.occurrences(of: rule, horizon: T.date("2099-12-31"))
        #expect(all.count == 36525)
        #expect(all.last?.description == "2099-12-31 09:00")
    }

    @Test func theResultIsCappedAtTheLimit() {
        let rule = RecurrenceRule(unit: .day, times: [540, 900], from: T.date("0001-01-01"))
        let all = T.weekdays.occurrences(of: rule, horizon: T.date(Self.farHorizon))
        #expect(all.count == 100_000)
        #expect(all.last?.description == "0137-11-23 15:00")
        #expect(T.expand(rule, horizon: Self.farHorizon, limit: 3) == ["0001-01-01 09:00", "0001-01-01 15:00", "0001-01-02 09:00"])
        #expect(T.expand(rule, horizon: Self.farHorizon, limit: 0).isEmpty)
    }

    @Test func theLimitCountsMergedOccurrences() {
        // Saturday and Sunday merge into Monday: the limit counts what is returned.
        let rule = RecurrenceRule(unit: .day, times: [540], from: T.date("2027-03-06"), onHoliday: .nextWorkday)
        #expect(T.expand(rule, horizon: Self.farHorizon, limit: 2) == ["2027-03-08 09:00", "2027-03-09 09:00"])
    }

    @Test func hugeIntervalsGiveTheFirstOccurrenceOnly() {
        for unit in [RecurrenceUnit.day, .workday, .week, .month, .quarter, .year] {
            let rule = RecurrenceRule(interval: Int.max, unit: unit, times: [540], from: T.date("2027-01-04"))
            let horizon = unit == .workday ? Self.centuryHorizon : Self.farHorizon
            #expect(T.expand(rule, horizon: horizon) == ["2027-01-04 09:00"], "\(unit)")
        }
    }

    @Test func hugeCountsStopAtTheHorizon() {
        let rule = RecurrenceRule(unit: .month, days: [.dayNumber(1)], times: [540], from: T.date("2027-01-01"), count: Int.max)
        #expect(T.expand(rule, horizon: "2027-03-31").count == 3)
    }

    @Test func countZeroOrNegativeGivesNothing() {
        for count in [0, -1, Int.min] {
            let rule = RecurrenceRule(unit: .day, times: [540], from: T.date("2027-01-01"), count: count)
            #expect(T.expand(rule).isEmpty)
        }
    }

    @Test func horizonOrUntilBeforeFromGiveNothing() {
        let rule = RecurrenceRule(unit: .day, times: [540], from: T.date("2027-01-01"))
        #expect(T.expand(rule, horizon: "2026-12-31").isEmpty)
        var until = rule
        until.until = T.date("2026-06-01")
        #expect(T.expand(until).isEmpty)
    }

    @Test func datesOutsideWhatPlansCanWrite() {
        let early = RecurrenceRule(unit: .day, times: [540], from: CivilDate(dayNumber: Int.min / 2))
        #expect(T.expand(early).isEmpty)
        let rule = RecurrenceRule(unit: .year, times: [540], from: T.date("9998-06-01"))
        let all = T.everyDay.occurrences(of: rule, horizon: CivilDate(dayNumber: Int.max))
        #expect(all.map(\.description) == ["9998-06-01 09:00", "9999-06-01 09:00"])
        var shifted = rule
        shifted.onHoliday = .previousWorkday
        #expect(T.weekdays.occurrences(of: shifted, horizon: CivilDate(dayNumber: Int.max)).count == 2)
    }

    @Test func aCalendarWithoutWorkingDays() {
        let closed = RecurrenceExpander { _ in false }
        let from = T.date("2027-01-01")
        let horizon = T.date(Self.centuryHorizon)
        #expect(closed.occurrences(of: RecurrenceRule(unit: .workday, times: [540], from: from), horizon: horizon).isEmpty)
        #expect(closed.occurrences(of: RecurrenceRule(unit: .month, days: [.workday(first: true)], times: [540], from: from),
                                   horizon: horizon).isEmpty)
        for shift in [HolidayShift.nextWorkday, .previousWorkday, .skip] {
            let rule = RecurrenceRule(unit: .day, times: [540], from: from, onHoliday: shift)
            #expect(closed.occurrences(of: rule, horizon: horizon).isEmpty, "\(shift)")
        }
    }

    @Test func previousWorkdayLooksBackTenYearsAtMost() {
        // Working days only before 2027: from 2030-06-01 the last one is 3439 days back and
        // found; from 2031-06-01 it is 3804 days back, more than ten years, and the occurrence is dropped.
        let before2027 = RecurrenceExpander { $0 < RecurrenceTesting.date("2027-01-01") }
        let rule = RecurrenceRule(unit: .year, times: [540], from: T.date("2030-06-01"), count: 2, onHoliday: .previousWorkday)
        #expect(before2027.occurrences(of: rule, horizon: T.date("2040-12-31")).map(\.description) == ["2026-12-31 09:00"])
        var far = rule
        far.from = T.date("2037-06-01")
        #expect(before2027.occurrences(of: far, horizon: T.date("2040-12-31")).isEmpty)
    }

    @Test func manyExceptRanges() {
        let from = T.date("2027-01-01")
        let every2nd = stride(from: from.dayNumber, to: from.dayNumber + 20_000, by: 2).map { $0...$0 }
        let rule = RecurrenceRule(unit: .day, times: [540], from: from, except: every2nd.reversed())
        let all = T.everyDay.occurrences(of: rule, horizon: from.adding(days: 9)!)
        #expect(all.map(\.date.dayNumber) == [1, 3, 5, 7, 9].map { from.dayNumber + $0 })
    }

    @Test func extremeNumbersInRuleValuesDoNotTrap() {
        let from = T.date("2027-01-01")
        let days: [RecurrenceDay] = [.dayNumber(Int.min), .dayNumber(Int.max), .nthWeekday(Int.min, spelling: "", .mon),
                                     .nthWeekday(Int.max, spelling: "", .fri), .monthDay(month: Int.max, day: Int.min)]
        for unit in [RecurrenceUnit.week, .month, .quarter, .year] {
            #expect(T.expand(RecurrenceRule(unit: unit, days: days, times: [540], from: from), horizon: Self.farHorizon).isEmpty, "\(unit)")
        }
        let everything = RecurrenceRule(unit: .day, times: [540], from: from, except: [Int.min...Int.max, 0...0, Int.max...Int.max])
        #expect(T.expand(everything).isEmpty)
    }

    @Test func invalidIntervalsAndTimesAreNormalised() {
        let rule = RecurrenceRule(interval: 0, unit: .day, times: [-5, 2000], from: T.date("2027-01-01"), count: 2)
        #expect(rule.interval == 1)
        #expect(rule.times == [0])
        var changed = rule
        changed.interval = -3
        changed.times = [900, 540, 900, 99_999]
        #expect(T.expand(changed) == ["2027-01-01 09:00", "2027-01-01 15:00"])
    }
}
