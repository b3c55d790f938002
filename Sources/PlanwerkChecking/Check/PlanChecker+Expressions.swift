import PlanwerkSyntax

/// Names and types inside expressions.
extension PlanChecker {
    func lookupSymbol(_ name: String) -> Symbol? { spaces[namespaceModule.index].lookup(name) }

    // MARK: - Expectations

    /// Infers `e` and reports when it does not fit `type`.
    mutating func expect(_ e: Expr, _ type: PlanType, _ context: @autoclosure () -> String, help: @autoclosure () -> [String] = []) {
        let t = infer(e, kinds: Self.kinds(for: type))
        if !t.conforms(to: type) { mismatch(e, expected: type.withArticle, found: t, context: context(), help: help() + Self.unitHint(e, expected: type, found: t)) }
    }

    /// A likely fix when a literal lacks its unit: `8000` for Money, `3` for Percent.
    static func unitHint(_ e: Expr, expected: PlanType, found: PlanType) -> [String] {
        guard case .int(let n) = e.kind else {
            if case .decimal(let n) = e.kind, expected == .money { return ["add the currency: `\(n) EUR`"] }
            return []
        }
        switch expected {
        case .money: return ["add the currency: `\(n) EUR`"]
        case .percent: return ["write a percentage: `\(n)%`"]
        case .workTime: return ["add a unit: `\(n)bd` (working days) or `\(n)bh` (working hours)"]
        case .duration: return ["add a unit: `\(n)d`, `\(n)h` or `\(n)min`"]
        default: return []
        }
    }

    /// A value of `type`, or a list of them (`assign [a, b]`, `to ceo`).
    mutating func expectOneOrMany(_ e: Expr, _ type: PlanType, _ context: @autoclosure () -> String) {
        let t = infer(e, kinds: Self.kinds(for: type))
        if !(t.conforms(to: type) || t.conformsToList(of: type)) {
            mismatch(e, expected: "\(type.withArticle) or a list of them", found: t, context: context())
        }
    }

    mutating func mismatch(_ e: Expr, expected: String, found: PlanType, context: String, help: [String] = []) {
        guard found != .error else { return }
        let text = graph[module].plan.source.text(e.range)
        let shown = text.count > 40 ? String(text.prefix(40)) + "…" : text
        diagnostics.append(Diagnostic(.typeMismatch, .error, "\(context) expects \(expected), but `\(shown)` is \(found.withArticle)",
                                      at: span(e.range), label: "this is \(found.withArticle)", help: help))
    }

    /// The symbol kinds whose names fit a type, for "did you mean".
    static func kinds(for type: PlanType) -> Set<SymbolKind>? {
        switch type {
        case .team: return KindSets.team
        case .person: return KindSets.person
        case .party: return KindSets.party
        case .channel: return KindSets.channel
        case .calendar: return KindSets.calendar
        case .kpi: return KindSets.kpi
        case .campaign: return KindSets.campaign
        case .report: return KindSets.report
        case .approval: return KindSets.approval
        case .list(let t): return kinds(for: t)
        default: return nil
        }
    }

    // MARK: - Inference

