import PlanwerkSyntax

/// Dependencies may not go round in a circle (LANGUAGE.md §5, §10): `after`
/// between tasks, posts and milestones, `campaign.item` across campaigns,
/// and whole campaigns (`after winter` waits for winter's last end, so a
/// task of `winter` that waits for `winter` waits for itself). Each circle
/// is reported once (P0415) with its path, at its first `after` in source
/// order, with the others as secondary labels. Uses ``CycleFinder``, so
/// long chains are fine.
enum DependencyCycleRule {
    /// A node of the dependency graph: a campaign's item, or a whole campaign (its end).
    /// Nodes and edges hold ranges in their campaign's file, not spans: they
    /// are plain values, made and dropped without reference counting, and
    /// only a circle's few become spans (``span(_:_:_:)``).
    struct Node {
        var campaign: Int
        /// The item's position in its campaign, nil for the whole campaign.
        var item: Int?
    }

    /// One `after`: who waits, for whom, and where it is written in the waiting node's campaign (nil for a campaign waiting for its items).
    struct Edge {
        var from: Int, to: Int
        var range: SourceRange?
    }

    static let shownLabels = 8

    static func check(_ facts: PlanFacts, _ report: inout RuleReport) {
        let itemCount = facts.campaigns.reduce(0) { $0 + $1.items.count }
        var nodes: [Node] = [], edges: [Edge] = []
        nodes.reserveCapacity(facts.campaigns.count + itemCount)
        edges.reserveCapacity(2 * itemCount)
        var campaignNode: [Int] = []
        // The node of each item by its position in its campaign, so that an item finds its own node without hashing its name.
        var nodeOfItem: [[Int]] = []
        campaignNode.reserveCapacity(facts.campaigns.count)
        nodeOfItem.reserveCapacity(facts.campaigns.count)
        for k in facts.campaigns.indices {
            campaignNode.append(nodes.count)
            nodes.append(Node(campaign: k, item: nil))
            let index = facts.campaigns[k].itemIndex
            var own = [Int](repeating: 0, count: facts.campaigns[k].items.count)
            // A repeated name is a P0210 error, after which the rules do not run; the table tells at once whether there is one.
            let repeated = index.count < own.count
            for i in own.indices {
                // The first of a repeated name stands (P0210 reports it): a later one is the first's node.
                if repeated, let first = index[facts.campaigns[k].items.name(i)], first < i {
                    own[i] = own[first]
                    continue
                }
                own[i] = nodes.count
                nodes.append(Node(campaign: k, item: i))
            }
            nodeOfItem.append(own)
        }
        /// The node of the item called `name` in campaign `k`, if it has one.
        func itemNode(_ k: Int, _ name: String) -> Int? {
            facts.campaigns[k].itemIndex[name].map { nodeOfItem[k][$0] }
        }
        func target(_ e: Expr, in k: Int) -> Int? {
            // Reads the campaign's scope in place: copying a whole `BodyInstance` per `after` showed in profiles.
            let module = facts.campaigns[k].scope.module
            switch e.kind {
            case .index(let base, _), .paren(let base): return target(base, in: k)
            case .name(let n):
                if let node = itemNode(k, n) { return node }
                if facts.campaigns[k].scope.locals[n] != nil { return nil }
                guard let s = facts.plan.symbol(n, in: module), s.kind == .campaign, let j = facts.campaignIndex[s] else { return nil }
                return campaignNode[j]
            case .member(let base, let name):
                if let s = facts.plan.callee(base, in: module), s.kind == .campaign, !isLocal(base, facts.campaigns[k]), let j = facts.campaignIndex[s] {
                    return itemNode(j, name.text)
                }
                if let s = facts.plan.callee(e, in: module), s.kind == .campaign, let j = facts.campaignIndex[s] { return campaignNode[j] }
                return nil
            default: return nil
            }
        }
        for k in facts.campaigns.indices {
            for i in facts.campaigns[k].items.indices {
                // Items and clauses are read in place: copying each `ItemDecl` and `Clause` showed in profiles.
                let from = nodeOfItem[k][i]
                edges.append(Edge(from: campaignNode[k], to: from, range: nil))
                let clauses = facts.campaigns[k].items.clauses(of: i)
                for c in clauses.indices {
                    guard case .after(let deps) = clauses[c].kind else { continue }
                    for d in deps {
                        if let to = target(d.target, in: k) { edges.append(Edge(from: from, to: to, range: d.range)) }
                    }
                }
            }
        }
        var graph = CycleFinder(nodeCount: nodes.count)
        for e in edges { graph.addEdge(from: e.from, to: e.to) }  // a repeated edge changes no circle
        let circles = graph.cycles()
        guard !circles.isEmpty else { return }
        var edgeAt: [Int: Int] = [:]  // by from * nodes.count + to: the first edge between two nodes
        for (n, e) in edges.enumerated() where edgeAt[e.from * nodes.count + e.to] == nil { edgeAt[e.from * nodes.count + e.to] = n }
        for found in circles {
            var cycle = found
            var steps = cycle.indices.map { edges[edgeAt[cycle[$0] * nodes.count + cycle[($0 + 1) % cycle.count]]!] }
            let spans = steps.map { span($0, nodes, facts) }
            // Start the path where the diagnostic points: at the first `after` in source order.
            if let first = spans.indices.filter({ spans[$0] != nil }).min(by: { order(spans[$0]!, spans[$1]!) }) {
                cycle = Array(cycle[first...] + cycle[..<first])
                steps = Array(steps[first...] + steps[..<first])
            }
            report.add(diagnostic(cycle, steps, nodes, facts))
        }
    }

