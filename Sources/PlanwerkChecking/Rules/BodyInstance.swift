import PlanwerkSyntax

/// A campaign or report as the rules see it: its body and the scope its
/// clauses are read in. A campaign made from a template (`campaign spring =
/// product_launch(…)`) is the template's body with the arguments bound; a
/// template body is also read once where it is declared, with every
/// parameter unknown, so that what does not depend on the arguments is
/// reported once, at the template, and not at every use.
struct BodyInstance {
    /// A campaign or a report.
    enum Kind { case campaign, report }

    /// Where the body comes from.
    enum Origin {
        case declared
        /// Made from a template: which one, and the call that made it.
        case made(template: Symbol, at: SourceSpan)
        /// A template body where it is declared.
        case template
    }

    var kind: Kind
    /// The campaign's or report's name (the template's, for a template body).
    var name: String
    /// The campaign or report; nil for a template body.
    var symbol: Symbol?
    var origin: Origin
    var body: Block
    /// The body's module, its parameters, items (unknown values) and `let`s.
    var scope: RuleEnvironment
    /// The name where the campaign, report or template is declared.
    var nameSpan: SourceSpan
    /// The body's file.
    var file: String

    /// Whether it is scheduled: declared or made from a template, not a template body.
    var isReal: Bool {
        if case .template = origin { return false }
        return true
    }

    /// Whether it is a template body as written.
    var isTemplateBody: Bool { !isReal }

    /// Whether the body has a `start` clause (known or not).
    var hasStart: Bool {
        body.clauses.contains { if case .values(.start, _) = $0.kind { return true } else { return false } }
    }

    /// Made from a template: what does not depend on the arguments was checked at the template.
    var madeFromTemplate: Bool { madeAt != nil }

    /// The call that made it, for campaigns and reports made from a template.
    var madeAt: SourceSpan? {
        if case .made(_, let at) = origin { return at }
        return nil
    }

    func span(_ range: SourceRange) -> SourceSpan { SourceSpan(file: file, range: range) }

    /// The tasks, posts and milestones of a campaign, read from the body in place.
    var items: BodyItems

    /// Each item's position in ``items`` by name (the first, where a name is repeated).
    var itemIndex: [String: Int] { scope.items }

    /// How an item of this campaign is named in messages: bare for a declared
    /// campaign or a template body, `campaign.item` for one made from a template.
    func itemName(_ item: ItemDecl) -> String {
        if case .made = origin { return "\(name).\(item.name.text)" }
        return item.name.text
    }

    /// A secondary label at the call that made this instance, if it was made from a template.
    var madeHereLabel: [DiagnosticLabel] {
        guard let at = madeAt else { return [] }
        return [DiagnosticLabel(span: at, message: "`\(name)` is made from the template here")]
    }
}

extension PlanFacts {
    /// Gathers template bodies, then declared and instantiated campaigns and reports, in declaration order.
    mutating func collectInstances(_ spaces: [Namespace]) {
        var templates: [BodyInstance] = [], real: [BodyInstance] = []
        var reportTemplates: [BodyInstance] = [], realReports: [BodyInstance] = []
        for module in graph.modules where module.id.index < spaces.count {
            let own = spaces[module.id.index].own
            for (index, decl) in module.plan.declarations.enumerated() {
                switch decl.kind {
                case .template(let t):
                    guard let s = own[t.name.text], s.declaration == index else { continue }
                    let instance = body(t.kind.text == "report" ? .report : .campaign, name: t.name.text, symbol: nil, origin: .template,
                                        body: t.body, module: module.id, locals: RulePlan.unknowns(t.parameters), nameRange: t.name.range)
                    if t.kind.text == "report" { reportTemplates.append(instance) } else { templates.append(instance) }
                case .campaign(let c):
                    guard let s = own[c.name.text], s.kind == .campaign, s.declaration == index else { continue }
                    if let b = c.body {
                        real.append(body(.campaign, name: s.name, symbol: s, origin: .declared, body: b, module: module.id, locals: [:], nameRange: c.name.range))
                    } else if let call = c.instantiation, let made = instantiate(call, kind: .campaign, name: s.name, symbol: s, nameRange: c.name.range, in: module.id) {
                        real.append(made)
                    }
                case .report(let r):
                    guard let s = own[r.name.text], s.declaration == index else { continue }
                    if let params = r.parameters, let b = r.body {
                        reportTemplates.append(body(.report, name: s.name, symbol: nil, origin: .template, body: b, module: module.id,
                                                    locals: RulePlan.unknowns(params), nameRange: r.name.range))
                    } else if let b = r.body {
                        realReports.append(body(.report, name: s.name, symbol: s, origin: .declared, body: b, module: module.id, locals: [:], nameRange: r.name.range))
                    } else if let call = r.instantiation, let made = instantiate(call, kind: .report, name: s.name, symbol: s, nameRange: r.name.range, in: module.id) {
                        realReports.append(made)
                    }
                default: break
                }
            }
        }
        campaigns = templates + real
        for (k, c) in campaigns.enumerated() { if let s = c.symbol { campaignIndex[s] = k } }
        reports = reportTemplates + realReports
    }

