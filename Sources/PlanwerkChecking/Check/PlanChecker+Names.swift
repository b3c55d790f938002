import PlanwerkSyntax

/// Names, members, `let`s and calls.
extension PlanChecker {
    mutating func inferName(_ name: Name, _ kinds: Set<SymbolKind>?) -> PlanType {
        if let local = scopes.lookup(name.text) { return type(of: local) }
        if let symbol = lookupSymbol(name.text) { return type(of: symbol, at: name) }
        unknown(name, kinds: kinds)
        return .error
    }

    func type(of local: LocalBinding) -> PlanType {
        switch local {
        case .parameter(let p): return paramType(p)
        case .item(let kind, _):
            switch kind {
            case .task: return .task
            case .post: return .post
            case .milestone: return .milestone
            }
        case .binding: return .error  // campaign lets: typed where declared
        case .lambdaParameter(_, let t): return t
        }
    }

    mutating func type(of symbol: Symbol, at use: Name) -> PlanType {
        switch symbol.kind {
        case .team: return .team
        case .person: return .person
        case .channel: return .channel
        case .calendar: return .calendar
        case .kpi: return .kpi
        case .approval: return .approval
        case .campaign: return .campaign
        case .report: return .report
        case .binding:
            guard case .binding(let l) = graph[symbol.module].plan.declarations[symbol.declaration].kind else { return .error }
            return letType(module: symbol.module, index: symbol.declaration, l)
        case .template:
            diagnostics.append(Diagnostic(.notCallable, .error, "`\(symbol.name)` is a template; it makes a campaign or report when called",
                                          at: span(use.range), help: ["write `campaign NAME = \(symbol.name)(…)`"]))
            return .error
        case .module:
            diagnostics.append(Diagnostic(.notCallable, .error, "`\(symbol.name)` names an imported file; write `\(symbol.name).NAME`",
                                          at: span(use.range)))
            return .error
        }
    }

    /// The inferred type of a top-level `let`, inferred in its own module; a
    /// `let` that depends on itself is an error with the chain.
    mutating func letType(module owner: ModuleID, index: Int, _ l: LetDecl) -> PlanType {
        if let t = letTypes[owner]?[index] { return t }
        let key = "\(owner.index):\(index)"
        if lettingNow.contains(key) {
            diagnostics.append(Diagnostic(.letCycle, .error, "`\(l.name.text)` is defined in terms of itself",
                                          at: SourceSpan(file: graph[owner].plan.source.path, range: l.name.range),
                                          help: ["a `let` cannot depend on its own value, directly or through other `let`s"]))
            letTypes[owner, default: [:]][index] = .error
            return .error
        }
        lettingNow.insert(key)
        let saved = (module, namespaceModule, scopes)
        module = owner
        namespaceModule = graph.isSidecar(owner) ? graph.root : owner
        scopes = ScopeStack()
        var t = infer(l.value)
        if let declared = l.type {
            let want = TypeReader.read(declared, file: path, diagnostics: &diagnostics)
            if !t.conforms(to: want) { mismatch(l.value, expected: want.withArticle, found: t, context: "`let \(l.name.text): \(want)`") }
            t = want
        }
        (module, namespaceModule, scopes) = saved
        lettingNow.remove(key)
        if letTypes[owner]?[index] == nil { letTypes[owner, default: [:]][index] = t }
        return letTypes[owner]![index]!
    }

    /// Reports an unknown name, suggesting the closest name of the expected kinds.
    mutating func unknown(_ name: Name, kinds: Set<SymbolKind>?, extra: [String] = []) {
        let visible = spaces[namespaceModule.index].visible.values
        let fitting = visible.filter { kinds == nil || kinds!.contains($0.kind) || $0.kind == .binding }.map(\.name) + scopes.names + extra
        var help = Suggestion.help(for: name.text, among: fitting)
        if help.isEmpty { help = Suggestion.help(for: name.text, among: visible.map(\.name) + scopes.names) }
        if builtinFunctions.contains(name.text) {
            help.append("`\(name.text)` is a built-in function; call it as `\(name.text)(…)`")
        }
        let what: String
        if let kinds, kinds.count == 1 { what = "unknown \(kinds.first!.noun) `\(name.text)`" }
        else if let kinds, kinds == [.person, .team] { what = "unknown person or team `\(name.text)`" }
        else if !extra.isEmpty { what = "I don't know a function or template called `\(name.text)`" }
        else { what = "I don't know anything called `\(name.text)`" }
        diagnostics.append(Diagnostic(.unknownName, .error, what, at: span(name.range),
                                      label: "not declared in this file or its imports", help: help))
    }

