import PlanwerkChecking
import PlanwerkSyntax

/// The `:commands` that do not need the schedule.
extension REPLSession {
    /// Runs a command line found at `range` of the transcript.
    mutating func command(_ input: String, at range: SourceRange) -> REPLReply {
        let line = CommandInput(input, at: range)
        var reply = REPLReply()
        guard let command = SessionCommand.named(line.word) else {
            let closest = Suggestion.closest(to: line.word, among: SessionCommand.allCases.map(\.rawValue))
            let help = (closest.map { ["did you mean `:\($0)`?"] } ?? []) + ["`:help` lists the commands"]
            let message = line.word.isEmpty ? "a command needs a name after `:`" : "I don't know the command `:\(line.word)`"
            show([Self.problem(.unknownCommand, message, at: line.wordRange, help: help)], in: &reply)
            return reply
        }
        if command.needsArgument && line.argument.isEmpty {
            show([Self.problem(.commandArgument, "`:\(command.rawValue)` needs \(Self.argumentNoun(command))", at: line.wordRange,
                               help: ["write `:\(command.rawValue) \(command.arguments)`"])], in: &reply)
            return reply
        }
        switch command {
        case .help: reply.say(SessionCommand.helpText)
        case .quit: reply.quit = true
        case .load: reply = load(Self.path(line.argument), typedAt: line.argumentRange)
        case .reload: reloadFile(&reply)
        case .type: showType(line, &reply)
        case .now: setNow(line, &reply)
        case .agenda: agenda(line, &reply)
        case .gantt: gantt(line, &reply)
        case .critical: critical(line, &reply)
        case .explain: explain(line, &reply)
        case .done, .approve, .reject, .progress, .measure: track(command, line, &reply)
        }
        return reply
    }

    /// What a command's argument is, in words.
    static func argumentNoun(_ command: SessionCommand) -> String {
        switch command {
        case .load: return "a file to load"
        case .type: return "an expression"
        case .critical: return "a campaign"
        case .explain: return "a task, post or milestone"
        case .agenda: return "a day or a range of days"
        case .now: return "a date and time"
        case .done: return "a task, as in `:done spring.brief 2027-02-03 12:00`"
        case .approve, .reject: return "a task and a step, as in `:\(command.rawValue) spring.teaser \"Recht\" by lena`"
        case .progress: return "a task and a percentage, as in `:progress spring.shoot 40%`"
        case .measure: return "a KPI and a value, as in `:measure spring.reach 12500`"
        default: return "nothing"
        }
    }

    /// A path as typed, without quotes around it.
    static func path(_ argument: String) -> String {
        if argument.count >= 2, argument.hasPrefix("\""), argument.hasSuffix("\"") { return String(argument.dropFirst().dropLast()) }
        return argument
    }

    mutating func reloadFile(_ reply: inout REPLReply) {
        let diagnostics = plan.reload()
        show(diagnostics, in: &reply)
        reply.say("reloaded " + diagnostics.summary(for: plan.file ?? SessionText.path))
    }

    /// `:type EXPR`: `EXPR : Type`.
    mutating func showType(_ line: CommandInput, _ reply: inout REPLReply) {
        guard let (expr, source) = argumentExpression(line, &reply) else { return }
        let (type, diagnostics) = plan.composition.type(of: expr, in: source)
        show(diagnostics, in: &reply)
        if !diagnostics.hasErrors { reply.say("\(line.argument) : \(type)") }
    }

    /// `:now [DATETIME]`: sets or shows the moment the plan is scheduled as of.
    mutating func setNow(_ line: CommandInput, _ reply: inout REPLReply) {
        guard !line.argument.isEmpty else {
            reply.say(now.map { "now is \($0)" } ?? "now is not set: the plan is scheduled as it stands")
            return
        }
        switch argumentValue(line, &reply) {
        case .dateTime(let t)?: now = t
        case .date(let d)?: now = CivilDateTime(date: d, minute: 0)
        case let other?:
            show([Self.problem(.commandArgument, "`:now` needs a date and time, but this is \(other.type.withArticle)", at: line.argumentRange,
                               help: ["write `:now 2026-12-08 12:00`"])], in: &reply)
            return
        case nil: return
        }
        reply.say("now is \(now!)")
    }

    /// The argument parsed as an expression, at its place in the transcript; nil (shown) on syntax errors.
    mutating func argumentExpression(_ line: CommandInput, _ reply: inout REPLReply) -> (Expr, SourceFile)? {
        let source = plan.text.isolated(line.argumentRange)
        let (expr, syntax) = Parser.parseExpression(source)
        if !syntax.isEmpty {
            show(syntax, in: &reply)
            return nil
        }
        return (expr, source)
    }

    /// The argument's value; nil when it has errors (shown) or is not known.
    mutating func argumentValue(_ line: CommandInput, _ reply: inout REPLReply) -> Value? {
        guard let (expr, source) = argumentExpression(line, &reply) else { return nil }
        let answer = plan.composition.answer(expr, in: source, now: now)
        show(answer.diagnostics, in: &reply)
        if case .value(let v) = answer.outcome { return v }
        if !answer.diagnostics.hasErrors {
            show([Self.problem(.commandArgument, "the value of `\(line.argument)` is not known", at: line.argumentRange)], in: &reply)
        }
        return nil
    }
}
