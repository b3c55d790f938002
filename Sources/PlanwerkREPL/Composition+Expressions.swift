import PlanwerkChecking
import PlanwerkScheduling
import PlanwerkSyntax

/// An expression typed in the session, checked and computed against the
/// plan with the checker's own type rules and the evaluator.
struct ExpressionAnswer: Sendable {
    var type: PlanType
    var outcome: Evaluation.Outcome
    var diagnostics: [Diagnostic]
    /// Whether the value needs the schedule but the plan has errors, so there is none.
    var unscheduled = false
}

extension Composition {
    /// The type of an expression parsed from `source` (the session's input,
    /// named `<repl>`), seen with the names of the plan's root.
    func type(of expr: Expr, in source: SourceFile) -> (PlanType, [Diagnostic]) {
        var graph = self.graph
        let module = ModuleID(graph.modules.count)
        graph.modules.append(LoadedModule(id: module, path: source.path,
                                          plan: PlanFile(source: source, declarations: [], comments: [], diagnostics: []), imports: []))
        var checker = PlanChecker(graph: graph, namespaces: checked.namespaces)
        let type = checker.inferType(of: expr, writtenIn: module, namesOf: graph.root)
        return (type, checker.diagnostics.map(located))
    }

    /// The type and value of an expression. What only the schedule knows
    /// (`x.start`, `team.lead`) is computed from the plan scheduled as of `now`.
    mutating func answer(_ expr: Expr, in source: SourceFile, now: CivilDateTime?) -> ExpressionAnswer {
        let (type, problems) = self.type(of: expr, in: source)
        if problems.hasErrors { return ExpressionAnswer(type: type, outcome: .failed, diagnostics: problems) }
        var evaluation = Evaluator(environment: checked.environment(graph), file: source.path).evaluate(expr)
        var unscheduled = false
        if evaluation.isUnknown {
            if let run = schedule(now: now), let schedule = run.schedule {
                let environment = ScopedEnvironment(module: graph.root, graph: graph, checked: checked, plan: schedule.plan,
                                                    scheduled: AssertionCheck.scheduledMembers(schedule))
                evaluation = Evaluator(environment: environment, file: source.path).evaluate(expr)
            } else {
                unscheduled = true
            }
        }
        return ExpressionAnswer(type: type, outcome: evaluation.outcome, diagnostics: problems + evaluation.diagnostics.map(located),
                                unscheduled: unscheduled)
    }

    /// The plan's currency, for showing money.
    var currency: String { checked.environment(graph).currency }
}
