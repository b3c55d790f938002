import Foundation
import PlanwerkSyntax

/// What evaluating an expression gave: a value, "not known yet", or a
/// failure, with the diagnostics found on the way. Evaluation never traps
/// and never throws to its caller.
public struct Evaluation: Sendable, Hashable {
    /// The three ways an evaluation ends.
    public enum Outcome: Sendable, Hashable {
        case value(Value)
        /// The value depends on something known only later, such as
        /// `x.start` before scheduling: not an error, the caller says "known
        /// only after scheduling".
        case unknown
        /// The expression has an error: one reported in ``Evaluation/diagnostics``,
        /// or one an earlier stage reported (a syntax error inside it).
        case failed
    }

    public var outcome: Outcome
    public var diagnostics: [Diagnostic]

    public init(outcome: Outcome, diagnostics: [Diagnostic]) { self.outcome = outcome; self.diagnostics = diagnostics }

    /// The value, if the evaluation gave one.
    public var value: Value? {
        if case .value(let v) = outcome { return v }
        return nil
    }

    /// Whether the value is known only later.
    public var isUnknown: Bool { outcome == .unknown }
}

/// A small interpreter over checked expressions: computes everything known
/// when a plan is checked (LANGUAGE.md §3), so that the REPL can show values
/// and checks can use them (`N of TEAM`, a post's text against its channel's
/// limit, `if` in approval flows).
///
/// Semantics, in short (docs/values.md has them all): Int arithmetic is
/// exact and reports overflow, `/` always gives a Number; an Int widens to a
/// Number; money is rounded half-even to cents after every operation; unit
/// types mix only as the unit rules allow; Date, Time and DateTime are
/// wall-clock values in the plan's zone, elapsed time crosses daylight-saving
/// changes exactly, working time follows the plan calendar. Errors become
/// diagnostics (P0320–P0330); names and members the environment does not
/// know yet make the result ``Evaluation/Outcome/unknown``.
public struct Evaluator {
    public let environment: any EvaluationEnvironment
    /// The path diagnostics point into.
    public let file: String

    var diagnostics: [Diagnostic] = []
    /// Lambda parameters in scope.
    var locals: [String: Value] = [:]
    /// Set while evaluating the end of a range, where `24:00` is allowed.
    var endOfDayAllowed = false

    /// Why evaluation of a subexpression stopped; the diagnostics are already recorded.
    enum Stop: Error { case unknown, failed }

    public init(environment: any EvaluationEnvironment, file: String) {
        self.environment = environment
        self.file = file
    }

    /// Evaluates one expression.
    /// Consuming: an evaluator made for one expression (most callers) is
    /// used up rather than copied.
    public consuming func evaluate(_ expr: Expr) -> Evaluation {
        evaluateInPlace(expr)
    }

    /// Evaluates one expression with this evaluator itself, without the copy
    /// that ``evaluate(_:)`` makes: for a caller that evaluates many
    /// expressions in one environment (the items of a campaign), where the
    /// copies showed in profiles. The diagnostics and lambda parameters of an
    /// earlier evaluation do not carry over.
    public mutating func evaluateInPlace(_ expr: Expr) -> Evaluation {
        diagnostics = []
        locals = [:]
        do throws(Stop) {
            let v = try eval(expr)
            return Evaluation(outcome: .value(v), diagnostics: diagnostics)
        } catch {
            return Evaluation(outcome: error == .unknown ? .unknown : .failed, diagnostics: diagnostics)
        }
    }

    /// Evaluates a parsed source text: the expression and the file it came from (the REPL's input, tests).
    public static func evaluate(_ source: String, in environment: any EvaluationEnvironment, path: String = "input") -> Evaluation {
        let (expr, syntax) = Parser.parseExpression(SourceFile(path: path, text: source))
        let result = Evaluator(environment: environment, file: path).evaluate(expr)
        if syntax.isEmpty { return result }
        return Evaluation(outcome: .failed, diagnostics: syntax + result.diagnostics)
    }

    // MARK: - Diagnostics

    /// Records an error and returns the stop to throw.
    mutating func fail(_ code: DiagnosticCode, _ message: String, at range: SourceRange, help: [String] = []) -> Stop {
        diagnostics.append(Diagnostic(code, .error, message, at: SourceSpan(file: file, range: range), help: help))
        return .failed
    }

    /// Values that do not mix (the checker normally reports these first).
    mutating func mismatch(_ verb: String, _ a: Value, _ b: Value, at range: SourceRange) -> Stop {
        fail(.cannotEvaluate, "I cannot \(verb) \(a.type.withArticle) and \(b.type.withArticle)", at: range)
    }

    // MARK: - Expressions

