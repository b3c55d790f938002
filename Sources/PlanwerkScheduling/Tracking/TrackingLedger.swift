import PlanwerkChecking
import PlanwerkSyntax

/// What the plan's tracking lines say, ready for the scheduler: per subject
/// (a task, post or milestone id, a series occurrence `c.series#2`, a report
/// occurrence `weekly#3`) its actual dates, its latest progress and the
/// decisions on its approval steps, all as instants. Lines that cannot be
/// applied were reported while the ledger was built and are not in it.
struct TrackingLedger {
    /// The plan's `now` (or `--now`) as an instant; nil: nothing moves to now.
    var now: Int?
    var subjects: [String: SubjectTracking] = [:]
    /// Scheduling node of each task, post, milestone and occurrence, by output id.
    var nodeOfSubject: [String: Int] = [:]
    /// Rework after rejections, by subject (a flow planned again replaces its entry).
    var reworks: [String: [ScheduledRework]] = [:]

    /// Whether tracking touches the schedule at all: a `now`, or a status that applies.
    /// Without it the scheduler's hooks return at once (plans without tracking pay nothing).
    var isActive: Bool { now != nil || !subjects.isEmpty }
}

/// The tracking of one subject.
struct SubjectTracking {
    /// `done T`: when it ended (a post: published; a report: delivered).
    var done: Int?
    /// `started T`.
    var started: Int?
    /// The latest progress in basis points of a percent (100% is 10 000), and when it was measured.
    var progress: Int?
    var progressAsOf: Int?
    /// Decisions on approval steps, in time order (then line order).
    var decisions: [StepRecord] = []
    /// A fixed-time task in progress no longer keeps its `at`: its planned start, for showing.
    var formerFixedStart: Int?

    /// Whether work is recorded as begun but not finished.
    var inProgress: Bool { done == nil && (started != nil || progress != nil) }
}

/// One recorded decision on an approval step.
struct StepRecord {
    var label: String
    var decision: StepDecision
    var person: String
    var at: Int
    /// The line, for diagnostics.
    var status: PlanStatus
}
