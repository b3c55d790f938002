import Foundation
import PlanwerkSyntax

/// Turns a checked module graph into an ``ElaboratedPlan``: walks the
/// declarations in depth-first import order, instantiates templates at their
/// use, binds approval flows to their arguments, and evaluates every clause
/// with the ``Evaluator`` in the scope it is written in.
///
/// Meant for a plan that checked without errors; on anything it cannot
/// evaluate it leaves the field empty rather than guess (the checker has
/// reported the cause).
public struct Elaborator {
    let graph: ModuleGraph
    let spaces: [Namespace]
    let inferredTypes: [ExpressionKey: PlanType]
    let cache = LetValueCache()
    var environments: [ModuleID: PlanEnvironment] = [:]
    /// Members known from the plan, by entity id.
    var known: [String: [String: Value]] = [:]
    var plan: ElaboratedPlan
    /// The position of each team in `plan.teams`, by id: approvals and owners ask for a team by id per use.
    var teamIndex: [String: Int] = [:]
    /// Where each reported evaluation error was, so that a template used twice reports it once.
    var reported: Set<String> = []
    /// Each flow bound to arguments, as elaborated the first time: every use
    /// with the same arguments gives the same steps (their errors are
    /// reported once per place anyway).
    var boundFlows: [BoundFlow: (elements: [FlowElement], rework: Int)] = [:]

    /// A flow and its parameters' values.
    struct BoundFlow: Hashable {
        var flow: Symbol
        var arguments: [String: Value]
    }

    /// Elaborates a plan that checked without errors.
    public static func elaborate(_ graph: ModuleGraph, checked: Checker.Result) -> ElaboratedPlan {
        var e = Elaborator(graph: graph, spaces: checked.namespaces, inferredTypes: checked.inferredTypes)
        e.run()
        return e.plan
    }

    init(graph: ModuleGraph, spaces: [Namespace], inferredTypes: [ExpressionKey: PlanType]) {
        self.graph = graph
        self.spaces = spaces
        self.inferredTypes = inferredTypes
        let base = PlanEnvironment(graph: graph, namespaces: spaces, module: graph.root, cache: cache, inferredTypes: inferredTypes)
        let settings = PlanSettings(graph: graph)
        let calendar = settings.calendar(namespaces: spaces)
        let name = graph.rootLoaded ? Self.planName(graph[graph.root].path) : "plan"
        plan = ElaboratedPlan(settings: ElaboratedSettings(
            name: name, start: nil, horizon: nil, timeZone: base.timeZone, currency: base.currency, now: nil,
            calendar: CalendarSpec(weekdays: calendar.weekdays, hours: calendar.hours, holidays: calendar.holidays)))
        environments[graph.root] = base
    }

    static func planName(_ path: String) -> String {
        var name = String(path.split(separator: "/").last ?? "plan")
        if name.hasSuffix(".plan") { name.removeLast(5) }
        return name
    }

    mutating func run() {
        guard graph.rootLoaded else { return }
        let order = declarationOrder()
        readSettings()
        for (module, decl) in order { collectOrganisation(module, decl) }
        var campaigns: [CampaignScope] = []
        for (module, decl) in order { if let c = campaignScope(module, decl) { campaigns.append(c) } }
        for c in campaigns { registerCampaign(c) }
        // Items are large values: growing the array by doubling copied them over and over.
        plan.items.reserveCapacity(plan.items.count + campaigns.reduce(0) { total, c in
            total + c.body.clauses.reduce(0) { if case .item = $1.kind { $0 + 1 } else { $0 } }
        })
        for c in campaigns { elaborateCampaign(c) }
        for (module, decl) in order { elaborateReport(module, decl) }
        known["plan"] = [
            "campaigns": .list(plan.campaigns.map { .entity(.campaign($0.id)) }),
            "reports": .list(plan.reports.map { .entity(.report($0.id)) }),
            "teams": .list(plan.teams.map { .entity(.team($0.id)) }),
            "people": .list(plan.people.map { .entity(.person($0.id)) }),
        ]
        for (module, decl) in order { collectAssertion(module, decl) }
        collectTracking()
        plan.knownMembers = known
    }

    /// Named declarations of every module in depth-first import order; a
    /// file imported twice counts once, at its first import.
    func declarationOrder() -> [(ModuleID, Int)] {
        var seen: Set<ModuleID> = [], out: [(ModuleID, Int)] = []
        func visit(_ m: ModuleID) {
            guard seen.insert(m).inserted, m.index < graph.modules.count else { return }
            let module = graph[m]
            for (index, decl) in module.plan.declarations.enumerated() {
                if case .importFile = decl.kind {
                    if let target = module.imports.first(where: { $0.range == decl.range })?.target { visit(target) }
                    continue
                }
                out.append((m, index))
            }
        }
        visit(graph.root)
        return out
    }

    /// Whether a named declaration is the one its name resolves to (not a duplicate).
    func owns(_ module: ModuleID, _ name: String, _ index: Int) -> Symbol? {
        guard module.index < spaces.count, let s = spaces[module.index].own[name], s.declaration == index else { return nil }
        return s
    }

    // MARK: - Evaluation

    /// The module whose names are in scope (a sidecar sees the root's).
    func scopeModule(_ m: ModuleID) -> ModuleID { graph.isSidecar(m) ? graph.root : m }

