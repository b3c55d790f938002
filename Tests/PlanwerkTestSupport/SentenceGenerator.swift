import PlanwerkGenerator
/// Random sentences of a ``Grammar``, to check that the parser accepts what the grammar says.
///
/// Deterministic: a seed fixes the sentence everywhere (own ``SplitMix64``, no Foundation or
/// standard-library randomness). Depth-bounded: with a chance of depth ÷ ``depthBudget``, and
/// always from ``depthBudget`` on or past ``sizeBudget`` tokens, a decision takes the shortest
/// way out (the alternative with the smallest expansion, no optional part, zero `*` and one `+`
/// item); the depth is how often the most re-entered rule is open again (`f([x])` in
/// `let y = …` is 2). Otherwise alternatives go by weight (``GrammarTable/weight(of:)``),
/// statement lists are long and repetitions in recursive rules (expressions) short.
///
/// Token rules (upper-case) are not expanded: each has a pool of valid lexemes
/// (``SentencePools``). Tokens are joined by spaces; a newline stands alone, and the `(` of
/// `call_arguments` and the `[` of an index in `postfix` follow without a space.
/// Where the parser reads a grammar sentence differently, the generator steers clear, each in
/// one documented place: ``distinctAlternatives``, ``greedy`` and ``mergingTokens``.
public struct SentenceGenerator: Sendable {
    public let grammar: Grammar
    /// Recursion depth from which the generator only takes the shortest way out.
    public var depthBudget: Int
    /// Number of tokens from which the generator only takes the shortest way out.
    public var sizeBudget: Int
    /// Sample lexemes for each token rule, each valid wherever the syntax rules use the token.
    public let pools: [String: [String]]
    let table: GrammarTable

    // MARK: - Where the generator follows the parser rather than the letter of the grammar

    /// Rules whose repetition uses each alternative at most once: "Each modifier at most
    /// once" is said in a comment of the EBNF (recurrence) and holds for a step's options
    /// too; `*` alone would allow repeats, which the parser reports as duplicates.
    public static let distinctAlternatives: Set<String> = ["recurrence_modifier", "step_option"]

    /// `primary ::= … | conditional`: the parser reads `if … then … else E` greedily, E taking
    /// every operator, suffix and comparison that follows (`if a then b else c == d == e` is a
    /// chained comparison in the else branch). So a conditional primary only stands where
    /// nothing need follow it up to the end of its `expression` (in tail position), and after
    /// it nothing optional is added until that `expression` ends.
    public static let greedy = (host: "primary", alternative: "conditional", scope: "expression")

    /// Adjacent tokens that the lexer or parser reads as one: `DATE TIME` is one DATETIME
    /// token, `QUANTITY QUANTITY` one `quantity_literal`. Where two items of a sequence meet
    /// (`measure_decl ::= 'measure' postfix expression …`: `measure 2bd 3d = 1`), such a pair
    /// would change the reading, so the second item is generated again.
    public static let mergingTokens: Set<[String]> = [["DATE", "TIME"], ["QUANTITY", "QUANTITY"]]
    static let mergingFirst = Set(mergingTokens.map { $0[0] })

    /// The rule between statements, the rule whose `(` is glued, and the token rules
    /// written by the generator itself (NEWLINE as `"\n"`, EOF as nothing).
    static let separator = "separator", callArguments = "call_arguments", layoutTokens: Set<String> = ["NEWLINE", "EOF"]

    /// How ``GeneratedSentence/alternativesUsed`` names alternative `alternative` of a choice in `rule`.
    public static func label(rule: String, alternative: GrammarExpr) -> String { "\(rule): \(alternative)" }

    /// Prepares a generator; throws if a token rule used by the syntax rules has no pool,
    /// or if some rule has no finite expansion.
    public init(grammar: Grammar, depthBudget: Int = 2, sizeBudget: Int = 300,
                pools: [String: [String]] = SentencePools.standard) throws {
        (self.grammar, self.depthBudget, self.sizeBudget, self.pools) = (grammar, depthBudget, sizeBudget, pools)
        var t = GrammarTable(grammar: grammar)
        for (r, name) in t.ruleNames.enumerated() { t.roots[r] = try t.compile(grammar.rules[name]!, in: name) }
        for n in t.nodes where n.kind == .token && !Self.layoutTokens.contains(t.texts[n.ref]) && pools[t.texts[n.ref]] == nil {
            throw EBNFError(line: 0, message: "token \(t.texts[n.ref]) has no sample pool")
        }
        t.computeCosts()
        if let stuck = t.roots.firstIndex(where: { t.nodes[$0].cost >= Cost.infinite }) {
            throw EBNFError(line: grammar.lines[t.ruleNames[stuck]] ?? 0, message: "`\(t.ruleNames[stuck])` never finishes expanding")
        }
        table = t
    }

