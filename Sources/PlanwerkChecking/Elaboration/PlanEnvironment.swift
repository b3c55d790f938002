import Foundation
import PlanwerkSyntax

/// The plan as the evaluator sees it at check time: a `let` is its value,
/// a declared person, team, channel, campaign… is a reference to it, and the
/// root's `currency`, `timezone` and `calendar` settings give the units.
/// Anything known only after scheduling (`x.start`) is nil: "not known yet".
public struct PlanEnvironment: EvaluationEnvironment {
    /// What every module's view shares. A class, so that copying an
    /// environment (each evaluator holds one) is one reference, not a dozen:
    /// the copies showed in profiles of the elaboration.
    final class Shared {
        let graph: ModuleGraph
        let spaces: [Namespace]
        let cache: LetValueCache
        let inferredTypes: [ExpressionKey: PlanType]
        let currency: String
        let timeZone: any TimeZoneRules
        let weekdays: Set<Weekday>
        let hours: [ClockSpan]
        /// Holidays as ranges of day numbers (a range of years stays one entry).
        let holidays: [ClosedRange<Int>]
        let businessDayMinutes: Int

        init(graph: ModuleGraph, namespaces: [Namespace], cache: LetValueCache, inferredTypes: [ExpressionKey: PlanType]) {
            self.graph = graph
            self.spaces = namespaces
            self.cache = cache
            self.inferredTypes = inferredTypes
            let settings = PlanSettings(graph: graph)
            currency = settings.currency
            timeZone = settings.timeZone.flatMap { FoundationTimeZone(identifier: $0) } ?? FixedOffsetZone.utc
            let calendar = settings.calendar(namespaces: namespaces)
            weekdays = calendar.weekdays
            hours = calendar.hours
            holidays = calendar.holidays
            businessDayMinutes = calendar.hours.reduce(0) { $0 + $1.minutes }
        }
    }

    let shared: Shared
    /// Whose names are in scope.
    private(set) var module: ModuleID

    var graph: ModuleGraph { shared.graph }
    var spaces: [Namespace] { shared.spaces }
    var cache: LetValueCache { shared.cache }
    var inferredTypes: [ExpressionKey: PlanType] { shared.inferredTypes }
    public var currency: String { shared.currency }
    public var timeZone: any TimeZoneRules { shared.timeZone }
    var weekdays: Set<Weekday> { shared.weekdays }
    var hours: [ClockSpan] { shared.hours }
    var holidays: [ClosedRange<Int>] { shared.holidays }

    public init(graph: ModuleGraph, namespaces: [Namespace], inferredTypes: [ExpressionKey: PlanType] = [:]) {
        self.init(graph: graph, namespaces: namespaces, module: graph.root, cache: LetValueCache(), inferredTypes: inferredTypes)
    }

    init(graph: ModuleGraph, namespaces: [Namespace], module: ModuleID, cache: LetValueCache, inferredTypes: [ExpressionKey: PlanType]) {
        self.shared = Shared(graph: graph, namespaces: namespaces, cache: cache, inferredTypes: inferredTypes)
        self.module = module
    }

    /// The same plan seen from another module's names.
    func rebased(to other: ModuleID) -> PlanEnvironment {
        var copy = self
        copy.module = other
        return copy
    }

    public var businessDayMinutes: Int { shared.businessDayMinutes }
    public func inferredType(of expr: Expr) -> PlanType? { inferredTypes[ExpressionKey(module: module, range: expr.range)] }
    public func isWorkingDay(_ date: CivilDate) -> Bool {
        shared.weekdays.contains(date.weekday) && !shared.holidays.contains { $0.contains(date.dayNumber) }
    }
    public func workingHours(on date: CivilDate) -> [ClockSpan] { isWorkingDay(date) ? shared.hours : [] }

    public func value(ofName name: String) -> Value? {
        guard module.index < shared.spaces.count, let symbol = shared.spaces[module.index].lookup(name) else { return nil }
        return value(of: symbol)
    }

    func value(of symbol: Symbol) -> Value? {
        let kind: EntityKind
        switch symbol.kind {
        case .person: kind = .person
        case .team: kind = .team
        case .channel: kind = .channel
        case .calendar: kind = .calendar
        case .kpi: kind = .kpi
        case .campaign: kind = .campaign
        case .report: kind = .report
        case .approval: kind = .approval
        case .binding: return letValue(symbol)
        case .module: return .entity(EntityReference(kind: .plan, id: symbol.name))  // an import alias, for `lib.NAME`
        case .template: return nil
        }
        return .entity(EntityReference(kind: kind, id: symbol.name))
    }

    /// A top-level `let`'s value, evaluated once in its own module.
    func letValue(_ symbol: Symbol) -> Value? {
        cache.value(for: symbol) {
            guard case .binding(let l) = graph[symbol.module].plan.declarations[symbol.declaration].kind else { return nil }
            return Evaluator(environment: rebased(to: symbol.module), file: graph[symbol.module].plan.source.path).evaluate(l.value).value
        }
    }

    public func member(_ name: String, of entity: EntityReference) -> Value? {
        // `lib.NAME`: a public name of the file an import alias names.
        if entity.kind == .plan, entity.id != "plan" {
            guard spaces.indices.contains(module.index), let alias = spaces[module.index].lookup(entity.id), alias.kind == .module,
                  let target = alias.target, let s = spaces[target.index].own[name], s.isPublic else { return nil }
            return value(of: s)
        }
        guard entity.kind == .campaign, let symbol = spaces[module.index].lookup(entity.id), symbol.kind == .campaign,
              case .campaign(let c) = graph[symbol.module].plan.declarations[symbol.declaration].kind, let body = c.body else { return nil }
        for clause in body.clauses {
            switch clause.kind {
            case .item(let item) where item.name.text == name:
                let kind: EntityKind = item.kind == .post ? .post : item.kind == .milestone ? .milestone : .task
                return .entity(EntityReference(kind: kind, id: "\(entity.id).\(name)"))
            case .values(.budget, let values) where name == "budget" && values.count == 1:
                return Evaluator(environment: rebased(to: symbol.module), file: graph[symbol.module].plan.source.path).evaluate(values[0]).value
            default: continue
            }
        }
        return nil
    }
}

/// Values of `let`s already evaluated, shared by the environments of one
/// check. A reference type on purpose: the evaluator's environment is read
/// only, and the memo (with its guard against `let`s that depend on
/// themselves) must survive across nested evaluations.
typealias LetValueCache = ValueMemo<Symbol>

/// Values already evaluated, by what they are the value of (a `let`, an
/// entity's member), with a guard against a value that depends on itself:
/// asked for again while it is being computed, it is unknown (nil).
final class ValueMemo<Key: Hashable> {
    private var values: [Key: Value?] = [:]
    private var evaluating: Set<Key> = []

    func value(for key: Key, compute: () -> Value?) -> Value? {
        if let known = values[key] { return known }
        guard evaluating.insert(key).inserted else { return nil }  // a cycle, reported by the checker
        let v = compute()
        evaluating.remove(key)
        values[key] = v
        return v
    }
}
