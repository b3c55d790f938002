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
    /// only costs the walk. Three capitals in a row cover one of every three
    /// offsets, so only those are looked at; the capitals found are then
    /// measured and what stands before them is checked.
    static func mayHoldForeignMoney(_ text: [UInt8], plan: String) -> Bool {
        let code = Array(plan.utf8)
        func isUpper(_ b: UInt8) -> Bool { b &- UInt8(ascii: "A") < 26 }
        func isBlank(_ b: UInt8) -> Bool { b == UInt8(ascii: " ") || b == UInt8(ascii: "\t") }
        func isWordByte(_ b: UInt8) -> Bool {
            isUpper(b) || b &- UInt8(ascii: "a") < 26 || b &- UInt8(ascii: "0") < 10 || b == UInt8(ascii: "_") || b >= 0x80
        }
        return text.withUnsafeBufferPointer { bytes in
            let n = bytes.count
            var p = 0
            while p < n {
                guard isUpper(bytes[p]) else { p += 3; continue }
                var a = p, e = p + 1
                while a > 0 && isUpper(bytes[a - 1]) { a -= 1 }
                while e < n && isUpper(bytes[e]) { e += 1 }
                defer { p = e + (3 - e % 3) % 3 }  // the first offset 3m at or after the capitals' end
                // Exactly three capitals, not followed by a word; before them blanks, and before those a digit.
                guard e - a == 3, e == n || !isWordByte(bytes[e]), a >= 2, isBlank(bytes[a - 1]) else { continue }
                var k = a - 1
                while k > 0 && isBlank(bytes[k - 1]) { k -= 1 }
                guard k > 0, bytes[k - 1] &- UInt8(ascii: "0") < 10 else { continue }
                if code.count != 3 || bytes[a] != code[0] || bytes[a + 1] != code[1] || bytes[a + 2] != code[2] { return true }
            }
            return false
        }
    }
}
