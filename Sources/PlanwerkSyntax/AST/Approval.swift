/// `approval NAME[(params)] [distinct] { steps }`: an approval flow.
public struct ApprovalDecl: Sendable, Hashable {
    public var name: Name
    public var parameters: [Parameter]?
    public var distinct: Bool
    public var body: FlowBlock
}

/// A `{ … }` of flow items.
public struct FlowBlock: Sendable, Hashable {
    public var items: [FlowItem]
    public var range: SourceRange
    public var singleLine: Bool
    public init(items: [FlowItem], range: SourceRange, singleLine: Bool) {
        self.items = items; self.range = range; self.singleLine = singleLine
    }
}

/// One element of an approval flow.
public struct FlowItem: Sendable, Hashable {
    public var kind: FlowItemKind
    public var range: SourceRange
    public init(_ kind: FlowItemKind, _ range: SourceRange) { self.kind = kind; self.range = range }
}

public indirect enum FlowItemKind: Sendable, Hashable {
    case step(ApprovalStepSyntax)
    /// `parallel { … }`: steps side by side.
    case parallel(FlowBlock)
    /// `if COND { … } [else { … } | else if …]`.
    case conditional(Expr, FlowBlock, ElseBranch?)
    /// `rework D`: how long a rejected subject takes to rework (default 1bd).
    case rework(Expr)
}

public indirect enum ElseBranch: Sendable, Hashable {
    case block(FlowBlock)
    case elseIf(FlowItem)
}

/// `step ["label"] by WHO within SLA [expect D] [remind after D] [else escalate to WHO within SLA]`.
public struct ApprovalStepSyntax: Sendable, Hashable {
    public var label: Expr?
    public var approvers: Approvers
    public var within: Expr
    public var expect: Expr?
    public var remindAfter: Expr?
    public var escalation: Escalation?
}

/// Who decides a step.
public struct Approvers: Sendable, Hashable {
    public enum Kind: Sendable, Hashable {
        /// A person or `team.lead` (any expression naming people).
        case who(Expr)
        /// `any of TEAM`.
        case anyOf(Expr)
        /// `all of TEAM`.
        case allOf(Expr)
        /// `N of TEAM`.
        case quorum(Expr, of: Expr)
    }
    public var kind: Kind
    public var exceptAuthor: Bool
    public var range: SourceRange
}

/// `else escalate to WHO within SLA`.
public struct Escalation: Sendable, Hashable {
    public var to: Approvers
    public var within: Expr
    public var range: SourceRange
}
