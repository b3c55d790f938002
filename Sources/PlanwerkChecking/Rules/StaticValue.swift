import Foundation
import PlanwerkSyntax

/// A value the rules stage knows without scheduling: a literal, a `let`, a
/// template or flow argument, a declared entity. Only what the domain checks
/// need (team sizes, channel limits, post texts, dates of settings and
/// series, `if` conditions of approval flows); anything else is unknown,
/// and a check that needs an unknown value is skipped rather than guessed.
indirect enum StaticValue: Hashable {
    case int(Int)
    case number(Decimal)
    /// The number written before `%`.
    case percent(Decimal)
    /// An amount in the plan's currency.
    case money(Decimal)
    case text(String)
    case bool(Bool)
    case date(DateLiteral)
    case time(TimeLiteral)
    case dateTime(DateLiteral, TimeLiteral)
    case weekday(Weekday)
    case list([StaticValue])
    case range(StaticValue, StaticValue)
    /// A declared person, team, channel, calendar, KPI, approval flow, campaign or report.
    case entity(Symbol)

    /// How the value reads inside a text (`"Go-Live {product}"`), as the
    /// ``Evaluator`` shows it (``Value/interpolated(currency:)``), or nil
    /// for entities and lists, whose text the rules stage does not rely on:
    /// then the whole text is unknown.
    func interpolated(currency: String) -> String? {
        let shown: Value
        switch self {
        case .text(let s): return s
        case .int(let n): shown = .int(n)
        case .number(let d): shown = .number(d)
        case .percent(let d): shown = .percent(d)
        case .money(let d): shown = .money(d)
        case .bool(let b): shown = .bool(b)
        case .date(let d):
            guard let c = CivilDate(d) else { return nil }
            shown = .date(c)
        case .time(let t): shown = .time(t.minutes)
        case .dateTime(let d, let t):
            guard let c = CivilDateTime(d, t) else { return nil }
            shown = .dateTime(c)
        case .weekday(let w): shown = .weekday(w)
        case .list, .range, .entity: return nil
        }
        return shown.interpolated(currency: currency)
    }

    /// The entity, if the value is one of the given kind.
    func entity(_ kind: SymbolKind) -> Symbol? {
        if case .entity(let s) = self, s.kind == kind { return s }
        return nil
    }

    /// One entity or a list of them (`assign [max, lena]`, `to ceo`); nil if any element is unknown or of another kind.
    func entities(_ kinds: Set<SymbolKind>) -> [Symbol]? {
        switch self {
        case .entity(let s): return kinds.contains(s.kind) ? [s] : nil
        case .list(let items):
            var out: [Symbol] = []
            for item in items {
                guard case .entity(let s) = item, kinds.contains(s.kind) else { return nil }
                out.append(s)
            }
            return out
        default: return nil
        }
    }

    /// A date, or the first day of a date range.
    var date: DateLiteral? {
        if case .date(let d) = self { return d }
        return nil
    }

    /// `a..b` of dates, or one date as a one-day range (LANGUAGE.md §10).
    var dateRange: (DateLiteral, DateLiteral)? {
        switch self {
        case .date(let d): return (d, d)
        case .range(.date(let a), .date(let b)): return (a, b)
        default: return nil
        }
    }

    /// Orders two values of one kind (Int and Number mix; a DateTime and a
    /// Date compare by calendar day); nil when they do not compare.
    static func order(_ a: StaticValue, _ b: StaticValue) -> ComparisonResult? {
        func cmp<T: Comparable>(_ x: T, _ y: T) -> ComparisonResult { x < y ? .orderedAscending : x > y ? .orderedDescending : .orderedSame }
        switch (a, b) {
        case (.int(let x), .int(let y)): return cmp(x, y)
        case (.int(let x), .number(let y)): return cmp(Decimal(x), y)
        case (.number(let x), .int(let y)): return cmp(x, Decimal(y))
        case (.number(let x), .number(let y)), (.percent(let x), .percent(let y)), (.money(let x), .money(let y)): return cmp(x, y)
        case (.date(let x), .date(let y)): return cmp(x, y)
        case (.time(let x), .time(let y)): return cmp(x, y)
        case (.dateTime(let d1, let t1), .dateTime(let d2, let t2)): return d1 == d2 ? cmp(t1, t2) : cmp(d1, d2)
        case (.dateTime(let d1, _), .date(let d2)), (.date(let d1), .dateTime(let d2, _)): return cmp(d1, d2)
        case (.weekday(let x), .weekday(let y)): return cmp(x, y)
        default: return nil
        }
    }
}
