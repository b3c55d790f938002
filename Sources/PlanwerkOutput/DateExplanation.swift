import PlanwerkChecking
import PlanwerkScheduling

/// Why a task, post or milestone sits where it does: the chain of
/// constraints that fixed its dates, read from each task's `because` and
/// followed back through `after X` to the constraint that began the chain
/// (the plan's or the campaign's start, an `earliest`, an `at`, people's
/// availability, a channel's window). A subject that waited for its
/// approval continues with the task whose end let the approval begin.
///
/// ```text
/// winter.launch "Launch": 2026-12-03 09:00 .. 2026-12-04 17:00, slack 0bh
///   because: after winter.review
/// winter.review: 2026-12-01 09:00 .. 2026-12-02 17:00, slack 0bh
///   approval step 1 "Recht" by lena, 2026-12-02 17:00 .. 2026-12-03 09:00
///   because: availability of max
/// ```
public struct DateExplanation {
    public let schedule: Schedule

    public init(schedule: Schedule) { self.schedule = schedule }

    /// The chain for the task with output id `id` (`winter.brief`, `winter.series#2`); nil when there is none.
    public func rendered(task id: String) -> String? {
        guard var k = schedule.taskIndex[id] else { return nil }
        let f = TimeFormat(calendar: schedule.calendar)
        var seen: Set<Int> = []
        var out = ""
        while seen.insert(k).inserted {
            let t = schedule.tasks[k]
            out += headline(t, f) + "\n"
            for a in schedule.approvals where a.subject == t.id {
                let by = a.by.isEmpty ? "nobody eligible" : a.by.joined(separator: ", ")
                out += "  approval step \(a.step) \"\(a.label)\" by \(by), \(f.local(a.start)) .. \(f.local(a.end))\n"
            }
            out += "  because: \(t.because)\n"
            if let next = predecessor(in: t.because) {
                k = next
            } else if let (next, note) = approvalPredecessor(of: t) {
                out += "  \(note)\n"
                k = next
            } else {
                break
            }
        }
        return out
    }

    /// For a subject that waited for its approval: the task whose end let the
    /// approval begin (one of its `after` tasks, ending when the first step starts).
    func approvalPredecessor(of t: ScheduledTask) -> (Int, String)? {
        guard t.because == "its approval", t.occurrence == nil,
              let begin = schedule.approvals.filter({ $0.subject == t.id }).map(\.start).min() else { return nil }
        for dependency in schedule.plan.items[t.item].after where !dependency.targetIsCampaign {
            guard let k = schedule.taskIndex[dependency.target] else { continue }
            let p = schedule.tasks[k]
            if max(p.end, p.approved ?? p.end) == begin { return (k, "its approval began when \(p.id) was done") }
        }
        return nil
    }

    /// `winter.brief "Briefing": 2026-11-30 09:00 .. 2026-12-01 17:00, approved …, slack 1bd, late by …`.
    func headline(_ t: ScheduledTask, _ f: TimeFormat) -> String {
        let name = t.id.split(separator: ".").last.map(String.init) ?? t.id
        var line = t.id + (t.title.isEmpty || t.title == name ? "" : " \"\(t.title)\"") + ": "
        line += t.start == t.end ? "\(t.kind == .post ? "publishes" : "at") \(f.local(t.start))" : "\(f.local(t.start)) .. \(f.local(t.end))"
        if let approved = t.approved { line += ", approved \(f.local(approved))" }
        line += ", slack \(f.work(t.slack))"
        if let late = t.late { line += ", late by \(f.work(late))" }
        return line
    }

    /// The task a `because` of the form `after ID` names.
    func predecessor(in because: String) -> Int? {
        guard because.hasPrefix("after ") else { return nil }
        return schedule.taskIndex[String(because.dropFirst("after ".count))]
    }
}
