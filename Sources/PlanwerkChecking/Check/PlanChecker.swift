import PlanwerkSyntax

/// Checks every module of a plan in one walk: resolves each name (lambda and
/// template parameters, a campaign's items and `let`s, then the module's
/// namespace), infers the type of each expression with the unit rules of
/// LANGUAGE.md §3, and checks each against what its place expects
/// (`owner` a Team, `effort` working time, …). Every problem is a
/// diagnostic; a value of unknown type is `.error` so one mistake gives one message.
public struct PlanChecker {
    let graph: ModuleGraph
    let spaces: [Namespace]
    var module: ModuleID
    /// Whose names are visible: the module's own, except for the tracking
    /// sidecar, whose lines speak of the root plan's names.
    var namespaceModule: ModuleID
    var scopes = ScopeStack()
    /// Inferred types of top-level `let`s, by module and declaration index.
    var letTypes: [ModuleID: [Int: PlanType]] = [:]
    var lettingNow: Set<String> = []
    /// The inferred types of expressions the evaluator asks about (the zero of an empty `sum`).
    public var inferredTypes: [ExpressionKey: PlanType] = [:]
    public var diagnostics: [Diagnostic] = []
    /// The items of each campaign (declared or made from a template), worked out once.
    var itemsOfCampaign: [Symbol: [String: ItemKind]] = [:]

    public init(graph: ModuleGraph, namespaces: [Namespace]) {
        self.graph = graph
        self.spaces = namespaces
        self.module = graph.root
        self.namespaceModule = graph.root
    }

    var path: String { graph[module].plan.source.path }
    func span(_ r: SourceRange) -> SourceSpan { SourceSpan(file: path, range: r) }

    public mutating func checkAll() {
        for space in spaces {
            for symbol in space.own.values where symbol.kind == .campaign {
                if let items = computeCampaignItems(symbol) { itemsOfCampaign[symbol] = items }
            }
        }
        for m in graph.modules {
            module = m.id
            namespaceModule = graph.isSidecar(m.id) ? graph.root : m.id
            for (index, decl) in m.plan.declarations.enumerated() { check(decl, index: index) }
        }
    }

    // MARK: - Declarations

    mutating func check(_ decl: Declaration, index: Int) {
        switch decl.kind {
        case .importFile: break
        case .setting(let s):
            switch s.keyword.text {
            case "calendar":
                // The built-in `standard` calendar (LANGUAGE.md §10) may be named unless the plan declares its own.
                if case .name("standard") = s.value.kind, lookupSymbol("standard") == nil { break }
                expect(s.value, .calendar, "`calendar`")
            case "timezone": expect(s.value, .text, "`timezone`")
            case "currency": break  // a currency code, not a plan name
            case "start", "horizon": expect(s.value, .date, "`\(s.keyword.text)`")
            default: expectMoment(s.value, "`now`")
            }
        case .calendar(let c): check(c.body)
        case .team(let t):
            if let title = t.title { expect(title, .text, "a title") }
            if let body = t.body { check(body) }
        case .person(let p): check(p)
        case .channel(let c):
            if let title = c.title { expect(title, .text, "a title") }
            if let body = c.body { check(body) }
        case .kpi(let k): _ = TypeReader.read(k.type, file: path, diagnostics: &diagnostics)
        case .approval(let a):
            scopes.push(parameters(a.parameters ?? []))
            check(a.body)
            scopes.pop()
        case .rule(let r): check(r)
        case .campaign(let c):
            if let title = c.title { expect(title, .text, "a title") }
            if let e = c.instantiation { checkInstantiation(e, kind: "campaign") }
            if let body = c.body { checkCampaignBody(body, parameters: []) }
        case .template(let t):
            if t.kind.text == "report" {
                scopes.push(parameters(t.parameters))
                check(t.body)
                scopes.pop()
            } else {
                checkCampaignBody(t.body, parameters: t.parameters)
            }
        case .report(let r):
            if let title = r.title { expect(title, .text, "a title") }
            if let e = r.instantiation { checkInstantiation(e, kind: "report") }
            scopes.push(parameters(r.parameters ?? []))
            if let body = r.body { check(body) }
            scopes.pop()
        case .assertion(let a):
            expect(a.condition, .bool, "an assertion")
            if let m = a.message { expect(m, .text, "an assertion's message") }
        case .binding(let l): _ = letType(module: module, index: index, l)
        case .status(let s): check(s)
        case .measure(let m):
            let kpiType = measuredKpi(m.kpi)
            expect(m.date, .date, "the date of a measurement")
            if let kpiType { expect(m.value, kpiType, "a measurement of this KPI") } else { _ = infer(m.value) }
        }
    }

    mutating func check(_ p: PersonDecl) {
        if let title = p.title { expect(title, .text, "a title") }
        if let body = p.body { check(body) }
    }

    mutating func check(_ r: RuleDecl) {
        switch r {
        case .requireApproval(let flow, let channels):
            expect(flow, .approval, "`require … for posts`")
            if let channels { expectOneOrMany(channels, .channel, "`on`") }
        case .requireReport(let to, let every):
            expectOneOrMany(to, .party, "`require report to`")
            check(every)
        case .allowPosting(let who, let channels):
            expectOneOrMany(who, .party, "`allow`")
            expectOneOrMany(channels, .channel, "`to post on`")
        }
    }

