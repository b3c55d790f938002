/// `status TASK …`: a tracking line (LANGUAGE.md §6).
public struct StatusDecl: Sendable, Hashable {
    /// A task reference: `winter.brief`, `winter.series[2]`, `weekly[3]`.
    public var target: Expr
    public var update: StatusUpdate
}

public enum StatusUpdate: Sendable, Hashable {
    /// `done T`.
    case done(Expr)
    /// `started T`.
    case started(Expr)
    /// `progress P% [as of T]`.
    case progress(Expr, asOf: Expr?)
    /// `step "LABEL" approved|rejected by PERSON T`.
    case step(label: Expr, decision: StepDecision, by: Expr, at: Expr)
}

public enum StepDecision: String, Sendable, Hashable {
    case approved, rejected
}

/// `measure [CAMPAIGN.]KPI DATE = VALUE`.
public struct MeasureDecl: Sendable, Hashable {
    public var kpi: Expr
    public var date: Expr
    public var value: Expr
}
