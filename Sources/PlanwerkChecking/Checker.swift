import PlanwerkSyntax

/// The checking stage in one place: names, then (as they land) types,
/// templates, evaluation and the plan's rules. Takes a loaded module graph,
/// returns everything found, never throws.
public enum Checker {
    /// What checking found.
    public struct Result: Sendable {
        public var namespaces: [Namespace]
        public var diagnostics: [Diagnostic]
    }

    public static func check(_ graph: ModuleGraph) -> Result {
        var diagnostics = graph.diagnostics
        var builder = NamespaceBuilder(graph: graph)
        let namespaces = builder.build()
        diagnostics += builder.diagnostics
        var checker = PlanChecker(graph: graph, namespaces: namespaces)
        checker.checkAll()
        diagnostics += checker.diagnostics
        return Result(namespaces: namespaces, diagnostics: diagnostics)
    }
}
