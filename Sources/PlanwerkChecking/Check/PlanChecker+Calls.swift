import PlanwerkSyntax

/// Calls: built-in functions with their lambdas, template instantiations
/// and approval flows with their arguments.
extension PlanChecker {
    mutating func inferCall(_ callee: Expr, _ args: [CallArgument], _ e: Expr, _ kinds: Set<SymbolKind>?) -> PlanType {
        if case .name(let f) = callee.kind, builtinFunctions.contains(f) {
            return inferBuiltin(f, args, e)
        }
        if case .name(let f) = callee.kind, scopes.lookup(f) == nil, lookupSymbol(f) == nil {
            unknown(Name(f, callee.range), kinds: [.approval, .template], extra: builtinFunctions.sorted())
            for a in args { _ = infer(a.value) }
            return .error
        }
        let calleeText = graph[module].plan.source.text(callee.range)
        if template(callee, from: module) != nil {
            diagnostics.append(Diagnostic(.notCallable, .error, "`\(calleeText)(…)` makes a campaign, report or approval; it is not a value",
                                          at: span(e.range), help: ["write `campaign NAME = \(calleeText)(…)` or `approval \(calleeText)(…)` on a post"]))
        } else if infer(callee) != .error {
            diagnostics.append(Diagnostic(.notCallable, .error, "`\(calleeText)` cannot be called", at: span(callee.range)))
        }
        for a in args { _ = infer(a.value) }
        return .error
    }

    mutating func inferBuiltin(_ f: String, _ args: [CallArgument], _ e: Expr) -> PlanType {
        let shape = Builtins.shapes[f]!
        func wrongArguments(_ usage: String) -> PlanType {
            diagnostics.append(Diagnostic(.argumentMismatch, .error, "`\(f)` is called as `\(usage)`", at: span(e.range)))
            for a in args { _ = infer(a.value) }
            return .error
        }
        if let labelled = args.first(where: { $0.label != nil }) {
            diagnostics.append(Diagnostic(.argumentMismatch, .error, "`\(f)` takes no named arguments", at: span(labelled.value.range)))
        }
        switch shape {
        case .twoDates:
            guard args.count == 2 else { return wrongArguments("workdays(FROM, TO)") }
            expectMoment(args[0].value, "`workdays`")
            expectMoment(args[1].value, "`workdays`")
            return .int
        case .list:
            guard args.count == 1 else { return wrongArguments("\(f)(LIST)") }
            _ = listElement(args[0].value, f)
            return .int
        case .listAndPredicate, .listAndMapping:
            guard args.count == 2 else { return wrongArguments("\(f)(LIST, x => …)") }
            let element = listElement(args[0].value, f)
            let result = lambda(args[1].value, element, f)
            if shape == .listAndPredicate, result != .bool, result != .error {
                mismatch(args[1].value, expected: "a Bool", found: result, context: "the function of `\(f)`")
            }
            return Builtins.result(f, element: element, lambda: result)
        case .optionalMapping, .listOrValues:
            if shape == .listOrValues, args.count >= 2, case .lambda = args[1].value.kind {} else if shape == .listOrValues, args.count >= 2 {
                // min(a, b, …): values of one ordered type.
                var t: PlanType? = nil
                for a in args {
                    let ta = infer(a.value)
                    t = t.map { PlanType.join($0, ta) ?? .error } ?? ta
                }
                if let t, !t.isOrdered { return wrongArguments("\(f)(a, b, …) with values that can be compared") }
                return t ?? .error
            }
            guard args.count == 1 || args.count == 2 else { return wrongArguments("\(f)(LIST) or \(f)(LIST, x => …)") }
            let element = listElement(args[0].value, f)
            let value = args.count == 2 ? lambda(args[1].value, element, f) : element
            let fits = f == "sum" ? value.isSummable : value.isOrdered
            if f == "sum" { inferredTypes[ExpressionKey(module: module, range: e.range)] = value }
            if !fits && value != .error {
                diagnostics.append(Diagnostic(.argumentMismatch, .error, "`\(f)` needs values that can be \(f == "sum" ? "added up" : "compared"), not \(value)",
                                              at: span(e.range), help: f == "sum" ? ["give a function that picks a number: `sum(plan.campaigns, c => c.budget)`"] : []))
                return .error
            }
            return value
        }
    }

