import PlanwerkSyntax

/// Resolves every name in every module: identifiers against local scopes
/// (lambda and template parameters, a campaign's items and `let`s) and then
/// the module's namespace; `alias.name` against the imported module;
/// `campaign.item` against the campaign's items. Unknown names get a "did you
/// mean" from the names of the kind the place expects.
public struct Resolver {
    let graph: ModuleGraph
    let spaces: [Namespace]
    var module: ModuleID
    /// Whose names are visible: the module's own, except for the tracking
    /// sidecar, whose lines speak of the root plan's names.
    var namespaceModule: ModuleID
    var scopes = ScopeStack()
    public var diagnostics: [Diagnostic] = []

    public init(graph: ModuleGraph, namespaces: [Namespace]) {
        self.graph = graph
        self.spaces = namespaces
        self.module = graph.root
        self.namespaceModule = graph.root
    }

    var path: String { graph[module].plan.source.path }
    func span(_ r: SourceRange) -> SourceSpan { SourceSpan(file: path, range: r) }

    public mutating func resolveAll() {
        for m in graph.modules {
            module = m.id
            namespaceModule = graph.isSidecar(m.id) ? graph.root : m.id
            for decl in m.plan.declarations { resolve(decl) }
        }
    }

    // MARK: - Declarations

    mutating func resolve(_ decl: Declaration) {
        switch decl.kind {
        case .importFile: break
        case .setting(let s):
            switch s.keyword.text {
            case "calendar": resolve(s.value, expecting: [.calendar])
            case "currency", "timezone": break  // a currency code and a zone name, not plan names
            default: resolve(s.value)
            }
        case .calendar(let c): resolve(c.body)
        case .team(let t):
            if let body = t.body { resolve(body) }
        case .person(let p):
            if let body = p.body { resolve(body) }
        case .channel(let c):
            if let body = c.body { resolve(body) }
        case .kpi: break
        case .approval(let a):
            scopes.push(parameters(a.parameters ?? []))
            resolve(a.body)
            scopes.pop()
        case .rule(let r):
            switch r {
            case .requireApproval(let flow, let channels):
                resolve(flow, expecting: [.approval])
                if let channels { resolve(channels, expecting: [.channel]) }
            case .requireReport(let to, let every):
                resolve(to, expecting: [.person, .team])
                resolve(every)
            case .allowPosting(let who, let channels):
                resolve(who, expecting: [.team, .person])
                resolve(channels, expecting: [.channel])
            }
        case .campaign(let c):
            if let e = c.instantiation { resolve(e, expecting: [.template]) }
            if let body = c.body { resolveCampaignBody(body, parameters: []) }
        case .template(let t):
            if t.kind.text == "report" {
                scopes.push(parameters(t.parameters))
                resolve(t.body)
                scopes.pop()
            } else {
                resolveCampaignBody(t.body, parameters: t.parameters)
            }
        case .report(let r):
            if let e = r.instantiation { resolve(e, expecting: [.template]) }
            scopes.push(parameters(r.parameters ?? []))
            if let body = r.body { resolve(body) }
            scopes.pop()
        case .assertion(let a):
            resolve(a.condition)
            if let m = a.message { resolve(m) }
        case .binding(let l): resolve(l.value)
        case .status(let s):
            resolveTaskReference(s.target)
            switch s.update {
            case .done(let t), .started(let t): resolve(t)
            case .progress(let p, let asOf):
                resolve(p)
                if let asOf { resolve(asOf) }
            case .step(let label, _, let by, let at):
                resolve(label); resolve(by, expecting: [.person]); resolve(at)
            }
        case .measure(let m):
            resolveMeasured(m.kpi)
            resolve(m.date); resolve(m.value)
        }
    }

    func parameters(_ params: [Parameter]) -> [String: LocalBinding] {
        Dictionary(params.map { ($0.name.text, LocalBinding.parameter($0)) }, uniquingKeysWith: { a, _ in a })
    }

    /// A campaign body: its items and `let`s are visible by bare name in the whole body.
    mutating func resolveCampaignBody(_ body: Block, parameters params: [Parameter]) {
        var frame = parameters(params)
        var seen: [String: SourceRange] = [:]
        for clause in body.clauses {
            var name: Name? = nil
            switch clause.kind {
            case .item(let item): name = item.name; frame[item.name.text] = .item(item)
            case .binding(let l): name = l.name; frame[l.name.text] = .binding(l)
            default: break
            }
            if let name, !name.text.isEmpty {
                if let first = seen[name.text] {
                    diagnostics.append(Diagnostic(.duplicateName, .error, "`\(name.text)` is declared twice in this campaign",
                                                  at: span(name.range), label: "declared again here",
                                                  secondary: [DiagnosticLabel(span: span(first), message: "first declared here")],
                                                  help: ["tasks, posts and milestones of a campaign need different names"]))
                } else {
                    seen[name.text] = name.range
                }
            }
        }
        scopes.push(frame)
        resolve(body)
        scopes.pop()
    }

