import Foundation
import PlanwerkChecking
import PlanwerkOutput
import PlanwerkScheduling
import PlanwerkSyntax

/// The tracking commands (LANGUAGE.md §8, §10 "Tracking"): `:done`,
/// `:approve`, `:reject`, `:progress`, `:measure`. Each makes one tracking
/// line with an explicit time (the one typed, else the session's `:now`,
/// else the clock to the minute), checks the plan with that line added to
/// its tracking file, and only then appends it (``SidecarAppender``: locked,
/// atomic) and schedules again. A line that would bring an error is not written.
extension REPLSession {
    mutating func track(_ command: SessionCommand, _ line: CommandInput, _ reply: inout REPLReply) {
        guard let file = plan.file, let sidecar = ModuleLoader.sidecarPath(for: file) else {
            show([Self.problem(.noTrackingFile, "`:\(command.rawValue)` records in the tracking file of a plan, and no plan file is loaded",
                               at: line.wordRange, help: ["load the plan first: `:load plan.plan`; its tracking file is `plan.status.plan`"])],
                 in: &reply)
            return
        }
        let arguments: TrackingArguments
        switch TrackingArguments.parse(command, line.argument) {
        case .success(let a): arguments = a
        case .failure(let problem):
            show([Self.problem(.commandArgument, problem.message, at: line.argumentRange, help: ["write `:\(command.rawValue) \(command.arguments)`"])],
                 in: &reply)
            return
        }
        guard let schedule = schedule(&reply) else { return }
        let time = arguments.time ?? (now ?? Self.clock(schedule)).description
        guard let text = trackingLine(command, arguments, time: time, schedule: schedule, line, &reply) else { return }

        // Check the plan with the line added, as the file would be after writing it.
        let disk = PlanPath.join(plan.folder, sidecar)
        var bytes = FileManager.default.contents(atPath: disk).map { Array($0) } ?? Array(Self.header(file).utf8)
        if let last = bytes.last, last != 0x0A { bytes.append(0x0A) }
        let range = SourceRange(bytes.count, bytes.count + text.utf8.count)
        bytes += Array(text.utf8) + [0x0A]
        var candidate = plan.trying(SourceFile(path: sidecar, bytes: bytes))
        var found = candidate.diagnostics
        if !found.hasErrors, let run = candidate.schedule(now: now) { found = run.diagnostics }
        let problems = found.filter { $0.severity == .error && $0.span.file == sidecar && $0.span.range.start >= range.start && $0.span.range.start <= range.end }
        guard problems.isEmpty else {
            reply.say("not recorded: \(text)")
            show(problems, in: &reply, sources: candidate.sources(transcript: plan.text.transcriptFile))
            return
        }

        if case .failure(let failure) = SidecarAppender.append(text, to: disk, header: Self.header(file)) {
            show([Self.problem(.cannotWriteFile, "the tracking file \(sidecar) could not be written: \(failure.message)", at: line.wordRange,
                               help: ["check that the folder exists and is writable; nothing was recorded"])], in: &reply)
            return
        }
        let diagnostics = plan.reload()
        show(diagnostics.filter { $0.severity == .error }, in: &reply)
        reply.say("recorded in \(sidecar): \(text)")
        if command != .measure, let updated = plan.composition.schedule(now: now)?.schedule {
            reply.say(Self.outcome(Self.taskID(arguments.subject), in: updated))
        }
    }

    /// The tracking line a command makes; nil (shown) when it needs more than was typed.
    mutating func trackingLine(_ command: SessionCommand, _ a: TrackingArguments, time: String, schedule: Schedule,
                               _ line: CommandInput, _ reply: inout REPLReply) -> String? {
        switch command {
        case .done:
            return "status \(a.subject) done \(time)"
        case .progress:
            return "status \(a.subject) progress \(a.value ?? "") as of \(time)"
        case .measure:
            return "measure \(a.subject) \(time.prefix(10)) = \(a.value ?? "")"
        case .approve, .reject:
            let label = a.label ?? ""
            guard let person = a.person ?? decider(Self.taskID(a.subject), label, in: schedule, line, &reply) else { return nil }
            let decision = command == .approve ? "approved" : "rejected"
            return "status \(a.subject) step \"\(TextEscaping.escaped(label))\" \(decision) by \(person) \(time)"
        default:
            return nil
        }
    }

    /// Who decided, when `by PERSON` was left out: the one person who may decide the open step; nil (shown) otherwise.
    mutating func decider(_ subject: String, _ label: String, in schedule: Schedule, _ line: CommandInput,
                          _ reply: inout REPLReply) -> String? {
        let open = schedule.approvals.last { $0.subject == subject && $0.label == label }
        if let open, open.decision == nil, open.by.count == 1, open.escalatedTo == nil { return open.by[0] }
        let who = open.map { ($0.by + ($0.escalatedTo ?? [])).map { "`\($0)`" }.joined(separator: ", ") } ?? ""
        show([Self.problem(.commandArgument, "say who decided: add `by PERSON`", at: line.argumentRange,
                           help: [who.isEmpty ? "write e.g. `:approve spring.teaser \"Recht\" by lena`" : "it may be decided by \(who)"])],
             in: &reply)
        return nil
    }

    /// The wall clock to the minute, in the plan's time zone.
    static func clock(_ schedule: Schedule) -> CivilDateTime {
        schedule.plan.settings.timeZone.local(atUTC: Int(Date().timeIntervalSince1970 / 60))
    }

    /// The first line of a tracking file the REPL creates.
    static func header(_ plan: String) -> String {
        let name = plan.split(separator: "/").last.map(String.init) ?? plan
        return "# Tracking for \(name), read automatically beside it; `planwerk repl` appends here.\n"
    }

    /// What the task looks like now: `spring.brief  2027-02-01 09:00 .. 2027-02-03 12:00`.
    static func outcome(_ id: String, in schedule: Schedule) -> String {
        guard let index = schedule.taskIndex[id] else { return "" }
        let t = schedule.tasks[index], f = TimeFormat(calendar: schedule.calendar)
        var text = "\(t.id): " + (t.start == t.end ? f.local(t.start) : "\(f.local(t.start)) .. \(f.local(t.end))")
        if let approved = t.approved { text += ", approved \(f.local(approved))" }
        if let late = t.late { text += ", late by \(f.work(late))" }
        return text
    }
}
