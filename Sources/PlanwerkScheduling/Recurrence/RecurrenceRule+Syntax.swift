import PlanwerkChecking
import PlanwerkSyntax

extension RecurrenceRule {
    /// Builds a rule from an `every …` phrase as written.
    ///
    /// - Parameters:
    ///   - syntax: the phrase.
    ///   - evaluate: the value of each modifier's expression, nil when it is
    ///     unknown or in error (the caller has reported why).
    ///   - defaultFrom: the first day when there is no `from` (a post's
    ///     campaign start, a report's plan start).
    ///   - defaultTimes: the times of day when there is no `at`; pass `[]`
    ///     where `at` is required.
    /// - Returns: the rule, or nil when a part is missing or has no usable
    ///   value: no `at` and no default times, an `at` that is not a time of
    ///   day, `from`/`until` that are not dates, `count` that is not an Int,
    ///   `except` that is not dates or date ranges, an interval below 1.
    public static func make(_ syntax: Recurrence, evaluate: (Expr) -> Value?, defaultFrom: CivilDate,
                            defaultTimes: [Int] = []) -> RecurrenceRule? {
        let interval = syntax.interval ?? 1
        guard interval >= 1 else { return nil }
        var times = defaultTimes
        var from = defaultFrom
        var until: CivilDate? = nil
        var count: Int? = nil
        var except: [ClosedRange<Int>] = []
        var onHoliday: HolidayShift? = nil
        for modifier in syntax.modifiers {
            switch modifier.kind {
            case .at(let exprs):
                var minutes: [Int] = []
                for e in exprs {
                    guard let value = evaluate(e), let m = timesOfDay(value) else { return nil }
                    minutes += m
                }
                times = minutes
            case .from(let e):
                guard case .date(let d)? = evaluate(e) else { return nil }
                from = d
            case .until(let e):
                guard case .date(let d)? = evaluate(e) else { return nil }
                until = d
            case .count(let e):
                guard case .int(let n)? = evaluate(e) else { return nil }
                count = n
            case .except(let e):
                guard let value = evaluate(e), let ranges = dayRanges(value) else { return nil }
                except = ranges
            case .onHoliday(let shift):
                onHoliday = shift
            }
        }
        guard !times.isEmpty, times.allSatisfy({ (0..<1440).contains($0) }) else { return nil }
        return RecurrenceRule(interval: interval, unit: syntax.unit, days: syntax.days, times: times, from: from,
                              until: until, count: count, except: except, onHoliday: onHoliday)
    }

    /// The minutes of a time of day, or of a list of them; nil for anything else.
    static func timesOfDay(_ value: Value) -> [Int]? {
        switch value {
        case .time(let m): return [m]
        case .list(let items):
            var all: [Int] = []
            for item in items {
                guard let m = timesOfDay(item) else { return nil }
                all += m
            }
            return all
        default: return nil
        }
    }

    /// The days of an `except` value: a date, a range of dates, or a list of
    /// those; nil for anything else. A range that ends before it starts holds no days.
    static func dayRanges(_ value: Value) -> [ClosedRange<Int>]? {
        switch value {
        case .date(let d): return [d.dayNumber...d.dayNumber]
        case .range(.date(let a), .date(let b)): return a <= b ? [a.dayNumber...b.dayNumber] : []
        case .list(let items):
            var all: [ClosedRange<Int>] = []
            for item in items {
                guard let r = dayRanges(item) else { return nil }
                all += r
            }
            return all
        default: return nil
        }
    }
}
