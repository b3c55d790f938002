import PlanwerkSyntax

/// Dates and times with amounts of time (LANGUAGE.md §3): `DateTime ±
/// Duration|WorkTime → DateTime`, `Date ± d|w|bd` stays a Date while `h`,
/// `min` or `bh` make it a DateTime from 00:00, `Time ± Duration → Time`,
/// `DateTime - DateTime` and `Date - Date` give a Duration.
extension Evaluator {
    /// Whether `Date ± amount` keeps a Date: the amount is written as a time
    /// literal in days, weeks or business days only (`3d`, `2w`, `1w 2d`,
    /// `3bd`). Any other amount (`2h`, `1d 2h`, a name holding `3d`) makes a
    /// DateTime, so the type is known from the text alone, as the checker
    /// decides it.
    public static func keepsDate(shiftedBy amount: Expr) -> Bool {
        guard case .quantity(let parts) = amount.kind else { return false }
        return parts.allSatisfy { $0.unit == .days || $0.unit == .weeks || $0.unit == .businessDays }
    }

    /// The result of a calendar operation, or nil when the values are not dates, times and amounts of time.
    mutating func calendar(_ op: BinaryOperator, _ x: Value, _ y: Value, _ a: Expr, _ b: Expr, _ e: Expr) throws(Stop) -> Value? {
        let minus = op == .subtract
        switch (x, y) {
        case (.dateTime(let t), .duration), (.dateTime(let t), .workTime):
            return .dateTime(try shift(t, by: y, negated: minus, e))
        case (.duration, .dateTime(let t)) where !minus, (.workTime, .dateTime(let t)) where !minus:
            return .dateTime(try shift(t, by: x, negated: false, e))
        case (.date(let d), .duration), (.date(let d), .workTime):
            return try shift(d, by: y, amountExpr: b, negated: minus, e)
        case (.duration, .date(let d)) where !minus, (.workTime, .date(let d)) where !minus:
            return try shift(d, by: x, amountExpr: a, negated: false, e)
        case (.time(let t), .duration(let d)):
            guard let m = d.nominalMinutes else { throw overflow(e) }
            let (r, o) = minus ? t.subtractingReportingOverflow(m) : t.addingReportingOverflow(m)
            guard !o, r >= 0, r < 1440 || (r == 1440 && endOfDayAllowed) else {
                throw fail(.timeOutsideDay, "this time of day falls outside the day (00:00 to 23:59)", at: e.range,
                           help: ["a time of day does not move to another day; add the time to a date-time instead: `2026-12-01 17:00 + 8h`"])
            }
            return .time(r)
        case (.dateTime(let p), .dateTime(let q)) where minus:
            return .duration(TimeArithmetic.difference(from: q, to: p, in: environment.timeZone))
        case (.date(let p), .date(let q)) where minus:
            return .duration(ElapsedTime(days: p.days(since: q)))
        default:
            return nil
        }
    }

    /// `t ± amount` for a Duration (days at the same clock time, then exact
    /// minutes) or a WorkTime (working minutes of the plan calendar).
    mutating func shift(_ t: CivilDateTime, by amount: Value, negated: Bool, _ e: Expr) throws(Stop) -> CivilDateTime {
        switch amount {
        case .duration(var d):
            if negated {
                d = ElapsedTime(days: try checked(0.subtractingReportingOverflow(d.days), e),
                                minutes: try checked(0.subtractingReportingOverflow(d.minutes), e))
            }
            do throws(TimeArithmetic.Failure) {
                return try TimeArithmetic.adding(d, to: t, in: environment.timeZone)
            } catch {
                throw calendarFailure(error, e)
            }
        case .workTime(let w):
            var m = try workMinutes(w, e)
            if negated { m = try checked(0.subtractingReportingOverflow(m), e) }
            let env = environment
            do throws(TimeArithmetic.Failure) {
                return try TimeArithmetic.adding(workingMinutes: m, to: t) { env.workingHours(on: $0) }
            } catch {
                throw calendarFailure(error, e)
            }
        default:
            throw .failed
        }
    }

    /// `d ± amount`: a Date when the amount is written in whole days, weeks or
    /// business days (see ``keepsDate(shiftedBy:)``), else a DateTime from 00:00.
    mutating func shift(_ d: CivilDate, by amount: Value, amountExpr: Expr, negated: Bool, _ e: Expr) throws(Stop) -> Value {
        guard Self.keepsDate(shiftedBy: amountExpr) else {
            return .dateTime(try shift(CivilDateTime(date: d, minute: 0), by: amount, negated: negated, e))
        }
        let days: Int, minutes: Int
        switch amount {
        case .duration(let t): (days, minutes) = (t.days, t.minutes)
        case .workTime(let w): (days, minutes) = (w.days, w.minutes)
        default: throw .failed
        }
        guard minutes == 0 else {
            throw fail(.fractionalDayShift, "a date moves by whole days, but `\(amountExpr.kind.spelling ?? "this")` has a part of a day",
                       at: amountExpr.range, help: ["round it to whole days, or start from a date-time: `2026-12-01 09:00 + 1.5d`"])
        }
        let n = try checked(negated ? 0.subtractingReportingOverflow(days) : (days, false), e)
        do throws(TimeArithmetic.Failure) {
            if case .workTime = amount {
                let env = environment
                return .date(try TimeArithmetic.adding(workingDays: n, to: d) { env.isWorkingDay($0) })
            }
            guard let r = d.adding(days: n), r.isWritable else { throw .outOfRange }
            return .date(r)
        } catch {
            throw calendarFailure(error, e)
        }
    }

    mutating func calendarFailure(_ failure: TimeArithmetic.Failure, _ e: Expr) -> Stop {
        switch failure {
        case .outOfRange:
            return fail(.dateOutOfRange, "the result falls outside the dates a plan can hold (0001-01-01 to 9999-12-31)", at: e.range)
        case .noWorkingTime:
            return fail(.noWorkingTime, "the plan calendar has no working time to count business days and hours on",
                        at: e.range, help: ["check the calendar's `weekdays`, `hours` and `holidays`"])
        }
    }
}

extension ExprKind {
    /// A time literal as written (`1.5d`, `1bd 2bh`), for messages.
    var spelling: String? {
        guard case .quantity(let parts) = self else { return nil }
        return parts.map { $0.amount + $0.unit.rawValue }.joined(separator: " ")
    }
}
