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
}
