import PlanwerkSyntax

/// `require FLOW for posts [on CHANNELS]` (LANGUAGE.md §2 "Rules"): every
/// post on those channels (on any channel without `on`), in every campaign
/// of the plan, those made from templates and those of imported files
/// included, has `approval FLOW(…)`. P0406 at the post, with the rule as a
/// secondary label. Rules of imported files apply to the whole plan too.
enum RequireApprovalRule {
    static func check(_ facts: PlanFacts, _ report: inout RuleReport) {
        for rule in facts.rules {
            guard case .requireApproval(let flowExpr, let channelsExpr) = rule.rule,
                  let flow = facts.flow(flowExpr, in: rule.module) else { continue }
            var channels: Set<Symbol>? = nil
            if let channelsExpr {
                guard let list = facts.plan.scope(rule.module).entities(channelsExpr, [.channel]) else { continue }
                channels = Set(list)
            }
            let written = facts.graph[rule.module].plan.source.text(flowExpr.range)
            for c in facts.campaigns where c.isReal {
                for i in c.items.indices where c.items.kind(i) == .post {  // posts only, without copying every task
                    let item = c.items[i]
                    guard let channel = item.channel.flatMap({ c.scope.entity($0, .channel) }),
                          channels?.contains(channel) ?? true else { continue }
                    let uses = facts.uses(item.body?.clauses ?? [], subject: "", authors: [], owner: c)
                    if uses.contains(where: { $0.flow.symbol == flow.symbol }) { continue }
                    let shown = facts.channels[channel]?.shownName ?? channel.name
                    let other = uses.map { "`\($0.flow.symbol.name)`" }
                    let label = other.isEmpty ? "no `approval \(written)(…)`" : "has \(other.joined(separator: ", ")) but not `\(flow.symbol.name)`"
                    report.add(Diagnostic(.missingRequiredApproval, .error,
                                          "post `\(c.itemName(item))` on \(shown) needs the approval `\(flow.symbol.name)`",
                                          at: c.span(item.name.range), label: label,
                                          secondary: [DiagnosticLabel(span: rule.span, message: "required for posts \(channelsExpr == nil ? "on every channel" : "on \(shown)") here")] + c.madeHereLabel,
                                          help: ["add `approval \(written)(…)` to the post"]))
                }
            }
        }
    }
}