    mutating func resolve(_ block: Block) {
        for clause in block.clauses { resolve(clause) }
    }

    mutating func resolve(_ clause: Clause) {
        switch clause.kind {
        case .values(let keyword, let values):
            for v in values { resolveClauseValue(keyword, v) }
        case .flag: break
        case .window(let days, let hours):
            resolve(days)
            if let hours { resolve(hours) }
        case .goal(let kpi, _, let target):
            resolve(kpi, expecting: [.kpi])
            resolve(target)
        case .after(let deps):
            for d in deps {
                resolveTaskReference(d.target)
                if let lag = d.lag { resolve(lag) }
            }
        case .at(let e, let time):
            resolve(e)
            if let time { resolve(time) }
        case .every(let r): resolve(r)
        case .approval(let e): resolve(e, expecting: [.approval])
        case .person(let p):
            if let body = p.body { resolve(body) }
        case .item(let item):
            if let ch = item.channel { resolve(ch, expecting: [.channel]) }
            if let t = item.title { resolve(t) }
            if let body = item.body { resolve(body) }
        case .binding(let l): resolve(l.value)
        }
    }

    mutating func resolveClauseValue(_ keyword: ClauseKeyword, _ value: Expr) {
        switch keyword {
        case .role: return  // a free label
        case .lead, .substitute, .assign, .by: resolve(value, expecting: [.person])
        case .reportsTo, .to: resolve(value, expecting: [.person, .team])
        case .owner: resolve(value, expecting: [.team])
        case .calendar: resolve(value, expecting: [.calendar])
        case .kpis: resolve(value, expecting: [.kpi])
        case .covers: resolve(value, expecting: [.campaign])
        default: resolve(value)
        }
    }

    mutating func resolve(_ r: Recurrence) {
        for m in r.modifiers {
            switch m.kind {
            case .at(let times): for t in times { resolve(t) }
            case .from(let e), .until(let e), .count(let e), .except(let e): resolve(e)
            case .onHoliday: break
            }
        }
    }

    mutating func resolve(_ flow: FlowBlock) {
        for item in flow.items { resolve(item) }
    }

    mutating func resolve(_ item: FlowItem) {
        switch item.kind {
        case .step(let s):
            if let l = s.label { resolve(l) }
            resolve(s.approvers)
            resolve(s.within)
            if let e = s.expect { resolve(e) }
            if let e = s.remindAfter { resolve(e) }
            if let esc = s.escalation { resolve(esc.to); resolve(esc.within) }
        case .parallel(let block): resolve(block)
        case .conditional(let cond, let then, let otherwise):
            resolve(cond)
            resolve(then)
            switch otherwise {
            case .block(let b): resolve(b)
            case .elseIf(let nested): resolve(nested)
            case nil: break
            }
        case .rework(let e): resolve(e)
        }
    }

    mutating func resolve(_ a: Approvers) {
        switch a.kind {
        case .who(let e): resolve(e, expecting: [.person, .team])
        case .anyOf(let t), .allOf(let t): resolve(t, expecting: [.team])
        case .quorum(let n, let t):
            resolve(n)
            resolve(t, expecting: [.team])
        }
    }

    /// `after` targets and `status` subjects: tasks (bare inside a campaign),
    /// `campaign.item`, a whole campaign, a report, and `x[n]` occurrences.
    mutating func resolveTaskReference(_ e: Expr) {
        if case .index(let base, let n) = e.kind {
            resolveTaskReference(base)
            resolve(n)
            return
        }
        resolve(e, expecting: [.campaign, .report])
    }

    /// `measure [CAMPAIGN.]KPI`.
    mutating func resolveMeasured(_ e: Expr) {
        if case .member(let base, let kpi) = e.kind {
            resolve(base, expecting: [.campaign])
            if lookupSymbol(kpi.text)?.kind != .kpi {
                unknown(kpi, kinds: [.kpi])
            }
            return
        }
        resolve(e, expecting: [.kpi])
    }
}