    mutating func infer(_ e: Expr, kinds: Set<SymbolKind>? = nil) -> PlanType {
        switch e.kind {
        case .name(let n): return inferName(Name(n, e.range), kinds)
        case .plan: return .plan
        case .bool: return .bool
        case .int: return .int
        case .decimal: return .number
        case .percent: return .percent
        case .money: return .money
        case .text(let parts):
            for case .interpolation(let x) in parts { _ = infer(x) }
            return .text
        case .date: return .date
        case .time: return .time
        case .dateTime: return .dateTime
        case .quantity(let parts):
            let work = parts.workingTimeCount
            if work > 0 && work < parts.count {
                diagnostics.append(Diagnostic(.operatorMismatch, .error, "working time and elapsed time cannot be mixed in one value",
                                              at: span(e.range), help: ["use `bd` and `bh` together, or `w`, `d`, `h` and `min` together"]))
                return .error
            }
            return work > 0 ? .workTime : .duration
        case .weekday: return .weekday
        case .list(let items): return inferList(items, e, kinds)
        case .range(let a, let b):
            let ta = infer(a), tb = infer(b)
            if let r = OperatorRules.range(ta, tb) { return r }
            operatorError("make a range of", ta, tb, e)
            return .error
        case .unary(.negate, let x):
            let t = infer(x)
            if let r = OperatorRules.negate(t) { return r }
            diagnostics.append(Diagnostic(.operatorMismatch, .error, "\(t.withArticle) cannot be negative", at: span(e.range)))
            return .error
        case .unary(.not, let x):
            expect(x, .bool, "`not`")
            return .bool
        case .binary(let op, let a, let b): return inferBinary(op, a, b, e)
        case .conditional(let c, let a, let b):
            expect(c, .bool, "`if`")
            let ta = infer(a, kinds: kinds), tb = infer(b, kinds: kinds)
            if let j = PlanType.join(ta, tb) { return j }
            diagnostics.append(Diagnostic(.typeMismatch, .error, "the two branches of `if` give a \(ta) and a \(tb)",
                                          at: span(e.range), help: ["both branches must give the same kind of value"]))
            return .error
        case .member(let base, let name): return inferMember(base, name, kinds)
        case .call(let callee, let args): return inferCall(callee, args, e, kinds)
        case .index(let base, let n):
            _ = infer(base)
            _ = infer(n)
            diagnostics.append(Diagnostic(.misplacedOccurrence, .error, "`[n]` names an occurrence only where a task is expected",
                                          at: span(e.range), help: ["use it in `after` or in a `status` line: `status winter.series[2] done …`"]))
            return .error
        case .lambda:
            diagnostics.append(Diagnostic(.misplacedLambda, .error, "a function `x => …` only goes inside `all`, `any`, `filter`, `map`, `sum`, `min` or `max`",
                                          at: span(e.range)))
            return .error
        case .paren(let x): return infer(x, kinds: kinds)
        case .error: return .error
        }
    }

    mutating func inferList(_ items: [Expr], _ e: Expr, _ kinds: Set<SymbolKind>?) -> PlanType {
        var element: PlanType? = nil
        for item in items {
            let t = infer(item, kinds: kinds)
            guard let current = element else { element = t; continue }
            guard let j = PlanType.join(current, t) else {
                diagnostics.append(Diagnostic(.typeMismatch, .error, "a list holds one kind of value, but this one mixes \(current) and \(t)",
                                              at: span(item.range)))
                return .error
            }
            element = j
        }
        return .list(element ?? .error)
    }

    mutating func inferBinary(_ op: BinaryOperator, _ a: Expr, _ b: Expr, _ e: Expr) -> PlanType {
        let ta = infer(a), tb = infer(b)
        // The amount of a Date shift may stand on either side (`day + 3d`, `3d + day`).
        let amount = ta == .date ? b : a
        let shift: OperatorRules.DateShift = Evaluator.keepsDate(shiftedBy: amount) ? .days : .clock
        if let r = OperatorRules.binary(op, ta, tb, shift: shift) { return r }
        let verb: String
        switch op {
        case .add: verb = "add"
        case .subtract: verb = "subtract"
        case .multiply: verb = "multiply"
        case .divide: verb = "divide"
        case .and, .or: verb = "combine with `\(op.rawValue)`"
        default: verb = "compare"
        }
        operatorError(verb, ta, tb, e)
        return .error
    }

    mutating func operatorError(_ verb: String, _ a: PlanType, _ b: PlanType, _ e: Expr) {
        var help: [String] = []
        if a == .date && b == .date { help.append("two dates cannot be added; add a duration such as `3d` or `2bd`") }
        if (a == .money) != (b == .money), a == .money || b == .money { help.append("money mixes with money, and scales by a number or a percentage: `budget * 2`, `budget * 10%`") }
        if verb == "compare", (a == .percent) != (b == .percent), (a == .percent && b.isOrdered) || (b == .percent && a.isOrdered) {
            help.append("a percentage compares only with a percentage: write `3%`")
        }
        diagnostics.append(Diagnostic(.operatorMismatch, .error, "I cannot \(verb) \(a.withArticle) and \(b.withArticle)", at: span(e.range),
                                      label: "\(a) and \(b)", help: help))
    }
}

/// The sets of symbol kinds a place accepts, made once (building a `Set` at every inference showed in profiles).
enum KindSets {
    static let team: Set<SymbolKind> = [.team]
    static let person: Set<SymbolKind> = [.person]
    static let party: Set<SymbolKind> = [.person, .team]
    static let channel: Set<SymbolKind> = [.channel]
    static let calendar: Set<SymbolKind> = [.calendar]
    static let kpi: Set<SymbolKind> = [.kpi]
    static let campaign: Set<SymbolKind> = [.campaign]
    static let report: Set<SymbolKind> = [.report]
    static let approval: Set<SymbolKind> = [.approval]
    static let campaignOrReport: Set<SymbolKind> = [.campaign, .report]
}
