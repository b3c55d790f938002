/// The built-in functions (LANGUAGE.md §3): `count sum min max all any
/// filter map workdays`. Typing needs the element type of the list and, for
/// those taking a lambda, the lambda's result, so the checker calls in here
/// with what it inferred.
public enum Builtins {
    /// What a built-in needs: a list (and maybe a lambda over its elements), or two dates.
    public enum Shape: Sendable { case list, listAndPredicate, listAndMapping, optionalMapping, twoDates, listOrValues }

    public static let shapes: [String: Shape] = [
        "count": .list, "all": .listAndPredicate, "any": .listAndPredicate, "filter": .listAndPredicate,
        "map": .listAndMapping, "sum": .optionalMapping, "min": .listOrValues, "max": .listOrValues, "workdays": .twoDates,
    ]

    /// The result type of a built-in given its list's element type and its lambda's result type.
    public static func result(_ name: String, element: PlanType, lambda: PlanType?) -> PlanType {
        switch name {
        case "count", "workdays": return .int
        case "all", "any": return .bool
        case "filter": return .list(element)
        case "map": return .list(lambda ?? .error)
        case "sum", "min", "max": return lambda ?? element
        default: return .error
        }
    }
}
