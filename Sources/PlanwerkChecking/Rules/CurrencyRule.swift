import PlanwerkSyntax

/// Money is in the plan's currency only (LANGUAGE.md §1, §10 "Types"): the
/// root's `currency` (default EUR) decides, and a money literal in another
/// currency anywhere in the plan, imported files included, is an error
/// naming both. It is the evaluator's P0322, which reports it for the `let`s
/// it evaluates; this rule finds the literals everywhere else (budgets,
/// goals, defaults of parameters). Skipped while the `currency` line itself
/// is wrong (P0424).
enum CurrencyRule {
    static func check(_ facts: PlanFacts, _ report: inout RuleReport) {
        let setting = facts.settings.first { $0.isRoot && $0.declaration.keyword.text == "currency" }
        var plan = "EUR"
        if let setting {
            guard case .name(let code) = setting.declaration.value.kind, SettingsRule.isCurrencyCode(code) else { return }
            plan = code
        }
        let origin = setting.map { [DiagnosticLabel(span: SettingsRule.span($0), message: "the plan's currency")] } ?? []
        let note = setting == nil ? ["a plan without a `currency` line counts in EUR"] : []
        for module in facts.graph.modules {
            var found: [Diagnostic] = []
            ExpressionWalk { e in
                guard case .money(let amount, let code) = e.kind, code != plan else { return }
                let at = SourceSpan(file: module.path, range: e.range)
                found.append(Diagnostic(.currencyNotAccepted, .error, "`\(amount) \(code)` is in \(code), but this plan counts money in \(plan)",
                                        at: at, label: "in \(code)", secondary: origin, notes: note,
                                        help: ["only the plan's currency is accepted: convert the amount to \(plan) and write it as `… \(plan)`"]))
            }.walk(module.plan)
            for d in found { report.add(d) }
        }
    }
}
