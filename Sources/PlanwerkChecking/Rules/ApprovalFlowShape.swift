import PlanwerkSyntax

/// One step of an approval flow as written: its position (LANGUAGE.md §10:
/// counted in the flow's text, inside `parallel` and both `if` branches), its
/// label, and the `if` conditions it lies under.
struct FlowStep {
    var syntax: ApprovalStepSyntax
    /// 1 for the flow's first step in its text.
    var position: Int
    /// Each enclosing condition and whether the step needs it to hold (`else`: false).
    var guards: [(condition: Expr, holds: Bool)]
    /// The `by …` part, where findings about who decides point.
    var approversSpan: SourceSpan
    var stepSpan: SourceSpan
}

/// Whether a step runs, given what is known about its conditions.
enum StepReach {
    case runs, never, unknown
}

/// An approval flow flattened into its steps, with the labels they are
/// known by, and the check that labels are unique within the flow (P0404).
struct ApprovalFlowShape {
    let flow: FlowFact
    let steps: [FlowStep]
    let file: String

    init(_ flow: FlowFact, file: String) {
        self.flow = flow
        self.file = file
        var steps: [FlowStep] = []
        func walk(_ block: FlowBlock, _ guards: [(Expr, Bool)]) {
            for item in block.items { walk(item, guards) }
        }
        func walk(_ item: FlowItem, _ guards: [(Expr, Bool)]) {
            switch item.kind {
            case .step(let s):
                steps.append(FlowStep(syntax: s, position: steps.count + 1, guards: guards,
                                      approversSpan: SourceSpan(file: file, range: s.approvers.range),
                                      stepSpan: SourceSpan(file: file, range: item.range)))
            case .parallel(let b): walk(b, guards)
            case .conditional(let c, let then, let otherwise):
                walk(then, guards + [(c, true)])
                switch otherwise {
                case .block(let b): walk(b, guards + [(c, false)])
                case .elseIf(let nested): walk(nested, guards + [(c, false)])
                case nil: break
                }
            case .rework: break
            }
        }
        walk(flow.declaration.body, [])
        self.steps = steps
    }

    /// The flow's name in messages.
    var name: String { flow.symbol.name }

    /// The label a step is known by in tracking lines and output: its own, or `Step N`; nil when it is computed and unknown.
    func label(_ step: FlowStep, _ scope: RuleEnvironment) -> String? {
        guard let l = step.syntax.label else { return "Step \(step.position)" }
        if case .text(let s)? = scope.value(l) { return s }
        return nil
    }

    /// How a step is named in messages: "step `Recht`".
    func shown(_ step: FlowStep, _ scope: RuleEnvironment) -> String {
        "step `\(label(step, scope) ?? "Step \(step.position)")`"
    }

    /// The flow's scope where it is declared: its parameters unknown.
    func declaredScope(_ plan: RulePlan) -> RuleEnvironment {
        plan.scope(flow.symbol.module, locals: RulePlan.unknowns(flow.declaration.parameters ?? []))
    }

    /// Whether a step runs with the flow's parameters as bound in `scope`.
    func reach(_ step: FlowStep, _ scope: RuleEnvironment) -> StepReach {
        var result = StepReach.runs
        for (condition, holds) in step.guards {
            guard case .bool(let b)? = scope.value(condition) else { result = .unknown; continue }
            if b != holds { return .never }
        }
        return result
    }

    /// P0404: a label used twice in the flow (an unlabelled step counts as `Step N`).
    func checkLabels(_ plan: RulePlan, _ report: inout RuleReport) {
        let scope = declaredScope(plan)
        var first: [String: FlowStep] = [:]
        for step in steps {
            guard let label = label(step, scope) else { continue }
            guard let earlier = first[label] else { first[label] = step; continue }
            let at = step.syntax.label.map { SourceSpan(file: file, range: $0.range) } ?? step.stepSpan
            let was = earlier.syntax.label.map { SourceSpan(file: file, range: $0.range) } ?? earlier.stepSpan
            let unnamed = step.syntax.label == nil || earlier.syntax.label == nil
            report.add(Diagnostic(.duplicateStepLabel, .error, "two steps of `\(name)` are called \"\(label)\"",
                                  at: at, label: step.syntax.label == nil ? "step \(step.position) has no label, so it is \"\(label)\"" : "second step called \"\(label)\"",
                                  secondary: [DiagnosticLabel(span: was, message: earlier.syntax.label == nil ? "step \(earlier.position) is \"\(label)\"" : "first step called \"\(label)\"")],
                                  notes: (unnamed ? ["an unlabelled step is called `Step N`, N counting every step in the flow's text"] : [])
                                    + ["tracking lines name a step by its label (`step \"\(label)\" approved by …`), so each label names one step"],
                                  help: ["give the steps different labels"]))
        }
    }

    /// Whether an expression reads one of the given local names (a flow parameter).
    static func reads(_ e: Expr, _ names: Set<String>) -> Bool {
        guard !names.isEmpty else { return false }
        var found = false
        ExpressionWalk { x in
            if case .name(let n) = x.kind, names.contains(n) { found = true }
        }.walk(e)
        return found
    }
}
