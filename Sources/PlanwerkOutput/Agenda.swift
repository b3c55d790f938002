import PlanwerkChecking
import PlanwerkScheduling
import PlanwerkSyntax

/// The readable agenda of `planwerk run`: one line per event in time order,
/// grouped by day (tasks starting and ending, milestones, posts, approval
/// steps with their labels and approvers, report preparation and due
/// times), then the assertions.
public struct Agenda {
    public let schedule: Schedule
    /// Only days in this range (inclusive), when given.
    public var days: ClosedRange<CivilDate>?

    /// One line per problem the schedule reveals (`plan.plan:3:41: error[P0501]: …`); the full
    /// diagnostics, with source lines and carets, go to standard error.
    public var problems: [String] = []

    public init(schedule: Schedule, days: ClosedRange<CivilDate>? = nil, problems: [String] = []) {
        self.schedule = schedule
        self.days = days
        self.problems = problems
    }

    /// The one-line form of the problems a schedule reveals, for ``problems``:
    /// `file:line:col: severity[CODE]: message`, in reading order; failed
    /// assertions are left out (the agenda lists them itself).
    public static func problemLines(_ diagnostics: [Diagnostic], sources: [String: SourceFile]) -> [String] {
        diagnostics.filter { $0.code != .assertionFailed }.sortedForDisplay().map { ProblemLine.text(of: $0, sources: sources) }
    }

    /// One line of the agenda.
    struct Event {
        var time: Int
        /// Orders events at the same minute: ends before starts, then declaration order.
        var rank: Int
        var order: Int
        var text: String
    }

    public func rendered() -> String {
        let f = TimeFormat(calendar: schedule.calendar)
        let plan = schedule.plan
        var events: [Event] = []
        for (i, t) in schedule.tasks.enumerated() {
            let title = t.title == plan.items[t.item].id.split(separator: ".").last.map(String.init) ? "" : " \"\(t.title)\""
            let people = t.assignees.isEmpty ? "" : " (\(t.assignees.joined(separator: ", ")))"
            switch t.kind {
            case .milestone:
                events.append(Event(time: t.start, rank: 2, order: i, text: "milestone  \(t.id)\(title)"))
            case .post:
                let channel = plan.channels.first { $0.id == t.channel }?.title ?? t.channel ?? ""
                events.append(Event(time: t.start, rank: 2, order: i, text: "post       \(t.id)\(title) on \(channel)"))
            case .task:
                if t.start == t.end {
                    events.append(Event(time: t.start, rank: 2, order: i, text: "task       \(t.id)\(title)\(people)"))
                } else {
                    events.append(Event(time: t.start, rank: 1, order: i, text: "start      \(t.id)\(title)\(people), until \(f.local(t.end))"))
                    events.append(Event(time: t.end, rank: 0, order: i, text: "end        \(t.id)\(title)"))
                }
            }
            if let late = t.late { events.append(Event(time: t.end, rank: 3, order: i, text: "LATE       \(t.id) by \(f.work(late))")) }
        }
        for (i, a) in schedule.approvals.enumerated() {
            let by = a.by.isEmpty ? "nobody eligible" : a.by.joined(separator: ", ")
            let round = a.round > 1 ? " (round \(a.round))" : ""
            let escalated = a.escalatedTo.map { " escalated to \($0.joined(separator: ", "))," } ?? ""
            var outcome = " by \(by),\(escalated) until \(f.local(a.end))" + (a.overdue ? " (overdue)" : "")
            if let d = a.decision { outcome = "\(escalated) \(d.rawValue) by \(by) \(f.local(a.end))" }
            events.append(Event(time: a.start, rank: 1, order: 100_000_000 + i,
                                text: "approval   \(a.subject) step \(a.step)\(round) \"\(a.label)\"\(outcome)"))
        }
        for (i, r) in schedule.reworks.enumerated() {
            let by = r.by.isEmpty ? "" : " (\(r.by.joined(separator: ", ")))"
            events.append(Event(time: r.start, rank: 1, order: 150_000_000 + i,
                                text: "rework     \(r.subject)\(by) after round \(r.round), until \(f.local(r.end))"))
        }
        for (i, r) in schedule.reports.enumerated() {
            let subject = "\(r.id)#\(r.occurrence)"
            if let s = r.preparationStart, let e = r.preparationEnd {
                events.append(Event(time: s, rank: 1, order: 200_000_000 + i,
                                    text: "prepare    \(subject) (\(r.by.joined(separator: ", "))), until \(f.local(e))"))
            }
            events.append(Event(time: r.due, rank: 2, order: 200_000_000 + i,
                                text: "report     \(subject) \"\(r.title)\" to \(r.to.joined(separator: ", "))"))
        }
        events.sort { ($0.time, $0.rank, $0.order) < ($1.time, $1.rank, $1.order) }
        var out = "Agenda of \(plan.settings.name) (\(plan.settings.timeZone.identifier))\n"
        var day: CivilDate? = nil
        for e in events {
            let local = schedule.calendar.local(e.time)
            if let days, !days.contains(local.date) { continue }
            if local.date != day {
                day = local.date
                out += "\n\(Self.weekdayName(local.date)) \(local.date)\n"
            }
            out += "  \(local.time)  \(e.text)\n"
        }
        if events.isEmpty { out += "\nNothing is scheduled.\n" }
        if !problems.isEmpty {
            out += "\nProblems\n"
            for d in problems { out += "  \(d)\n" }
        }
        if !schedule.assertions.isEmpty {
            out += "\nAssertions\n"
            for a in schedule.assertions {
                let mark = a.outcome == .passed ? "ok    " : a.outcome == .failed ? "FAILED" : "??    "
                var line = "  \(mark) \(a.source)"
                if let m = a.message { line += " — \(m)" }
                if a.outcome != .passed && !a.values.isEmpty { line += " (\(a.values.joined(separator: "; ")))" }
                out += line + "\n"
            }
        }
        return out
    }

    static func weekdayName(_ d: CivilDate) -> String {
        ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"][Weekday.allCases.firstIndex(of: d.weekday) ?? 0]
    }
}
