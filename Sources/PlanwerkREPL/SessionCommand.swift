import PlanwerkSyntax

/// The REPL's `:commands` (LANGUAGE.md §8): their names, what they take and
/// what they do, for `:help`, for completion, and for reading a command
/// line. A command may be shortened to any prefix that names only it (`:q`).
enum SessionCommand: String, Sendable, CaseIterable {
    case help, load, reload, type, agenda, gantt, critical, explain, done, approve, reject, progress, measure, now, quit

    /// What follows the command, as `:help` shows it.
    var arguments: String {
        switch self {
        case .load: return "FILE"
        case .type: return "EXPR"
        case .agenda: return "[FROM..TO]"
        case .gantt: return "[CAMPAIGN]"
        case .critical: return "CAMPAIGN"
        case .explain: return "TASK"
        case .now: return "[DATETIME]"
        case .done: return "TASK [T]"
        case .approve, .reject: return "TASK STEP [by WHO] [T]"
        case .progress: return "TASK P% [T]"
        case .measure: return "KPI VALUE [T]"
        case .help, .reload, .quit: return ""
        }
    }

    /// One line for `:help`.
    var summary: String {
        switch self {
        case .help: return "this list"
        case .load: return "load a plan file and its imports; the session's declarations start afresh"
        case .reload: return "read the file and its imports again, keeping the session's declarations"
        case .type: return "the type of an expression"
        case .agenda: return "the agenda, of every day or of the days FROM..TO"
        case .gantt: return "a Gantt chart of one campaign, or of all, as wide as the terminal"
        case .critical: return "the campaign's tasks without slack, in time order"
        case .explain: return "the chain of constraints that fixed the task's dates"
        case .now: return "schedule as of this moment (as `--now` does), or show it"
        case .done: return "record that the task is done (posts: published)"
        case .approve: return "record that WHO approved the step (its label, in quotes if it has spaces)"
        case .reject: return "record that WHO rejected the step: rework, then the flow again"
        case .progress: return "record how much of the task's work is done"
        case .measure: return "record a KPI's value (`spring.reach`: for one campaign)"
        case .quit: return "leave the REPL (Ctrl-D on an empty line does too)"
        }
    }

    /// Whether the command needs an argument.
    var needsArgument: Bool { [.load, .type, .critical, .explain].contains(self) || writesTracking }

    /// Whether the command appends a line to the plan's tracking file.
    var writesTracking: Bool { [.done, .approve, .reject, .progress, .measure].contains(self) }

    /// The command a word names: itself, or the only command it begins. Commands
    /// that write to the tracking file are never shortened, so a slip cannot write.
    static func named(_ word: String) -> SessionCommand? {
        if let exact = SessionCommand(rawValue: word) { return exact }
        let matches = allCases.filter { !$0.writesTracking && $0.rawValue.hasPrefix(word) }
        return word.isEmpty || matches.count != 1 ? nil : matches[0]
    }

    /// The `:help` text.
    static var helpText: String {
        let rows = allCases.map { (":\($0.rawValue)" + ($0.arguments.isEmpty ? "" : " \($0.arguments)"), $0.summary) }
        let width = rows.map(\.0.count).max() ?? 0
        var out = "Commands (each may be shortened, e.g. `:q`, except :done … :measure):\n"
        for (usage, summary) in rows { out += "  " + usage + String(repeating: " ", count: width - usage.count + 2) + summary + "\n" }
        out += """

            The tracking commands check one line, append it to the plan's tracking file (for
            plan.plan: plan.status.plan) and schedule again; they are never shortened. T is a date
            or date and time, by default `:now`, else the clock; `:now` itself is never written.

            Type a declaration to add it to the plan (a name declared again replaces the earlier
            declaration), or an expression to see its value and type. A line that leaves `{`, `(`
            or `[` open goes on on the next line; Ctrl-C abandons it. Tab completes keywords, names,
            members after `.`, commands and files after `:load`.

            """
        return out
    }
}
