import PlanwerkSyntax

/// The environment an expression of the elaborated plan is evaluated in:
/// a module's top-level names (``PlanEnvironment``), local names over them
/// (template and flow arguments, a campaign's items and `let`s), the members
/// the elaboration knows (`t.lead`, `c.budget`, `plan.campaigns`), and,
/// after scheduling, the members only a schedule knows (`x.start`).
public struct ScopedEnvironment: EvaluationEnvironment {
    let base: PlanEnvironment
    /// Local names; they shadow the module's.
    public var locals: [String: Value]
    /// Members known from the plan, by entity id and member name.
    let known: [String: [String: Value]]
    /// Members known after scheduling (`start`, `end`, `slack`, `late`, `approved`).
    public var scheduled: (@Sendable (String, EntityReference) -> Value?)?

    init(base: PlanEnvironment, locals: [String: Value] = [:], known: [String: [String: Value]]) {
        self.base = base
        self.locals = locals
        self.known = known
    }

    /// The environment of a module of a checked plan, with what the elaboration and (optionally) a schedule know.
    public init(module: ModuleID, graph: ModuleGraph, checked: Checker.Result, plan: ElaboratedPlan,
                scheduled: (@Sendable (String, EntityReference) -> Value?)? = nil) {
        let root = PlanEnvironment(graph: graph, namespaces: checked.namespaces, inferredTypes: checked.inferredTypes)
        self.init(base: root.rebased(to: graph.isSidecar(module) ? graph.root : module), known: plan.knownMembers)
        self.scheduled = scheduled
    }

    public func value(ofName name: String) -> Value? {
        if !locals.isEmpty, let v = locals[name] { return v }
        return base.value(ofName: name)
    }

    public func member(_ name: String, of entity: EntityReference) -> Value? {
        if let v = known[entity.id]?[name] { return v }
        if let scheduled, let v = scheduled(name, entity) { return v }
        return base.member(name, of: entity)
    }

    public var currency: String { base.currency }
    public var businessDayMinutes: Int { base.businessDayMinutes }
    public var timeZone: any TimeZoneRules { base.timeZone }
    public func isWorkingDay(_ date: CivilDate) -> Bool { base.isWorkingDay(date) }
    public func workingHours(on date: CivilDate) -> [ClockSpan] { base.workingHours(on: date) }
    public func inferredType(of expr: Expr) -> PlanType? { base.inferredType(of: expr) }
}
