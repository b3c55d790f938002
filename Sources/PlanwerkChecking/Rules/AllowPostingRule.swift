import PlanwerkSyntax

/// `allow WHO to post on CHANNELS` (LANGUAGE.md §2 "Rules"): once a channel
/// has an `allow` rule, only campaigns whose `owner` is one of the allowed
/// teams may have posts on it; several rules for one channel add up. A
/// person in WHO stands for the team they are declared in (campaigns are
/// owned by teams); a person in no team allows no campaign. P0407 once per
/// campaign and channel, at its first post there, with the campaign's
/// `owner` and the rules as secondary labels.
enum AllowPostingRule {
    /// The teams allowed on one channel and the rules that say so.
    struct Permission {
        var teams: [Symbol] = []
        var rules: [SourceSpan] = []
    }

    static func check(_ facts: PlanFacts, _ report: inout RuleReport) {
        var allowed: [Symbol: Permission] = [:]
        for rule in facts.rules {
            guard case .allowPosting(let who, let channelsExpr) = rule.rule,
                  let parties = facts.plan.scope(rule.module).entities(who, [.person, .team]),
                  let channels = facts.plan.scope(rule.module).entities(channelsExpr, [.channel]) else { continue }
            let teams = parties.compactMap { $0.kind == .team ? $0 : facts.people[$0]?.team }
            for channel in channels {
                allowed[channel, default: Permission()].rules.append(rule.span)
                for t in teams where !(allowed[channel]!.teams.contains(t)) { allowed[channel]!.teams.append(t) }
            }
        }
        guard !allowed.isEmpty else { return }
        for c in facts.campaigns where c.isReal {
            var ownerSpan: SourceSpan? = nil
            var owner: Symbol? = nil
            var ownerKnown = true
            for clause in c.body.clauses {
                guard case .values(.owner, let values) = clause.kind, values.count == 1 else { continue }
                ownerSpan = c.span(clause.range)
                owner = c.scope.entity(values[0], .team)
                ownerKnown = owner != nil
            }
            guard ownerKnown else { continue }
            var posts: [(Symbol, [ItemDecl])] = []
            for i in c.items.indices where c.items.kind(i) == .post {  // posts only, without copying every task
                let item = c.items[i]
                guard let channel = item.channel.flatMap({ c.scope.entity($0, .channel) }),
                      let permission = allowed[channel], !(owner.map(permission.teams.contains) ?? false) else { continue }
                if let k = posts.firstIndex(where: { $0.0 == channel }) { posts[k].1.append(item) } else { posts.append((channel, [item])) }
            }
            for (channel, items) in posts {
                let permission = allowed[channel]!
                let shown = facts.channels[channel]?.shownName ?? channel.name
                let teams = permission.teams.map { "`\($0.name)`" }
                let open = teams.isEmpty ? "no campaign may post there" : "only campaigns of " + list(teams) + " may post there"
                let why = owner.map { "campaign `\(c.name)` is owned by `\($0.name)`" } ?? "campaign `\(c.name)` has no `owner`"
                var secondary: [DiagnosticLabel] = items.dropFirst().map { DiagnosticLabel(span: c.span($0.name.range), message: "also on \(shown)") }
                if let ownerSpan, let owner { secondary.append(DiagnosticLabel(span: ownerSpan, message: "owned by `\(owner.name)`")) }
                secondary += permission.rules.map { DiagnosticLabel(span: $0, message: "who may post on \(shown)") } + c.madeHereLabel
                let help = owner.map { ["post on another channel, or add `\($0.name)` to an `allow … to post on \(channel.name)` rule"] }
                    ?? ["give the campaign an `owner` that may post on \(shown)"]
                report.add(Diagnostic(.postingNotAllowed, .error, "post `\(c.itemName(items[0]))` goes out on \(shown), but \(why): \(open)",
                                      at: c.span(items[0].name.range), label: "not allowed on \(shown)",
                                      secondary: secondary, help: help))
            }
        }
    }

    static func list(_ names: [String]) -> String {
        names.count <= 1 ? names.joined() : names.dropLast().joined(separator: ", ") + " or " + names.last!
    }
}
