import PlanwerkChecking
import PlanwerkSyntax

/// Declarations and expressions typed in the session.
extension REPLSession {
    /// Adds the declarations of an input to the plan, or shows why not.
    mutating func declare(at range: SourceRange) -> REPLReply {
        var reply = REPLReply()
        let parsed = Parser.parse(plan.text.isolated(range))
        if parsed.diagnostics.hasErrors {
            show(parsed.diagnostics, in: &reply)
            return reply
        }
        let outcome = plan.declare(parsed.declarations, input: range)
        show(parsed.diagnostics + outcome.diagnostics, in: &reply, sources: outcome.sources)
        if !outcome.accepted { reply.say("(not added: the plan would have the errors above)") }
        return reply
    }

    /// Shows an expression's value and type: `24000 EUR : Money`.
    mutating func evaluate(at range: SourceRange) -> REPLReply {
        var reply = REPLReply()
        let source = plan.text.isolated(range)
        let (expr, syntax) = Parser.parseExpression(source)
        if !syntax.isEmpty {
            show(syntax, in: &reply)
            return reply
        }
        let answer = plan.composition.answer(expr, in: source, now: now)
        show(answer.diagnostics, in: &reply)
        switch answer.outcome {
        case .value(let v):
            reply.say("\(v.display(currency: plan.composition.currency)) : \(answer.type)")
        case .unknown where answer.unscheduled:
            reply.say("known only after scheduling : \(answer.type)")
            reply.say("(the plan has errors, so it is not scheduled)")
        case .unknown:
            reply.say("no value : \(answer.type)")
        case .failed:
            if !answer.diagnostics.hasErrors { hadErrors = true }
        }
        return reply
    }
}