    /// The sentence for `seed`, derived from `start`.
    public func sentence(seed: UInt64, start: String = "plan") -> GeneratedSentence {
        var expansion = Expansion(generator: self, rng: SplitMix64(seed: seed))
        expansion.expandRule(table.ruleIndex[start]!, tail: true)
        var used = Set<String>(), chosen = Set<String>()
        for r in expansion.used.indices where expansion.used[r] { used.insert(table.ruleNames[r]) }
        for n in expansion.chosen.indices where expansion.chosen[n] { if let label = table.labels[n] { chosen.insert(label) } }
        return GeneratedSentence(tokens: expansion.tokens, rulesUsed: used, alternativesUsed: chosen)
    }
}

/// One token of a generated sentence.
public struct GeneratedToken: Sendable, Hashable {
    /// The lexeme, `"\n"` for a NEWLINE.
    public var text: String
    /// The quoted terminal (`'{'`) or the token rule (`DATE`) it was made for.
    public var symbol: String
    /// Written right after the previous token, without a space (`f(x)`, `series[2]`).
    public var glued: Bool
}

/// A generated sentence: its tokens, its text, and which rules and alternatives it took.
public struct GeneratedSentence: Sendable {
    public var tokens: [GeneratedToken]
    /// Every syntax rule expanded on the way.
    public var rulesUsed: Set<String>
    /// Every alternative taken, as ``SentenceGenerator/label(rule:alternative:)``.
    public var alternativesUsed: Set<String>

    /// The tokens joined by single spaces, except around newlines and before glued tokens.
    public var text: String {
        var out = ""
        for t in tokens {
            if !(out.isEmpty || out.hasSuffix("\n") || t.text == "\n" || t.glued) { out += " " }
            out += t.text
        }
        return out
    }
}

/// The least height (nested rules) and size (tokens) of an expansion.
struct Cost: Comparable, Sendable {
    var height: Int, size: Int
    static let zero = Cost(height: 0, size: 0), infinite = Cost(height: Int.max / 4, size: Int.max / 4)
    static func < (a: Cost, b: Cost) -> Bool { a.height < b.height || (a.height == b.height && a.size < b.size) }
}

/// One expression of a syntax rule, compiled: plain data, cheap to copy.
struct Node: Sendable {
    /// What the node is: an operator of the EBNF, a terminal, a rule or a token reference.
    enum Kind: Sendable { case sequence, choice, optional, zeroOrMore, oneOrMore, terminal, rule, token }
    var kind: Kind
    /// Children `GrammarTable.children[first ..< first + count]`; `ref` is the rule (`rule`)
    /// or the index of the text and symbol (`terminal`, `token`).
    var first = 0, count = 0, ref = 0
    var cost = Cost.infinite
    /// Sequence: the first child from which on every child can expand to nothing.
    var nullableFrom = 0
    /// Alternative: how likely it is taken (``GrammarTable/weight(of:)``).
    var weight = 1
    /// Optional or repetition holding statements with separators between them; part of a
    /// rule that can contain itself.
    var statementList = false, recursive = false
    /// The `[` of an index; the greedy conditional as an alternative; a repetition of a rule
    /// with distinct alternatives; a reference to the rule that ends a greedy conditional.
    var glued = false, greedy = false, distinct = false, endsGreedy = false
}

/// A ``Grammar``'s syntax rules as a table of ``Node``s, children before parents.
struct GrammarTable: Sendable {
    let grammar: Grammar
    var nodes: [Node] = [], children: [Int] = []
    /// Terminal texts and token names, and the symbols tokens are made for, by `Node.ref`.
    var texts: [String] = [], symbols: [String] = []
    /// For each node that is an alternative of a choice, its label.
    var labels: [String?] = []
    let ruleNames: [String], ruleIndex: [String: Int]
    var roots: [Int]
    /// The rules that can contain themselves.
    let recursiveRules: Set<String>

