import PlanwerkSyntax

/// The members of entities the rules know without scheduling: `team.lead`,
/// `team.members`, `person.team`, `person.substitute`, channel `limit` and
/// `owner`, campaign `budget` and `owner`, each read from its clause in the
/// scope the clause is written in; and `lib.NAME` for an imported file.
/// Anything else (`x.start`, a campaign's items) is unknown.
extension RulePlan {
    func member(_ name: String, of s: Symbol) -> Value? {
        switch (s.kind, name) {
        case (.team, "members"): return .list(entities.members(of: s).compactMap(entities.value))
        case (.person, "team"): return entities.teamOf[s].flatMap(entities.value)
        case (.team, "lead"), (.person, "substitute"), (.channel, "limit"), (.channel, "owner"):
            return memberValues.value(for: MemberKey(entity: s, name: name)) {
                guard let body = block(of: s), let keyword = ClauseKeyword(rawValue: name) else { return nil }
                return clauseValue(keyword, in: body, scope(s.module))
            }
        case (.campaign, "budget"), (.campaign, "owner"):
            return memberValues.value(for: MemberKey(entity: s, name: name)) {
                guard let (body, bodyScope) = campaignBody(s), let keyword = ClauseKeyword(rawValue: name) else { return nil }
                return clauseValue(keyword, in: body, bodyScope)
            }
        default: return nil
        }
    }

    /// `lib.NAME`: a public name of the file a module alias names, seen from `module`.
    func member(_ name: String, ofImport alias: String, in module: ModuleID) -> Value? {
        guard let m = symbol(alias, in: module), m.kind == .module, let target = m.target,
              let s = spaces[target.index].own[name], s.isPublic else { return nil }
        return value(of: s)
    }

    /// The block of a team, person or channel declaration.
    func block(of s: Symbol) -> Block? {
        switch declaration(of: s) {
        case .team(let t):
            if s.kind == .team { return t.body }
            for case .person(let p) in (t.body?.clauses ?? []).map(\.kind) where p.name.text == s.name { return p.body }
            return nil
        case .person(let p): return p.body
        case .channel(let c): return c.body
        default: return nil
        }
    }

    /// The value of the first clause with this keyword and one value in a block.
    func clauseValue(_ keyword: ClauseKeyword, in body: Block, _ scope: RuleEnvironment) -> Value? {
        for clause in body.clauses {
            if case .values(let k, let values) = clause.kind, k == keyword, values.count == 1 {
                return scope.value(values[0])
            }
        }
        return nil
    }

    /// A campaign's body and the scope its clauses are read in: its own
    /// module, or for `campaign c = t(…)` the template's, with the arguments bound.
    func campaignBody(_ s: Symbol) -> (Block, RuleEnvironment)? {
        guard case .campaign(let c) = declaration(of: s) else { return nil }
        if let body = c.body { return (body, scope(s.module)) }
        guard let call = c.instantiation, case .call(let calleeExpr, let args) = call.kind,
              let t = callee(calleeExpr, in: s.module), case .template(let template) = declaration(of: t) else { return nil }
        let locals = bind(args, to: template.parameters, caller: scope(s.module), parametersIn: t.module)
        return (template.body, scope(t.module, locals: locals))
    }
}
