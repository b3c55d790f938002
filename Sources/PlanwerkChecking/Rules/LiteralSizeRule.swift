import PlanwerkSyntax

/// Every number a plan writes must fit (docs/limits.md, P0702): whole numbers
/// in 64 bits, amounts and amounts of time within what the evaluator holds.
/// The evaluator reports an oversized literal in the top-level `let`s it
/// evaluates; this rule finds one anywhere else (an `effort`, a `budget`, a
/// `progress` in a tracking line), where elaboration would otherwise drop the
/// value without a word. A scan for a run of 12 or more digits lets the walk
/// of the syntax tree be skipped for the usual plan.
enum LiteralSizeRule {
    static func check(_ facts: PlanFacts, _ report: inout RuleReport) {
        for module in facts.graph.modules where hasLongNumber(module.plan.source.bytes) {
            var found: [Diagnostic] = []
            ExpressionWalk { e in
                let currency: String
                switch e.kind {
                case .int, .decimal, .percent, .quantity: currency = "EUR"
                case .money(_, let code): currency = code
                default: return
                }
                let evaluation = Evaluator(environment: FixedEnvironment(currency: currency), file: module.path).evaluate(e)
                found += evaluation.diagnostics.filter { $0.code == .numberTooLarge }
            }.walk(module.plan)
            for d in found { report.add(d) }
        }
    }

    /// Whether the text has 12 or more digits in a row, underscores between
    /// them allowed (a false alarm, in a comment or a date-less id, only
    /// costs the walk). Such a stretch of digits and underscores is at
    /// least 12 bytes long, so it covers one of every 12 offsets: only
    /// those are looked at, and a stretch is measured from there.
    static func hasLongNumber(_ text: [UInt8]) -> Bool {
        text.withUnsafeBufferPointer { bytes in
            let n = bytes.count
            func inStretch(_ b: UInt8) -> Bool { b &- UInt8(ascii: "0") < 10 || b == UInt8(ascii: "_") }
            var p = 11
            while p < n {
                guard inStretch(bytes[p]) else { p += 12; continue }
                var a = p
                while a > 0 && inStretch(bytes[a - 1]) { a -= 1 }
                var digits = 0, k = a
                while k < n && inStretch(bytes[k]) {
                    if bytes[k] != UInt8(ascii: "_") { digits += 1 }
                    k += 1
                }
                if digits >= 12 { return true }
                p = k + (11 - k % 12 + 12) % 12  // the first offset 12m + 11 at or after the stretch's end
            }
            return false
        }
    }
}