    mutating func eval(_ e: Expr) throws(Stop) -> Value {
        switch e.kind {
        case .name(let n):
            // Lambda parameters are rare: an empty table is not hashed into.
            if !locals.isEmpty, let v = locals[n] { return v }
            if let v = environment.value(ofName: n) { return v }
            throw .unknown
        case .plan: return .entity(.plan)
        case .bool(let b): return .bool(b)
        case .int, .decimal, .percent, .money, .date, .time, .dateTime, .quantity, .weekday:
            return try literal(e)
        case .text(let parts): return try text(parts)
        case .list(let items): return .list(try evalAll(items))
        case .range(let a, let b): return try range(a, b, e)
        case .unary(.not, let x): return .bool(!(try bool(x, "`not`")))
        case .unary(.negate, let x): return try negate(try eval(x), e)
        case .binary(.and, let a, let b): return try logic(a, b, stopsAt: false)
        case .binary(.or, let a, let b): return try logic(a, b, stopsAt: true)
        case .binary(let op, let a, let b):
            let (x, y) = try evalPair(a, b)
            if op.isComparison { return .bool(try compare(op, x, y, e)) }
            return try arithmetic(op, x, y, a, b, e)
        case .conditional(let c, let a, let b): return try eval(try bool(c, "`if`") ? a : b)
        case .member(let base, let name): return try member(base, name)
        case .call(let callee, let args): return try call(callee, args, e)
        case .index(let base, let n): return try occurrence(base, n, e)
        case .lambda:
            throw fail(.cannotEvaluate, "a function `x => …` only goes inside `all`, `any`, `filter`, `map`, `sum`, `min` or `max`", at: e.range)
        case .paren(let x): return try eval(x)
        case .error: throw .failed
        }
    }

    /// Evaluates every expression, so that each one's errors are reported; fails if any failed, else is unknown if any is.
    mutating func evalAll(_ exprs: [Expr]) throws(Stop) -> [Value] {
        var values: [Value] = []
        var stop: Stop? = nil
        for x in exprs {
            do throws(Stop) { values.append(try eval(x)) } catch { stop = stop == .failed ? .failed : error }
        }
        if let stop { throw stop }
        return values
    }

    mutating func evalPair(_ a: Expr, _ b: Expr) throws(Stop) -> (Value, Value) {
        let v = try evalAll([a, b])
        return (v[0], v[1])
    }

    mutating func bool(_ e: Expr, _ context: String) throws(Stop) -> Bool {
        let v = try eval(e)
        guard case .bool(let b) = v else {
            throw fail(.cannotEvaluate, "\(context) needs true or false, but this is \(v.type.withArticle)", at: e.range)
        }
        return b
    }

    /// `and` (stops at false) and `or` (stops at true), left to right. An
    /// unknown side does not matter when the other side decides alone.
    mutating func logic(_ a: Expr, _ b: Expr, stopsAt decisive: Bool) throws(Stop) -> Value {
        let word = decisive ? "`or`" : "`and`"
        var leftUnknown = false
        do throws(Stop) {
            if try bool(a, word) == decisive { return .bool(decisive) }
        } catch {
            if error == .failed {
                _ = try? bool(b, word) // report the other side's errors too
                throw .failed
            }
            leftUnknown = true
        }
        let right = try bool(b, word)
        if right == decisive { return .bool(decisive) }
        if leftUnknown { throw .unknown }
        return .bool(!decisive)
    }

    mutating func text(_ parts: [TextPart]) throws(Stop) -> Value {
        let values = try evalAll(parts.compactMap { if case .interpolation(let x) = $0 { return x } else { return nil } })
        var out = "", next = 0
        for part in parts {
            switch part {
            case .literal(let s): out += s
            case .interpolation:
                out += values[next].interpolated(currency: environment.currency)
                next += 1
            }
        }
        return .text(out)
    }

    /// `a..b` of Ints, Numbers, Dates, Times, DateTimes or Weekdays; an Int bound widens when the other is a Number.
    mutating func range(_ a: Expr, _ b: Expr, _ e: Expr) throws(Stop) -> Value {
        var stop: Stop? = nil
        var low: Value? = nil, high: Value? = nil
        do throws(Stop) { low = try eval(a) } catch { stop = error }
        let saved = endOfDayAllowed
        endOfDayAllowed = true
        do throws(Stop) { high = try eval(b) } catch { stop = stop == .failed ? .failed : error }
        endOfDayAllowed = saved
        if let stop { throw stop }
        guard let low, let high else { throw .failed }
        switch (low, high) {
        case (.int, .int), (.number, .number), (.date, .date), (.time, .time), (.dateTime, .dateTime), (.weekday, .weekday):
            return .range(low, high)
        case (.int(let n), .number): return .range(.number(Decimal(n)), high)
        case (.number, .int(let n)): return .range(low, .number(Decimal(n)))
        default: throw mismatch("make a range of", low, high, at: e.range)
        }
    }

    mutating func member(_ base: Expr, _ name: Name) throws(Stop) -> Value {
        let v = try eval(base)
        guard case .entity(let ref) = v else {
            throw fail(.cannotEvaluate, "\(v.type.withArticle) has no member `\(name.text)`", at: name.range)
        }
        if let m = environment.member(name.text, of: ref) { return m }
        throw .unknown
    }

    /// `series[n]`: the n-th occurrence of a post series or report, shown `winter.series[2]`.
    mutating func occurrence(_ base: Expr, _ index: Expr, _ e: Expr) throws(Stop) -> Value {
        let (b, i) = try evalPair(base, index)
        guard case .entity(let ref) = b, ref.kind == .post || ref.kind == .report else {
            throw fail(.cannotEvaluate, "`[n]` picks an occurrence of a post series or a report, not of \(b.type.withArticle)", at: e.range)
        }
        guard case .int(let n) = i else {
            throw fail(.cannotEvaluate, "an occurrence number is a whole number, not \(i.type.withArticle)", at: index.range)
        }
        guard n >= 1 else {
            throw fail(.invalidOccurrence, "occurrences are counted from 1, so there is no occurrence \(n)", at: index.range,
                       help: ["write `\(ref.id)[1]` for the first one"])
        }
        return .entity(EntityReference(kind: ref.kind, id: "\(ref.id)[\(n)]"))
    }
}
