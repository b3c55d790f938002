/// Approval flows (LANGUAGE.md §2 "Approval flows").
extension Parser {
    /// grammar: approval_decl ::= 'approval' NAME parameter_list? 'distinct'? flow_block
    mutating func parseApproval() -> ApprovalDecl {
        advance()
        let name = expectName("the approval flow's name")
        let params = at(.lParen) ? parseParameterList() : nil
        let distinct = eatWord("distinct")
        return ApprovalDecl(name: name, parameters: params, distinct: distinct, body: parseFlowBlock())
    }

    /// grammar: flow_block ::= '{' separator* (flow_item (separator+ flow_item)*)? separator* '}'
    mutating func parseFlowBlock() -> FlowBlock {
        let braced = parseBraced(opening: "to open the approval steps", closing: "add `}` after the last step",
                                 describe: { _ in "the approval step" }) { parser in
            parser.parseFlowItem()
        }
        return FlowBlock(items: braced.items, range: braced.range, singleLine: braced.singleLine)
    }

    /// grammar: flow_item ::= step | 'parallel' flow_block | flow_if | 'rework' expression
    mutating func parseFlowItem() -> FlowItem? {
        let t = current
        if atWord("step") { return parseStep() }
        if atWord("parallel") {
            advance()
            let block = parseFlowBlock()
            return FlowItem(.parallel(block), SourceRange(t.start, lastEnd))
        }
        if at(.kwIf) { return parseFlowIf() }
        if atWord("rework") {
            advance()
            guard !atStatementEnd else {
                error(.expectedExpression, "I was expecting how long rework takes, e.g. `rework 1bd`")
                return nil
            }
            let e = parseExpression()
            return FlowItem(.rework(e), SourceRange(t.start, lastEnd))
        }
        let help = t.kind == .identifier ? Suggestion.help(for: text(t), among: ["step", "parallel", "rework"]) : []
        error(.unknownClause, "I was expecting `step`, `parallel`, `if` or `rework` in an approval flow",
              label: "found \(describe(t))", help: help)
        return nil
    }

    /// grammar: flow_if ::= 'if' expression flow_block ('else' (flow_block | flow_if))?
    mutating func parseFlowIf() -> FlowItem? {
        let start = advance().start
        let cond = parseExpression()
        let then = parseFlowBlock()
        var elseBranch: ElseBranch? = nil
        if eat(.kwElse) {
            if at(.kwIf) {
                guard let nested = parseFlowIf() else { return nil }
                elseBranch = .elseIf(nested)
            } else {
                elseBranch = .block(parseFlowBlock())
            }
        }
        return FlowItem(.conditional(cond, then, elseBranch), SourceRange(start, lastEnd))
    }

    /// grammar: step ::= 'step' TEXT? 'by' approvers 'within' expression step_option*
    mutating func parseStep() -> FlowItem? {
        let start = advance().start
        let label = at(.text) ? parseText(advance()) : nil
        guard expectWord("by", "and who decides, as in `step \"Recht\" by any of legal within 2bd`") else { return nil }
        let who = parseApprovers()
        guard expectWord("within", "and the step's deadline, as in `within 2bd`") else { return nil }
        let within = parseExpression()
        var step = ApprovalStepSyntax(label: label, approvers: who, within: within, expect: nil, remindAfter: nil, escalation: nil)
        while !atStatementEnd {
            guard parseStepOption(&step) else { return nil }
        }
        return FlowItem(.step(step), SourceRange(start, lastEnd))
    }

    /// grammar: step_option ::= 'expect' expression | 'remind' 'after' expression | 'else' 'escalate' 'to' approvers 'within' expression
    mutating func parseStepOption(_ step: inout ApprovalStepSyntax) -> Bool {
        let t = current
        func duplicate(_ what: String) -> Bool {
            error(.duplicateModifier, "this step already has `\(what)`", at: t.range)
            return false
        }
        if atWord("expect") {
            advance()
            if step.expect != nil { return duplicate("expect") }
            step.expect = parseExpression()
            return true
        }
        if atWord("remind") {
            advance()
            guard expectWord("after", "in `remind after 4bh`") else { return false }
            if step.remindAfter != nil { return duplicate("remind after") }
            step.remindAfter = parseExpression()
            return true
        }
        if at(.kwElse) {
            advance()
            guard expectWord("escalate", "after `else` in a step, as in `else escalate to vivian within 1bd`"),
                  expectWord("to", "after `escalate`") else { return false }
            if step.escalation != nil { return duplicate("else escalate") }
            let who = parseApprovers()
            guard expectWord("within", "and the escalation's deadline, as in `within 1bd`") else { return false }
            let within = parseExpression()
            step.escalation = Escalation(to: who, within: within, range: SourceRange(t.start, lastEnd))
            return true
        }
        error(.expectedStatementEnd, "I was expecting the end of the step, or `expect`, `remind after` or `else escalate to`",
              label: "found \(describe(t))")
        return false
    }

    /// grammar: approvers ::= ('any' 'of' postfix | 'all' 'of' postfix | unary ('of' postfix)?) ('except' 'author')?
    mutating func parseApprovers() -> Approvers {
        let start = current.start
        var kind: Approvers.Kind
        if (atWord("any") || atWord("all")) && isWord(peekToken(), "of") {
            let isAny = atWord("any")
            advance(); advance()
            let team = parsePostfix()
            kind = isAny ? .anyOf(team) : .allOf(team)
        } else {
            if atWord("of") || atWord("within") || atWord("except") || atStatementEnd {
                error(.invalidApprover, "I was expecting who decides after `by`", label: "found \(describe(current))",
                      help: ["write a person, `TEAM.lead`, `any of TEAM`, `all of TEAM` or `2 of TEAM`"])
                return Approvers(kind: .who(Expr(.error, SourceRange(start, start))), exceptAuthor: false, range: SourceRange(start, start))
            }
            let e = parseUnary()
            if eatWord("of") {
                kind = .quorum(e, of: parsePostfix())
            } else {
                kind = .who(e)
            }
        }
        var exceptAuthor = false
        if atWord("except") {
            advance()
            if expectWord("author", "after `except`; only `except author` is possible") { exceptAuthor = true }
        }
        return Approvers(kind: kind, exceptAuthor: exceptAuthor, range: SourceRange(start, lastEnd))
    }
}
