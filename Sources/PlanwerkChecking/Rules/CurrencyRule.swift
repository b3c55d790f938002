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
        for module in facts.graph.modules where mayHoldForeignMoney(module.plan.source.bytes, plan: plan) {
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

    /// Whether the text may hold a money literal in another currency: a
    /// digit, spaces or tabs, then three capital letters other than the
    /// plan's code. A cheap scan that lets the walk of the whole syntax tree
    /// be skipped for the usual plan; a false alarm (in a comment or a text)
    /// only costs the walk.
    static func mayHoldForeignMoney(_ text: [UInt8], plan: String) -> Bool {
        let code = Array(plan.utf8)
        func isUpper(_ b: UInt8) -> Bool { b >= UInt8(ascii: "A") && b <= UInt8(ascii: "Z") }
        func isWordByte(_ b: UInt8) -> Bool {
            isUpper(b) || (b >= UInt8(ascii: "a") && b <= UInt8(ascii: "z")) || (b >= UInt8(ascii: "0") && b <= UInt8(ascii: "9")) || b == UInt8(ascii: "_") || b >= 0x80
        }
        return text.withUnsafeBufferPointer { bytes in
            let n = bytes.count
            var i = 0
            while i < n {
                defer { i += 1 }
                guard bytes[i] >= UInt8(ascii: "0"), bytes[i] <= UInt8(ascii: "9") else { continue }
                var j = i + 1
                while j < n && (bytes[j] == UInt8(ascii: " ") || bytes[j] == UInt8(ascii: "\t")) { j += 1 }
                guard j > i + 1, j + 2 < n, isUpper(bytes[j]), isUpper(bytes[j + 1]), isUpper(bytes[j + 2]) else { continue }
                if j + 3 < n && isWordByte(bytes[j + 3]) { continue }
                if code.count != 3 || bytes[j] != code[0] || bytes[j + 1] != code[1] || bytes[j + 2] != code[2] { return true }
            }
            return false
        }
    }
}
