import PlanwerkSyntax

/// One `approval FLOW(…)` on a task, post, milestone or report: the flow,
/// its parameters bound to the arguments (defaults where none is given),
/// and the subject's authors (its `assign`ed people; a report's `by`).
struct ApprovalUse {
    var flow: FlowFact
    /// The flow's module with its parameters bound (nil where an argument is unknown).
    var scope: RuleEnvironment
    /// The subject's authors; nil when they are not known here (computed from a template parameter).
    var authors: [Symbol]?
    /// The `FLOW(…)` after `approval`.
    var span: SourceSpan
    /// "post `teaser`", "report `board`".
    var subject: String
    var owner: BodyInstance
}

extension PlanFacts {
    /// The flow an `approval` clause names, seen from a module.
    func flow(_ callee: Expr, in module: ModuleID) -> FlowFact? {
        guard let s = plan.callee(callee, in: module), s.kind == .approval else { return nil }
        return flows.first { $0.symbol == s }
    }

    /// Every approval of every task, post, milestone and report: of template
    /// bodies as written first, then of real campaigns and reports.
    func approvalUses() -> [ApprovalUse] {
        var uses: [ApprovalUse] = []
        for c in campaigns {
            for i in c.items.indices {
                // Only an item with an `approval` is copied out of the body.
                let clauses = c.items.clauses(of: i)
                guard clauses.contains(where: { if case .approval = $0.kind { return true } else { return false } }) else { continue }
                let item = c.items[i]
                let subject = "\(item.kind.rawValue) `\(c.itemName(item))`"
                uses += self.uses(clauses, subject: subject, authors: people(.assign, clauses, c), owner: c)
            }
        }
        for r in reports {
            uses += self.uses(r.body.clauses, subject: "report `\(r.name)`", authors: people(.by, r.body.clauses, r), owner: r)
        }
        return uses
    }

    /// The `approval` clauses among some clauses, with their flows' parameters bound.
    func uses(_ clauses: [Clause], subject: String, authors: [Symbol]?, owner: BodyInstance) -> [ApprovalUse] {
        clauses.compactMap { clause in
            guard case .approval(let e) = clause.kind else { return nil }
            let (callee, args): (Expr, [CallArgument])
            if case .call(let f, let a) = e.kind { (callee, args) = (f, a) } else { (callee, args) = (e, []) }
            guard let flow = flow(callee, in: owner.scope.module) else { return nil }
            let locals = plan.bind(args, to: flow.declaration.parameters ?? [], caller: owner.scope, parametersIn: flow.symbol.module)
            return ApprovalUse(flow: flow, scope: plan.scope(flow.symbol.module, locals: locals), authors: authors,
                               span: owner.span(e.range), subject: subject, owner: owner)
        }
    }

    /// The people of every `assign` (or `by`) clause; nil if one is unknown.
    func people(_ keyword: ClauseKeyword, _ clauses: [Clause], _ owner: BodyInstance) -> [Symbol]? {
        var result: [Symbol] = []
        for clause in clauses {
            guard case .values(let k, let values) = clause.kind, k == keyword else { continue }
            for v in values {
                guard let people = owner.scope.entities(v, [.person]) else { return nil }
                result += people
            }
        }
        return result
    }
}
