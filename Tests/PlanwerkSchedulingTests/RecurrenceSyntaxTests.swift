import PlanwerkChecking
import PlanwerkScheduling
import PlanwerkSyntax
import Testing

/// Building a ``RecurrenceRule`` from an `every …` line: each modifier's
/// value, the defaults, and the cases where no rule can be made.
@Suite("Recurrence rules from syntax")
struct RecurrenceSyntaxTests {
    typealias T = RecurrenceTesting

    @Test func everyModifierIsRead() throws {
        let rule = try #require(T.rule(
            "every 2 weeks on mon, thu at 15:00, 09:00 from 2027-01-04 until 2027-06-30 count 10 except [2027-01-07, 2027-02-01..2027-02-05] on holiday previous workday"))
        #expect(rule == RecurrenceRule(interval: 2, unit: .week, days: [.weekday(.mon), .weekday(.thu)], times: [540, 900],
                                       from: T.date("2027-01-04"), until: T.date("2027-06-30"), count: 10,
                                       except: [T.date("2027-01-07").dayNumber...T.date("2027-01-07").dayNumber,
                                                T.date("2027-02-01").dayNumber...T.date("2027-02-05").dayNumber],
                                       onHoliday: .previousWorkday))
    }

    @Test func defaults() throws {
        let rule = try #require(T.rule("every month on last workday", defaultFrom: "2026-11-30", defaultTimes: [17 * 60]))
        #expect(rule == RecurrenceRule(unit: .month, days: [.workday(first: false)], times: [1020], from: T.date("2026-11-30")))
    }

    @Test func modifiersMayComeInAnyOrder() {
        #expect(T.rule("every day count 3 from 2027-01-01 at 09:00") == T.rule("every day at 09:00 from 2027-01-01 count 3"))
    }

    @Test func expressionsAreEvaluated() throws {
        let rule = try #require(T.rule("every day at 09:00 from 2027-01-01 + 2w until 2027-01-31 - 1d count 2 + 3"))
        #expect(rule.from == T.date("2027-01-15"))
        #expect(rule.until == T.date("2027-01-30"))
        #expect(rule.count == 5)
    }

    @Test func ordinalsAndYearDays() throws {
        let monthly = try #require(T.rule("every month on 2nd tue, last fri, -1, first workday at 09:00"))
        #expect(monthly.days == [.nthWeekday(2, spelling: "2nd", .tue), .nthWeekday(-1, spelling: "last", .fri), .dayNumber(-1), .workday(first: true)])
        let yearly = try #require(T.rule("every year on feb 29, dec 31 at 09:00"))
        #expect(yearly.days == [.monthDay(month: 2, day: 29), .monthDay(month: 12, day: 31)])
    }

    @Test func noRuleWithoutTimes() {
        #expect(T.rule("every day from 2027-01-01") == nil)
        #expect(T.rule("every day from 2027-01-01", defaultTimes: [540])?.times == [540])
    }

    @Test func noRuleWhenAValueIsUnknownOrOfTheWrongType() {
        #expect(T.rule("every day at launch_time") == nil)
        #expect(T.rule("every day at 09:00 from 09:00") == nil)
        #expect(T.rule("every day at 09:00 until 3") == nil)
        #expect(T.rule("every day at 09:00 count 2027-01-01") == nil)
        #expect(T.rule("every day at 09:00 except [2027-01-01, 3]") == nil)
        #expect(T.rule("every day at 2027-01-01") == nil)
    }

    @Test func aBackwardsExceptRangeHoldsNoDays() throws {
        let rule = try #require(T.rule("every day at 09:00 except 2027-01-05..2027-01-01"))
        #expect(rule.except.isEmpty)
    }
}
