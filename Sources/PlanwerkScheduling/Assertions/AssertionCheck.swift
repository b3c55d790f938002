import PlanwerkChecking
import PlanwerkSyntax

/// Evaluates the plan's `assert`s against a schedule: `x.start`, `x.end`,
/// `x.slack`, `x.late` and `x.approved` are the scheduled values. A failed
/// assertion is an error that shows the values involved.
public struct AssertionCheck {
    let graph: ModuleGraph
    let checked: Checker.Result

    public init(graph: ModuleGraph, checked: Checker.Result) {
        self.graph = graph
        self.checked = checked
    }

    /// The members a schedule knows, as values, worked out when an assertion
    /// (or the REPL) asks: `start`, `end`, `slack`, `late`, `approved`, and a
    /// task's `title`, `campaign` and `assignees` as they were made.
    public static func scheduledMembers(_ schedule: Schedule) -> @Sendable (String, EntityReference) -> Value? {
        let calendar = schedule.calendar, tasks = schedule.tasks, index = schedule.taskIndex
        var campaigns: [String: (start: Int, end: Int)] = [:]
        for t in tasks {
            let c = campaigns[t.campaign] ?? (t.start, t.end)
            campaigns[t.campaign] = (min(c.start, t.start), max(c.end, t.end))
        }
        let spans = campaigns
        return { name, entity in
            if entity.kind == .campaign {
                guard let c = spans[entity.id] else { return nil }
                switch name {
                case "start": return .dateTime(calendar.local(c.start))
                case "end": return .dateTime(calendar.local(c.end))
                default: return nil
                }
            }
            // `winter.series[2]` is the task `winter.series#2`; a series named alone is its first occurrence.
            var id = entity.id
            if id.hasSuffix("]"), let open = id.lastIndex(of: "[") {
                id = id[..<open] + "#" + id[id.index(after: open)..<id.index(before: id.endIndex)]
            }
            guard let k = index[id] ?? index[id + "#1"] else { return nil }
            let t = tasks[k]
            switch name {
            case "start": return .dateTime(calendar.local(t.start))
            case "end": return .dateTime(calendar.local(t.end))
            case "slack": return .workTime(WorkTime(days: 0, minutes: t.slack))
            case "late": return .workTime(WorkTime(days: 0, minutes: t.late ?? 0))
            case "approved": return t.approved.map { .dateTime(calendar.local($0)) }
            case "title": return .text(t.title)
            case "campaign": return .entity(EntityReference(kind: .campaign, id: t.campaign))
            case "assignees": return .list(t.assignees.map { .entity(EntityReference(kind: .person, id: $0)) })
            default: return nil
            }
        }
    }

    public func check(_ schedule: inout Schedule) {
        guard !schedule.plan.assertions.isEmpty else { return }
        let members = Self.scheduledMembers(schedule)
        for a in schedule.plan.assertions {
            let env = ScopedEnvironment(module: a.module, graph: graph, checked: checked, plan: schedule.plan, scheduled: members)
            let file = graph[a.module].plan.source
            let evaluation = Evaluator(environment: env, file: file.path).evaluate(a.condition)
            let source = file.text(a.condition.range)
            let values = involved(a.condition, env: env, file: file)
            var result = AssertionResult(outcome: .unknown, source: source, message: a.message, values: values, span: a.span)
            switch evaluation.value {
            case .bool(true)?:
                result.outcome = .passed
            case .bool(false)?:
                result.outcome = .failed
                let shown = values.isEmpty ? "" : ": " + values.joined(separator: ", ")
                schedule.diagnostics.append(Diagnostic(
                    .assertionFailed, .error, "assertion failed\(a.message.map { " (\($0))" } ?? "")\(shown)",
                    at: SourceSpan(file: file.path, range: a.condition.range),
                    help: ["the schedule does not meet `\(source)`; change the plan or the assertion"]))
            default:
                schedule.diagnostics.append(Diagnostic(
                    .assertionUnknown, .error, "this assertion cannot be computed from the schedule",
                    at: SourceSpan(file: file.path, range: a.condition.range)))
            }
            schedule.assertions.append(result)
        }
    }

    /// `left = value` for each side of a comparison (and of `and`/`or` parts), to explain a failure.
    func involved(_ e: Expr, env: ScopedEnvironment, file: SourceFile) -> [String] {
        switch e.kind {
        case .binary(let op, let a, let b) where op == .and || op == .or:
            return involved(a, env: env, file: file) + involved(b, env: env, file: file)
        case .binary(let op, let a, let b) where op.isComparison:
            return [a, b].compactMap { side in
                if case .dateTime = side.kind { return nil }
                if case .date = side.kind { return nil }
                guard let v = Evaluator(environment: env, file: file.path).evaluate(side).value else { return nil }
                let text = file.text(side.range)
                let shown = v.display(currency: env.currency)
                return text == shown ? nil : "\(text) = \(shown)"
            }
        case .paren(let x): return involved(x, env: env, file: file)
        case .unary(.not, let x): return involved(x, env: env, file: file)
        default: return []
        }
    }
}
