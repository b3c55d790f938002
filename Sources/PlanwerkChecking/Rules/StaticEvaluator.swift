import Foundation
import PlanwerkSyntax

/// Where the rules stage evaluates an expression: whose top-level names are
/// visible, and the local names (template and flow parameters, a
/// campaign's items and `let`s) with their value, or nil when unknown.
struct StaticScope {
    /// The module whose namespace resolves names (the root for its sidecar).
    var module: ModuleID
    /// Local names shadow the module's; a nil value is a name whose value is unknown here.
    var locals: [String: StaticValue?] = [:]

    init(module: ModuleID, locals: [String: StaticValue?] = [:]) {
        self.module = module
        self.locals = locals
    }
}

/// Computes the values the domain checks need, when they are known without
/// scheduling: literals, `let`s, arguments of templates and approval flows,
/// entities and a few of their members (`dept.lead`, `t.members`,
/// `p.team`, `c.budget`, `c.owner`), arithmetic on numbers and money, and
/// comparisons. Returns nil for anything else: every rule treats nil as
/// "not known at check time" and skips its check rather than guess.
///
/// Stateless apart from a depth bound, so that `let a = b` / `let b = a`
/// (reported by the type checker) cannot loop here.
struct StaticEvaluator {
    let graph: ModuleGraph
    let spaces: [Namespace]
    /// The plan's currency, for money inside texts.
    let currency: String
    /// The team each person is declared in.
    let teamOf: [Symbol: Symbol]
    static let maxDepth = 48

    init(graph: ModuleGraph, spaces: [Namespace], currency: String = "EUR") {
        self.graph = graph
        self.spaces = spaces
        self.currency = currency
        var teamOf: [Symbol: Symbol] = [:]
        for module in graph.modules where module.id.index < spaces.count {
            for decl in module.plan.declarations {
                guard case .team(let t) = decl.kind, let team = spaces[module.id.index].own[t.name.text] else { continue }
                for case .person(let p) in (t.body?.clauses ?? []).map(\.kind) {
                    if let person = spaces[module.id.index].own[p.name.text], person.kind == .person { teamOf[person] = team }
                }
            }
        }
        self.teamOf = teamOf
    }

    /// The scope of a module's top level.
    func scope(_ module: ModuleID) -> StaticScope {
        StaticScope(module: graph.isSidecar(module) ? graph.root : module)
    }

    func declaration(of s: Symbol) -> DeclarationKind { graph[s.module].plan.declarations[s.declaration].kind }

    // MARK: - Names

    /// A top-level name seen from a module.
    func symbol(_ name: String, in module: ModuleID) -> Symbol? {
        guard module.index < spaces.count else { return nil }
        return spaces[(graph.isSidecar(module) ? graph.root : module).index].lookup(name)
    }

    /// The declaration a callee names: `flow`, `t` or `lib.t`.
    func callee(_ e: Expr, in module: ModuleID) -> Symbol? {
        switch e.kind {
        case .name(let n): return symbol(n, in: module)
        case .member(let base, let n):
            guard case .name(let alias) = base.kind, let m = symbol(alias, in: module), let target = m.target,
                  let s = spaces[target.index].own[n.text], s.isPublic else { return nil }
            return s
        case .paren(let x): return callee(x, in: module)
        default: return nil
        }
    }

    // MARK: - Values

    func value(_ e: Expr, in scope: StaticScope, depth: Int = 0) -> StaticValue? {
        guard depth < Self.maxDepth else { return nil }
        switch e.kind {
        case .name(let n):
            if let local = scope.locals[n] { return local }
            guard let s = symbol(n, in: scope.module) else { return nil }
            return value(of: s, depth: depth)
        case .bool(let b): return .bool(b)
        case .int(let s): return Int(s.replacingOccurrences(of: "_", with: "")).map { .int($0) }
        case .decimal(let s): return Decimal(string: s.replacingOccurrences(of: "_", with: "")).map { .number($0) }
        case .percent(let s): return Decimal(string: s.replacingOccurrences(of: "_", with: "")).map { .percent($0) }
        case .money(let s, _): return Decimal(string: s.replacingOccurrences(of: "_", with: "")).map { .money($0) }
        case .text(let parts):
            var out = ""
            for part in parts {
                switch part {
                case .literal(let s): out += s
                case .interpolation(let x):
                    guard let shown = value(x, in: scope, depth: depth + 1)?.interpolated(currency: currency) else { return nil }
                    out += shown
                }
            }
            return .text(out)
        case .date(let d): return .date(d)
        case .time(let t): return .time(t)
        case .dateTime(let d, let t): return .dateTime(d, t)
        case .weekday(let w): return .weekday(w)
        case .list(let items):
            var out: [StaticValue] = []
            for item in items {
                guard let v = value(item, in: scope, depth: depth + 1) else { return nil }
                out.append(v)
            }
            return .list(out)
        case .range(let a, let b):
            guard let x = value(a, in: scope, depth: depth + 1), let y = value(b, in: scope, depth: depth + 1) else { return nil }
            return .range(x, y)
        case .paren(let x): return value(x, in: scope, depth: depth + 1)
        case .conditional(let c, let a, let b):
            guard case .bool(let cond)? = value(c, in: scope, depth: depth + 1) else { return nil }
            return value(cond ? a : b, in: scope, depth: depth + 1)
        case .unary(let op, let x): return unary(op, value(x, in: scope, depth: depth + 1))
        case .binary(let op, let a, let b): return binary(op, a, b, scope, depth)
        case .member(let base, let name): return member(base, name, scope, depth)
        case .plan, .quantity, .call, .index, .lambda, .error: return nil
        }
    }

