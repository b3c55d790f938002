import PlanwerkChecking
import PlanwerkSyntax

/// The problems of a plan's tracking lines (P06xx) for `planwerk check`:
/// whether a status names one task, fits it, names a known step, is decided
/// by someone entitled, lies before `now`, and progress never goes back.
/// Some of it depends on the schedule (when a step escalates), so the plan is
/// scheduled; plans without tracking lines are not.
public enum TrackingCheck {
    public static func diagnostics(_ graph: ModuleGraph, checked: Checker.Result) -> [Diagnostic] {
        guard graph.rootLoaded, !checked.diagnostics.hasErrors, hasTracking(graph) else { return [] }
        let run = PlanRun.run(graph, checked: checked)
        return (run.schedule?.diagnostics ?? []).filter { $0.code.rawValue.hasPrefix("P06") }
    }

    /// Whether any loaded file has a `status` or `measure` line.
    static func hasTracking(_ graph: ModuleGraph) -> Bool {
        graph.modules.contains { m in
            m.plan.declarations.contains { d in
                switch d.kind {
                case .status, .measure: return true
                default: return false
                }
            }
        }
    }
}