    /// `campaign c = t(args)` or `report r = t(args)`: the template's body with the arguments bound.
    func instantiate(_ call: Expr, kind: BodyInstance.Kind, name: String, symbol: Symbol, nameRange: SourceRange, in module: ModuleID) -> BodyInstance? {
        guard case .call(let calleeExpr, let args) = call.kind, let t = plan.callee(calleeExpr, in: module) else { return nil }
        let params: [Parameter], templateBody: Block
        switch plan.declaration(of: t) {
        case .template(let td) where (td.kind.text == "report") == (kind == .report):
            (params, templateBody) = (td.parameters, td.body)
        case .report(let r) where kind == .report:
            guard let p = r.parameters, let b = r.body else { return nil }
            (params, templateBody) = (p, b)
        default: return nil
        }
        let locals = plan.bind(args, to: params, caller: plan.scope(module), parametersIn: t.module)
        var made = body(kind, name: name, symbol: symbol, origin: .made(template: t, at: span(module, call.range)),
                        body: templateBody, module: t.module, locals: locals, nameRange: nameRange)
        made.nameSpan = span(module, nameRange)
        return made
    }

    /// An instance with its scope: parameters, then items (unknown values), then the body's `let`s in order.
    /// The items are found once, by position, and named once in a table the
    /// scope and the rules share (nothing per item is copied or boxed).
    func body(_ kind: BodyInstance.Kind, name: String, symbol: Symbol?, origin: BodyInstance.Origin, body: Block,
              module: ModuleID, locals: [String: Value?], nameRange: SourceRange) -> BodyInstance {
        var scope = plan.scope(module, locals: locals)
        let items = BodyItems(body.clauses)
        var index = [String: Int](minimumCapacity: items.count)
        for i in items.indices where index[items.name(i)] == nil { index[items.name(i)] = i }
        scope.items = index
        for clause in body.clauses {
            if case .binding(let l) = clause.kind { scope.locals[l.name.text] = .some(scope.value(l.value)) }
        }
        return BodyInstance(kind: kind, name: name, symbol: symbol, origin: origin, body: body, scope: scope,
                            nameSpan: span(module, nameRange), file: graph[module].path, items: items)
    }
}

/// The tasks, posts and milestones of a body: the clauses that declare them,
/// by position, read in place (an `ItemDecl` is copied out only where a rule
/// reads one).
struct BodyItems: RandomAccessCollection {
    private let clauses: [Clause]
    /// The positions in ``clauses`` of the item clauses, in order: found here, so each holds an item.
    private let positions: [Int]

    init(_ clauses: [Clause]) {
        self.clauses = clauses
        var positions: [Int] = []
        positions.reserveCapacity(clauses.count)
        for c in clauses.indices { if case .item = clauses[c].kind { positions.append(c) } }
        self.positions = positions
    }

    var startIndex: Int { 0 }
    var endIndex: Int { positions.count }

    subscript(i: Int) -> ItemDecl {
        guard case .item(let item) = clauses[positions[i]].kind else {
            preconditionFailure("BodyItems holds the positions of item clauses only")
        }
        return item
    }

    /// The name of item `i`, without copying the whole declaration.
    func name(_ i: Int) -> String {
        if case .item(let item) = clauses[positions[i]].kind { return item.name.text }
        return ""
    }

    /// Whether item `i` is a task, post or milestone, without copying the whole declaration.
    func kind(_ i: Int) -> ItemKind {
        if case .item(let item) = clauses[positions[i]].kind { return item.kind }
        return .task
    }

    /// The clauses of item `i`'s block (none without one), without copying
    /// the whole declaration: a rule that walks every item of a large plan
    /// then touches one part of each, not all of it.
    func clauses(of i: Int) -> [Clause] {
        if case .item(let item) = clauses[positions[i]].kind { return item.body?.clauses ?? [] }
        return []
    }
}
