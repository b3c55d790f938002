import PlanwerkSyntax

/// Visits every expression of a plan file, each subexpression included, in
/// source order: for checks about literals wherever they stand (money in
/// the plan's currency). Depth is bounded by the parser's nesting limit.
struct ExpressionWalk {
    let visit: (Expr) -> Void

    func walk(_ plan: PlanFile) {
        for decl in plan.declarations { walk(decl.kind) }
    }

    func walk(_ kind: DeclarationKind) {
        switch kind {
        case .importFile: break
        case .setting(let s): walk(s.value)
        case .calendar(let c): walk(c.body)
        case .team(let t): walk(t.title); walk(t.body)
        case .person(let p): walk(p)
        case .channel(let c): walk(c.title); walk(c.body)
        case .kpi(let k): walk(k.title)
        case .approval(let a): walk(a.parameters ?? []); walk(a.body)
        case .rule(.requireApproval(let flow, let channels)): walk(flow); walk(channels)
        case .rule(.requireReport(let to, let every)): walk(to); walk(every)
        case .rule(.allowPosting(let who, let channels)): walk(who); walk(channels)
        case .campaign(let c): walk(c.title); walk(c.body); walk(c.instantiation)
        case .template(let t): walk(t.parameters); walk(t.body)
        case .report(let r): walk(r.title); walk(r.parameters ?? []); walk(r.body); walk(r.instantiation)
        case .assertion(let a): walk(a.condition); walk(a.message)
        case .binding(let l): walk(l.value)
        case .status(let s):
            walk(s.target)
            switch s.update {
            case .done(let t), .started(let t): walk(t)
            case .progress(let p, let asOf): walk(p); walk(asOf)
            case .step(let label, _, let by, let at): walk(label); walk(by); walk(at)
            }
        case .measure(let m): walk(m.kpi); walk(m.date); walk(m.value)
        }
    }

    func walk(_ params: [Parameter]) { for p in params { walk(p.defaultValue) } }
    func walk(_ p: PersonDecl) { walk(p.title); walk(p.body) }

    func walk(_ block: Block?) {
        for clause in block?.clauses ?? [] {
            switch clause.kind {
            case .values(_, let values): for v in values { walk(v) }
            case .flag: break
            case .window(let days, let hours): walk(days); walk(hours)
            case .goal(let kpi, _, let target): walk(kpi); walk(target)
            case .after(let deps): for d in deps { walk(d.target); walk(d.lag) }
            case .at(let e, let time): walk(e); walk(time)
            case .every(let r): walk(r)
            case .approval(let e): walk(e)
            case .person(let p): walk(p)
            case .item(let item): walk(item.title); walk(item.channel); walk(item.body)
            case .binding(let l): walk(l.value)
            }
        }
    }

    func walk(_ r: Recurrence) {
        for m in r.modifiers {
            switch m.kind {
            case .at(let times): for t in times { walk(t) }
            case .from(let e), .until(let e), .count(let e), .except(let e): walk(e)
            case .onHoliday: break
            }
        }
    }

    func walk(_ flow: FlowBlock) { for item in flow.items { walk(item) } }

    func walk(_ item: FlowItem) {
        switch item.kind {
        case .step(let s):
            walk(s.label); walk(s.approvers); walk(s.within); walk(s.expect); walk(s.remindAfter)
            if let esc = s.escalation { walk(esc.to); walk(esc.within) }
        case .parallel(let b): walk(b)
        case .conditional(let cond, let then, let otherwise):
            walk(cond); walk(then)
            switch otherwise {
            case .block(let b): walk(b)
            case .elseIf(let nested): walk(nested)
            case nil: break
            }
        case .rework(let e): walk(e)
        }
    }

    func walk(_ a: Approvers) {
        switch a.kind {
        case .who(let e), .anyOf(let e), .allOf(let e): walk(e)
        case .quorum(let n, let t): walk(n); walk(t)
        }
    }

    func walk(_ e: Expr?) {
        guard let e else { return }
        visit(e)
        switch e.kind {
        case .text(let parts): for case .interpolation(let x) in parts { walk(x) }
        case .list(let items): for x in items { walk(x) }
        case .range(let a, let b), .binary(_, let a, let b), .index(let a, let b): walk(a); walk(b)
        case .unary(_, let x), .paren(let x), .member(let x, _), .lambda(_, let x): walk(x)
        case .conditional(let c, let a, let b): walk(c); walk(a); walk(b)
        case .call(let f, let args): walk(f); for a in args { walk(a.value) }
        case .name, .plan, .bool, .int, .decimal, .percent, .money, .date, .time, .dateTime, .quantity, .weekday, .error: break
        }
    }
}
