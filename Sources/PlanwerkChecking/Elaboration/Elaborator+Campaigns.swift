import Foundation
import PlanwerkSyntax

/// A campaign's body and the scope its clauses are read in: the body's
/// module, the template's arguments, its items and `let`s.
struct CampaignScope {
    var id: String
    var title: String
    var body: Block
    /// The module the body is written in (the template's, for a campaign made from one).
    var module: ModuleID
    var locals: [String: Value]
    var span: SourceSpan
}

extension Elaborator {
    /// The scope of a declared campaign, or of one made from a template (its arguments bound).
    mutating func campaignScope(_ module: ModuleID, _ index: Int) -> CampaignScope? {
        guard case .campaign(let c) = graph[module].plan.declarations[index].kind,
              let symbol = owns(module, c.name.text, index), symbol.kind == .campaign else { return nil }
        let title = text(c.title, in: module) ?? c.name.text
        let nameSpan = span(module, c.name.range)
        if let body = c.body {
            return CampaignScope(id: c.name.text, title: title, body: body, module: module, locals: [:], span: nameSpan)
        }
        guard let call = c.instantiation, case .call(let callee, let args) = call.kind,
              let t = resolve(callee, in: module), case .template(let td) = graph[t.module].plan.declarations[t.declaration].kind
        else { return nil }
        let locals = bind(args, to: td.parameters, callerModule: module, callerLocals: [:], parametersIn: t.module)
        return CampaignScope(id: c.name.text, title: title, body: td.body, module: t.module, locals: locals, span: nameSpan)
    }

    /// The declaration a callee names: `flow`, `t` or `lib.t`.
    func resolve(_ callee: Expr, in module: ModuleID) -> Symbol? {
        let m = scopeModule(module)
        guard m.index < spaces.count else { return nil }
        switch callee.kind {
        case .name(let n): return spaces[m.index].lookup(n)
        case .member(let base, let n):
            guard case .name(let alias) = base.kind, let s = spaces[m.index].lookup(alias), let target = s.target,
                  let found = spaces[target.index].own[n.text], found.isPublic else { return nil }
            return found
        case .paren(let x): return resolve(x, in: module)
        default: return nil
        }
    }

    /// Arguments bound to parameters: positional, then `name:`, then defaults (evaluated where the parameters are declared).
    mutating func bind(_ args: [CallArgument], to params: [Parameter], callerModule: ModuleID, callerLocals: [String: Value],
                       parametersIn module: ModuleID) -> [String: Value] {
        var bound: [String: Value] = [:]
        var positional = 0
        for arg in args {
            let v = value(arg.value, in: callerModule, locals: callerLocals)
            if let label = arg.label {
                if let v { bound[label.text] = v }
            } else if positional < params.count {
                if let v { bound[params[positional].name.text] = v }
                positional += 1
            }
        }
        for p in params where bound[p.name.text] == nil {
            if let d = p.defaultValue, let v = value(d, in: module) { bound[p.name.text] = v }
        }
        return bound
    }

    /// Items become names in the campaign's scope and members of the campaign; then its `let`s, budget, owner.
    mutating func registerCampaign(_ c: CampaignScope) {
        var members: [String: Value] = [:]
        members.reserveCapacity(c.body.clauses.count + 2)
        var all: [Value] = [], posts: [Value] = []
        for clause in c.body.clauses {
            guard case .item(let item) = clause.kind else { continue }
            let kind: EntityKind = item.kind == .post ? .post : item.kind == .milestone ? .milestone : .task
            let ref = Value.entity(EntityReference(kind: kind, id: "\(c.id).\(item.name.text)"))
            members[item.name.text] = ref
            all.append(ref)
            if kind == .post { posts.append(ref) }
        }
        members["tasks"] = .list(all)
        members["posts"] = .list(posts)
        if known[c.id] == nil { known[c.id] = members } else { known[c.id]!.merge(members) { $1 } }
    }

    mutating func elaborateCampaign(_ scope: CampaignScope) {
        var locals = scope.locals
        for (name, v) in known[scope.id] ?? [:] where name != "tasks" && name != "posts" { locals[name] = v }
        for clause in scope.body.clauses {
            if case .binding(let l) = clause.kind, let v = value(l.value, in: scope.module, locals: locals) { locals[l.name.text] = v }
        }
        var campaign = PlanCampaign(id: scope.id, title: scope.title, owner: [], start: nil, budget: nil, items: [], goals: [], span: scope.span)
        for clause in scope.body.clauses {
            switch clause.kind {
            case .values(.owner, let values):
                campaign.owner = values.flatMap { Self.ids(value($0, in: scope.module, locals: locals), .team, .person) }
            case .values(.start, let values) where values.count == 1:
                campaign.start = Self.instant(value(values[0], in: scope.module, locals: locals))
            case .values(.budget, let values) where values.count == 1:
                if case .money(let m)? = value(values[0], in: scope.module, locals: locals) { campaign.budget = m }
            case .goal(let kpi, let op, let target):
                if let k = Self.ids(value(kpi, in: scope.module, locals: locals), .kpi).first,
                   let t = value(target, in: scope.module, locals: locals) {
                    campaign.goals.append(PlanGoal(kpi: k, op: op, target: t, span: span(scope.module, clause.range)))
                }
            default: break
            }
        }
        if let b = campaign.budget { known[scope.id, default: [:]]["budget"] = .money(b) }
        if let owner = campaign.owner.first { known[scope.id, default: [:]]["owner"] = .entity(EntityReference(kind: teamIndex[owner] != nil ? .team : .person, id: owner)) }
        // One evaluator for all the items: their environment does not change while they are read.
        var evaluator = itemEvaluator(campaign: scope, locals: locals)
        for clause in scope.body.clauses {
            guard case .item(let item) = clause.kind else { continue }
            campaign.items.append(plan.items.count)
            plan.items.append(elaborateItem(item, campaign: scope, locals: locals, evaluator: &evaluator))
        }
        plan.campaigns.append(campaign)
    }
}
