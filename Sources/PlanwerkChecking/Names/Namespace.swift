import PlanwerkSyntax

/// The names visible at the top level of one module: its own declarations
/// (people inside teams included), the public names of its unqualified
/// imports, and the aliases of its qualified imports (LANGUAGE.md §10).
public struct Namespace: Sendable {
    public var module: ModuleID
    /// Names declared in this module.
    public var own: [String: Symbol] = [:]
    /// Names visible here: own names, imported names and import aliases.
    public var visible: [String: Symbol] = [:]

    public func lookup(_ name: String) -> Symbol? { visible[name] }
}

/// Builds the namespaces of every module of a graph, reporting duplicate
/// names (pointing at both places) and clashes between imports.
public struct NamespaceBuilder {
    let graph: ModuleGraph
    var diagnostics: [Diagnostic] = []

    public init(graph: ModuleGraph) { self.graph = graph }

    /// Namespaces indexed by module; modules come in depth-first order, so
    /// every import's namespace is built before the importer's.
    public mutating func build() -> [Namespace] {
        var spaces: [Namespace] = []
        for module in graph.modules {
            var ns = Namespace(module: module.id)
            ns.own = collectOwn(module)
            ns.visible = ns.own
            for imp in module.imports {
                guard let target = imp.target, target.index < spaces.count else { continue }
                let span = SourceSpan(file: module.plan.source.path, range: imp.range)
                if let alias = imp.declaration.alias {
                    let symbol = Symbol(name: alias.text, kind: .module, module: module.id,
                                        span: SourceSpan(file: module.plan.source.path, range: alias.range),
                                        declaration: -1, target: target)
                    add(symbol, to: &ns.visible, importedAt: nil)
                } else {
                    for (_, symbol) in spaces[target.index].own.sorted(by: { $0.key < $1.key }) where symbol.isPublic {
                        add(symbol, to: &ns.visible, importedAt: span)
                    }
                }
            }
            spaces.append(ns)
        }
        return spaces
    }

    /// Adds a symbol to a table, reporting a clash with what is there.
    mutating func add(_ symbol: Symbol, to table: inout [String: Symbol], importedAt: SourceSpan?) {
        guard let existing = table[symbol.name] else { table[symbol.name] = symbol; return }
        if existing == symbol { return }  // the same entity through two paths (diamond)
        let here = importedAt ?? symbol.span
        diagnostics.append(Diagnostic(
            .nameClash, .error,
            "`\(symbol.name)` from \(fileName(symbol.span.file)) clashes with the \(existing.kind.noun) `\(existing.name)` \(importedAt == nil ? "declared" : "imported") here",
            at: here, label: "brings in `\(symbol.name)`",
            secondary: [DiagnosticLabel(span: existing.span, message: "`\(existing.name)` is declared here"),
                        DiagnosticLabel(span: symbol.span, message: "and here")],
            help: ["import one of the files with a name (`import \"…\" as q`) and write `q.\(symbol.name)`"]))
    }

    func fileName(_ path: String) -> String {
        "`" + (path.split(separator: "/").last.map(String.init) ?? path) + "`"
    }

    /// The module's own top-level names (people inside teams too), reporting duplicates.
    mutating func collectOwn(_ module: LoadedModule) -> [String: Symbol] {
        var table: [String: Symbol] = [:]
        let path = module.plan.source.path
        func declare(_ name: Name, _ kind: SymbolKind, _ index: Int) {
            guard !name.text.isEmpty else { return }
            let symbol = Symbol(name: name.text, kind: kind, module: module.id,
                                span: SourceSpan(file: path, range: name.range), declaration: index)
            if let first = table[name.text] {
                diagnostics.append(Diagnostic(
                    .duplicateName, .error,
                    "`\(name.text)` is declared twice: first as a \(first.kind.noun), again as a \(kind.noun)",
                    at: symbol.span, label: "declared again here",
                    secondary: [DiagnosticLabel(span: first.span, message: "first declared here")],
                    help: ["names are unique within a file; rename one of them"]))
            } else {
                table[name.text] = symbol
            }
        }
        for (index, decl) in module.plan.declarations.enumerated() {
            switch decl.kind {
            case .team(let t):
                declare(t.name, .team, index)
                for clause in t.body?.clauses ?? [] {
                    if case .person(let p) = clause.kind { declare(p.name, .person, index) }
                }
            case .person(let p): declare(p.name, .person, index)
            case .channel(let c): declare(c.name, .channel, index)
            case .calendar(let c): declare(c.name, .calendar, index)
            case .kpi(let k): declare(k.name, .kpi, index)
            case .approval(let a): declare(a.name, .approval, index)
            case .template(let t): declare(t.name, .template, index)
            case .campaign(let c): declare(c.name, .campaign, index)
            case .report(let r): declare(r.name, r.parameters == nil ? .report : .template, index)
            case .binding(let l): declare(l.name, .binding, index)
            case .importFile, .setting, .rule, .assertion, .status, .measure: break
            }
        }
        return table
    }
}
