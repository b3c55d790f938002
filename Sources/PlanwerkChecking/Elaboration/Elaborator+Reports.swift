import Foundation
import PlanwerkSyntax

/// Reports, assertions and tracking lines.
extension Elaborator {
    mutating func elaborateReport(_ module: ModuleID, _ index: Int) {
        guard case .report(let r) = graph[module].plan.declarations[index].kind,
              let symbol = owns(module, r.name.text, index), symbol.kind == .report, r.parameters == nil else { return }
        let body: Block, bodyModule: ModuleID, locals: [String: Value]
        if let b = r.body {
            (body, bodyModule, locals) = (b, module, [:])
        } else if let call = r.instantiation, case .call(let callee, let args) = call.kind, let t = resolve(callee, in: module) {
            switch graph[t.module].plan.declarations[t.declaration].kind {
            case .template(let td) where td.kind.text == "report":
                (body, bodyModule) = (td.body, t.module)
                locals = bind(args, to: td.parameters, callerModule: module, callerLocals: [:], parametersIn: t.module)
            case .report(let tr):
                guard let b = tr.body, let params = tr.parameters else { return }
                (body, bodyModule) = (b, t.module)
                locals = bind(args, to: params, callerModule: module, callerLocals: [:], parametersIn: t.module)
            default: return
            }
        } else { return }
        var report = PlanReport(id: r.name.text, title: text(r.title, in: module) ?? r.name.text, series: nil, to: [], by: [],
                                effort: nil, approval: nil, kpis: [], covers: [], span: span(module, r.name.range))
        var approvalCall: (Expr, SourceRange)? = nil
        for clause in body.clauses {
            func eval(_ e: Expr) -> Value? { value(e, in: bodyModule, locals: locals) }
            switch clause.kind {
            case .every(let rec): report.series = series(rec, in: bodyModule, locals: locals)
            case .values(.to, let values): report.to = values.flatMap { Self.ids(eval($0), .person, .team) }
            case .values(.by, let values): report.by = values.flatMap { Self.ids(eval($0), .person) }
            case .values(.effort, let values) where values.count == 1: report.effort = workingMinutes(eval(values[0]))
            case .values(.kpis, let values): report.kpis = values.flatMap { Self.ids(eval($0), .kpi) }
            case .values(.covers, let values): report.covers = values.flatMap { Self.ids(eval($0), .campaign) }
            case .approval(let call): approvalCall = (call, clause.range)
            default: break
            }
        }
        if let (call, range) = approvalCall {
            report.approval = approvalInstance(call, module: bodyModule, locals: locals, at: span(bodyModule, range))
            report.approval?.removeAuthors(report.by)
        }
        plan.reports.append(report)
    }

    mutating func collectAssertion(_ module: ModuleID, _ index: Int) {
        guard case .assertion(let a) = graph[module].plan.declarations[index].kind else { return }
        let range = graph[module].plan.declarations[index].range
        plan.assertions.append(PlanAssertion(condition: a.condition, message: text(a.message, in: module), module: scopeModule(module),
                                             span: span(module, range)))
    }

    /// `status` and `measure` lines of every loaded file, the sidecar's last.
    mutating func collectTracking() {
        var modules = declarationOrder().map(\.0)
        if let sidecar = graph.sidecar { modules.append(sidecar) }
        var seen: Set<ModuleID> = []
        for m in modules where seen.insert(m).inserted {
            for decl in graph[m].plan.declarations {
                switch decl.kind {
                case .status(let s): if let status = status(s, in: m, range: decl.range) { plan.statuses.append(status) }
                case .measure(let me): if let measure = measure(me, in: m, range: decl.range) { plan.measures.append(measure) }
                default: break
                }
            }
        }
    }

    mutating func status(_ s: StatusDecl, in m: ModuleID, range: SourceRange) -> PlanStatus? {
        var target: String, occurrence: Int? = nil
        // `x[n]` is taken apart here, so that the scheduler can say what is wrong with it (not a series, no such occurrence).
        if case .index(let base, let n) = s.target.kind, case .entity(let ref)? = value(base, in: m), case .int(let k)? = value(n, in: m) {
            (target, occurrence) = (ref.id, k)
        } else {
            guard case .entity(let ref)? = value(s.target, in: m) else { return nil }
            target = ref.id
        }
        if occurrence == nil, target.hasSuffix("]"), let open = target.lastIndex(of: "[") {
            occurrence = Int(target[target.index(after: open)..<target.index(before: target.endIndex)])
            target = String(target[..<open])
        }
        let update: PlanStatusUpdate
        switch s.update {
        case .done(let t):
            guard let at = Self.instant(value(t, in: m)) else { return nil }
            update = .done(at)
        case .started(let t):
            guard let at = Self.instant(value(t, in: m)) else { return nil }
            update = .started(at)
        case .progress(let p, let asOf):
            guard case .percent(let d)? = value(p, in: m) else { return nil }
            // Basis points; anything beyond ±1 000 000% is kept as that (it is reported as out of range anyway).
            let basisPoints = min(max(d * 100, -100_000_000), 100_000_000)
            update = .progress(Int(truncating: basisPoints as NSDecimalNumber), asOf: asOf.flatMap { Self.instant(value($0, in: m)) })
        case .step(let label, let decision, let by, let at):
            guard let l = text(label, in: m), let person = Self.ids(value(by, in: m), .person).first,
                  let t = Self.instant(value(at, in: m)) else { return nil }
            update = .step(label: l, decision: decision, by: person, at: t)
        }
        var status = PlanStatus(target: target, occurrence: occurrence, update: update, span: span(m, range))
        status.targetSpan = span(m, s.target.range)
        switch s.update {
        case .done(let t), .started(let t): status.timeSpan = span(m, t.range)
        case .progress(let p, let asOf):
            status.valueSpan = span(m, p.range)
            status.timeSpan = asOf.map { span(m, $0.range) }
        case .step(let label, _, let by, let at):
            (status.labelSpan, status.personSpan, status.timeSpan) = (span(m, label.range), span(m, by.range), span(m, at.range))
        }
        return status
    }

    mutating func measure(_ me: MeasureDecl, in m: ModuleID, range: SourceRange) -> PlanMeasure? {
        var campaign: String? = nil, kpi: String
        switch me.kpi.kind {
        case .member(let base, let name):
            campaign = Self.ids(value(base, in: m), .campaign).first
            kpi = name.text
        case .name(let n): kpi = n
        default: return nil
        }
        guard case .date(let d)? = value(me.date, in: m), let v = value(me.value, in: m) else { return nil }
        var measure = PlanMeasure(campaign: campaign, kpi: kpi, date: d, value: v, span: span(m, range))
        measure.dateSpan = span(m, me.date.range)
        return measure
    }
}
