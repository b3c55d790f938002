/// Tracking lines (LANGUAGE.md §6): `status …` and `measure …`.
extension Parser {
    /// grammar: status_decl ::= 'status' postfix status_update
    mutating func parseStatus() -> DeclarationKind? {
        advance()
        let target = parsePostfix()
        guard let update = parseStatusUpdate() else { return nil }
        return .status(StatusDecl(target: target, update: update))
    }

    /// grammar: status_update ::= 'done' expression | 'started' expression | 'progress' expression ('as' 'of' expression)? | 'step' TEXT ('approved' | 'rejected') 'by' postfix expression
    mutating func parseStatusUpdate() -> StatusUpdate? {
        if eatWord("done") { return .done(parseExpression()) }
        if eatWord("started") { return .started(parseExpression()) }
        if eatWord("progress") {
            let p = parseExpression()
            var asOf: Expr? = nil
            if eatWord("as") {
                guard expectWord("of", "in `as of`") else { return nil }
                asOf = parseExpression()
            }
            return .progress(p, asOf: asOf)
        }
        if eatWord("step") {
            guard at(.text) else {
                error(.invalidStatus, "I was expecting the step's label in quotes, as in `step \"Recht\" approved by lena …`",
                      label: "found \(describe(current))", help: ["tracking lines name steps by their quoted label"])
                return nil
            }
            let label = parseText(advance())
            let decision: StepDecision
            if eatWord("approved") { decision = .approved }
            else if eatWord("rejected") { decision = .rejected }
            else {
                error(.invalidStatus, "I was expecting `approved` or `rejected` after the step's label", label: "found \(describe(current))")
                return nil
            }
            guard expectWord("by", "and who decided, as in `approved by lena 2026-12-08 10:00`") else { return nil }
            let who = parsePostfix()
            if atStatementEnd {
                error(.invalidStatus, "I was expecting when the decision was made", help: ["add a date and time, e.g. `2026-12-08 10:00`"])
                return nil
            }
            return .step(label: label, decision: decision, by: who, at: parseExpression())
        }
        var help = ["a status is `done T`, `started T`, `progress P% as of T` or `step \"LABEL\" approved|rejected by P T`"]
        if current.kind == .identifier { help = Suggestion.help(for: text(current), among: ["done", "started", "progress", "step"]) + help }
        error(.invalidStatus, "I was expecting `done`, `started`, `progress` or `step` after the task", label: "found \(describe(current))", help: help)
        return nil
    }

    /// grammar: measure_decl ::= 'measure' postfix expression '=' expression
    mutating func parseMeasure() -> DeclarationKind? {
        advance()
        let kpi = parsePostfix()
        let date = parseExpression()
        guard expect(.assign, "between the date and the measured value, as in `measure reach 2026-12-07 = 12500`") else { return nil }
        return .measure(MeasureDecl(kpi: kpi, date: date, value: parseExpression()))
    }
}
