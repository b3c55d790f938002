import PlanwerkSyntax

/// Codes of tracking (P0601–P0619): `status` and `measure` lines that cannot
/// be applied, and what tracking reveals. Their explanations are in
/// `DiagnosticCatalog+Tracking.swift`.
extension DiagnosticCode {
    /// A status for something that is not one task, post, milestone or occurrence (a campaign, a whole series, `x[9]` of six).
    public static let unknownTrackedTask = DiagnosticCode("P0601")
    /// A status that does not fit what it is about: progress of a post, a decision for a task without approval.
    public static let statusDoesNotFit = DiagnosticCode("P0602")
    /// A decision for a step label the subject's flow does not have.
    public static let unknownStep = DiagnosticCode("P0603")
    /// A decision by someone who may not decide that step (then).
    public static let notEntitled = DiagnosticCode("P0604")
    /// A status or measurement dated after the plan's `now`.
    public static let afterNow = DiagnosticCode("P0605")
    /// Progress outside 0%…100%, or lower than an earlier one.
    public static let progressBackwards = DiagnosticCode("P0606")
    /// An approval step past its SLA (and escalation) with no decision recorded.
    public static let overdueStep = DiagnosticCode("P0607")
}