    /// The value of a top-level name: an entity, or a `let`'s value.
    func value(of s: Symbol, depth: Int) -> StaticValue? {
        switch s.kind {
        case .team, .person, .channel, .calendar, .kpi, .approval, .campaign, .report: return .entity(s)
        case .binding:
            guard case .binding(let l) = declaration(of: s) else { return nil }
            return value(l.value, in: scope(s.module), depth: depth + 1)
        case .template, .module: return nil
        }
    }

    func unary(_ op: UnaryOperator, _ v: StaticValue?) -> StaticValue? {
        switch (op, v) {
        case (.not, .bool(let b)?): return .bool(!b)
        case (.negate, .int(let n)?): return n == Int.min ? nil : .int(-n)
        case (.negate, .number(let n)?): return .number(-n)
        case (.negate, .money(let n)?): return .money(-n)
        case (.negate, .percent(let n)?): return .percent(-n)
        default: return nil
        }
    }

    func binary(_ op: BinaryOperator, _ a: Expr, _ b: Expr, _ scope: StaticScope, _ depth: Int) -> StaticValue? {
        let x = value(a, in: scope, depth: depth + 1)
        if op == .and, case .bool(false)? = x { return .bool(false) }
        if op == .or, case .bool(true)? = x { return .bool(true) }
        guard let x, let y = value(b, in: scope, depth: depth + 1) else { return nil }
        switch op {
        case .and, .or:
            guard case .bool(let p) = x, case .bool(let q) = y else { return nil }
            return .bool(op == .and ? p && q : p || q)
        case .equal, .notEqual:
            let same: Bool
            if let o = StaticValue.order(x, y) { same = o == .orderedSame } else { same = x == y }
            return .bool(op == .equal ? same : !same)
        case .less, .lessEqual, .greater, .greaterEqual:
            guard let o = StaticValue.order(x, y) else { return nil }
            switch op {
            case .less: return .bool(o == .orderedAscending)
            case .lessEqual: return .bool(o != .orderedDescending)
            case .greater: return .bool(o == .orderedDescending)
            default: return .bool(o != .orderedAscending)
            }
        case .add, .subtract, .multiply, .divide:
            return arithmetic(op, x, y)
        }
    }

    func arithmetic(_ op: BinaryOperator, _ x: StaticValue, _ y: StaticValue) -> StaticValue? {
        switch (op, x, y) {
        case (.add, .int(let p), .int(let q)): let (r, o) = p.addingReportingOverflow(q); return o ? nil : .int(r)
        case (.subtract, .int(let p), .int(let q)): let (r, o) = p.subtractingReportingOverflow(q); return o ? nil : .int(r)
        case (.multiply, .int(let p), .int(let q)): let (r, o) = p.multipliedReportingOverflow(by: q); return o ? nil : .int(r)
        case (.add, .money(let p), .money(let q)): return .money(p + q)
        case (.subtract, .money(let p), .money(let q)): return .money(p - q)
        case (.multiply, .money(let p), .int(let q)), (.multiply, .int(let q), .money(let p)): return .money(p * Decimal(q))
        case (.multiply, .money(let p), .number(let q)), (.multiply, .number(let q), .money(let p)): return .money(p * q)
        case (.multiply, .money(let p), .percent(let q)), (.multiply, .percent(let q), .money(let p)): return .money(p * q / 100)
        default: return nil
        }
    }

    // MARK: - Members

