import PlanwerkSyntax

/// Codes of the scheduler (P0501–P0519): what a schedule reveals. Their
/// explanations are in `DiagnosticCatalog+Scheduling.swift`.
extension DiagnosticCode {
    /// A task ends after its `deadline`.
    public static let missedDeadline = DiagnosticCode("P0501")
    /// An `at` earlier than the task's dependencies allow.
    public static let impossibleAt = DiagnosticCode("P0502")
    /// Two fixed-time works need the same person at once.
    public static let overbookedByFixedTimes = DiagnosticCode("P0503")
    /// A post's `at` outside its channel's `window`.
    public static let outsideChannelWindow = DiagnosticCode("P0504")
    /// An approval that cannot end by its subject's fixed time.
    public static let lateApproval = DiagnosticCode("P0505")
    /// A step with fewer eligible people than it needs, once absences are known.
    public static let tooFewApprovers = DiagnosticCode("P0507")
    /// Work that finds no free working time (a person away for good).
    public static let noTimeToWork = DiagnosticCode("P0508")
    /// Work or a lag longer than a century.
    public static let workTooLong = DiagnosticCode("P0509")
    /// An `assert` that does not hold after scheduling.
    public static let assertionFailed = DiagnosticCode("P0510")
    /// An `assert` whose value cannot be computed.
    public static let assertionUnknown = DiagnosticCode("P0511")
}

/// The scheduler's limits (docs/limits.md), in the family of P0701–P0705.
extension DiagnosticCode {
    /// A `horizon` more than a hundred years after the plan's start.
    public static let horizonTooFar = DiagnosticCode("P0706")
    /// A series with more occurrences up to the horizon than Planwerk plans.
    public static let tooManyOccurrences = DiagnosticCode("P0707")
}
