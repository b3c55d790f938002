import PlanwerkChecking
import PlanwerkScheduling

/// One thing placed in time by the schedule, whatever it is: a task, post,
/// milestone or series occurrence, an approval step, a report's preparation
/// or a report occurrence. Every export that lists the schedule flat (CSV,
/// ICS, Mermaid, HTML, Markdown, `due`) reads these, so ids, titles and
/// times are the same in all of them.
public struct ScheduleEntry: Sendable, Hashable {
    /// What kind of thing an entry is.
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        case task, post, milestone, approval, preparation, report
    }

    /// A dotted id, unique in the plan: `winter.brief`, `winter.countdown#2`,
    /// `winter.teaser.step2` (an approval step), `weekly#3` (a report
    /// occurrence), `weekly#3.preparation`.
    public var id: String
    public var kind: Kind
    /// The title people see: the item's or report's title, or the step's label.
    public var title: String
    /// The campaign of a task, post or milestone, or of an approval step's subject.
    public var campaign: String?
    /// The id of what an approval step or a preparation belongs to (`winter.teaser`, `weekly#3`).
    public var subject: String?
    /// The item of a series occurrence (`winter.countdown`) or the report of an occurrence (`weekly`).
    public var series: String?
    /// The occurrence number of a series post or a report, from 1.
    public var occurrence: Int?
    /// The step number of an approval step, from 1.
    public var step: Int?
    /// Instants, in minutes since 1970-01-01 00:00 UTC; `end == start` for posts, milestones and report due times.
    public var start: Int
    public var end: Int
    /// Who does it: assignees, the people who may decide a step, a report's authors.
    public var people: [String]
    /// Whom a report goes to.
    public var recipients: [String]
    /// The channel id of a post.
    public var channel: String?
    /// Working minutes late; nil when on time.
    public var late: Int?
    /// Working minutes it could slip (tasks, posts, milestones).
    public var slack: Int?
    /// The instant of the item's `deadline`, if it has one.
    public var deadline: Int?
    /// Ids of the entries it waits for (`after`), among tasks, posts and milestones.
    public var after: [String]
    /// People the step was escalated to, when it was.
    public var escalatedTo: [String]?
    /// A step's recorded decision (`approved`, `rejected`); nil while open or planned.
    public var decision: String? = nil
    /// When `remind after` reminds of an open step.
    public var remindAt: Int? = nil
    /// A step's run of its flow: 1, then one more after each rejection.
    public var round = 1

    /// Whether it takes no time (posts, milestones, report due times, zero-length tasks).
    public var isInstant: Bool { start == end }
}

/// Builds the flat list of ``ScheduleEntry`` values from a schedule.
public enum ScheduleEntries {
    /// Every entry of the schedule in time order: by start, then end, then
    /// tasks before steps before reports, then declaration order.
    public static func of(_ schedule: Schedule) -> [ScheduleEntry] {
        let plan = schedule.plan
        var entries: [ScheduleEntry] = []
        var campaignOf: [String: String] = [:]
        let ids = Set(schedule.tasks.map(\.id))
        for t in schedule.tasks {
            let item = plan.items[t.item]
            campaignOf[t.id] = t.campaign
            let kind: ScheduleEntry.Kind = t.kind == .post ? .post : t.kind == .milestone ? .milestone : .task
            entries.append(ScheduleEntry(
                id: t.id, kind: kind, title: t.title, campaign: t.campaign, subject: nil,
                series: t.occurrence == nil ? nil : item.id, occurrence: t.occurrence, step: nil,
                start: t.start, end: t.end, people: t.assignees, recipients: [], channel: t.channel,
                late: t.late, slack: t.slack, deadline: item.deadline.map(schedule.calendar.deadline),
                after: item.after.filter { !$0.targetIsCampaign && ids.contains($0.target) }.map(\.target),
                escalatedTo: nil))
        }
        for a in schedule.approvals {
            var entry = ScheduleEntry(
                id: "\(a.subject).step\(a.step)" + (a.round > 1 ? ".round\(a.round)" : ""), kind: .approval, title: a.label,
                campaign: campaignOf[a.subject], subject: a.subject, series: nil, occurrence: nil, step: a.step, start: a.start, end: a.end,
                people: a.by, recipients: [], channel: nil, late: nil, slack: nil, deadline: nil, after: [],
                escalatedTo: a.escalatedTo)
            entry.decision = a.decision?.rawValue
            entry.remindAt = a.remindAt
            entry.round = a.round
            entries.append(entry)
        }
        for r in schedule.reports {
            let occurrence = "\(r.id)#\(r.occurrence)"
            if let s = r.preparationStart, let e = r.preparationEnd {
                entries.append(ScheduleEntry(
                    id: occurrence + ".preparation", kind: .preparation, title: r.title, campaign: nil, subject: occurrence,
                    series: r.id, occurrence: r.occurrence, step: nil, start: s, end: e, people: r.by, recipients: r.to,
                    channel: nil, late: nil, slack: nil, deadline: nil, after: [], escalatedTo: nil))
            }
            entries.append(ScheduleEntry(
                id: occurrence, kind: .report, title: r.title, campaign: nil, subject: nil, series: r.id,
                occurrence: r.occurrence, step: nil, start: r.due, end: r.due, people: r.by, recipients: r.to,
                channel: nil, late: nil, slack: nil, deadline: nil, after: [], escalatedTo: nil))
        }
        let rank: [ScheduleEntry.Kind: Int] = [.task: 0, .post: 0, .milestone: 0, .approval: 1, .preparation: 2, .report: 2]
        // Indices sorted by small keys, then the entries taken once: sorting the
        // entries themselves copied each large entry at every step (profiles).
        let keys = entries.map { (start: $0.start, end: $0.end, rank: rank[$0.kind]!) }
        let order = entries.indices.sorted { a, b in
            (keys[a].start, keys[a].end, keys[a].rank, a) < (keys[b].start, keys[b].end, keys[b].rank, b)
        }
        return order.map { entries[$0] }
    }
}
