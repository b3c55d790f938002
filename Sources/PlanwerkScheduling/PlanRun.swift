import PlanwerkChecking
import PlanwerkSyntax

/// The whole pipeline on a loaded plan: check, elaborate, schedule, assert.
/// Scheduling runs only on a plan that checked without errors; its
/// diagnostics (problems and failed assertions) follow the checker's.
public struct PlanRun: Sendable {
    public var graph: ModuleGraph
    public var checked: Checker.Result
    /// The schedule, when the plan checked without errors.
    public var schedule: Schedule?
    /// Everything found, checking first.
    public var diagnostics: [Diagnostic]

    public static func run(_ graph: ModuleGraph, options: SchedulingOptions = SchedulingOptions(), now: CivilDateTime? = nil) -> PlanRun {
        run(graph, checked: Checker.check(graph), options: options, now: now)
    }

    /// The pipeline after checking, for a caller that has checked the graph already (the REPL).
    public static func run(_ graph: ModuleGraph, checked: Checker.Result, options: SchedulingOptions = SchedulingOptions(),
                           now: CivilDateTime? = nil) -> PlanRun {
        guard graph.rootLoaded, !checked.diagnostics.hasErrors else {
            return PlanRun(graph: graph, checked: checked, schedule: nil, diagnostics: checked.diagnostics)
        }
        var plan = Elaborator.elaborate(graph, checked: checked)
        if let now { plan.settings.now = now }
        var schedule = Scheduler.schedule(plan, options: options)
        AssertionCheck(graph: graph, checked: checked).check(&schedule)
        return PlanRun(graph: graph, checked: checked, schedule: schedule, diagnostics: checked.diagnostics + schedule.diagnostics)
    }
}
