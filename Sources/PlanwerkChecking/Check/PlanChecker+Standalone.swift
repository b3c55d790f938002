import PlanwerkSyntax

/// One expression checked on its own, apart from any declaration: what the
/// REPL shows after a value (`spring.budget * 2 : Money`) and `:type` asks for.
extension PlanChecker {
    /// The type of `expr`, written in the module `source` (whose text its
    /// ranges point into; diagnostics name that file) and seen with the
    /// names of `scope`. Problems are added to ``diagnostics``.
    ///
    /// `source` may be a module that exists only for the expression (the
    /// REPL's input, with no declarations of its own).
    public mutating func inferType(of expr: Expr, writtenIn source: ModuleID, namesOf scope: ModuleID) -> PlanType {
        let saved = (module, namespaceModule, scopes)
        module = source
        namespaceModule = scope
        scopes = ScopeStack()
        let type = infer(expr)
        (module, namespaceModule, scopes) = saved
        return type
    }
}

extension PlanChecker {
    /// The names of the tasks, posts and milestones of the campaign `name`
    /// (declared in its body or made from a template), seen with the names
    /// of `scope`; nil when `name` is not a campaign there. For completion.
    public func itemNames(ofCampaign name: String, namesOf scope: ModuleID) -> [String]? {
        guard spaces.indices.contains(scope.index), let symbol = spaces[scope.index].lookup(name), symbol.kind == .campaign else { return nil }
        return campaignItems(symbol).map { $0.keys.sorted() } ?? []
    }
}
