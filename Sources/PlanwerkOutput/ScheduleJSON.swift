import PlanwerkChecking
import PlanwerkScheduling
import PlanwerkSyntax

/// `export --format json` (LANGUAGE.md §7): one object with the plan's
/// settings, tasks, approval steps, report occurrences, diagnostics and
/// assertions, keys in documented order, arrays in declaration order and
/// occurrences in time order.
public struct ScheduleJSON {
    public let schedule: Schedule
    /// Source files by path, for the line and column of diagnostics.
    public let sources: [String: SourceFile]
    /// Diagnostics to include (checking and scheduling).
    public let diagnostics: [Diagnostic]

    public init(schedule: Schedule, diagnostics: [Diagnostic], sources: [String: SourceFile]) {
        self.schedule = schedule
        self.diagnostics = diagnostics
        self.sources = sources
    }

    /// The document, ending with a newline.
    public func rendered() -> String { document().rendered() + "\n" }

    public func document() -> JSONValue {
        let f = TimeFormat(calendar: schedule.calendar)
        let s = schedule.plan.settings
        let plan: JSONValue = .object([
            ("name", .string(s.name)),
            ("start", .optional(s.start?.description)),
            ("horizon", .optional(s.horizon?.description)),
            ("timezone", .string(s.timeZone.identifier)),
            ("currency", .string(s.currency)),
            ("now", .optional(s.now.map { f.iso(schedule.calendar.instant($0)) })),
        ])
        let tasks: [JSONValue] = schedule.tasks.map { t in
            var pairs: [(String, JSONValue)] = [
                ("id", .string(t.id)), ("kind", .string(t.kind.rawValue)), ("title", .string(t.title)),
                ("campaign", .string(t.campaign)), ("start", .string(f.iso(t.start))), ("end", .string(f.iso(t.end))),
                ("slack", .string(TimeFormat.isoWork(t.slack))), ("late", .optional(t.late.map(TimeFormat.isoWork))),
                ("assignees", .array(t.assignees.map(JSONValue.string))),
            ]
            if t.kind == .post { pairs.append(("channel", .optional(t.channel))) }
            if schedule.plan.items[t.item].approval != nil { pairs.append(("approved", .optional(t.approved.map(f.iso)))) }
            pairs.append(("because", .string(t.because)))
            return .object(pairs)
        }
        let approvals: [JSONValue] = schedule.approvals.map { a in
            .object([
                ("subject", .string(a.subject)), ("step", .int(a.step)), ("label", .string(a.label)),
                ("by", .array(a.by.map(JSONValue.string))), ("start", .string(f.iso(a.start))), ("end", .string(f.iso(a.end))),
                ("escalated_to", a.escalatedTo.map { .array($0.map(JSONValue.string)) } ?? .null),
                ("decision", .optional(a.decision?.rawValue)), ("round", .int(a.round)),
            ])
        }
        let reworks: [JSONValue] = schedule.reworks.map { r in
            .object([
                ("subject", .string(r.subject)), ("round", .int(r.round)), ("by", .array(r.by.map(JSONValue.string))),
                ("start", .string(f.iso(r.start))), ("end", .string(f.iso(r.end))),
            ])
        }
        let reports: [JSONValue] = schedule.reports.map { r in
            .object([
                ("id", .string(r.id)), ("occurrence", .int(r.occurrence)), ("due", .string(f.iso(r.due))),
                ("preparation_start", .optional(r.preparationStart.map(f.iso))),
                ("preparation_end", .optional(r.preparationEnd.map(f.iso))),
            ])
        }
        return .object([
            ("plan", plan), ("tasks", .array(tasks)), ("approvals", .array(approvals)), ("reworks", .array(reworks)),
            ("reports", .array(reports)),
            ("diagnostics", .array(diagnostics.map(diagnostic))),
            ("assertions", .array(schedule.assertions.map(assertion))),
        ])
    }

    func diagnostic(_ d: Diagnostic) -> JSONValue { DiagnosticJSON(sources: sources).object(d) }

    func assertion(_ a: AssertionResult) -> JSONValue {
        let position = sources[a.span.file]?.location(of: a.span.range.start)
        return .object([
            ("assert", .string(a.source)), ("result", .string(a.outcome.rawValue)), ("message", .optional(a.message)),
            ("values", .array(a.values.map(JSONValue.string))),
            ("file", .string(a.span.file)), ("line", position.map { .int($0.line) } ?? .null),
        ])
    }
}
