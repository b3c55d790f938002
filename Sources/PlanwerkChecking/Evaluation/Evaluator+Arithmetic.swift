import Foundation
import PlanwerkSyntax

/// `+ - * /` and unary `-` on numbers, percentages, money and amounts of time
/// (LANGUAGE.md §3 unit rules); dates and times are in `Evaluator+Calendar`.
extension Evaluator {
    mutating func arithmetic(_ op: BinaryOperator, _ x: Value, _ y: Value, _ a: Expr, _ b: Expr, _ e: Expr) throws(Stop) -> Value {
        switch op {
        case .add, .subtract: return try additive(op, x, y, a, b, e)
        case .multiply: return try multiply(x, y, e)
        default: return try divide(x, y, b, e)
        }
    }

    /// An Int or a Number as a decimal (an Int widens to a Number).
    static func numeric(_ v: Value) -> Decimal? {
        switch v {
        case .int(let n): return Decimal(n)
        case .number(let d): return d
        default: return nil
        }
    }

    /// A decimal result, or an overflow error.
    mutating func checked(_ d: Decimal, _ e: Expr) throws(Stop) -> Decimal {
        guard DecimalMath.fits(d) else { throw overflow(e) }
        return d
    }

    /// An Int result of a `…ReportingOverflow` operation, or an overflow error.
    mutating func checked(_ r: (partialValue: Int, overflow: Bool), _ e: Expr) throws(Stop) -> Int {
        guard !r.overflow else { throw overflow(e) }
        return r.partialValue
    }

    mutating func additive(_ op: BinaryOperator, _ x: Value, _ y: Value, _ a: Expr, _ b: Expr, _ e: Expr) throws(Stop) -> Value {
        let minus = op == .subtract
        switch (x, y) {
        case (.int(let p), .int(let q)):
            return .int(try checked(minus ? p.subtractingReportingOverflow(q) : p.addingReportingOverflow(q), e))
        case (.money(let p), .money(let q)):
            return .money(try checked(DecimalMath.cents(minus ? p - q : p + q), e))
        case (.percent(let p), .percent(let q)):
            return .percent(try checked(minus ? p - q : p + q, e))
        case (.duration(let p), .duration(let q)):
            let days = try checked(minus ? p.days.subtractingReportingOverflow(q.days) : p.days.addingReportingOverflow(q.days), e)
            let minutes = try checked(minus ? p.minutes.subtractingReportingOverflow(q.minutes) : p.minutes.addingReportingOverflow(q.minutes), e)
            return .duration(ElapsedTime(days: days, minutes: minutes))
        case (.workTime(let p), .workTime(let q)):
            let (m, n) = (try workMinutes(p, e), try workMinutes(q, e))
            return .workTime(try workTime(minus ? m.subtractingReportingOverflow(n) : m.addingReportingOverflow(n), e))
        default:
            if let p = Self.numeric(x), let q = Self.numeric(y) { return .number(try checked(minus ? p - q : p + q, e)) }
            if let v = try calendar(op, x, y, a, b, e) { return v }
            throw mismatch(minus ? "subtract" : "add", x, y, at: e.range)
        }
    }

    mutating func multiply(_ x: Value, _ y: Value, _ e: Expr) throws(Stop) -> Value {
        if case .int(let p) = x, case .int(let q) = y { return .int(try checked(p.multipliedReportingOverflow(by: q), e)) }
        if let p = Self.numeric(x), let q = Self.numeric(y) { return .number(try checked(p * q, e)) }
        if let v = try scaled(x, y, e, dividing: false) { return v }
        if let v = try scaled(y, x, e, dividing: false) { return v }
        switch (x, y) {
        case (.percent(let p), .percent(let q)): return .percent(try checked(p * q / 100, e))
        case (.money(let m), .percent(let p)), (.percent(let p), .money(let m)):
            return .money(try checked(DecimalMath.cents(m * p / 100), e))
        default: throw mismatch("multiply", x, y, at: e.range)
        }
    }

