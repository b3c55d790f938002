import PlanwerkSyntax

/// Where the rules stage evaluates an expression with the ``Evaluator``: a
/// module's top-level names, and local names over them (template and flow
/// parameters, a campaign's items and `let`s) whose value may be unknown.
/// A template parameter read where the template is declared has no value:
/// the evaluator then gives ``Evaluation/Outcome/unknown``, and every rule
/// treats an unknown (or failed) value as "not known at check time" and
/// skips its check rather than guess. Members are those of
/// ``RulePlan/member(_:of:)``.
struct RuleEnvironment: EvaluationEnvironment {
    let plan: RulePlan
    /// Whose names are in scope (the root for its sidecar).
    let module: ModuleID
    /// Local names; they shadow the module's. A nil value is a name whose value is unknown here.
    var locals: [String: Value?]
    /// A campaign's tasks, posts and milestones by name (their position in
    /// the body): their values are unknown at check time, and they shadow
    /// parameters and the module's names. Shared with the ``BodyInstance``.
    var items: [String: Int] = [:]

    func value(ofName name: String) -> Value? {
        if !items.isEmpty, items[name] != nil { return nil }
        if !locals.isEmpty, let local = locals[name] { return local }
        return plan.symbol(name, in: module).flatMap(plan.value(of:))
    }

    /// Whether a name is bound here rather than in the module: an item, a parameter or a `let`.
    func isLocal(_ name: String) -> Bool {
        (!items.isEmpty && items[name] != nil) || (!locals.isEmpty && locals[name] != nil)
    }

    func member(_ name: String, of entity: EntityReference) -> Value? {
        // `lib.NAME`: `lib` is an imported file's alias, a `.plan` handle (``RulePlan/value(of:)``).
        if entity.kind == .plan { return plan.member(name, ofImport: entity.id, in: module) }
        return plan.entities.symbol(of: entity).flatMap { plan.member(name, of: $0) }
    }

    var currency: String { plan.units.currency }
    var businessDayMinutes: Int { plan.units.businessDayMinutes }
    var timeZone: any TimeZoneRules { plan.units.timeZone }
    func isWorkingDay(_ date: CivilDate) -> Bool { plan.units.isWorkingDay(date) }
    func workingHours(on date: CivilDate) -> [ClockSpan] { plan.units.workingHours(on: date) }

    // MARK: - Values

    /// The value of an expression here, or nil when it is unknown or in error.
    func value(_ e: Expr) -> Value? {
        Evaluator(environment: self, file: plan.graph[module].path).evaluate(e).value
    }

    /// The entity an expression names, if it is one of this kind.
    func entity(_ e: Expr, _ kind: SymbolKind) -> Symbol? { plan.entities.symbol(value(e), [kind]) }

    /// One entity or a list of them (`assign [max, lena]`, `to ceo`); nil if
    /// the value is unknown or any element is not an entity of these kinds.
    func entities(_ e: Expr, _ kinds: Set<SymbolKind>) -> [Symbol]? { plan.entities.symbols(value(e), kinds) }

    /// A date (not a date and time).
    func date(_ e: Expr) -> CivilDate? {
        if case .date(let d)? = value(e) { return d }
        return nil
    }

    /// `a..b` of dates, or one date as a one-day range (LANGUAGE.md §10).
    func dateRange(_ e: Expr) -> (CivilDate, CivilDate)? {
        switch value(e) {
        case .date(let d)?: return (d, d)
        case .range(.date(let a), .date(let b))?: return (a, b)
        default: return nil
        }
    }
}