    // MARK: - Members

    mutating func inferMember(_ base: Expr, _ member: Name, _ kinds: Set<SymbolKind>?) -> PlanType {
        if case .name(let head) = base.kind, scopes.lookup(head) == nil, let symbol = lookupSymbol(head) {
            if symbol.kind == .module { return moduleMember(symbol, member) }
            if symbol.kind == .campaign, let items = campaignItems(symbol) {
                if let kind = items[member.text] { return kind == .post ? .post : kind == .milestone ? .milestone : .task }
                if Members.type(of: .campaign, member: member.text) == nil {
                    var help = Suggestion.help(for: member.text, among: Array(items.keys) + Members.names(of: .campaign))
                    if !items.isEmpty { help.append("`\(head)` has " + items.keys.sorted().map { "`\($0)`" }.joined(separator: ", ")) }
                    diagnostics.append(Diagnostic(.unknownMember, .error, "campaign `\(head)` has no task, post or milestone `\(member.text)`",
                                                  at: span(member.range), help: help))
                    return .error
                }
            }
        }
        let t = infer(base)
        if let m = Members.type(of: t, member: member.text) { return m }
        if t == .campaign { return .task }  // an item of a campaign made elsewhere
        diagnostics.append(Diagnostic(.unknownMember, .error, "\(t.withArticle) has no `\(member.text)`", at: span(member.range),
                                      help: Suggestion.help(for: member.text, among: Members.names(of: t))
                                        + (Members.names(of: t).isEmpty ? [] : ["\(t.withArticle) has " + Members.names(of: t).map { "`\($0)`" }.joined(separator: ", ")])))
        return .error
    }

    mutating func moduleMember(_ symbol: Symbol, _ member: Name) -> PlanType {
        guard let target = symbol.target else { return .error }
        let names = spaces[target.index].own
        let file = graph[target].plan.source.path.split(separator: "/").last.map(String.init) ?? ""
        guard let found = names[member.text] else {
            diagnostics.append(Diagnostic(.unknownName, .error, "`\(file)` has no `\(member.text)`", at: span(member.range),
                                          help: Suggestion.help(for: member.text, among: names.values.filter(\.isPublic).map(\.name))))
            return .error
        }
        if !found.isPublic {
            diagnostics.append(Diagnostic(.unknownName, .error, "`\(member.text)` is private to `\(file)`",
                                          at: span(member.range), label: "names starting with `_` stay in their file",
                                          secondary: [DiagnosticLabel(span: found.span, message: "declared here")]))
            return .error
        }
        return type(of: found, at: member)
    }

    /// A campaign's items by name, from its body or its template's; nil when unknown.
    func campaignItems(_ symbol: Symbol) -> [String: ItemKind]? {
        itemsOfCampaign[symbol] ?? computeCampaignItems(symbol)
    }

    func computeCampaignItems(_ symbol: Symbol) -> [String: ItemKind]? {
        guard case .campaign(let c) = graph[symbol.module].plan.declarations[symbol.declaration].kind else { return nil }
        if let body = c.body { return items(body) }
        guard let call = c.instantiation, case .call(let callee, _) = call.kind,
              let (decl, _) = template(callee, from: symbol.module), case .template(let t) = decl.kind else { return nil }
        return items(t.body)
    }

    func items(_ body: Block) -> [String: ItemKind] {
        var result = [String: ItemKind](minimumCapacity: body.clauses.count)
        for i in body.clauses.indices { if case .item(let item) = body.clauses[i].kind { result[item.name.text] = item.kind } }
        return result
    }

    /// The declaration a template call names (`t(…)` or `lib.t(…)`), seen from `from`.
    func template(_ callee: Expr, from: ModuleID) -> (Declaration, ModuleID)? {
        let ns = spaces[(graph.isSidecar(from) ? graph.root : from).index]
        var symbol: Symbol? = nil
        switch callee.kind {
        case .name(let t): symbol = ns.lookup(t)
        case .member(let b, let t):
            if case .name(let alias) = b.kind, let m = ns.lookup(alias), let target = m.target { symbol = spaces[target.index].own[t.text] }
        default: break
        }
        guard let s = symbol, s.kind == .template || s.kind == .approval else { return nil }
        return (graph[s.module].plan.declarations[s.declaration], s.module)
    }

    func approvalDecl(_ callee: Expr) -> ApprovalDecl? {
        guard let (decl, _) = template(callee, from: module), case .approval(let a) = decl.kind else { return nil }
        return a
    }
}
