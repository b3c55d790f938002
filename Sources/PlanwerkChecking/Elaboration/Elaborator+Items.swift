import PlanwerkSyntax

/// Tasks, posts and milestones.
extension Elaborator {
    /// The evaluator for the items of a campaign: their environment is the same for all of them.
    mutating func itemEvaluator(campaign c: CampaignScope, locals: [String: Value]) -> Evaluator {
        Evaluator(environment: environment(c.module, locals: locals), file: graph[c.module].path)
    }

    mutating func elaborateItem(_ item: ItemDecl, campaign c: CampaignScope, locals: [String: Value], evaluator: inout Evaluator) -> PlanItem {
        let m = c.module
        func eval(_ e: Expr) -> Value? { keep(evaluator.evaluateInPlace(e)) }
        // Read once: calling an instance method here copied the whole elaborator each time (profiles).
        let dayLength = plan.settings.calendar.businessDayMinutes
        func workingMinutes(_ v: Value?) -> Int? { Self.workingMinutes(v, dayLength: dayLength) }
        var title = item.name.text
        if let t = item.title, case .text(let shown)? = eval(t) { title = shown }
        var out = PlanItem(id: "\(c.id).\(item.name.text)", kind: item.kind, title: title, campaign: c.id,
                           span: span(m, item.name.range))
        if let channel = item.channel { out.channel = Self.ids(eval(channel), .channel).first }
        for clause in item.body?.clauses ?? [] {
            switch clause.kind {
            case .values(.effort, let values) where values.count == 1:
                if let n = workingMinutes(eval(values[0])) { out.work = .effort(n) }
            case .values(.length, let values) where values.count == 1:
                if let n = workingMinutes(eval(values[0])) { out.work = .length(n) }
            case .values(.duration, let values) where values.count == 1:
                let v = eval(values[0])
                switch v {
                case .duration(let d)?: out.work = .duration(d)
                case .workTime?: if let n = workingMinutes(v) { out.work = .length(n) }
                default: break
                }
            case .after(let deps):
                out.after.reserveCapacity(out.after.count + deps.count)
                for d in deps {
                    guard case .entity(let ref)? = eval(d.target) else { continue }
                    var lag: PlanSpan? = nil
                    if let l = d.lag {
                        let v = eval(l)
                        switch v {
                        case .workTime?: lag = workingMinutes(v).map(PlanSpan.working)
                        case .duration(let e)?: lag = .elapsed(e)
                        default: break
                        }
                    }
                    out.after.append(PlanDependency(target: ref.id, targetIsCampaign: ref.kind == .campaign, lag: lag, span: span(m, d.range)))
                }
            case .at(let e, let time):
                out.atSpan = span(m, clause.range)
                let v = eval(e)
                if let time, case .date(let d)? = v, case .time(let t)? = eval(time) {
                    out.at = .dateTime(CivilDateTime(date: d, minute: t))
                } else {
                    out.at = Self.instant(v)
                }
            case .values(.earliest, let values) where values.count == 1:
                out.earliest = Self.instant(eval(values[0]))
            case .values(.deadline, let values) where values.count == 1:
                out.deadline = Self.instant(eval(values[0]))
                out.deadlineSpan = span(m, clause.range)
            case .values(.priority, let values) where values.count == 1:
                if case .int(let n)? = eval(values[0]) { out.priority = n }
            case .values(.assign, let values):
                // A loop, not `flatMap`: a closure over `eval` copied the whole elaborator each time.
                var people: [String] = []
                for v in values { Self.collectIDs(eval(v), .person, nil, into: &people) }
                out.assignees = people
            case .values(.text, let values) where values.count == 1:
                if case .text(let t)? = eval(values[0]) { out.text = t }
            case .approval(let call):
                out.approval = approvalInstance(call, module: m, locals: locals, at: span(m, clause.range))
            case .every(let r):
                out.series = series(r, in: m, locals: locals)
            default: break
            }
        }
        // `approval` may come before `assign`: authors are known only now.
        if var a = out.approval {
            a.removeAuthors(out.assignees)
            out.approval = a
        }
        return out
    }

    /// An `every …` clause with the values of its modifiers.
    mutating func series(_ r: Recurrence, in module: ModuleID, locals: [String: Value]) -> SeriesSpec {
        var values: [SourceRange: Value] = [:]
        for modifier in r.modifiers {
            let exprs: [Expr]
            switch modifier.kind {
            case .at(let xs): exprs = xs
            case .from(let x), .until(let x), .count(let x), .except(let x): exprs = [x]
            case .onHoliday: exprs = []
            }
            for x in exprs { if let v = value(x, in: module, locals: locals) { values[x.range] = v } }
        }
        return SeriesSpec(syntax: r, values: values, span: span(module, r.range))
    }
}