    mutating func divide(_ x: Value, _ y: Value, _ b: Expr, _ e: Expr) throws(Stop) -> Value {
        if isZero(y) {
            throw fail(.divisionByZero, "I cannot divide by zero: what stands here comes to `\(y.display(currency: environment.currency))`", at: b.range)
        }
        // `/` on two Ints gives a Number, exact as a decimal: `7 / 2` is `3.5`.
        if let p = Self.numeric(x), let q = Self.numeric(y) { return .number(try checked(p / q, e)) }
        if let v = try scaled(x, y, e, dividing: true) { return v }
        switch (x, y) {
        case (.money(let p), .money(let q)): return .number(try checked(p / q, e))
        case (.percent(let p), .percent(let q)): return .number(try checked(p / q, e))
        case (.duration(let p), .duration(let q)):
            guard let m = p.nominalMinutes, let n = q.nominalMinutes else { throw overflow(e) }
            return .number(try checked(Decimal(m) / Decimal(n), e))
        case (.workTime(let p), .workTime(let q)):
            return .number(try checked(Decimal(try workMinutes(p, e)) / Decimal(try workMinutes(q, e)), e))
        default: throw mismatch("divide", x, y, at: e.range)
        }
    }

    func isZero(_ v: Value) -> Bool {
        switch v {
        case .int(let n): return n == 0
        case .number(let d), .percent(let d), .money(let d): return d.isZero
        case .duration(let t): return t.nominalMinutes == 0
        case .workTime(let w): return w.totalMinutes(dayLength: environment.businessDayMinutes) == 0
        default: return false
        }
    }

    /// Money, a percentage or an amount of time times (or divided by) a
    /// plain number; nil when `x` is not one of them or `k` is not a number.
    /// Money is rounded half-even to cents, time rounded up to the minute.
    mutating func scaled(_ x: Value, _ k: Value, _ e: Expr, dividing: Bool) throws(Stop) -> Value? {
        guard let factor = Self.numeric(k) else { return nil }
        func apply(_ d: Decimal) -> Decimal { dividing ? d / factor : d * factor }
        switch x {
        case .money(let m): return .money(try checked(DecimalMath.cents(apply(m)), e))
        case .percent(let p): return .percent(try checked(apply(p), e))
        case .duration(let t):
            // Whole days stay days; a fraction of a day becomes minutes (`1d * 1.5` is `1d 12h`).
            let days = try checked(apply(Decimal(t.days)), e)
            let whole = DecimalMath.rounded(days, scale: 0, days < 0 ? .up : .down)
            let minutes = try checked(apply(Decimal(t.minutes)) + (days - whole) * 1440, e)
            guard let d = DecimalMath.int(whole), let m = DecimalMath.intAwayFromZero(minutes) else { throw overflow(e) }
            return .duration(ElapsedTime(days: d, minutes: m))
        case .workTime(let w):
            let total = try checked(apply(Decimal(try workMinutes(w, e))), e)
            guard let m = DecimalMath.intAwayFromZero(total) else { throw overflow(e) }
            return .workTime(try workTime((m, false), e))
        default: return nil
        }
    }

    /// A work time in working minutes of the plan calendar.
    mutating func workMinutes(_ w: WorkTime, _ e: Expr) throws(Stop) -> Int {
        guard let m = w.totalMinutes(dayLength: environment.businessDayMinutes) else { throw overflow(e) }
        return m
    }

    /// A normalised work time of a minute count from a `…ReportingOverflow` operation.
    mutating func workTime(_ r: (partialValue: Int, overflow: Bool), _ e: Expr) throws(Stop) -> WorkTime {
        WorkTime(totalMinutes: try checked(r, e), dayLength: environment.businessDayMinutes)
    }

    mutating func negate(_ v: Value, _ e: Expr) throws(Stop) -> Value {
        switch v {
        case .int(let n): return .int(try checked(0.subtractingReportingOverflow(n), e))
        case .number(let d): return .number(-d)
        case .percent(let d): return .percent(-d)
        case .money(let d): return .money(-d)
        case .duration(let t):
            return .duration(ElapsedTime(days: try checked(0.subtractingReportingOverflow(t.days), e),
                                         minutes: try checked(0.subtractingReportingOverflow(t.minutes), e)))
        case .workTime(let w):
            return .workTime(WorkTime(days: try checked(0.subtractingReportingOverflow(w.days), e),
                                      minutes: try checked(0.subtractingReportingOverflow(w.minutes), e)))
        default:
            throw fail(.cannotEvaluate, "\(v.type.withArticle) cannot be negative", at: e.range)
        }
    }
}
