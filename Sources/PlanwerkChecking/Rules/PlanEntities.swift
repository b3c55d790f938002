import PlanwerkSyntax

/// The plan's declared entities (people, teams, channels, calendars, KPIs,
/// approval flows, campaigns, reports of every loaded file) as the
/// ``Evaluator``'s values and back, and who is declared in which team.
///
/// An entity's ``EntityReference`` id is its name, as the elaborated plan
/// writes it. A name declared in more than one file (a private `_name`, or
/// one behind a qualified import) keeps the plain id for the root's own
/// declaration, else for the first in the module graph's order; the others
/// are `name#N`, N their module's number, so that a value always names
/// exactly one declaration.
struct PlanEntities {
    /// Each entity's reference, by its declaration.
    private var references: [Symbol: EntityReference] = [:]
    /// Each entity by its reference's id.
    private var symbols: [String: Symbol] = [:]
    /// The team each person is declared in.
    private(set) var teamOf: [Symbol: Symbol] = [:]
    /// The people declared inside each team, in declaration order.
    private var teamMembers: [Symbol: [Symbol]] = [:]

    init(graph: ModuleGraph, spaces: [Namespace]) {
        let modules = graph.modules.map(\.id).filter { $0.index < spaces.count }
        for module in modules.filter({ $0 == graph.root }) + modules.filter({ $0 != graph.root }) {
            for (name, s) in spaces[module.index].own {
                // The entity kinds of SymbolKind are spelt as in EntityKind; templates, `let`s and aliases are not entities.
                guard let kind = EntityKind(rawValue: s.kind.rawValue) else { continue }
                let id = symbols[name] == nil ? name : "\(name)#\(module.index)"
                references[s] = EntityReference(kind: kind, id: id)
                symbols[id] = s
            }
        }
        for module in graph.modules where module.id.index < spaces.count {
            let own = spaces[module.id.index].own
            for decl in module.plan.declarations {
                guard case .team(let t) = decl.kind, let team = own[t.name.text] else { continue }
                for case .person(let p) in (t.body?.clauses ?? []).map(\.kind) {
                    guard let person = own[p.name.text], person.kind == .person else { continue }
                    teamOf[person] = team
                    if team.kind == .team { teamMembers[team, default: []].append(person) }
                }
            }
        }
    }

    /// The people declared inside a team, in declaration order.
    func members(of team: Symbol) -> [Symbol] { teamMembers[team] ?? [] }

    /// An entity as a value; nil for what is not an entity (a template, a `let`, an imported file).
    func value(_ s: Symbol) -> Value? { references[s].map { .entity($0) } }

    /// The declaration a reference names; nil for what is not declared at the top level (a campaign's task).
    func symbol(of ref: EntityReference) -> Symbol? {
        guard let s = symbols[ref.id], references[s] == ref else { return nil }
        return s
    }

    /// The declaration a value names, if it is one entity of one of these kinds.
    func symbol(_ v: Value?, _ kinds: Set<SymbolKind>) -> Symbol? {
        guard case .entity(let ref)? = v, let s = symbol(of: ref), kinds.contains(s.kind) else { return nil }
        return s
    }

    /// One entity or a list of them (`assign [max, lena]`, `to ceo`); nil if
    /// the value is unknown, or any element is not an entity of these kinds.
    func symbols(_ v: Value?, _ kinds: Set<SymbolKind>) -> [Symbol]? {
        if case .list(let items)? = v {
            var out: [Symbol] = []
            for item in items {
                guard let s = symbol(item, kinds) else { return nil }
                out.append(s)
            }
            return out
        }
        return symbol(v, kinds).map { [$0] }
    }
}
