import PlanwerkSyntax

/// The plan as the rules stage reads it, shared by every
/// ``RuleEnvironment`` of one check: the modules and their names, the
/// entities as values (``PlanEntities``), the plan's units and calendar, and
/// memos of the `let`s and members already evaluated, which also stop a
/// value that depends on itself (`let a = b; let b = a`, `lead t.lead`)
/// from looping: it is unknown.
///
/// A class: every environment and evaluator holds it, and copying a struct
/// of this many references showed in profiles (hundreds of instructions
/// per evaluated name).
final class RulePlan {
    let graph: ModuleGraph
    let spaces: [Namespace]
    let entities: PlanEntities
    /// The plan's currency, time zone and working calendar.
    let units: PlanEnvironment
    let lets = LetValueCache()
    let memberValues = ValueMemo<MemberKey>()

    /// A member of a declared entity (`legal.lead`, `winter.budget`).
    struct MemberKey: Hashable {
        var entity: Symbol
        var name: String
    }

    init(graph: ModuleGraph, spaces: [Namespace]) {
        self.graph = graph
        self.spaces = spaces
        entities = PlanEntities(graph: graph, spaces: spaces)
        units = PlanEnvironment(graph: graph, namespaces: spaces)
    }

    /// The environment of a module's top level (the root's for its sidecar), with local names over it.
    func scope(_ module: ModuleID, locals: [String: Value?] = [:]) -> RuleEnvironment {
        RuleEnvironment(plan: self, module: graph.isSidecar(module) ? graph.root : module, locals: locals)
    }

    func declaration(of s: Symbol) -> DeclarationKind { graph[s.module].plan.declarations[s.declaration].kind }

    // MARK: - Names

    /// A top-level name seen from a module.
    func symbol(_ name: String, in module: ModuleID) -> Symbol? {
        guard module.index < spaces.count else { return nil }
        return spaces[(graph.isSidecar(module) ? graph.root : module).index].lookup(name)
    }

    /// The declaration a callee names: `flow`, `t` or `lib.t`.
    func callee(_ e: Expr, in module: ModuleID) -> Symbol? {
        switch e.kind {
        case .name(let n): return symbol(n, in: module)
        case .member(let base, let n):
            guard case .name(let alias) = base.kind, let m = symbol(alias, in: module), let target = m.target,
                  let s = spaces[target.index].own[n.text], s.isPublic else { return nil }
            return s
        case .paren(let x): return callee(x, in: module)
        default: return nil
        }
    }

    /// The value of a top-level name: an entity, a `let`'s value (evaluated
    /// once, in its own module), or for an imported file's alias a handle
    /// whose members are that file's public names (see ``RuleEnvironment/member(_:of:)``).
    func value(of s: Symbol) -> Value? {
        switch s.kind {
        case .binding:
            return lets.value(for: s) {
                guard case .binding(let l) = declaration(of: s) else { return nil }
                return scope(s.module).value(l.value)
            }
        case .module: return .entity(EntityReference(kind: .plan, id: s.name))
        default: return entities.value(s)
        }
    }

    // MARK: - Arguments

    /// Binds call arguments (positional, then `name:`) to parameters, with
    /// defaults evaluated where the parameters are declared; unknown values are nil.
    func bind(_ args: [CallArgument], to params: [Parameter], caller: RuleEnvironment, parametersIn module: ModuleID) -> [String: Value?] {
        var bound: [String: Value?] = [:]
        var positional = 0
        for arg in args {
            if let label = arg.label {
                guard params.contains(where: { $0.name.text == label.text }) else { continue }
                bound[label.text] = .some(caller.value(arg.value))
            } else if positional < params.count {
                bound[params[positional].name.text] = .some(caller.value(arg.value))
                positional += 1
            }
        }
        for p in params where bound[p.name.text] == nil {
            bound[p.name.text] = .some(p.defaultValue.flatMap { scope(module).value($0) })
        }
        return bound
    }

    /// Every parameter unknown: how a template or flow body is read where it is declared.
    static func unknowns(_ params: [Parameter]) -> [String: Value?] {
        Dictionary(params.map { ($0.name.text, Value?.none) }, uniquingKeysWith: { a, _ in a })
    }
}
