import PlanwerkSyntax

/// The unit rules of LANGUAGE.md §3 for operators, as a pure table: the
/// result type of an operation, or nil when the operand types do not mix.
public enum OperatorRules {
    /// How a time literal on the right of `Date ±` behaves: days, weeks and
    /// business days keep a Date; hours, minutes and business hours make a DateTime.
    public enum DateShift { case days, clock }

    /// The result of `lhs op rhs`; `shift` says what a Date-shifting right operand counts in.
    public static func binary(_ op: BinaryOperator, _ lhs: PlanType, _ rhs: PlanType, shift: DateShift = .clock) -> PlanType? {
        if lhs == .error || rhs == .error { return .error }
        switch op {
        case .and, .or:
            return lhs == .bool && rhs == .bool ? .bool : nil
        case .equal, .notEqual:
            return comparable(lhs, rhs) ? .bool : nil
        case .less, .lessEqual, .greater, .greaterEqual:
            return comparable(lhs, rhs) && lhs.isOrdered && rhs.isOrdered ? .bool : nil
        case .add, .subtract:
            return additive(op, lhs, rhs, shift: shift)
        case .multiply:
            return multiplicative(lhs, rhs) ?? multiplicative(rhs, lhs)
        case .divide:
            return division(lhs, rhs)
        }
    }

    /// Whether two values can be compared: same type (Int widening to Number,
    /// subtypes of Task alike), or a DateTime with a Date (by calendar day).
    public static func comparable(_ a: PlanType, _ b: PlanType) -> Bool {
        if a == .error || b == .error { return true }
        if PlanType.join(a, b) != nil { return true }
        return (a == .dateTime && b == .date) || (a == .date && b == .dateTime)
    }

    static func numeric(_ t: PlanType) -> Bool { t == .int || t == .number }

    static func additive(_ op: BinaryOperator, _ a: PlanType, _ b: PlanType, shift: DateShift) -> PlanType? {
        switch (a, b) {
        case (.int, .int): return .int
        case _ where numeric(a) && numeric(b): return .number
        case (.money, .money): return .money
        case (.percent, .percent): return .percent
        case (.duration, .duration): return .duration
        case (.workTime, .workTime): return .workTime
        case (.dateTime, .duration), (.dateTime, .workTime): return .dateTime
        case (.date, .duration), (.date, .workTime): return shift == .days ? .date : .dateTime
        case (.time, .duration) where op == .add || op == .subtract: return .time
        case (.dateTime, .dateTime) where op == .subtract: return .duration
        case (.date, .date) where op == .subtract: return .duration
        case (.duration, .dateTime) where op == .add, (.workTime, .dateTime) where op == .add: return .dateTime
        case (.duration, .date) where op == .add, (.workTime, .date) where op == .add: return shift == .days ? .date : .dateTime
        default: return nil
        }
    }

    static func multiplicative(_ a: PlanType, _ b: PlanType) -> PlanType? {
        switch (a, b) {
        case (.int, .int): return .int
        case _ where numeric(a) && numeric(b): return .number
        case (.money, _) where numeric(b) || b == .percent: return .money
        case (.percent, _) where numeric(b): return .percent
        case (.percent, .percent): return .percent
        case (.duration, _) where numeric(b): return .duration
        case (.workTime, _) where numeric(b): return .workTime
        default: return nil
        }
    }

    static func division(_ a: PlanType, _ b: PlanType) -> PlanType? {
        switch (a, b) {
        case _ where numeric(a) && numeric(b): return .number
        case (.money, _) where numeric(b): return .money
        case (.money, .money): return .number
        case (.percent, _) where numeric(b): return .percent
        case (.percent, .percent): return .number
        case (.duration, _) where numeric(b): return .duration
        case (.duration, .duration): return .number
        case (.workTime, _) where numeric(b): return .workTime
        case (.workTime, .workTime): return .number
        default: return nil
        }
    }

    /// `-x`.
    public static func negate(_ t: PlanType) -> PlanType? {
        switch t {
        case .int, .number, .money, .percent, .duration, .workTime, .error: return t
        default: return nil
        }
    }

    /// `a..b`: bounds of one ordered kind.
    public static func range(_ a: PlanType, _ b: PlanType) -> PlanType? {
        if a == .error || b == .error { return .range(a == .error ? b : a) }
        guard let t = PlanType.join(a, b) else { return nil }
        switch t {
        case .int, .date, .time, .dateTime, .weekday, .number: return .range(t)
        default: return nil
        }
    }
}
