import PlanwerkChecking

/// One thing the levelling places: a task, post or milestone, or one
/// occurrence of a post series.
struct SchedulingNode {
    /// Index into the plan's items.
    var item: Int
    var occurrence: Int?
    /// Output id: `winter.brief`, `winter.series#2`.
    var id: String
    /// The fixed start: an `at`, or a series occurrence's time.
    var fixedAt: Int?
    var predecessors: [(node: Int, lag: PlanSpan?)] = []
    /// The nodes that wait for this one, each with the lag of its `after` (the backward pass reads it here, not by searching the successor's predecessors).
    var successors: [(node: Int, lag: PlanSpan?)] = []
    /// Position in declaration order.
    var order: Int
    var placed = false
    var start = 0
    var end = 0
    var approved: Int?
    /// Where an approval planned backwards from a fixed time starts: its predecessors must end by then.
    var flowStart: Int?
    var because = ""
    var late: Int?
    /// Working minutes of slack after levelling.
    var slack = 0
    /// Spans booked for the node's people, per person.
    var bookings: [(person: Int, span: Range<Int>)] = []
    /// The item's assignees as person indices.
    var assignees: [Int] = []
    /// The index of the item's campaign in the plan.
    var campaign = 0

    /// When successors may start: the end of its work, or of its approval if later.
    var finish: Int { max(end, approved ?? end) }
}

/// The order in which ready tasks compete for people (LANGUAGE.md §10):
/// priority (higher first), own deadline (earlier first), slack of the
/// unlevelled network (less first), declaration order.
struct LevellingKey: Comparable {
    var priority: Int
    var deadline: Int
    var slack: Int
    var order: Int
    var node: Int

    static func < (a: LevellingKey, b: LevellingKey) -> Bool {
        if a.priority != b.priority { return a.priority > b.priority }
        if a.deadline != b.deadline { return a.deadline < b.deadline }
        if a.slack != b.slack { return a.slack < b.slack }
        return a.order < b.order
    }
}

/// Which constraint gave a task its earliest start (shown as `because`).
enum StartReason {
    case planStart, campaignStart
    case earliest(PlanInstant)
    /// The predecessor node.
    case after(Int)

    var isDependency: Bool { if case .after = self { return true } else { return false } }
}
