import PlanwerkSyntax

/// A person as the rules see them: their team, `away` ranges and substitute.
struct PersonFact {
    var symbol: Symbol
    var declaration: PersonDecl
    /// The team the person is declared in, if any.
    var team: Symbol?
    /// Each known `away` range with the span of the value that gives it.
    var away: [(from: CivilDate, to: CivilDate, span: SourceSpan)]
    var substitute: Symbol?
    var substituteSpan: SourceSpan?
}

/// A team: its members (the people declared inside it), lead and `reports_to`.
struct TeamFact {
    var symbol: Symbol
    var declaration: TeamDecl
    var members: [Symbol]
    var lead: Symbol?
    var leadSpan: SourceSpan?
    /// Each `reports_to` target (a person or a team) with its span.
    var reportsTo: [(target: Symbol, span: SourceSpan)]
}

/// A channel: the name users know it by and its `limit`.
struct ChannelFact {
    var symbol: Symbol
    /// The title (`"X (@LumoHome)"`), else the name.
    var shownName: String
    var limit: Int?
    var limitSpan: SourceSpan?
}

/// An approval flow where it is declared.
struct FlowFact {
    var symbol: Symbol
    var declaration: ApprovalDecl
}

/// A rule (`require …`, `allow …`) and where it stands.
struct RuleFact {
    var rule: RuleDecl
    var module: ModuleID
    var span: SourceSpan
}

/// A setting line (`timezone "Europe/Berlin"`) of any loaded file.
struct SettingFact {
    var declaration: SettingDecl
    var module: ModuleID
    var span: SourceSpan
    /// Whether it counts: written in the root file or its tracking sidecar.
    var isRoot: Bool
}

/// The days the plan covers: its `start` to its `horizon` (default one year after the start).
struct PlanWindow {
    var start: CivilDate
    var horizon: CivilDate
}

/// Everything the domain checks need to know about a plan, gathered once
/// from all loaded modules: people, teams, channels, approval flows, rules,
/// settings, the plan window, and every campaign and report (declared, made
/// from a template, and each template body as written).
struct PlanFacts {
    let graph: ModuleGraph
    /// The plan as its values are read: names, entities, `let`s and members.
    let plan: RulePlan
    var people: [Symbol: PersonFact] = [:]
    var peopleOrder: [Symbol] = []
    var teams: [Symbol: TeamFact] = [:]
    var teamOrder: [Symbol] = []
    var channels: [Symbol: ChannelFact] = [:]
    var flows: [FlowFact] = []
    var rules: [RuleFact] = []
    var settings: [SettingFact] = []
    var window: PlanWindow?
    /// Template bodies first, then campaigns in declaration order (depth-first import order).
    var campaigns: [BodyInstance] = []
    /// Real campaigns by their symbol.
    var campaignIndex: [Symbol: Int] = [:]
    var reports: [BodyInstance] = []
    /// People away for the whole plan window (worked out once: steps ask about each of their approvers).
    var awayThroughout: Set<Symbol> = []

    init(graph: ModuleGraph, spaces: [Namespace]) {
        self.graph = graph
        plan = RulePlan(graph: graph, spaces: spaces)
        for module in graph.modules where module.id.index < spaces.count {
            let own = spaces[module.id.index].own
            for (index, decl) in module.plan.declarations.enumerated() {
                let here = { (range: SourceRange) in SourceSpan(file: module.path, range: range) }
                switch decl.kind {
                case .team(let t):
                    guard let s = own[t.name.text], s.kind == .team, s.declaration == index else { continue }
                    addTeam(s, t)
                case .person(let p):
                    guard let s = own[p.name.text], s.kind == .person, s.declaration == index else { continue }
                    addPerson(s, p, team: nil)
                case .channel(let c):
                    guard let s = own[c.name.text], s.kind == .channel, s.declaration == index else { continue }
                    addChannel(s, c)
                case .approval(let a):
                    guard let s = own[a.name.text], s.kind == .approval, s.declaration == index else { continue }
                    flows.append(FlowFact(symbol: s, declaration: a))
                case .rule(let r):
                    rules.append(RuleFact(rule: r, module: module.id, span: here(decl.range)))
                case .setting(let s):
                    settings.append(SettingFact(declaration: s, module: module.id, span: here(decl.range),
                                                isRoot: module.id == graph.root || graph.isSidecar(module.id)))
                default: break
                }
            }
        }
        window = Self.window(settings.filter(\.isRoot), plan)
        awayThroughout = Set(people.keys.filter { computeAwayThroughout($0) })
        collectInstances(spaces)
    }

