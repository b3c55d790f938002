import PlanwerkSyntax

/// The plan's rules and domain checks (P04xx): what a plan must satisfy
/// beyond names and types, checked before anything is scheduled. Settings,
/// the organisation, how tasks take time and wait for each other, approval
/// flows, posts against their channels, and the CSMO's `require`/`allow`
/// rules. Each check lives in its own file of this folder; docs/rules.md
/// describes them and the decisions they take.
///
/// Runs only on a plan whose names and types are clean (``Checker``), reads
/// values with the ``Evaluator`` (``RuleEnvironment``) and skips a check whose values are not
/// known at check time rather than guess; the scheduler checks the rest.
public struct RuleChecker {
    let facts: PlanFacts
    var report = RuleReport()

    public init(graph: ModuleGraph, namespaces: [Namespace]) {
        facts = PlanFacts(graph: graph, spaces: namespaces)
    }

    public var diagnostics: [Diagnostic] { report.diagnostics }

    public mutating func checkAll() {
        SettingsRule.check(facts, &report)
        CurrencyRule.check(facts, &report)
        LiteralSizeRule.check(facts, &report)
        StartRule.check(facts, &report)
        SubstituteRule.check(facts, &report)
        DateRangeRule.check(facts, &report)
        TeamRule.check(facts, &report)
        WorkRule.check(facts, &report)
        DependencyCycleRule.check(facts, &report)
        let shapes = facts.flows.map { ApprovalFlowShape($0, file: facts.graph[$0.symbol.module].path) }
        for shape in shapes { shape.checkLabels(facts.plan, &report) }
        let uses = facts.approvalUses()
        ApprovalStepRule.check(facts, shapes, uses, &report)
        DistinctFlowRule.check(facts, shapes, uses, &report)
        TextLimitRule.check(facts, &report)
        RequireApprovalRule.check(facts, &report)
        AllowPostingRule.check(facts, &report)
        RequireReportRule.check(facts, &report)
    }
}