    init(grammar: Grammar) {
        self.grammar = grammar
        ruleNames = grammar.names.filter { !Grammar.isToken($0) }
        roots = Array(repeating: -1, count: ruleNames.count)
        ruleIndex = Dictionary(uniqueKeysWithValues: ruleNames.enumerated().map { ($1, $0) })
        recursiveRules = grammar.recursiveRules
    }

    /// Appends the nodes of `e` (children first) and returns its index.
    mutating func compile(_ e: GrammarExpr, in rule: String) throws -> Int {
        var node: Node
        func attach(_ items: [GrammarExpr]) throws -> [Int] {
            let indices = try items.map { try compile($0, in: rule) }
            node.first = children.count
            node.count = indices.count
            children += indices
            return indices
        }
        switch e {
        case .terminal(let t):
            node = Node(kind: .terminal, ref: intern(t, symbol: "'\(t)'"))
            // The parser reads `series[2]` as an index only without a space before `[`.
            node.glued = rule == "postfix" && t == "["
        case .nonterminal(let n) where Grammar.isToken(n):
            node = Node(kind: .token, ref: intern(n, symbol: n))
        case .nonterminal(let n):
            guard let r = ruleIndex[n] else { throw EBNFError(line: 0, message: "`\(n)` is not defined") }
            node = Node(kind: .rule, ref: r)
            node.endsGreedy = n == SentenceGenerator.greedy.scope
        case .sequence(let items):
            node = Node(kind: .sequence)
            _ = try attach(items)
        case .choice(let alternatives):
            node = Node(kind: .choice)
            for (k, a) in zip(try attach(alternatives), alternatives) {
                labels[k] = SentenceGenerator.label(rule: rule, alternative: a)
                nodes[k].weight = recursiveRules.contains(rule) ? 1 : weight(of: a)
                nodes[k].greedy = rule == SentenceGenerator.greedy.host && a == .nonterminal(SentenceGenerator.greedy.alternative)
            }
        case .optional(let inner), .zeroOrMore(let inner), .oneOrMore(let inner):
            if case .optional = e { node = Node(kind: .optional) } else if case .zeroOrMore = e { node = Node(kind: .zeroOrMore) }
            else { node = Node(kind: .oneOrMore) }
            _ = try attach([inner])
            let names = inner.nonterminals
            node.statementList = names.contains(SentenceGenerator.separator) && names.count > 1
            if case .nonterminal(let n) = inner { node.distinct = SentenceGenerator.distinctAlternatives.contains(n) }
        case .charClass, .codePoint:
            throw EBNFError(line: 0, message: "`\(rule)` uses a character class; only token rules may")
        }
        node.recursive = recursiveRules.contains(rule)
        nodes.append(node)
        labels.append(nil)
        return nodes.count - 1
    }

    mutating func intern(_ text: String, symbol: String) -> Int {
        texts.append(text)
        symbols.append(symbol)
        return texts.count - 1
    }

    /// The weight of `e` as an alternative outside recursive rules: about the square root of
    /// the number of alternatives it leads to through rules that cannot contain themselves.
    /// So a rich alternative (`campaign_decl`) is taken more often than a plain one
    /// (`import_decl`) and deep alternatives are not starved; in recursive rules
    /// (expressions) every alternative is equally likely, which keeps them small.
    func weight(of e: GrammarExpr) -> Int {
        let count = grammar.alternatives(under: e, avoiding: recursiveRules)
        var root = 1
        while (root + 1) * (root + 1) <= count { root += 1 }
        return root
    }

    /// Least fixed point of the costs, from infinity down; then where sequences may end.
    mutating func computeCosts() {
        var changed = true
        while changed {
            changed = false
            for k in nodes.indices {
                let c = cost(of: nodes[k])
                if c < nodes[k].cost { nodes[k].cost = c; changed = true }
            }
        }
        for (k, node) in nodes.enumerated() {
            nodes[k].nullableFrom = (children[node.first ..< node.first + node.count].lastIndex { nodes[$0].cost.size > 0 } ?? node.first - 1) + 1 - node.first
        }
    }

    func cost(of node: Node) -> Cost {
        let costs = children[node.first ..< node.first + node.count].map { nodes[$0].cost }
        switch node.kind {
        case .terminal: return Cost(height: 0, size: 1)
        case .token: return Cost(height: 0, size: texts[node.ref] == "EOF" ? 0 : 1)
        case .rule:
            let c = nodes[roots[node.ref]].cost
            return c >= .infinite ? .infinite : Cost(height: c.height + 1, size: c.size)
        case .sequence: return costs.reduce(.zero) { Cost(height: max($0.height, $1.height), size: min($0.size + $1.size, Cost.infinite.size)) }
        case .choice: return costs.min()!
        case .optional, .zeroOrMore: return .zero
        case .oneOrMore: return costs[0]
        }
    }
}

