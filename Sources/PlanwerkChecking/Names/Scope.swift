import PlanwerkSyntax

/// A name bound inside a declaration rather than at the top level: a
/// parameter, a campaign's task, post or milestone, a campaign `let`, or a
/// lambda parameter. Inner scopes shadow outer ones and the module.
public enum LocalBinding: Sendable, Hashable {
    case parameter(Parameter)
    /// A campaign's task, post or milestone: its kind and name (not the whole declaration, which lookups would copy).
    case item(ItemKind, Name)
    case binding(LetDecl)
    case lambdaParameter(Name, PlanType)

    /// The name of a campaign's item or `let`; nil for parameters.
    var declaredName: Name? {
        switch self {
        case .item(_, let name): return name
        case .binding(let l): return l.name
        case .parameter, .lambdaParameter: return nil
        }
    }
}

/// A stack of local scopes, innermost last.
struct ScopeStack {
    private var frames: [[String: LocalBinding]] = []

    mutating func push(_ frame: [String: LocalBinding] = [:]) { frames.append(frame) }
    mutating func pop() { frames.removeLast() }

    func lookup(_ name: String) -> LocalBinding? {
        // Innermost first, reading each frame in place (no copy of its table); an empty frame costs no hashing.
        var k = frames.count
        while k > 0 {
            k -= 1
            if frames[k].isEmpty { continue }
            if let b = frames[k][name] { return b }
        }
        return nil
    }

    /// Every local name, for suggestions.
    var names: [String] { frames.flatMap { $0.keys } }
}

/// The built-in functions, which win only in call position (`max(…)`), so
/// that a person may be called `max`.
public let builtinFunctions: Set<String> = ["count", "sum", "min", "max", "all", "any", "filter", "map", "workdays"]