    mutating func check(_ s: StatusDecl) {
        checkTaskReference(s.target)
        switch s.update {
        case .done(let t), .started(let t): expectMoment(t, "a status")
        case .progress(let p, let asOf):
            expect(p, .percent, "`progress`")
            if let asOf { expectMoment(asOf, "`as of`") }
        case .step(let label, _, let by, let at):
            expect(label, .text, "a step's label")
            expect(by, .person, "who decided")
            expectMoment(at, "a decision")
        }
    }

    func parameters(_ params: [Parameter]) -> [String: LocalBinding] {
        Dictionary(params.map { ($0.name.text, LocalBinding.parameter($0)) }, uniquingKeysWith: { a, _ in a })
    }

    /// A campaign body: its items and `let`s are visible by bare name in the whole body.
    mutating func checkCampaignBody(_ body: Block, parameters params: [Parameter]) {
        var frame = parameters(params)
        frame.reserveCapacity(params.count + body.clauses.count)
        // The first declaration of each name declared more than once (rare): where "first declared here" points.
        var firstOfRepeated: [String: SourceRange] = [:]
        for param in params {
            if let d = param.defaultValue { _ = d }
            _ = TypeReader.read(param.type, file: path, diagnostics: &diagnostics)
        }
        for clause in body.clauses {
            let name: Name, binding: LocalBinding
            switch clause.kind {
            case .item(let item): (name, binding) = (item.name, .item(item.kind, item.name))
            case .binding(let l): (name, binding) = (l.name, .binding(l))
            default: continue
            }
            // One hash per name: the binding it replaces tells whether the name was declared before (a parameter does not count).
            let replaced = frame.updateValue(binding, forKey: name.text)
            guard !name.text.isEmpty, let earlier = replaced?.declaredName?.range else { continue }
            let first = firstOfRepeated[name.text] ?? earlier
            firstOfRepeated[name.text] = first
            diagnostics.append(Diagnostic(.duplicateName, .error, "`\(name.text)` is declared twice in this campaign",
                                          at: span(name.range), label: "declared again here",
                                          secondary: [DiagnosticLabel(span: span(first), message: "first declared here")],
                                          help: ["tasks, posts and milestones of a campaign need different names"]))
        }
        scopes.push(frame)
        for param in params { if let d = param.defaultValue { expect(d, paramType(param), "the default of `\(param.name.text)`") } }
        check(body)
        scopes.pop()
    }

    func paramType(_ p: Parameter) -> PlanType {
        var ignored: [Diagnostic] = []
        return TypeReader.read(p.type, file: path, diagnostics: &ignored)
    }

    mutating func check(_ r: Recurrence) {
        for m in r.modifiers {
            switch m.kind {
            case .at(let times): for t in times { expect(t, .time, "`at` in a series") }
            case .from(let e): expect(e, .date, "`from`")
            case .until(let e): expect(e, .date, "`until`")
            case .count(let e): expect(e, .int, "`count`")
            case .except(let e): expectOneOrMany(e, .date, "`except`")
            case .onHoliday: break
            }
        }
    }

    /// `after` targets and `status` subjects: tasks (bare inside a campaign),
    /// `campaign.item`, a whole campaign, a report, and `x[n]` occurrences.
    mutating func checkTaskReference(_ e: Expr) {
        if case .index(let base, let n) = e.kind {
            checkTaskReference(base)
            expect(n, .int, "an occurrence number")
            return
        }
        let t = infer(e, kinds: KindSets.campaignOrReport)
        if !(t.conforms(to: .task) || t == .campaign || t == .report) {
            mismatch(e, expected: "a task, post, milestone, campaign or report", found: t, context: "`after`")
        }
    }

    /// `measure [CAMPAIGN.]KPI`: the KPI's declared type, if known.
    mutating func measuredKpi(_ e: Expr) -> PlanType? {
        var kpiName: Name
        if case .member(let base, let kpi) = e.kind {
            expect(base, .campaign, "a measurement")
            kpiName = kpi
        } else if case .name(let n) = e.kind {
            kpiName = Name(n, e.range)
        } else {
            expect(e, .kpi, "a measurement")
            return nil
        }
        guard let symbol = lookupSymbol(kpiName.text), symbol.kind == .kpi else {
            unknown(kpiName, kinds: [.kpi])
            return nil
        }
        return kpiType(symbol)
    }

    func kpiType(_ symbol: Symbol) -> PlanType? {
        guard case .kpi(let k) = graph[symbol.module].plan.declarations[symbol.declaration].kind else { return nil }
        var ignored: [Diagnostic] = []
        let t = TypeReader.read(k.type, file: path, diagnostics: &ignored)
        return t == .error ? nil : t
    }
}

/// An expression's place: its module and byte range.
public struct ExpressionKey: Sendable, Hashable {
    public var module: ModuleID
    public var range: SourceRange
    public init(module: ModuleID, range: SourceRange) { self.module = module; self.range = range }
}
