import PlanwerkChecking
import PlanwerkOutput
import PlanwerkScheduling
import PlanwerkSyntax

/// The commands that show the schedule: `:agenda`, `:gantt`, `:critical`, `:explain`.
extension REPLSession {
    /// The plan scheduled as of ``now``; nil (with the plan's errors shown) while it has errors.
    mutating func schedule(_ reply: inout REPLReply) -> Schedule? {
        if let schedule = plan.composition.schedule(now: now)?.schedule { return schedule }
        reply.say("The plan has errors, so it cannot be scheduled:")
        show(plan.composition.diagnostics.filter { $0.severity == .error }, in: &reply)
        return nil
    }

    /// `:agenda [FROM..TO]`: the agenda of `planwerk run`, of every day or of some.
    mutating func agenda(_ line: CommandInput, _ reply: inout REPLReply) {
        var days: ClosedRange<CivilDate>? = nil
        if !line.argument.isEmpty {
            switch argumentValue(line, &reply) {
            case .date(let d)?: days = d...d
            case .range(.date(let a), .date(let b))? where a <= b: days = a...b
            case .range(.dateTime(let a), .dateTime(let b))? where a.date <= b.date: days = a.date...b.date
            case .range(.date, .date)?, .range(.dateTime, .dateTime)?:
                show([Self.problem(.commandArgument, "this range of days ends before it starts", at: line.argumentRange,
                                   help: ["write the first day first: `:agenda 2026-12-01..2026-12-07`"])], in: &reply)
                return
            case let other?:
                show([Self.problem(.commandArgument, "`:agenda` takes a day or a range of days, but this is \(other.type.withArticle)",
                                   at: line.argumentRange, help: ["write `:agenda 2026-12-01..2026-12-07`, the first day before the last"])],
                     in: &reply)
                return
            case nil: return
            }
        }
        guard let schedule = schedule(&reply) else { return }
        let problems = Agenda.problemLines(schedule.diagnostics, sources: sources)
        reply.say(Agenda(schedule: schedule, days: days, problems: problems).rendered())
    }

    /// `:gantt [CAMPAIGN]`: a Gantt chart as wide as ``width``.
    mutating func gantt(_ line: CommandInput, _ reply: inout REPLReply) {
        guard let schedule = schedule(&reply) else { return }
        var campaign: String? = nil
        if !line.argument.isEmpty {
            guard let c = self.campaign(line, in: schedule, &reply) else { return }
            campaign = c
        }
        reply.say(GanttChart(schedule: schedule, campaign: campaign, width: width).rendered())
    }

    /// `:critical CAMPAIGN`: the tasks without slack, in time order.
    mutating func critical(_ line: CommandInput, _ reply: inout REPLReply) {
        guard let schedule = schedule(&reply), let campaign = self.campaign(line, in: schedule, &reply) else { return }
        let path = schedule.criticalPath(of: campaign)
        guard !path.isEmpty else {
            reply.say("\(campaign) has no task without slack.")
            return
        }
        let f = TimeFormat(calendar: schedule.calendar)
        let width = path.map(\.id.count).max() ?? 0
        var out = "Critical path of \(campaign): a delay of any of these delays the campaign's end or a deadline\n"
        for t in path {
            let when = t.start == t.end ? f.local(t.start) : "\(f.local(t.start)) .. \(f.local(t.end))"
            out += "  \(t.id)\(String(repeating: " ", count: width - t.id.count))  \(when)\n"
        }
        reply.say(out)
    }

    /// `:explain TASK`: the chain of constraints that fixed its dates.
    mutating func explain(_ line: CommandInput, _ reply: inout REPLReply) {
        guard let schedule = schedule(&reply) else { return }
        let id = Self.taskID(line.argument)
        let known = schedule.taskIndex[id] != nil ? id : schedule.taskIndex[id + "#1"] != nil ? id + "#1" : nil
        guard let found = known, let text = DateExplanation(schedule: schedule).rendered(task: found) else {
            let ids = schedule.tasks.filter { $0.occurrence ?? 1 == 1 }.map { $0.occurrence == nil ? $0.id : String($0.id.dropLast(2)) }
            show([Self.problem(.unknownName, "unknown task, post or milestone `\(line.argument)`", at: line.argumentRange,
                               help: Suggestion.help(for: id, among: ids) + ["name it with its campaign: `campaign.task`"])], in: &reply)
            return
        }
        reply.say(text)
    }

    /// The campaign the argument names; nil (shown) when there is none by that name.
    mutating func campaign(_ line: CommandInput, in schedule: Schedule, _ reply: inout REPLReply) -> String? {
        let names = schedule.plan.campaigns.map(\.id)
        if names.contains(line.argument) { return line.argument }
        show([Self.problem(.unknownName, "unknown campaign `\(line.argument)`", at: line.argumentRange,
                           help: names.isEmpty ? ["the plan has no campaign"] : Suggestion.help(for: line.argument, among: names))],
             in: &reply)
        return nil
    }

    /// A task as plan text names it (`winter.series[2]`) as the schedule does (`winter.series#2`).
    static func taskID(_ text: String) -> String {
        guard text.hasSuffix("]"), let open = text.lastIndex(of: "[") else { return text }
        return text[..<open] + "#" + text[text.index(after: open)..<text.index(before: text.endIndex)]
    }
}
