import Foundation
import PlanwerkSyntax

/// Comparisons (LANGUAGE.md §3): values of one kind, an Int with a Number,
/// and a DateTime with a Date by its calendar day, so that
/// `x.end <= 2027-02-15` holds for any time that day.
extension Evaluator {
    mutating func compare(_ op: BinaryOperator, _ x: Value, _ y: Value, _ e: Expr) throws(Stop) -> Bool {
        if op == .equal || op == .notEqual {
            return try equal(x, y, e) == (op == .equal)
        }
        guard let c = try order(x, y, e) else { throw mismatch("compare", x, y, at: e.range) }
        switch op {
        case .less: return c < 0
        case .lessEqual: return c <= 0
        case .greater: return c > 0
        default: return c >= 0
        }
    }

    /// Whether two values are equal: ordered kinds by their order, lists and
    /// ranges element by element, entities by identity.
    mutating func equal(_ x: Value, _ y: Value, _ e: Expr) throws(Stop) -> Bool {
        if let c = try order(x, y, e) { return c == 0 }
        switch (x, y) {
        case (.bool(let p), .bool(let q)): return p == q
        case (.entity(let p), .entity(let q)): return p.isSame(as: q)
        case (.list(let p), .list(let q)):
            guard p.count == q.count else { return false }
            for (u, v) in zip(p, q) where !(try equal(u, v, e)) { return false }
            return true
        case (.range(let a, let b), .range(let c, let d)):
            let low = try equal(a, c, e), high = try equal(b, d, e)
            return low && high
        default: throw mismatch("compare", x, y, at: e.range)
        }
    }

    /// -1, 0 or 1 for two values of an ordered kind, nil for kinds without an order between them.
    mutating func order(_ x: Value, _ y: Value, _ e: Expr) throws(Stop) -> Int? {
        func sign<T: Comparable>(_ p: T, _ q: T) -> Int { p < q ? -1 : p == q ? 0 : 1 }
        switch (x, y) {
        case (.int(let p), .int(let q)): return sign(p, q)
        case (.percent(let p), .percent(let q)), (.money(let p), .money(let q)): return sign(p, q)
        case (.date(let p), .date(let q)): return sign(p, q)
        case (.time(let p), .time(let q)): return sign(p, q)
        case (.dateTime(let p), .dateTime(let q)): return sign(p, q)
        // A DateTime and a Date compare by the DateTime's calendar day in the plan's zone.
        case (.dateTime(let p), .date(let q)): return sign(p.date, q)
        case (.date(let p), .dateTime(let q)): return sign(p, q.date)
        case (.duration(let p), .duration(let q)):
            // A day counts as 24 hours here: `1d == 24h`, `1d 2h > 25h`.
            guard let m = p.nominalMinutes, let n = q.nominalMinutes else { throw overflow(e) }
            return sign(m, n)
        case (.workTime(let p), .workTime(let q)): return sign(try workMinutes(p, e), try workMinutes(q, e))
        case (.weekday(let p), .weekday(let q)): return sign(p, q)
        case (.text(let p), .text(let q)):
            // By Unicode scalars, the same on every platform.
            if p.unicodeScalars.elementsEqual(q.unicodeScalars) { return 0 }
            return p.unicodeScalars.lexicographicallyPrecedes(q.unicodeScalars) ? -1 : 1
        default:
            if let p = Self.numeric(x), let q = Self.numeric(y) { return sign(p, q) }
            return nil
        }
    }
}
