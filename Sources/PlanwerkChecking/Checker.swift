import PlanwerkSyntax

/// The checking stage in one place: names, then (as they land) types,
/// templates, evaluation and the plan's rules. Takes a loaded module graph,
/// returns everything found, never throws. The rules (``RuleChecker``) run
/// only on a plan without errors so far, so that a mistake in a name or a
/// type does not echo as rule findings.
public enum Checker {
    /// What checking found.
    public struct Result: Sendable {
        public var namespaces: [Namespace]
        /// Types the evaluator asks about, by expression (see ``PlanEnvironment``).
        public var inferredTypes: [ExpressionKey: PlanType]
        public var diagnostics: [Diagnostic]

        /// The plan as the evaluator sees it, for showing values (the REPL) and checks.
        public func environment(_ graph: ModuleGraph) -> PlanEnvironment {
            PlanEnvironment(graph: graph, namespaces: namespaces, inferredTypes: inferredTypes)
        }
    }

    public static func check(_ graph: ModuleGraph) -> Result {
        var diagnostics = graph.diagnostics
        var builder = NamespaceBuilder(graph: graph)
        let namespaces = builder.build()
        diagnostics += builder.diagnostics
        var checker = PlanChecker(graph: graph, namespaces: namespaces)
        checker.checkAll()
        diagnostics += checker.diagnostics
        if graph.rootLoaded && !diagnostics.hasErrors {
            diagnostics += evaluateBindings(graph, namespaces, checker.inferredTypes)
        }
        if graph.rootLoaded && !diagnostics.hasErrors {
            var rules = RuleChecker(graph: graph, namespaces: namespaces)
            rules.checkAll()
            diagnostics += rules.diagnostics
        }
        return Result(namespaces: namespaces, inferredTypes: checker.inferredTypes, diagnostics: Diagnostic.limitedPerFile(diagnostics))
    }

    /// Evaluates every top-level `let` once, reporting what only evaluation
    /// finds (division by zero, overflow, an empty `min`).
    static func evaluateBindings(_ graph: ModuleGraph, _ namespaces: [Namespace], _ types: [ExpressionKey: PlanType]) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        let cache = LetValueCache()
        for m in graph.modules {
            let scope = graph.isSidecar(m.id) ? graph.root : m.id
            let environment = PlanEnvironment(graph: graph, namespaces: namespaces, module: scope, cache: cache, inferredTypes: types)
            for decl in m.plan.declarations {
                guard case .binding(let l) = decl.kind else { continue }
                diagnostics += Evaluator(environment: environment, file: m.plan.source.path).evaluate(l.value).diagnostics
            }
        }
        return diagnostics
    }
}
