import PlanwerkSyntax

/// Codes of the plan rules and domain checks (P04xx), found by
/// ``RuleChecker`` after names and types are clean. Their explanations are
/// in `DiagnosticCatalog+Rules.swift`; docs/rules.md describes each check.
/// A money literal in another currency is the evaluator's P0322
/// (``currencyNotAccepted``), which the rules report for literals outside `let`s.
extension DiagnosticCode {
    // Posts and channels
    /// A post's text, known at check time, is longer than its channel's `limit`.
    public static let textTooLong = DiagnosticCode("P0401")
    // Approval flows
    /// An approval step that can never be satisfied: too few eligible people.
    public static let impossibleApprovalStep = DiagnosticCode("P0402")
    /// `N of TEAM` with N below 1.
    public static let quorumBelowOne = DiagnosticCode("P0403")
    /// Two steps of one flow with the same label (an unlabelled step is `Step N`).
    public static let duplicateStepLabel = DiagnosticCode("P0404")
    /// A `distinct` flow whose steps force one person to decide two of them.
    public static let distinctStepsShareApprover = DiagnosticCode("P0405")
    /// An escalation target that can never decide.
    public static let escalationCannotDecide = DiagnosticCode("P0409")
    // Rules
    /// A post on a channel of `require FLOW for posts on …` without that approval.
    public static let missingRequiredApproval = DiagnosticCode("P0406")
    /// A post on a channel whose `allow` rules do not include the campaign's owner.
    public static let postingNotAllowed = DiagnosticCode("P0407")
    /// `require report to X every PERIOD` that no report is sure to meet.
    public static let missingReport = DiagnosticCode("P0408")
    // Work
    /// A task with none of `effort`, `length`, `duration` and no `at`.
    public static let taskWithoutWork = DiagnosticCode("P0410")
    /// `effort` on a task without `assign`.
    public static let effortWithoutAssignees = DiagnosticCode("P0411")
    /// A task with more than one of `effort`, `length`, `duration`.
    public static let conflictingWork = DiagnosticCode("P0412")
    /// A post or report series without `at`.
    public static let seriesWithoutTime = DiagnosticCode("P0413")
    /// A series whose `until` lies before its `from`.
    public static let seriesEndsBeforeStart = DiagnosticCode("P0414")
    /// Tasks that wait for each other in a circle.
    public static let dependencyCycle = DiagnosticCode("P0415")
    // Organisation
    /// A person who is their own substitute, or substitutes that name each other in a circle.
    public static let substituteCycle = DiagnosticCode("P0416")
    /// A date range (`away`, `holidays`) that ends before it starts.
    public static let reversedDateRange = DiagnosticCode("P0417")
    /// A team's `lead` who is not one of its members (a warning).
    public static let leadOutsideTeam = DiagnosticCode("P0418")
    /// Teams whose `reports_to` lead in a circle.
    public static let reportingCycle = DiagnosticCode("P0419")
    // Settings
    /// A setting in an imported file that differs from the root's (a warning: it is ignored).
    public static let importedSettingIgnored = DiagnosticCode("P0420")
    /// A setting given twice in one file, or `now` in more than one file.
    public static let repeatedSetting = DiagnosticCode("P0421")
    /// `horizon` before `start`.
    public static let horizonBeforeStart = DiagnosticCode("P0422")
    /// A `timezone` that is not an IANA time zone name.
    public static let unknownTimeZone = DiagnosticCode("P0423")
    /// A `currency` that is not three capital letters.
    public static let invalidCurrency = DiagnosticCode("P0424")
    /// Campaigns or reports to schedule, but no `start` to schedule them from.
    public static let missingStart = DiagnosticCode("P0425")
}
