import PlanwerkSyntax

/// What a top-level name stands for.
public enum SymbolKind: String, Sendable, Hashable {
    case team, person, channel, calendar, kpi, approval, template, campaign, report, binding
    /// `import "…" as q`: the name of an imported module.
    case module

    /// The noun used in messages: "unknown team `legl`".
    public var noun: String {
        switch self {
        case .binding: return "value"
        case .kpi: return "KPI"
        case .module: return "imported file"
        default: return rawValue
        }
    }
}

/// A declared name: what it is, where it was declared, and in which module.
public struct Symbol: Sendable, Hashable {
    public var name: String
    public var kind: SymbolKind
    public var module: ModuleID
    /// The name as written in its declaration.
    public var span: SourceSpan
    /// Index of the top-level declaration in its module's `declarations`.
    public var declaration: Int
    /// For `.module` symbols: the module the alias names.
    public var target: ModuleID?

    /// Names starting with `_` are private to their module.
    public var isPublic: Bool { !name.hasPrefix("_") }

    /// Equal when every field is; the cheap fields are compared first.
    public static func == (a: Symbol, b: Symbol) -> Bool {
        a.declaration == b.declaration && a.module == b.module && a.span.range == b.span.range && a.kind == b.kind
            && a.target == b.target && a.name == b.name && a.span.file == b.span.file
    }

    /// Hashes where the symbol is declared, not its texts: a module, a
    /// declaration and an offset tell symbols apart (people of one team
    /// share the declaration), and equal symbols agree on all three.
    /// Symbols key the rules' tables, and hashing two strings showed in profiles.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(module.index)
        hasher.combine(declaration)
        hasher.combine(span.range.start)
    }
}