    /// The element type of a list argument.
    mutating func listElement(_ e: Expr, _ f: String) -> PlanType {
        let t = infer(e)
        if case .list(let element) = t { return element }
        if t != .error { mismatch(e, expected: "a list", found: t, context: "`\(f)`") }
        return .error
    }

    /// Types a lambda given its parameter's type; returns its body's type.
    mutating func lambda(_ e: Expr, _ parameter: PlanType, _ f: String) -> PlanType {
        guard case .lambda(let params, let body) = e.kind else {
            diagnostics.append(Diagnostic(.argumentMismatch, .error, "`\(f)` needs a function here, such as `x => x.budget`",
                                          at: span(e.range)))
            return .error
        }
        guard params.count == 1 else {
            diagnostics.append(Diagnostic(.argumentMismatch, .error, "the function of `\(f)` takes one parameter", at: span(e.range)))
            return .error
        }
        scopes.push([params[0].text: .lambdaParameter(params[0], parameter)])
        let t = infer(body)
        scopes.pop()
        return t
    }

    /// `campaign NAME = template(args)` or `report NAME = template(args)`.
    mutating func checkInstantiation(_ e: Expr, kind: String) {
        guard case .call(let callee, let args) = e.kind else {
            diagnostics.append(Diagnostic(.notCallable, .error, "after `=` comes a template and its arguments, as in `product_launch(\"Frühjahr\", 2027-03-15)`",
                                          at: span(e.range)))
            _ = infer(e)
            return
        }
        guard let (decl, _) = template(callee, from: module) else {
            let t = infer(callee, kinds: [.template])
            if t != .error {
                diagnostics.append(Diagnostic(.notCallable, .error, "`\(graph[module].plan.source.text(callee.range))` is not a template",
                                              at: span(callee.range)))
            }
            for a in args { _ = infer(a.value) }
            return
        }
        switch decl.kind {
        case .template(let t) where t.kind.text == kind:
            checkArguments(args, against: t.parameters, callee: "the template `\(t.name.text)`", at: e.range)
        case .report(let r) where kind == "report" && r.parameters != nil:
            checkArguments(args, against: r.parameters ?? [], callee: "the report template `\(r.name.text)`", at: e.range)
        default:
            diagnostics.append(Diagnostic(.notCallable, .error, "`\(graph[module].plan.source.text(callee.range))` does not make a \(kind)",
                                          at: span(callee.range)))
        }
    }

    /// Positional then named arguments against parameters, with defaults.
    mutating func checkArguments(_ args: [CallArgument], against params: [Parameter], callee: String, at range: SourceRange) {
        var given: [String: CallArgument] = [:]
        var positional = 0
        for (k, arg) in args.enumerated() {
            if let label = arg.label {
                guard let p = params.first(where: { $0.name.text == label.text }) else {
                    diagnostics.append(Diagnostic(.argumentMismatch, .error, "\(callee) has no parameter `\(label.text)`", at: span(label.range),
                                                  help: Suggestion.help(for: label.text, among: params.map(\.name.text))))
                    _ = infer(arg.value)
                    continue
                }
                if given[p.name.text] != nil {
                    diagnostics.append(Diagnostic(.argumentMismatch, .error, "`\(label.text)` is given twice", at: span(label.range)))
                }
                given[p.name.text] = arg
            } else {
                if args[..<k].contains(where: { $0.label != nil }) {
                    diagnostics.append(Diagnostic(.argumentMismatch, .error, "positional arguments come before named ones", at: span(arg.value.range)))
                }
                guard positional < params.count else {
                    diagnostics.append(Diagnostic(.argumentMismatch, .error, "\(callee) takes \(params.count) argument\(params.count == 1 ? "" : "s"); this one is too many",
                                                  at: span(arg.value.range)))
                    _ = infer(arg.value)
                    continue
                }
                given[params[positional].name.text] = arg
                positional += 1
            }
        }
        for p in params {
            if let arg = given[p.name.text] {
                expect(arg.value, paramType(p), "the parameter `\(p.name.text)` of \(callee)")
            } else if p.defaultValue == nil {
                diagnostics.append(Diagnostic(.argumentMismatch, .error, "\(callee) needs `\(p.name.text)` (\(paramType(p).withArticle))", at: span(range),
                                              help: ["add it: `\(p.name.text): …`"]))
            }
        }
    }
}
