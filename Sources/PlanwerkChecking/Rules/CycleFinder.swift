/// Finds circles in a directed graph of numbered nodes: task dependencies,
/// substitutes, teams' `reports_to`. Iterative (Tarjan's strongly connected
/// components with an explicit stack, then a breadth-first search), so a
/// chain of 100,000 tasks needs no deep recursion.
///
/// Each group of nodes that wait for each other (a strongly connected
/// component with a circle in it) gives one circle, so a tangle of many
/// circles is reported once: the shortest circle through its first node.
struct CycleFinder {
    /// The edges in the order they were added.
    private var edgeFrom: [Int32] = [], edgeTo: [Int32] = []
    let nodeCount: Int

    init(nodeCount: Int) { self.nodeCount = nodeCount }

    mutating func addEdge(from a: Int, to b: Int) {
        edgeFrom.append(Int32(truncatingIfNeeded: a))
        edgeTo.append(Int32(truncatingIfNeeded: b))
    }

    /// The successors of every node in one array, in the order the edges
    /// were added: node `v`'s are `targets[start[v]..<start[v + 1]]`. One
    /// allocation instead of an array per node.
    struct Rows {
        var start: [Int], targets: [Int]
        subscript(v: Int) -> ArraySlice<Int> { targets[start[v]..<start[v + 1]] }
    }

    var successors: Rows {
        var start = [Int](repeating: 0, count: nodeCount + 1)
        for a in edgeFrom { start[Int(a) + 1] += 1 }
        for v in 0..<nodeCount { start[v + 1] += start[v] }
        var next = Array(start.dropLast()), targets = [Int](repeating: 0, count: edgeTo.count)
        for (a, b) in zip(edgeFrom, edgeTo) {
            targets[next[Int(a)]] = Int(b)
            next[Int(a)] += 1
        }
        return Rows(start: start, targets: targets)
    }

    /// One circle per strongly connected component that has one (a node
    /// with an edge to itself counts), ordered by their first node. A circle
    /// starts at the component's lowest node; each node has an edge to the
    /// next, and the last to the first.
    func cycles() -> [[Int]] {
        let successors = self.successors
        return components(successors).compactMap { component in
            if component.count == 1 { return component }  // a node with an edge to itself
            return shortestCycle(through: component.min()!, within: Set(component), successors)
        }.sorted { $0[0] < $1[0] }
    }

    /// Tarjan's algorithm, iteratively: the strongly connected components
    /// with a circle in them (of one node only when it has an edge to itself).
    func components(_ successors: Rows) -> [[Int]] {
        let n = nodeCount
        var index = [Int](repeating: -1, count: n), low = [Int](repeating: 0, count: n)
        var onStack = [Bool](repeating: false, count: n)
        var stack: [Int] = [], calls: [(node: Int, next: Int)] = [], result: [[Int]] = []
        var counter = 0
        for root in 0..<n where index[root] < 0 {
            index[root] = counter; low[root] = counter; counter += 1
            stack.append(root); onStack[root] = true
            calls.append((root, 0))
            while let (u, i) = calls.last {
                if i < successors.start[u + 1] - successors.start[u] {
                    calls[calls.count - 1].next += 1
                    let w = successors.targets[successors.start[u] + i]
                    if index[w] < 0 {
                        index[w] = counter; low[w] = counter; counter += 1
                        stack.append(w); onStack[w] = true
                        calls.append((w, 0))
                    } else if onStack[w] {
                        low[u] = min(low[u], index[w])
                    }
                    continue
                }
                calls.removeLast()
                if let parent = calls.last?.node { low[parent] = min(low[parent], low[u]) }
                guard low[u] == index[u] else { continue }
                if stack.last == u {
                    // A component of one node, the usual case: kept only with an edge to itself.
                    stack.removeLast(); onStack[u] = false
                    if successors[u].contains(u) { result.append([u]) }
                    continue
                }
                var component: [Int] = []
                while let w = stack.popLast() {
                    onStack[w] = false
                    component.append(w)
                    if w == u { break }
                }
                result.append(component)
            }
        }
        return result
    }

    /// The shortest circle from `start` back to itself inside a component.
    func shortestCycle(through start: Int, within component: Set<Int>, _ successors: Rows) -> [Int]? {
        var parent: [Int: Int] = [start: start]
        var queue = [start], head = 0
        while head < queue.count {
            let u = queue[head]
            head += 1
            for w in successors[u] where component.contains(w) {
                if w == start {
                    var path = [u]
                    var v = u
                    while v != start { v = parent[v]!; path.append(v) }
                    return path.reversed()
                }
                if parent[w] == nil {
                    parent[w] = u
                    queue.append(w)
                }
            }
        }
        return nil
    }
}
