import PlanwerkSyntax

/// The types of LANGUAGE.md §3. `Task` is the common supertype of tasks,
/// posts and milestones; `Int` widens to `Number`; a `Date` widens to a
/// one-day range where a range is expected. `error` stands for a value whose
/// type is unknown because of an error already reported, and is compatible
/// with everything so that one mistake gives one message.
public indirect enum PlanType: Sendable, Hashable, CustomStringConvertible {
    case int, number, percent, money, text, bool
    case date, time, dateTime, duration, workTime, weekday
    case list(PlanType), range(PlanType)
    case person, team, channel, calendar, kpi, campaign
    /// Any schedulable item: task, post or milestone.
    case task
    case post, milestone, report, approval
    /// Where either a person or a team is accepted (`to`, `reports_to`, rule subjects).
    case party
    /// The built-in `plan` value.
    case plan
    /// A lambda's type, known from where it is used.
    case function([PlanType], PlanType)
    case error

    public var description: String {
        switch self {
        case .int: return "Int"
        case .number: return "Number"
        case .percent: return "Percent"
        case .money: return "Money"
        case .text: return "Text"
        case .bool: return "Bool"
        case .date: return "Date"
        case .time: return "Time"
        case .dateTime: return "DateTime"
        case .duration: return "Duration"
        case .workTime: return "WorkTime"
        case .weekday: return "Weekday"
        case .list(let t): return "List[\(t)]"
        case .range(let t): return "Range[\(t)]"
        case .person: return "Person"
        case .team: return "Team"
        case .channel: return "Channel"
        case .calendar: return "Calendar"
        case .kpi: return "Kpi"
        case .campaign: return "Campaign"
        case .task: return "Task"
        case .post: return "Post"
        case .milestone: return "Milestone"
        case .report: return "Report"
        case .approval: return "Approval"
        case .party: return "Person or Team"
        case .plan: return "Plan"
        case .function(let params, let result): return "(" + params.map(\.description).joined(separator: ", ") + ") => \(result)"
        case .error: return "?"
        }
    }

    /// The type with its article, for messages: "an Int", "a Money".
    public var withArticle: String {
        let d = description
        return (["A", "E", "I", "O", "U"].contains(d.prefix(1)) ? "an " : "a ") + d
    }

    /// Types by the names a plan writes them with (parameters, `let x: T`, KPIs).
    public static let named: [String: PlanType] = [
        "Int": .int, "Number": .number, "Percent": .percent, "Money": .money, "Text": .text, "Bool": .bool,
        "Date": .date, "Time": .time, "DateTime": .dateTime, "Duration": .duration, "WorkTime": .workTime,
        "Weekday": .weekday, "Person": .person, "Team": .team, "Channel": .channel, "Calendar": .calendar,
        "Kpi": .kpi, "Campaign": .campaign, "Task": .task, "Post": .post, "Milestone": .milestone,
        "Report": .report, "Approval": .approval,
    ]

    /// Whether a value of this type may stand where `expected` is required.
    public func conforms(to expected: PlanType) -> Bool {
        if self == expected || self == .error || expected == .error { return true }
        switch (self, expected) {
        case (.int, .number): return true
        case (.post, .task), (.milestone, .task): return true
        case (.person, .party), (.team, .party): return true
        case (.date, .range(.date)): return true
        case (.list(let a), .list(let b)): return a.conforms(to: b)
        case (.range(let a), .range(let b)): return a.conforms(to: b)
        default: return false
        }
    }

    /// Whether a value of this type may stand where a list of `element` is
    /// required: `conforms(to: .list(element))` without making the list type.
    public func conformsToList(of element: PlanType) -> Bool {
        if self == .error { return true }
        if case .list(let a) = self { return a.conforms(to: element) }
        return false
    }

    /// The least common type of two (for list elements and `if` branches), if any.
    public static func join(_ a: PlanType, _ b: PlanType) -> PlanType? {
        if a.conforms(to: b) { return b }
        if b.conforms(to: a) { return a }
        switch (a, b) {
        case (.post, .milestone), (.milestone, .post): return .task
        case (.person, .team), (.team, .person): return .party
        case (.list(let x), .list(let y)): return join(x, y).map { .list($0) }
        default: return nil
        }
    }

    /// Whether values of the type are ordered (`<`, `min`, `max`).
    public var isOrdered: Bool {
        switch self {
        case .int, .number, .percent, .money, .date, .time, .dateTime, .duration, .workTime, .weekday, .text, .error: return true
        default: return false
        }
    }

    /// Whether values of the type can be added up (`sum`).
    public var isSummable: Bool {
        switch self {
        case .int, .number, .percent, .money, .duration, .workTime, .error: return true
        default: return false
        }
    }
}

/// Reads a written type (`List[Person]`), reporting unknown type names.
public enum TypeReader {
    public static func read(_ syntax: TypeSyntax, file: String, diagnostics: inout [Diagnostic]) -> PlanType {
        let name = syntax.name.text
        if name == "List" || name == "Range" {
            guard syntax.arguments.count == 1 else {
                diagnostics.append(Diagnostic(.unknownType, .error, "`\(name)` takes one element type, as in `\(name)[Date]`",
                                              at: SourceSpan(file: file, range: syntax.range)))
                return .error
            }
            let element = read(syntax.arguments[0], file: file, diagnostics: &diagnostics)
            return name == "List" ? .list(element) : .range(element)
        }
        if let t = PlanType.named[name], syntax.arguments.isEmpty { return t }
        if name.isEmpty { return .error }
        diagnostics.append(Diagnostic(.unknownType, .error, "unknown type `\(name)`",
                                      at: SourceSpan(file: file, range: syntax.name.range),
                                      help: Suggestion.help(for: name, among: Array(PlanType.named.keys) + ["List", "Range"])))
        return .error
    }
}