/// The state of one sentence being generated.
struct Expansion {
    let g: GrammarTable
    /// `g.nodes` and `g.children` at hand: a debug build copies `g` on every method call.
    let nodes: [Node], children: [Int]
    let depthBudget: Int, sizeBudget: Int, pools: [String: [String]]
    var rng: SplitMix64
    var tokens: [GeneratedToken] = []
    /// Which rules were expanded, by index, and which alternatives taken, by node.
    var used: [Bool], chosen: [Bool]
    /// How often each rule is open on the way down from the start rule; the recursion depth.
    var open: [Int], depth = 0
    /// Set by `call_arguments`: its `(` follows the callee without a space.
    var glueNext = false
    /// After a greedy conditional, until its `expression` ends: add nothing optional.
    var closing = false
    /// Extra repetitions inside recursive rules: mostly none, so expressions stay small.
    static let lean = [0, 0, 0, 0, 0, 0, 1, 2]

    init(generator: SentenceGenerator, rng: SplitMix64) {
        g = generator.table
        (nodes, children) = (g.nodes, g.children)
        (depthBudget, sizeBudget, pools) = (generator.depthBudget, generator.sizeBudget, generator.pools)
        self.rng = rng
        (used, open) = (Array(repeating: false, count: g.ruleNames.count), Array(repeating: 0, count: g.ruleNames.count))
        chosen = Array(repeating: false, count: g.nodes.count)
    }

    /// Whether this decision takes the shortest way out (see ``SentenceGenerator``).
    mutating func shortest() -> Bool { depth >= depthBudget || tokens.count >= sizeBudget || rng.below(depthBudget) < depth }

    /// Expands rule `r`, or only its alternative `alternative` when its right-hand side is a
    /// choice. `tail`: nothing need follow up to the end of the enclosing `expression`.
    mutating func expandRule(_ r: Int, alternative: Int? = nil, tail: Bool) {
        used[r] = true
        let outer = depth
        open[r] += 1
        depth = max(depth, open[r] - 1)
        defer { open[r] -= 1; depth = outer }
        // The parser reads `f(x)` as a call only without a space before `(` (postfix).
        if g.ruleNames[r] == SentenceGenerator.callArguments { glueNext = true }
        let root = nodes[g.roots[r]]
        if let k = alternative, root.kind == .choice {
            chosen[children[root.first + k]] = true
            expand(children[root.first + k], tail: tail)
        } else {
            expand(g.roots[r], tail: tail)
        }
    }

    mutating func expand(_ n: Int, tail: Bool) {
        let node = nodes[n]
        switch node.kind {
        case .terminal: emit(g.texts[node.ref], symbol: g.symbols[node.ref], glued: node.glued)
        case .token: emitToken(g.texts[node.ref])
        case .rule:
            expandRule(node.ref, tail: node.endsGreedy || tail)
            if node.endsGreedy { closing = false }
        case .sequence:
            for k in 0..<node.count { expandApart(children[node.first + k], tail: tail && k + 1 >= node.nullableFrom) }
        case .choice:
            let alternative = children[node.first + pick(node, tail: tail)]
            chosen[alternative] = true
            expand(alternative, tail: tail)
            if nodes[alternative].greedy { closing = true }
        case .optional:
            let odds = node.statementList ? 7 : node.recursive ? 4 : 6
            if !closing && !shortest() && rng.below(8) < odds { expand(children[node.first], tail: tail) }
        case .zeroOrMore, .oneOrMore:
            let least = node.kind == .oneOrMore ? 1 : 0
            let count = closing || shortest() ? least
                : least + (node.statementList ? 1 + rng.below(3) : node.recursive ? Self.lean[rng.below(8)] : rng.below(3))
            repeatItem(node, count: count, tail: tail)
        }
    }

