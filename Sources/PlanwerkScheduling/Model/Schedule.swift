import PlanwerkChecking
import PlanwerkSyntax

/// The result of scheduling a plan: exact times for every task, post,
/// milestone, series occurrence, approval step and report, in declaration
/// order (occurrences in time order), with the problems found.
/// Instants are minutes since 1970-01-01 00:00 UTC.
public struct Schedule: Sendable {
    public var plan: ElaboratedPlan
    public var calendar: WorkingCalendar
    public var tasks: [ScheduledTask] = []
    public var approvals: [ScheduledStep] = []
    /// Rework after rejected approvals (tracking), in time order.
    public var reworks: [ScheduledRework] = []
    public var reports: [ScheduledReport] = []
    public var diagnostics: [Diagnostic] = []
    public var assertions: [AssertionResult] = []
    /// Whether `--assume expected` planned steps with their `expect` time.
    public var assumeExpected = false

    /// Every span of a person's time booked, by whom (a task id or a report occurrence `weekly#3`).
    public var bookings: [Booking] = []
    /// Index of a task by its output id (`winter.brief`, `winter.series#2`).
    public var taskIndex: [String: Int] = [:]
}

/// A task, post, milestone or one occurrence of a post series, placed.
public struct ScheduledTask: Sendable, Hashable {
    /// Output id: `winter.brief`, `winter.series#2`.
    public var id: String
    /// Index into the plan's items.
    public var item: Int
    /// The occurrence number of a series, from 1.
    public var occurrence: Int?
    public var kind: ItemKind
    public var title: String
    public var campaign: String
    public var start: Int
    public var end: Int
    /// Working minutes the task could slip without delaying its campaign or its deadline.
    public var slack: Int = 0
    /// Working minutes past its deadline (or its fixed time); nil when on time.
    public var late: Int?
    public var assignees: [String]
    public var channel: String?
    /// When its approval flow ends, for subjects of approvals.
    public var approved: Int?
    /// The constraint that fixed its start.
    public var because: String
}

/// One approval step of one subject, placed.
public struct ScheduledStep: Sendable, Hashable {
    /// The subject's output id (`winter.teaser`, `weekly#3`).
    public var subject: String
    public var step: Int
    public var label: String
    /// The eligible people (until decided), or those who decided.
    public var by: [String]
    public var start: Int
    public var end: Int
    public var escalatedTo: [String]?
    /// Which run of the flow the step belongs to: 1, then one more after each rejection and its rework.
    public var round = 1
    /// The recorded decision that ended the step; nil while it is open or only planned.
    public var decision: StepDecision? = nil
    /// Whether the step is past its SLA (and its escalation's) with no decision: it is planned to end at `now`.
    public var overdue = false
    /// When `remind after` reminds of the step, if it is still open then.
    public var remindAt: Int? = nil
}

/// The rework a rejection sends a subject back to, before its flow runs again.
public struct ScheduledRework: Sendable, Hashable {
    public var subject: String
    /// The round of the flow that was rejected.
    public var round: Int
    public var start: Int
    public var end: Int
    /// The subject's authors, who rework it.
    public var by: [String]
}

/// One occurrence of a report: when it is due, and its preparation.
public struct ScheduledReport: Sendable, Hashable {
    public var id: String
    public var occurrence: Int
    public var title: String
    public var due: Int
    public var to: [String]
    public var by: [String]
    /// Preparation work booked before the due time (or before its approval).
    public var preparationStart: Int?
    public var preparationEnd: Int?
    /// When its approval ends.
    public var approved: Int?
}

/// An `assert` after scheduling: held, failed (with the values involved), or could not be evaluated.
public struct AssertionResult: Sendable, Hashable {
    public enum Outcome: String, Sendable, Hashable { case passed, failed, unknown }
    public var outcome: Outcome
    /// The condition as written.
    public var source: String
    public var message: String?
    /// `winter.launch.end = 2026-12-18 17:00`: the values of the names and members in the condition.
    public var values: [String]
    public var span: SourceSpan
}

/// A span of one person's time booked for one piece of work.
public struct Booking: Sendable, Hashable {
    public var person: String
    /// A task id or a report occurrence (`weekly#3`).
    public var work: String
    public var span: Range<Int>
}

extension Schedule {
    /// A campaign's critical path: its tasks without slack, in time order
    /// (delaying any of them delays the campaign's end or a deadline).
    public func criticalPath(of campaign: String) -> [ScheduledTask] {
        tasks.filter { $0.campaign == campaign && $0.slack == 0 && $0.occurrence == nil }
            .sorted { ($0.start, $0.end) < ($1.start, $1.end) }
    }
}
