import PlanwerkSyntax

/// Approval flows bound to their arguments.
extension Elaborator {
    /// `approval FLOW(args)` (or a bare `FLOW`) for one subject.
    mutating func approvalInstance(_ call: Expr, module: ModuleID, locals: [String: Value], at: SourceSpan) -> ApprovalInstance? {
        let callee: Expr, args: [CallArgument]
        if case .call(let f, let a) = call.kind { (callee, args) = (f, a) } else { (callee, args) = (call, []) }
        guard let flow = resolve(callee, in: module), flow.kind == .approval,
              case .approval(let decl) = graph[flow.module].plan.declarations[flow.declaration].kind else { return nil }
        let bound = bind(args, to: decl.parameters ?? [], callerModule: module, callerLocals: locals, parametersIn: flow.module)
        let key = BoundFlow(flow: flow, arguments: bound)
        if let known = boundFlows[key] {
            return ApprovalInstance(flow: flow.name, elements: known.elements, rework: known.rework, distinct: decl.distinct, span: at)
        }
        var numbering = 0
        var rework = plan.settings.calendar.businessDayMinutes
        let elements = flowElements(decl.body, module: flow.module, locals: bound, numbering: &numbering, rework: &rework, taken: true)
        boundFlows[key] = (elements, rework)
        return ApprovalInstance(flow: flow.name, elements: elements, rework: rework, distinct: decl.distinct, span: at)
    }

    /// The elements of a flow block; `taken` is false inside a branch not chosen (its steps still count for numbering).
    mutating func flowElements(_ block: FlowBlock, module: ModuleID, locals: [String: Value], numbering: inout Int,
                               rework: inout Int, taken: Bool) -> [FlowElement] {
        var out: [FlowElement] = []
        for item in block.items {
            switch item.kind {
            case .step(let s):
                numbering += 1
                if taken, let step = flowStep(s, number: numbering, module: module, locals: locals, range: item.range) { out.append(.step(step)) }
            case .parallel(let inner):
                let branches = flowElements(inner, module: module, locals: locals, numbering: &numbering, rework: &rework, taken: taken)
                if taken && !branches.isEmpty { out.append(.parallel(branches)) }
            case .conditional(let condition, let then, let otherwise):
                let chosen = taken ? (value(condition, in: module, locals: locals) == .bool(true)) : false
                let a = flowElements(then, module: module, locals: locals, numbering: &numbering, rework: &rework, taken: taken && chosen)
                var b: [FlowElement] = []
                switch otherwise {
                case .block(let blk)?:
                    b = flowElements(blk, module: module, locals: locals, numbering: &numbering, rework: &rework, taken: taken && !chosen)
                case .elseIf(let nested)?:
                    let wrapper = FlowBlock(items: [nested], range: nested.range, singleLine: false)
                    b = flowElements(wrapper, module: module, locals: locals, numbering: &numbering, rework: &rework, taken: taken && !chosen)
                case nil: break
                }
                let picked = chosen ? a : b
                if taken && !picked.isEmpty { out.append(.sequence(picked)) }
            case .rework(let e):
                if taken, let n = workingMinutes(value(e, in: module, locals: locals)) { rework = n }
            }
        }
        return out
    }

    mutating func flowStep(_ s: ApprovalStepSyntax, number: Int, module: ModuleID, locals: [String: Value], range: SourceRange) -> ApprovalStep? {
        let label = text(s.label, in: module, locals: locals) ?? "Step \(number)"
        let (people, needed) = approvers(s.approvers, module: module, locals: locals)
        var escalation: StepEscalation? = nil
        if let e = s.escalation {
            let (to, n) = approvers(e.to, module: module, locals: locals)
            escalation = StepEscalation(approvers: to, needed: n, sla: workingMinutes(value(e.within, in: module, locals: locals)) ?? 0)
        }
        return ApprovalStep(number: number, label: label, approvers: people, needed: needed,
                        sla: workingMinutes(value(s.within, in: module, locals: locals)) ?? 0,
                        expect: s.expect.flatMap { workingMinutes(value($0, in: module, locals: locals)) },
                        escalation: escalation, exceptAuthor: s.approvers.exceptAuthor, span: span(module, range),
                        remind: s.remindAfter.flatMap { lagSpan(value($0, in: module, locals: locals)) })
    }

    /// A lag-like value as time: working time on the calendar, or elapsed time.
    func lagSpan(_ v: Value?) -> PlanSpan? {
        switch v {
        case .workTime?: return workingMinutes(v).map(PlanSpan.working)
        case .duration(let e)?: return .elapsed(e)
        default: return nil
        }
    }

    /// The people who may decide and how many must: a person or list (any one of them), `any of`, `all of`, `N of`.
    mutating func approvers(_ a: Approvers, module: ModuleID, locals: [String: Value]) -> ([String], Int) {
        func members(_ e: Expr) -> [String] {
            let v = value(e, in: module, locals: locals)
            var out: [String] = []
            for id in Self.ids(v, .team, .person) {
                if let t = teamIndex[id] { out += plan.teams[t].members } else { out.append(id) }
            }
            var seen: Set<String> = []
            return out.filter { seen.insert($0).inserted }
        }
        switch a.kind {
        case .who(let e): return (members(e), 1)
        case .anyOf(let e): return (members(e), 1)
        case .allOf(let e):
            let m = members(e)
            return (m, max(1, m.count))
        case .quorum(let n, let e):
            guard case .int(let count)? = value(n, in: module, locals: locals) else { return (members(e), 1) }
            return (members(e), max(1, count))
        }
    }
}

extension ApprovalInstance {
    /// Removes the subject's authors from every `except author` step.
    mutating func removeAuthors(_ authors: [String]) {
        guard !authors.isEmpty else { return }
        elements = elements.map { $0.removingAuthors(Set(authors)) }
    }
}

extension FlowElement {
    func removingAuthors(_ authors: Set<String>) -> FlowElement {
        switch self {
        case .step(var s):
            if s.exceptAuthor {
                s.approvers.removeAll { authors.contains($0) }
                if var e = s.escalation {
                    e.approvers.removeAll { authors.contains($0) }
                    s.escalation = e
                }
            }
            return .step(s)
        case .sequence(let xs): return .sequence(xs.map { $0.removingAuthors(authors) })
        case .parallel(let xs): return .parallel(xs.map { $0.removingAuthors(authors) })
        }
    }
}