    mutating func environment(_ module: ModuleID, locals: [String: Value] = [:]) -> ScopedEnvironment {
        let m = scopeModule(module)
        let base: PlanEnvironment
        if let e = environments[m] {
            base = e
        } else {
            let root = environments[graph.root]!
            base = root.rebased(to: m)
            environments[m] = base
        }
        return ScopedEnvironment(base: base, locals: locals, known: known)
    }

    /// The value of an expression in a module with local names, or nil when unknown or in error.
    mutating func value(_ e: Expr, in module: ModuleID, locals: [String: Value] = [:]) -> Value? {
        let env = environment(module, locals: locals)
        return keep(Evaluator(environment: env, file: graph[module].path).evaluate(e))
    }

    /// Evaluation errors that mean the value cannot exist, whatever the schedule:
    /// a clause with one would otherwise be left out without a word (found by
    /// fuzzing: `effort 1bd / 0` and `effort 9223372036854775807bd` made tasks
    /// that take no time).
    static let definiteFailures: Set<DiagnosticCode> = [.divisionByZero, .arithmeticOverflow, .dateOutOfRange, .numberTooLarge, .emptyList]

    /// The evaluation's value; its definite errors go to the plan's diagnostics, once per place.
    mutating func keep(_ result: Evaluation) -> Value? {
        for d in result.diagnostics where d.severity == .error && Self.definiteFailures.contains(d.code) {
            if reported.insert("\(d.code.rawValue) \(d.span.file) \(d.span.range.start) \(d.span.range.end)").inserted {
                plan.diagnostics.append(d)
            }
        }
        return result.value
    }

    func span(_ module: ModuleID, _ range: SourceRange) -> SourceSpan { SourceSpan(file: graph[module].path, range: range) }

    mutating func text(_ e: Expr?, in module: ModuleID, locals: [String: Value] = [:]) -> String? {
        guard let e, case .text(let t)? = value(e, in: module, locals: locals) else { return nil }
        return t
    }

    /// Working minutes of a `bd`/`bh` value (elapsed values count their nominal minutes);
    /// past 64 bits, the largest (or smallest) there are, so that the scheduler cuts
    /// and reports it (P0509) instead of the clause being dropped without a word.
    func workingMinutes(_ v: Value?) -> Int? { Self.workingMinutes(v, dayLength: plan.settings.calendar.businessDayMinutes) }

    /// Working time as minutes with business days of `dayLength` minutes; elapsed time at its nominal length.
    static func workingMinutes(_ v: Value?, dayLength: Int) -> Int? {
        switch v {
        case .workTime(let w)?: return w.totalMinutes(dayLength: dayLength) ?? (w.days < 0 ? Int.min : Int.max)
        case .duration(let d)?: return d.nominalMinutes ?? (d.days < 0 ? Int.min : Int.max)
        default: return nil
        }
    }

    static func instant(_ v: Value?) -> PlanInstant? {
        switch v {
        case .dateTime(let dt)?: return .dateTime(dt)
        case .date(let d)?: return .date(d)
        default: return nil
        }
    }

    /// The ids of the entities of some kinds in a value (one entity or a list).
    static func ids(_ v: Value?, _ kind: EntityKind, _ other: EntityKind? = nil) -> [String] {
        var out: [String] = []
        collectIDs(v, kind, other, into: &out)
        return out
    }

    /// The ids of ``ids(_:_:_:)``, appended to one array (no array per element of a list).
    static func collectIDs(_ v: Value?, _ kind: EntityKind, _ other: EntityKind?, into out: inout [String]) {
        switch v {
        case .entity(let e)? where e.kind == kind || e.kind == other: out.append(e.id)
        case .list(let items)?:
            out.reserveCapacity(out.count + items.count)
            for item in items { collectIDs(item, kind, other, into: &out) }
        default: break
        }
    }

    // MARK: - Settings

    mutating func readSettings() {
        for decl in graph[graph.root].plan.declarations {
            guard case .setting(let s) = decl.kind else { continue }
            let v = value(s.value, in: graph.root)
            switch (s.keyword.text, v) {
            case ("start", .date(let d)?): plan.settings.start = d
            case ("horizon", .date(let d)?):
                plan.settings.horizon = d
                plan.settings.horizonSpan = span(graph.root, s.value.range)
            case ("now", .dateTime(let t)?): plan.settings.now = t
            case ("now", .date(let d)?): plan.settings.now = CivilDateTime(date: d, minute: 0)
            default: break
            }
        }
        if let sidecar = graph.sidecar {
            for decl in graph[sidecar].plan.declarations {
                guard case .setting(let s) = decl.kind, s.keyword.text == "now" else { continue }
                switch value(s.value, in: sidecar) {
                case .dateTime(let t)?: plan.settings.now = t
                case .date(let d)?: plan.settings.now = CivilDateTime(date: d, minute: 0)
                default: break
                }
            }
        }
        if plan.settings.horizon == nil, let start = plan.settings.start {
            let c = start.components
            plan.settings.horizon = CivilDate(year: c.year + 1, month: c.month, day: c.day) ?? CivilDate(year: c.year + 1, month: c.month, day: 28)
        }
    }
}
