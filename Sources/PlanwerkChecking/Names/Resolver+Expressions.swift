import PlanwerkSyntax

/// Names inside expressions.
extension Resolver {
    func lookupSymbol(_ name: String) -> Symbol? { spaces[namespaceModule.index].lookup(name) }

    mutating func resolve(_ e: Expr, expecting kinds: Set<SymbolKind>? = nil) {
        switch e.kind {
        case .name(let n): resolveName(Name(n, e.range), kinds)
        case .plan, .bool, .int, .decimal, .percent, .money, .date, .time, .dateTime, .quantity, .weekday, .error: break
        case .text(let parts):
            for case .interpolation(let x) in parts { resolve(x) }
        case .list(let items): for item in items { resolve(item, expecting: kinds) }
        case .range(let a, let b): resolve(a); resolve(b)
        case .unary(_, let x): resolve(x)
        case .binary(_, let a, let b): resolve(a); resolve(b)
        case .conditional(let c, let a, let b):
            resolve(c); resolve(a, expecting: kinds); resolve(b, expecting: kinds)
        case .member(let base, let name): resolveMember(base, name, kinds)
        case .call(let callee, let args):
            if case .name(let f) = callee.kind, builtinFunctions.contains(f) {
                // Built-ins win in call position.
            } else if case .name(let f) = callee.kind, scopes.lookup(f) == nil, lookupSymbol(f) == nil {
                unknown(Name(f, callee.range), kinds: kinds ?? [.approval, .template], extra: builtinFunctions.sorted())
            } else {
                resolve(callee, expecting: kinds ?? [.approval, .template])
            }
            for a in args { resolve(a.value) }
        case .index(let base, let i): resolve(base, expecting: kinds); resolve(i)
        case .lambda(let params, let body):
            scopes.push(Dictionary(params.map { ($0.text, LocalBinding.lambdaParameter($0)) }, uniquingKeysWith: { a, _ in a }))
            resolve(body)
            scopes.pop()
        case .paren(let x): resolve(x, expecting: kinds)
        }
    }

    mutating func resolveName(_ name: Name, _ kinds: Set<SymbolKind>?) {
        if scopes.lookup(name.text) != nil || lookupSymbol(name.text) != nil { return }
        unknown(name, kinds: kinds)
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

    /// `alias.name`, `campaign.item`, or a member the type checker will look at.
    mutating func resolveMember(_ base: Expr, _ member: Name, _ kinds: Set<SymbolKind>?) {
        guard case .name(let head) = base.kind, scopes.lookup(head) == nil, let symbol = lookupSymbol(head) else {
            resolve(base)
            return
        }
        switch symbol.kind {
        case .module:
            guard let target = symbol.target else { return }
            let names = spaces[target.index].own
            let file = graph[target].plan.source.path.split(separator: "/").last.map(String.init) ?? ""
            if let found = names[member.text] {
                if !found.isPublic {
                    diagnostics.append(Diagnostic(.unknownName, .error, "`\(member.text)` is private to `\(file)`",
                                                  at: span(member.range), label: "names starting with `_` stay in their file",
                                                  secondary: [DiagnosticLabel(span: found.span, message: "declared here")]))
                }
                return
            }
            diagnostics.append(Diagnostic(.unknownName, .error, "`\(file)` has no `\(member.text)`", at: span(member.range),
                                          help: Suggestion.help(for: member.text, among: names.values.filter(\.isPublic).map(\.name))))
        case .campaign:
            guard let items = campaignItemNames(symbol) else { return }
            if items.contains(member.text) || campaignMembers.contains(member.text) { return }
            var help = Suggestion.help(for: member.text, among: items + campaignMembers.sorted())
            if items.isEmpty == false { help.append("`\(head)` has " + items.map { "`\($0)`" }.joined(separator: ", ")) }
            diagnostics.append(Diagnostic(.unknownMember, .error, "campaign `\(head)` has no task, post or milestone `\(member.text)`",
                                          at: span(member.range), help: help))
        default:
            break  // members of people, teams, reports … are checked with types
        }
    }

    /// The names of a campaign's items, from its body or its template's; nil when unknown.
    func campaignItemNames(_ symbol: Symbol) -> [String]? {
        let decl = graph[symbol.module].plan.declarations[symbol.declaration]
        guard case .campaign(let c) = decl.kind else { return nil }
        if let body = c.body { return itemNames(body) }
        guard let call = c.instantiation, case .call(let callee, _) = call.kind else { return nil }
        var templateSymbol: Symbol? = nil
        switch callee.kind {
        case .name(let t): templateSymbol = spaces[symbol.module.index].lookup(t)
        case .member(let b, let t):
            if case .name(let alias) = b.kind, let m = spaces[symbol.module.index].lookup(alias), let target = m.target {
                templateSymbol = spaces[target.index].own[t.text]
            }
        default: break
        }
        guard let ts = templateSymbol, case .template(let t) = graph[ts.module].plan.declarations[ts.declaration].kind else { return nil }
        return itemNames(t.body)
    }

    func itemNames(_ body: Block) -> [String] {
        body.clauses.compactMap { clause -> String? in
            if case .item(let item) = clause.kind { return item.name.text }
            return nil
        }
    }
}