    func span(_ module: ModuleID, _ range: SourceRange) -> SourceSpan { SourceSpan(file: graph[module].path, range: range) }

    mutating func addTeam(_ s: Symbol, _ t: TeamDecl) {
        let scope = plan.scope(s.module)
        var fact = TeamFact(symbol: s, declaration: t, members: [], lead: nil, leadSpan: nil, reportsTo: [])
        for clause in t.body?.clauses ?? [] {
            switch clause.kind {
            case .person(let p):
                guard let person = plan.spaces[s.module.index].own[p.name.text], person.kind == .person else { continue }
                fact.members.append(person)
                addPerson(person, p, team: s)
            case .values(.lead, let values) where values.count == 1:
                fact.lead = scope.entity(values[0], .person)
                fact.leadSpan = span(s.module, values[0].range)
            case .values(.reportsTo, let values):
                for v in values {
                    for target in scope.entities(v, [.person, .team]) ?? [] {
                        fact.reportsTo.append((target, span(s.module, v.range)))
                    }
                }
            default: break
            }
        }
        teams[s] = fact
        teamOrder.append(s)
    }

    mutating func addPerson(_ s: Symbol, _ p: PersonDecl, team: Symbol?) {
        let scope = plan.scope(s.module)
        var fact = PersonFact(symbol: s, declaration: p, team: team, away: [])
        for clause in p.body?.clauses ?? [] {
            switch clause.kind {
            case .values(.away, let values):
                for v in values {
                    let items: [Expr]
                    if case .list(let xs) = v.kind { items = xs } else { items = [v] }
                    for item in items {
                        if let (a, b) = scope.dateRange(item) { fact.away.append((a, b, span(s.module, item.range))) }
                    }
                }
            case .values(.substitute, let values) where values.count == 1:
                fact.substitute = scope.entity(values[0], .person)
                fact.substituteSpan = span(s.module, values[0].range)
            default: break
            }
        }
        people[s] = fact
        peopleOrder.append(s)
    }

    mutating func addChannel(_ s: Symbol, _ c: ChannelDecl) {
        let scope = plan.scope(s.module)
        var shown = s.name
        if let title = c.title, case .text(let t)? = scope.value(title) { shown = t }
        var fact = ChannelFact(symbol: s, shownName: shown)
        for clause in c.body?.clauses ?? [] {
            if case .values(.limit, let values) = clause.kind, values.count == 1 {
                if case .int(let n)? = scope.value(values[0]) { fact.limit = n }
                fact.limitSpan = span(s.module, clause.range)
            }
        }
        channels[s] = fact
    }

    /// The plan window from the root's `start` and `horizon`; nil without a known start.
    static func window(_ root: [SettingFact], _ plan: RulePlan) -> PlanWindow? {
        func date(_ keyword: String) -> CivilDate? {
            guard let s = root.first(where: { $0.declaration.keyword.text == keyword }) else { return nil }
            return plan.scope(s.module).date(s.declaration.value)
        }
        guard let start = date("start") else { return nil }
        if let horizon = date("horizon") { return PlanWindow(start: start, horizon: horizon) }
        let c = start.components
        let next = CivilDate(year: c.year + 1, month: c.month, day: c.day) ?? CivilDate(year: c.year + 1, month: c.month, day: 28)
        return next.map { PlanWindow(start: start, horizon: $0) }
    }

    // MARK: - Questions the rules ask

    /// Whether the person's `away` ranges cover every day of the plan window
    /// (then they decide nothing in this plan); false when the window is unknown.
    func isAwayThroughout(_ person: Symbol) -> Bool { !awayThroughout.isEmpty && awayThroughout.contains(person) }

    func computeAwayThroughout(_ person: Symbol) -> Bool {
        guard let window, let fact = people[person], !fact.away.isEmpty else { return false }
        let ranges = fact.away.map { ($0.from.dayNumber, $0.to.dayNumber) }.sorted { $0.0 < $1.0 }
        var covered = window.start.dayNumber - 1
        for (a, b) in ranges {
            if a > covered + 1 { break }
            covered = max(covered, b)
        }
        return covered >= window.horizon.dayNumber
    }

    /// How a person, team or other entity is named in messages: `` `lena` ``.
    static func quoted(_ s: Symbol) -> String { "`\(s.name)`" }
}