    /// Expands one item of a sequence so that its first token does not merge with the token
    /// before it (``SentenceGenerator/mergingTokens``), trying again a few times if it does.
    mutating func expandApart(_ n: Int, tail: Bool) {
        let start = tokens.count
        guard start > 0, SentenceGenerator.mergingFirst.contains(tokens[start - 1].symbol) else { return expand(n, tail: tail) }
        let saved = (used, chosen, glueNext, closing)
        for _ in 0..<16 {
            expand(n, tail: tail)
            guard tokens.count > start,
                  SentenceGenerator.mergingTokens.contains([tokens[start - 1].symbol, tokens[start].symbol]) else { return }
            tokens.removeSubrange(start...)
            (used, chosen, glueNext, closing) = saved
        }
        expand(n, tail: tail)
    }

    /// By weight, or uniformly among the alternatives with the least expansion (see
    /// ``shortest()``); a greedy conditional only in tail position (``SentenceGenerator/greedy``).
    mutating func pick(_ choice: Node, tail: Bool) -> Int {
        var allowed: [Int] = []
        for k in 0..<choice.count where tail || !nodes[children[choice.first + k]].greedy { allowed.append(k) }
        if !shortest() {
            var total = 0
            for k in allowed { total += nodes[children[choice.first + k]].weight }
            var r = rng.below(total)
            for k in allowed {
                r -= nodes[children[choice.first + k]].weight
                if r < 0 { return k }
            }
        }
        var least = Cost.infinite, cheapest: [Int] = []
        for k in allowed {
            let c = nodes[children[choice.first + k]].cost
            if c < least { least = c; cheapest = [k] } else if c == least { cheapest.append(k) }
        }
        return cheapest[rng.below(cheapest.count)]
    }

    /// `count` items; for ``SentenceGenerator/distinctAlternatives`` each alternative at most once.
    mutating func repeatItem(_ repetition: Node, count: Int, tail: Bool) {
        let item = children[repetition.first]
        let r = nodes[item].ref
        guard repetition.distinct, nodes[item].kind == .rule, nodes[g.roots[r]].kind == .choice else {
            for i in 0..<count { expand(item, tail: tail && i == count - 1) }
            return
        }
        var order = Array(0..<nodes[g.roots[r]].count)
        for k in stride(from: order.count - 1, to: 0, by: -1) { order.swapAt(k, rng.below(k + 1)) }
        let picked = order.prefix(count)
        for (i, k) in picked.enumerated() { expandRule(r, alternative: k, tail: tail && i == picked.count - 1) }
    }

    mutating func emitToken(_ name: String) {
        switch name {
        case "EOF": return
        case "NEWLINE": emit("\n", symbol: name, glued: false)
        default:
            let pool = pools[name]!
            emit(pool[rng.below(pool.count)], symbol: name, glued: false)
        }
    }

    mutating func emit(_ text: String, symbol: String, glued: Bool) {
        tokens.append(GeneratedToken(text: text, symbol: symbol, glued: glued || glueNext))
        glueNext = false
    }
}

/// Sample lexemes for the token rules, each a valid token wherever the syntax rules use it.
public enum SentencePools {
    /// Names: lower-case (so never a currency code after a number), none a reserved word,
    /// keyword or clause word of the grammar; one with a Unicode letter, one with a digit.
    public static let names = ["alpha", "brief", "social", "über", "x_1", "lena", "_draft", "reach2"]

    public static let standard: [String: [String]] = [
        "NAME": names,
        // At most 28: an INT is also a day of the month (`every month on 28`) and an interval.
        "INT": ["1", "2", "3", "7", "12", "28"],
        "DECIMAL": ["3.5", "0.25", "12.50"],
        "PERCENT": ["80%", "2.5%", "100%"],
        "QUANTITY": ["2bd", "4bh", "30min", "3d", "1.5bd", "2w", "4h"],
        "ORDINAL": ["1st", "2nd", "3rd", "4th", "5th"],
        "CURRENCY": ["EUR", "USD", "CHF"],
        "DATE": ["2026-12-01", "2027-02-28", "2028-02-29"],
        "TIME": ["09:00", "17:30", "9:05", "23:59"],
        "DATETIME": ["2026-12-01 09:00", "2026-12-01T17:30"],
        "WEEKDAY": ["mon", "tue", "wed", "thu", "fri", "sat", "sun"],
        "MONTH": ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"],
        "TEXT": ["\"Go-Live\"", "\"Prüfung\"", "\"a {{ b\"", "\"x {alpha} y\"", "\"say \\\"hi\\\"\\n\"", "\"{brief.reach2}\""],
    ]
}