    func member(_ base: Expr, _ name: Name, _ scope: StaticScope, _ depth: Int) -> StaticValue? {
        if case .name(let head) = base.kind, scope.locals[head] == nil, let m = symbol(head, in: scope.module), m.kind == .module {
            guard let target = m.target, let s = spaces[target.index].own[name.text], s.isPublic else { return nil }
            return value(of: s, depth: depth)
        }
        guard case .entity(let s)? = value(base, in: scope, depth: depth + 1) else { return nil }
        switch (s.kind, name.text) {
        case (.team, "lead"): return clause(.lead, of: s, depth: depth)
        case (.team, "members"): return .list(members(of: s).map { .entity($0) })
        case (.person, "team"): return teamOf[s].map { .entity($0) }
        case (.person, "substitute"): return clause(.substitute, of: s, depth: depth)
        case (.channel, "limit"), (.channel, "owner"):
            return clause(ClauseKeyword(rawValue: name.text)!, of: s, depth: depth)
        case (.campaign, "budget"), (.campaign, "owner"):
            guard let (body, bodyScope) = campaignBody(s, depth: depth) else { return nil }
            return clauseValue(ClauseKeyword(rawValue: name.text)!, in: body, bodyScope, depth: depth)
        default: return nil
        }
    }

    /// The people declared inside a team, in declaration order.
    func members(of team: Symbol) -> [Symbol] {
        guard case .team(let t) = declaration(of: team) else { return [] }
        return (t.body?.clauses ?? []).compactMap { clause in
            guard case .person(let p) = clause.kind, let s = spaces[team.module.index].own[p.name.text], s.kind == .person else { return nil }
            return s
        }
    }

    /// The block of a team, person or channel declaration.
    func block(of s: Symbol) -> Block? {
        switch declaration(of: s) {
        case .team(let t):
            if s.kind == .team { return t.body }
            for case .person(let p) in (t.body?.clauses ?? []).map(\.kind) where p.name.text == s.name { return p.body }
            return nil
        case .person(let p): return p.body
        case .channel(let c): return c.body
        default: return nil
        }
    }

    /// The value of a clause (`lead`, `limit`, `substitute`…) of an entity's block.
    func clause(_ keyword: ClauseKeyword, of s: Symbol, depth: Int) -> StaticValue? {
        guard let body = block(of: s) else { return nil }
        return clauseValue(keyword, in: body, scope(s.module), depth: depth)
    }

    /// The first value of the first clause with this keyword in a block.
    func clauseValue(_ keyword: ClauseKeyword, in body: Block, _ scope: StaticScope, depth: Int) -> StaticValue? {
        for clause in body.clauses {
            if case .values(let k, let values) = clause.kind, k == keyword, values.count == 1 {
                return value(values[0], in: scope, depth: depth + 1)
            }
        }
        return nil
    }

    /// A campaign's body and the scope its clauses are read in: its own
    /// module, or for `campaign c = t(…)` the template's, with the arguments bound.
    func campaignBody(_ s: Symbol, depth: Int) -> (Block, StaticScope)? {
        guard case .campaign(let c) = declaration(of: s) else { return nil }
        if let body = c.body { return (body, scope(s.module)) }
        guard let call = c.instantiation, case .call(let calleeExpr, let args) = call.kind,
              let t = callee(calleeExpr, in: s.module), case .template(let template) = declaration(of: t) else { return nil }
        let locals = bind(args, to: template.parameters, caller: scope(s.module), parametersIn: t.module, depth: depth)
        return (template.body, StaticScope(module: t.module, locals: locals))
    }

    /// Binds call arguments (positional, then `name:`) to parameters, with
    /// defaults evaluated where the parameters are declared; unknown values are nil.
    func bind(_ args: [CallArgument], to params: [Parameter], caller: StaticScope, parametersIn module: ModuleID, depth: Int = 0) -> [String: StaticValue?] {
        var bound: [String: StaticValue?] = [:]
        var positional = 0
        for arg in args {
            if let label = arg.label {
                guard params.contains(where: { $0.name.text == label.text }) else { continue }
                bound[label.text] = .some(value(arg.value, in: caller, depth: depth + 1))
            } else if positional < params.count {
                bound[params[positional].name.text] = .some(value(arg.value, in: caller, depth: depth + 1))
                positional += 1
            }
        }
        for p in params where bound[p.name.text] == nil {
            bound[p.name.text] = .some(p.defaultValue.flatMap { value($0, in: scope(module), depth: depth + 1) })
        }
        return bound
    }

    /// Every parameter unknown: how a template or flow body is read where it is declared.
    static func unknowns(_ params: [Parameter]) -> [String: StaticValue?] {
        Dictionary(params.map { ($0.name.text, StaticValue?.none) }, uniquingKeysWith: { a, _ in a })
    }
}
