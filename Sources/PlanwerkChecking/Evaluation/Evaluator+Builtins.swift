import Foundation
import PlanwerkSyntax

/// The built-in functions (LANGUAGE.md §3): `count sum min max all any
/// filter map` over lists, with a function `x => …` where one is taken, and
/// `workdays(a, b)`. Built-ins win only in call position, so a person may be
/// called `max`.
extension Evaluator {
    /// The names of the built-in functions.
    public static let builtinFunctions: Set<String> = ["count", "sum", "min", "max", "all", "any", "filter", "map", "workdays"]

    mutating func call(_ callee: Expr, _ args: [CallArgument], _ e: Expr) throws(Stop) -> Value {
        guard case .name(let f) = callee.kind, Self.builtinFunctions.contains(f) else {
            throw fail(.cannotEvaluate, "a call of a template or an approval flow makes a campaign, report or approval; it is not a value",
                       at: e.range)
        }
        if let labelled = args.first(where: { $0.label != nil }) {
            throw fail(.cannotEvaluate, "`\(f)` takes no named arguments", at: labelled.value.range)
        }
        let values = args.map(\.value)
        func usage(_ text: String) -> Stop { fail(.cannotEvaluate, "`\(f)` is called as `\(text)`", at: e.range) }
        switch f {
        case "workdays":
            guard values.count == 2 else { throw usage("workdays(FROM, TO)") }
            let (from, to) = try evalPair(values[0], values[1])
            let env = environment
            return .int(TimeArithmetic.workingDays(from: try day(from, values[0]), through: try day(to, values[1])) { env.isWorkingDay($0) })
        case "count":
            guard values.count == 1 else { throw usage("count(LIST)") }
            return .int(try list(values[0], f).count)
        case "all", "any", "filter", "map":
            guard values.count == 2 else { throw usage("\(f)(LIST, x => …)") }
            let items = try list(values[0], f)
            return f == "map" ? .list(try map(items, values[1])) : try select(f, items, values[1])
        case "sum":
            guard values.count == 1 || values.count == 2 else { throw usage("sum(LIST) or sum(LIST, x => …)") }
            var items = try list(values[0], f)
            if values.count == 2 { items = try map(items, values[1]) }
            guard var total = items.first else { return zero(of: environment.inferredType(of: e)) }
            for v in items.dropFirst() { total = try additive(.add, total, v, e, e, e) }
            return total
        default: // min, max
            var items: [Value]
            if values.count >= 2, !Self.isLambda(values[1]) {
                items = try evalAll(values)
            } else {
                guard values.count == 1 || values.count == 2 else { throw usage("\(f)(LIST), \(f)(LIST, x => …) or \(f)(a, b, …)") }
                items = try list(values[0], f)
                if values.count == 2 { items = try map(items, values[1]) }
            }
            guard var best = items.first else {
                throw fail(.emptyList, "`\(f)` of an empty list has no value", at: e.range,
                           help: ["check that the list has items first: `if count(xs) > 0 then \(f)(xs) else …`"])
            }
            for v in items.dropFirst() {
                guard let c = try order(v, best, e) else { throw mismatch("compare", v, best, at: e.range) }
                if f == "min" ? c < 0 : c > 0 { best = v }
            }
            return best
        }
    }

    static func isLambda(_ e: Expr) -> Bool {
        if case .lambda = e.kind { return true }
        return false
    }

    /// The items of a list argument.
    mutating func list(_ e: Expr, _ f: String) throws(Stop) -> [Value] {
        let v = try eval(e)
        guard case .list(let items) = v else {
            throw fail(.cannotEvaluate, "`\(f)` needs a list, but this is \(v.type.withArticle)", at: e.range)
        }
        return items
    }

    /// The calendar day of a Date or DateTime.
    mutating func day(_ v: Value, _ e: Expr) throws(Stop) -> CivilDate {
        switch v {
        case .date(let d): return d
        case .dateTime(let t): return t.date
        default: throw fail(.cannotEvaluate, "`workdays` counts from a date to a date, but this is \(v.type.withArticle)", at: e.range)
        }
    }

    /// Applies a function `x => body` to one value.
    mutating func apply(_ function: Expr, to v: Value) throws(Stop) -> Value {
        guard case .lambda(let params, let body) = function.kind, params.count == 1 else {
            throw fail(.cannotEvaluate, "a function of one parameter goes here, such as `x => x.budget`", at: function.range)
        }
        let saved = locals
        defer { locals = saved }
        locals[params[0].text] = v
        return try eval(body)
    }

    mutating func map(_ items: [Value], _ function: Expr) throws(Stop) -> [Value] {
        var out: [Value] = []
        var stop: Stop? = nil
        for v in items {
            do throws(Stop) { out.append(try apply(function, to: v)) } catch { stop = stop == .failed ? .failed : error }
        }
        if let stop { throw stop }
        return out
    }

    /// `all`, `any` and `filter`. `all` is false as soon as one item is false
    /// and `any` true as soon as one is true, even when others are not known yet.
    mutating func select(_ f: String, _ items: [Value], _ predicate: Expr) throws(Stop) -> Value {
        var kept: [Value] = []
        var unknown = false
        for v in items {
            let result: Value
            do throws(Stop) {
                result = try apply(predicate, to: v)
            } catch {
                if error == .failed { throw .failed }
                unknown = true
                continue
            }
            guard case .bool(let b) = result else {
                throw fail(.cannotEvaluate, "the function of `\(f)` must give true or false, not \(result.type.withArticle)", at: predicate.range)
            }
            if f == "all" && !b { return .bool(false) }
            if f == "any" && b { return .bool(true) }
            if b { kept.append(v) }
        }
        if unknown { throw .unknown }
        switch f {
        case "all": return .bool(true)
        case "any": return .bool(false)
        default: return .list(kept)
        }
    }

    /// The sum of no values: zero of the type the checker inferred, else the Int 0.
    func zero(of type: PlanType?) -> Value {
        switch type {
        case .number: return .number(0)
        case .percent: return .percent(0)
        case .money: return .money(0)
        case .duration: return .duration(.zero)
        case .workTime: return .workTime(.zero)
        default: return .int(0)
        }
    }
}
