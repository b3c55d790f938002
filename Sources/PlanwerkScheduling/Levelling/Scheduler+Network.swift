import PlanwerkChecking
import PlanwerkSyntax

/// The dependency network: nodes, edges, topological order and slack.
extension Scheduler {
    mutating func buildNodes() {
        // Nodes of item i are `firstNode[i] ..< firstNode[i + 1]`: one, or each occurrence of a series.
        var firstNode: [Int] = []
        firstNode.reserveCapacity(plan.items.count + 1)
        nodes.reserveCapacity(plan.items.count)
        for i in plan.items.indices {
            firstNode.append(nodes.count)
            if let series = plan.items[i].series {
                let campaignStart = plan.campaigns.first { $0.id == plan.items[i].campaign }?.start.map(Self.day)
                let times = occurrences(series, of: plan.items[i].id, defaultFrom: campaignStart ?? plan.settings.start)
                for (k, t) in times.enumerated() {
                    nodes.append(SchedulingNode(item: i, occurrence: k + 1, id: "\(plan.items[i].id)#\(k + 1)", fixedAt: calendar.instant(t), order: nodes.count))
                }
            } else {
                nodes.append(SchedulingNode(item: i, occurrence: nil, id: plan.items[i].id, fixedAt: plan.items[i].at.map { fixedStart($0) }, order: nodes.count))
            }
        }
        firstNode.append(nodes.count)
        var itemIndex: [String: Int] = [:]
        itemIndex.reserveCapacity(plan.items.count)
        for i in plan.items.indices { itemIndex[plan.items[i].id] = i }
        func nodesOf(_ id: String) -> Range<Int> {
            guard let i = itemIndex[id] else { return 0..<0 }
            return firstNode[i]..<firstNode[i + 1]
        }
        let campaignIndex = Dictionary(plan.campaigns.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
        // Each item's campaign by position (the campaigns list their items), not by looking up its id.
        var campaignOfItem = [Int](repeating: -1, count: plan.items.count)
        for (c, campaign) in plan.campaigns.enumerated() {
            for i in campaign.items where i < campaignOfItem.count && campaignOfItem[i] < 0 { campaignOfItem[i] = c }
        }
        var nodesOfCampaign = Array(repeating: [Int](), count: max(1, plan.campaigns.count))
        for k in nodes.indices {
            let i = nodes[k].item
            nodes[k].assignees = plan.items[i].assignees.compactMap { personIndex[$0] }
            nodes[k].campaign = campaignOfItem[i] >= 0 ? campaignOfItem[i] : campaignIndex[plan.items[i].campaign] ?? 0
            nodesOfCampaign[nodes[k].campaign].append(k)
        }
        campaignStartOfIndex = plan.campaigns.map { c in c.start.map { instant($0) } }
        // The edges first, then each node's lists at their final size: appending
        // one by one grew thousands of small arrays step by step.
        var edges: [(node: Int, target: Int, lag: PlanSpan?)] = []
        edges.reserveCapacity(plan.items.reduce(0) { $0 + $1.after.count })
        for k in nodes.indices {
            if let occurrence = nodes[k].occurrence, occurrence > 1 { continue }  // `after` on a series holds its first occurrence
            let i = nodes[k].item
            for d in plan.items[i].after {
                if d.targetIsCampaign {
                    for t in campaignIndex[d.target].map({ nodesOfCampaign[$0] }) ?? [] where t != k { edges.append((k, t, d.lag)) }
                    continue
                }
                var targets: Range<Int>
                if d.target.utf8.last == UInt8(ascii: "]"), let open = d.target.lastIndex(of: "["),
                   let n = Int(d.target[d.target.index(after: open)..<d.target.index(before: d.target.endIndex)]) {
                    let all = nodesOf(String(d.target[..<open]))
                    targets = n >= 1 && n <= all.count ? (all.lowerBound + n - 1)..<(all.lowerBound + n) : 0..<0
                } else {
                    targets = nodesOf(d.target)
                }
                for t in targets where t != k { edges.append((k, t, d.lag)) }
            }
        }
        var predecessorCount = [Int](repeating: 0, count: nodes.count), successorCount = predecessorCount
        for e in edges { predecessorCount[e.node] += 1; successorCount[e.target] += 1 }
        for k in nodes.indices {
            if predecessorCount[k] > 0 { nodes[k].predecessors.reserveCapacity(predecessorCount[k]) }
            if successorCount[k] > 0 { nodes[k].successors.reserveCapacity(successorCount[k]) }
        }
        for e in edges {
            nodes[e.node].predecessors.append((e.target, e.lag))
            nodes[e.target].successors.append((e.node, e.lag))
        }
    }

    /// Nodes in an order where each comes after its predecessors; a cycle
    /// (which the checker normally reports first) is reported and broken.
    mutating func topologicalOrder() -> [Int] {
        var indegree = nodes.map { $0.predecessors.count }
        var ready = nodes.indices.filter { indegree[$0] == 0 }
        var out: [Int] = []
        out.reserveCapacity(nodes.count)
        var head = 0
        while out.count < nodes.count {
            if head == ready.count {
                // A cycle (the checker reports these as P0415 first; this guard keeps a scheduler run finite): report it and drop the waiting edges.
                let stuck = nodes.indices.filter { indegree[$0] > 0 }
                let names = stuck.prefix(6).map { "`\(nodes[$0].id)`" }.joined(separator: " → ")
                let first = plan.items[nodes[stuck[0]].item]
                report(.dependencyCycle, "these tasks wait for each other: \(names)", at: first.span,
                       help: ["remove one of the `after` links so that the chain has a start"])
                let cyclic = Set(stuck)
                for k in stuck {
                    nodes[k].predecessors.removeAll { cyclic.contains($0.node) }
                    for (s, _) in nodes[k].successors where cyclic.contains(s) { nodes[s].predecessors.removeAll { $0.node == k } }
                    indegree[k] = 0
                }
                ready += stuck
                for k in stuck { nodes[k].successors.removeAll { cyclic.contains($0.node) } }
            }
            let k = ready[head]
            head += 1
            out.append(k)
            for (s, _) in nodes[k].successors {
                indegree[s] -= 1
                if indegree[s] == 0 { ready.append(s) }
            }
        }
        return out
    }

    /// Earliest start of a node from everything but people: dependencies, `earliest`, campaign and plan start; and what fixed it.
    func earliestStart(_ k: Int, ends: [Int]? = nil) -> (Int, StartReason) {
        let i = nodes[k].item
        var t = planStart, because = StartReason.planStart
        if nodes[k].campaign < campaignStartOfIndex.count, let v = campaignStartOfIndex[nodes[k].campaign], v > t { (t, because) = (v, .campaignStart) }
        if let e = plan.items[i].earliest {
            let v = instant(e)
            if v > t { (t, because) = (v, .earliest(e)) }
        }
        for (p, lag) in nodes[k].predecessors {
            let v = adding(lag, to: ends?[p] ?? nodes[p].finish)
            if v > t || (v == t && !because.isDependency) { (t, because) = (v, .after(p)) }
        }
        return (t, because)
    }

    /// What a `StartReason` says in `because`.
    func describe(_ r: StartReason) -> String {
        switch r {
        case .planStart: return "the plan's start"
        case .campaignStart: return "the campaign's start"
        case .earliest(let e): return "earliest \(Self.text(e))"
        case .after(let p): return "after \(nodes[p].id)"
        }
    }

    static func text(_ i: PlanInstant) -> String {
        switch i {
        case .date(let d): return d.description
        case .dateTime(let t): return t.description
        }
    }

    /// The slack of every node in the network without levelling (for the levelling order).
    func unlevelledSlack(_ order: [Int]) -> [Int] {
        var starts = Array(repeating: 0, count: nodes.count), ends = starts
        for k in order {
            let i = nodes[k].item
            var (t, _) = earliestStart(k, ends: ends)
            if let fixed = nodes[k].fixedAt { t = max(t, fixed) }
            let s: Int, e: Int
            switch plan.items[i].work {
            case .none: (s, e) = (t, t)
            case .length(let m): s = calendar.nextWorkingInstant(atOrAfter: t); e = calendar.advance(s, by: m)
            case .duration(let d): (s, e) = (t, adding(d, to: t))
            case .effort(let m):
                var rate = 0  // the node's assignees are the item's known people, in order
                for p in nodes[k].assignees { rate += people[p].capacity }
                s = calendar.nextWorkingInstant(atOrAfter: t)
                e = calendar.advance(s, by: rate > 0 ? (m * 10_000 + rate - 1) / rate : m)
            }
            starts[k] = s
            ends[k] = e
        }
        return slack(order, starts: starts, ends: ends)
    }

    /// Latest finish of each node without delaying its campaign's end or its deadline, as working minutes after its end.
    func slack(_ order: [Int], starts: [Int], ends: [Int]) -> [Int] {
        var campaignEnd = Array(repeating: Int.min, count: max(1, plan.campaigns.count))
        for k in nodes.indices {
            let c = nodes[k].campaign
            campaignEnd[c] = max(campaignEnd[c], max(ends[k], nodes[k].approved ?? ends[k]))
        }
        var latest = Array(repeating: Int.max, count: nodes.count)
        var latestStart = starts
        for k in order.reversed() {
            let i = nodes[k].item
            var lf = campaignEnd[nodes[k].campaign] == Int.min ? ends[k] : campaignEnd[nodes[k].campaign]
            if let d = plan.items[i].deadline { lf = min(lf, deadline(d)) }
            for (s, lag) in nodes[k].successors {
                // A fixed-time successor does not move: its predecessors must end by its start, or by the start of its approval.
                let succLatestStart = nodes[s].fixedAt != nil ? min(starts[s], nodes[s].flowStart ?? starts[s]) : latestStart[s]
                lf = min(lf, subtracting(lag, from: succLatestStart))
            }
            latest[k] = max(lf, ends[k])
            // Working-time work slides along the calendar; elapsed time and milestones slide as they are.
            switch plan.items[i].work {
            case .length, .effort: latestStart[k] = calendar.retreat(latest[k], by: calendar.workingMinutes(from: starts[k], to: ends[k]))
            case .duration, .none: latestStart[k] = latest[k] - (ends[k] - starts[k])
            }
            latestStart[k] = max(latestStart[k], starts[k])
        }
        // A fixed-time item cannot move; a subject of an approval has the slack left after its approval.
        // A loop, not `map`: the closure copied the whole calendar for every node.
        var slack = [Int](repeating: 0, count: nodes.count)
        for k in nodes.indices where nodes[k].fixedAt == nil {
            slack[k] = calendar.workingMinutes(from: max(ends[k], nodes[k].approved ?? ends[k]), to: latest[k])
        }
        return slack
    }

    /// Slack per task after levelling.
    mutating func computeSlack(_ order: [Int]) {
        let values = slack(order, starts: nodes.map(\.start), ends: nodes.map(\.end))
        for k in nodes.indices { nodes[k].slack = values[k] }
    }
}
