import PlanwerkSyntax

/// An approval flow bound to its arguments for one subject: the `if`s
/// decided, the approvers resolved to people (authors removed under
/// `except author`), SLAs in working minutes.
public struct ApprovalInstance: Sendable, Hashable {
    /// The flow's name (`post_review`).
    public var flow: String
    public var elements: [FlowElement]
    /// Working minutes a rejected subject takes to rework (default 1bd).
    public var rework: Int
    public var distinct: Bool
    /// The `approval …` clause.
    public var span: SourceSpan

    /// Every step, in the flow's order.
    public var steps: [ApprovalStep] { elements.flatMap(\.steps) }
}

/// A part of a flow: a step, steps in order, or branches side by side.
public indirect enum FlowElement: Sendable, Hashable {
    case step(ApprovalStep)
    case sequence([FlowElement])
    /// `parallel { … }`: each element runs side by side; ends when all have.
    case parallel([FlowElement])

    public var steps: [ApprovalStep] {
        switch self {
        case .step(let s): return [s]
        case .sequence(let xs), .parallel(let xs): return xs.flatMap(\.steps)
        }
    }
}

/// One step: who decides, how many of them, and in how long.
public struct ApprovalStep: Sendable, Hashable {
    /// Position in the flow's text, from 1 (counting inside `parallel` and both `if` branches).
    public var number: Int
    /// The label, or `Step N`.
    public var label: String
    /// The people who may decide, in declaration order, before absences.
    public var approvers: [String]
    /// How many must approve (all of them for `all of` and a list of people).
    public var needed: Int
    /// The SLA in working minutes.
    public var sla: Int
    /// `expect D` in working minutes.
    public var expect: Int?
    public var escalation: StepEscalation?
    public var exceptAuthor: Bool
    public var span: SourceSpan
    /// `remind after D`: when, after the step opens, an undecided step is reminded of (tracking, `planwerk due`).
    public var remind: PlanSpan? = nil
}

/// `else escalate to WHO within SLA`.
public struct StepEscalation: Sendable, Hashable {
    public var approvers: [String]
    public var needed: Int
    public var sla: Int
}