    static func order(_ a: SourceSpan, _ b: SourceSpan) -> Bool { (a.file, a.range.start) < (b.file, b.range.start) }

    /// Where an `after` is written; nil for a campaign's wait on its items.
    static func span(_ e: Edge, _ nodes: [Node], _ facts: PlanFacts) -> SourceSpan? {
        e.range.map { facts.campaigns[nodes[e.from].campaign].span($0) }
    }

    /// Where an item is named; nil for a whole campaign.
    static func span(_ n: Node, _ facts: PlanFacts) -> SourceSpan? {
        n.item.map { facts.campaigns[n.campaign].span(facts.campaigns[n.campaign].items[$0].name.range) }
    }

    static func isLocal(_ e: Expr, _ c: BodyInstance) -> Bool {
        if case .name(let n) = e.kind { return c.scope.isLocal(n) }
        return false
    }

    static func diagnostic(_ cycle: [Int], _ steps: [Edge], _ nodes: [Node], _ facts: PlanFacts) -> Diagnostic {
        let campaigns = Set(cycle.map { nodes[$0].campaign })
        let wholeCampaign = cycle.contains { nodes[$0].item == nil }
        let qualified = wholeCampaign || campaigns.count > 1
        func name(_ n: Int) -> String {
            let node = nodes[n], c = facts.campaigns[node.campaign].name
            guard let i = node.item else { return "`\(c)`" }
            let item = facts.campaigns[node.campaign].items[i].name.text
            return qualified ? "`\(c).\(item)`" : "`\(item)`"
        }
        var path = (cycle + [cycle[0]]).map(name)
        let shortened = path.count > 12
        if shortened { path = Array(path.prefix(6)) + ["…"] + Array(path.suffix(3)) }
        let message = cycle.count == 1 ? "\(name(cycle[0])) waits for itself"
            : "these wait for each other in a circle: " + path.joined(separator: " → ")
        let spans = steps.map { span($0, nodes, facts) }
        let written = spans.indices.filter { spans[$0] != nil }.sorted { order(spans[$0]!, spans[$1]!) }
        func label(_ k: Int) -> String {
            let e = steps[k]
            if e.range == nil { return "\(name(e.from)) ends when \(name(e.to)) has ended" }
            return "\(name(e.from)) waits for \(name(e.to))"
        }
        let primary = written.first!
        var secondary: [DiagnosticLabel] = []
        for k in steps.indices where k != primary {
            guard let at = spans[k] ?? span(nodes[steps[k].to], facts) else { continue }
            secondary.append(DiagnosticLabel(span: at, message: label(k)))
        }
        var notes: [String] = []
        if shortened { notes.append("the circle has \(cycle.count) steps") }
        if secondary.count > shownLabels {
            notes.append("\(secondary.count - shownLabels) more dependencies of the circle are not shown")
            secondary = Array(secondary.prefix(shownLabels))
        }
        if wholeCampaign { notes.append("`after CAMPAIGN` waits until every task, post and milestone of that campaign has ended") }
        return Diagnostic(.dependencyCycle, .error, message, at: spans[primary]!, label: label(primary),
                          secondary: secondary, notes: notes, help: ["remove one of these `after`s, or point it at something outside the circle"])
    }
}
