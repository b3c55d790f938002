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

    /// One line of the agenda: when, in which order, and what (an index into the schedule).
    struct Event {
        var time: Int
        /// Orders events at the same minute: ends before starts, then declaration order.
        var rank: Int
        var order: Int
        var line: Line
    }

    /// What an agenda line says; rendered only for the days shown.
    enum Line {
        case taskStart(Int), taskEnd(Int), task(Int), milestone(Int), post(Int), late(Int)
        case approval(Int), rework(Int), prepare(Int), report(Int)
    }

    public func rendered() -> String {
        let plan = schedule.plan
        var events: [Event] = []
        events.reserveCapacity(schedule.tasks.count * 2 + schedule.approvals.count + schedule.reports.count * 2)
        for (i, t) in schedule.tasks.enumerated() {
            switch t.kind {
            case .milestone: events.append(Event(time: t.start, rank: 2, order: i, line: .milestone(i)))
            case .post: events.append(Event(time: t.start, rank: 2, order: i, line: .post(i)))
            case .task:
                if t.start == t.end {
                    events.append(Event(time: t.start, rank: 2, order: i, line: .task(i)))
                } else {
                    events.append(Event(time: t.start, rank: 1, order: i, line: .taskStart(i)))
                    events.append(Event(time: t.end, rank: 0, order: i, line: .taskEnd(i)))
                }
            }
            if t.late != nil { events.append(Event(time: t.end, rank: 3, order: i, line: .late(i))) }
        }
        for (i, a) in schedule.approvals.enumerated() {
            events.append(Event(time: a.start, rank: 1, order: 100_000_000 + i, line: .approval(i)))
        }
        for (i, r) in schedule.reworks.enumerated() {
            events.append(Event(time: r.start, rank: 1, order: 150_000_000 + i, line: .rework(i)))
        }
        for (i, r) in schedule.reports.enumerated() {
            if let start = r.preparationStart, r.preparationEnd != nil {
                events.append(Event(time: start, rank: 1, order: 200_000_000 + i, line: .prepare(i)))
            }
            events.append(Event(time: r.due, rank: 2, order: 200_000_000 + i, line: .report(i)))
        }
        events.sort { ($0.time, $0.rank, $0.order) < ($1.time, $1.rank, $1.order) }
        var text = ByteText(capacity: 64 + events.count * 64)
        text.put("Agenda of \(plan.settings.name) (\(plan.settings.timeZone.identifier))\n")
        let lines = LineWriter(schedule: schedule)
        var day: CivilDate? = nil
        for e in events {
            let local = schedule.calendar.local(e.time)
            if let days, !days.contains(local.date) { continue }
            if local.date != day {
                day = local.date
                text.put("\n")
                text.put(Self.weekdayName(local.date))
                text.put(" ")
                text.put(local.date)
                text.put("\n")
            }
            text.put("  ")
            text.put(time: local.minute)
            text.put("  ")
            lines.write(e.line, into: &text)
            text.put("\n")
        }
        var out = text.string
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

    /// Writes the text of agenda lines.
    struct LineWriter {
        let schedule: Schedule
        let format: TimeFormat
        let channelTitles: [String: String]

        init(schedule: Schedule) {
            self.schedule = schedule
            format = TimeFormat(calendar: schedule.calendar)
            channelTitles = Dictionary(schedule.plan.channels.map { ($0.id, $0.title) }, uniquingKeysWith: { first, _ in first })
        }

        func write(_ line: Line, into text: inout ByteText) {
            switch line {
            case .taskStart(let i):
                let t = schedule.tasks[i]
                text.put("start      "); name(t, into: &text); people(t, into: &text)
                text.put(", until "); text.put(schedule.calendar.local(t.end))
            case .taskEnd(let i):
                text.put("end        "); name(schedule.tasks[i], into: &text)
            case .task(let i):
                let t = schedule.tasks[i]
                text.put("task       "); name(t, into: &text); people(t, into: &text)
            case .milestone(let i):
                text.put("milestone  "); name(schedule.tasks[i], into: &text)
            case .post(let i):
                let t = schedule.tasks[i]
                text.put("post       "); name(t, into: &text)
                text.put(" on "); text.put(t.channel.flatMap { channelTitles[$0] } ?? t.channel ?? "")
            case .late(let i):
                let t = schedule.tasks[i]
                text.put("LATE       "); text.put(t.id); text.put(" by "); text.put(format.work(t.late ?? 0))
            case .approval(let i):
                // `by …, until …` while open; `approved by … AT` once decided; round, escalation and overdue marks.
                let a = schedule.approvals[i]
                text.put("approval   "); text.put(a.subject); text.put(" step \(a.step)")
                if a.round > 1 { text.put(" (round \(a.round))") }
                text.put(" \""); text.put(a.label); text.put("\"")
                func escalation() {
                    guard let to = a.escalatedTo else { return }
                    text.put(" escalated to "); text.put(to, separator: ", "); text.put(",")
                }
                func approvers() { if a.by.isEmpty { text.put("nobody eligible") } else { text.put(a.by, separator: ", ") } }
                if let d = a.decision {
                    escalation()
                    text.put(" \(d.rawValue) by "); approvers(); text.put(" "); text.put(schedule.calendar.local(a.end))
                } else {
                    text.put(" by "); approvers(); text.put(","); escalation()
                    text.put(" until "); text.put(schedule.calendar.local(a.end))
                    if a.overdue { text.put(" (overdue)") }
                }
            case .rework(let i):
                let r = schedule.reworks[i]
                text.put("rework     "); text.put(r.subject)
                if !r.by.isEmpty { text.put(" ("); text.put(r.by, separator: ", "); text.put(")") }
                text.put(" after round \(r.round), until "); text.put(schedule.calendar.local(r.end))
            case .prepare(let i):
                let r = schedule.reports[i]
                text.put("prepare    "); text.put(r.id); text.put("#\(r.occurrence) (")
                text.put(r.by, separator: ", "); text.put("), until ")
                text.put(schedule.calendar.local(r.preparationEnd ?? r.due))
            case .report(let i):
                let r = schedule.reports[i]
                text.put("report     "); text.put(r.id); text.put("#\(r.occurrence) \"")
                text.put(r.title); text.put("\" to "); text.put(r.to, separator: ", ")
            }
        }

        /// The task's id, and its title when that says more.
        func name(_ t: ScheduledTask, into text: inout ByteText) {
            text.put(t.id)
            if Agenda.showsTitle(t.title, of: schedule.plan.items[t.item].id) {
                text.put(" \""); text.put(t.title); text.put("\"")
            }
        }

        func people(_ t: ScheduledTask, into text: inout ByteText) {
            guard !t.assignees.isEmpty else { return }
            text.put(" ("); text.put(t.assignees, separator: ", "); text.put(")")
        }
    }

    /// Whether the agenda shows a task's title: not when it is just the last part of its id.
    static func showsTitle(_ title: String, of id: String) -> Bool {
        guard let dot = id.utf8.lastIndex(of: UInt8(ascii: ".")) else { return title != id }
        return !title.utf8.elementsEqual(id.utf8[id.utf8.index(after: dot)...])
    }

    static func weekdayName(_ d: CivilDate) -> String {
        ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"][Weekday.allCases.firstIndex(of: d.weekday) ?? 0]
    }
}
