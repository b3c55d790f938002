/// One clause inside a block: `effort 2bd`, `after brief`, `task …`.
public struct Clause: Sendable, Hashable {
    public var kind: ClauseKind
    /// The clause word as written, e.g. `effort`.
    public var keyword: Name
    public var range: SourceRange
    public init(_ kind: ClauseKind, keyword: Name, range: SourceRange) {
        self.kind = kind; self.keyword = keyword; self.range = range
    }
}

/// The clause words. Each is a keyword only at the start of a clause.
public enum ClauseKeyword: String, Sendable, Hashable, CaseIterable {
    // calendar
    case weekdays, hours, holidays
    // team and person
    case lead, reportsTo = "reports_to", role, capacity, away, substitute, calendar, person
    // channel
    case limit, owner, window, `internal`
    // campaign
    case start, budget, goal, task, post, milestone, `let`
    // task, post, milestone
    case after, at, earliest, deadline, priority, effort, length, duration, assign, text, approval, every
    // report
    case to, by, kpis, covers

    /// The clause word spelled by `bytes`, if any: the bytes packed into one
    /// integer and looked up in a table without collisions (the parser's hot
    /// path: no hashing, no String, one comparison).
    public static func named<Bytes: Collection<UInt8>>(_ bytes: Bytes) -> ClauseKeyword? {
        guard let packed = pack(bytes) else { return nil }
        return lookup(packed)
    }

    /// The same, for bytes in place (the parser's tokens).
    @inline(__always)
    static func named(_ bytes: UnsafeBufferPointer<UInt8>) -> ClauseKeyword? {
        guard let packed = pack(bytes) else { return nil }
        return lookup(packed)
    }

    @inline(__always)
    private static func lookup(_ packed: UInt64) -> ClauseKeyword? {
        let table = PackedTable.shared
        let slot = Int(packed % UInt64(table.words.count))
        return table.words[slot] == packed ? table.keywords[slot] : nil
    }

    /// Up to 10 bytes of lower-case ASCII letters and `_`, 6 bits each; nil for anything else.
    @inline(__always)
    static func pack<C: Collection<UInt8>>(_ bytes: C) -> UInt64? {
        guard bytes.count <= 10 else { return nil }
        var packed: UInt64 = 0
        for b in bytes {
            let code: UInt64
            switch b {
            case UInt8(ascii: "a")...UInt8(ascii: "z"): code = UInt64(b - UInt8(ascii: "a")) + 1
            case UInt8(ascii: "_"): code = 27
            default: return nil
            }
            packed = packed << 6 | code
        }
        return packed
    }

    /// Every clause word's packed bytes at `packed % size`, for the smallest
    /// size at which no two words share a slot; empty slots hold 0, which no word packs to.
    final class PackedTable: Sendable {
        let words: [UInt64]
        let keywords: [ClauseKeyword?]
        static let shared = PackedTable()

        private init() {
            let packed = ClauseKeyword.allCases.map { (pack(Array($0.rawValue.utf8))!, $0) }
            var size = packed.count
            while Set(packed.map { $0.0 % UInt64(size) }).count < packed.count { size += 1 }
            var words = [UInt64](repeating: 0, count: size), keywords = [ClauseKeyword?](repeating: nil, count: size)
            for (word, keyword) in packed {
                words[Int(word % UInt64(size))] = word
                keywords[Int(word % UInt64(size))] = keyword
            }
            self.words = words
            self.keywords = keywords
        }
    }
}

/// What a clause says. The larger cases are boxed (`indirect`) so that a
/// `Clause` stays small to move and copy.
public enum ClauseKind: Sendable, Hashable {
    /// A clause word followed by one or more comma-separated values.
    case values(ClauseKeyword, [Expr])
    /// A clause word alone (`internal`).
    case flag(ClauseKeyword)
    /// `window WEEKDAYS [HOURS]`.
    indirect case window(days: Expr, hours: Expr?)
    /// `goal KPI OP VALUE`.
    indirect case goal(kpi: Expr, op: BinaryOperator, target: Expr)
    /// `after a, b + 2bd`.
    case after([Dependency])
    /// `at DATETIME` or `at DATE TIME`.
    indirect case at(Expr, time: Expr?)
    /// `every …` (posts and reports).
    indirect case every(Recurrence)
    /// `approval FLOW(args)`.
    case approval(Expr)
    indirect case person(PersonDecl)
    indirect case item(ItemDecl)
    indirect case binding(LetDecl)
}

/// One predecessor in `after`, with its optional lag.
public struct Dependency: Sendable, Hashable {
    public var target: Expr
    public var lag: Expr?
    public var range: SourceRange
    public init(target: Expr, lag: Expr?, range: SourceRange) { self.target = target; self.lag = lag; self.range = range }
}

/// Tasks, posts and milestones: the schedulable items of a campaign.
public enum ItemKind: String, Sendable, Hashable {
    case task, post, milestone
}

/// `task|milestone NAME ["Title"] [{ … }]` or `post NAME ["Title"] on CHANNEL [{ … }]`.
public struct ItemDecl: Sendable, Hashable {
    public var kind: ItemKind
    public var name: Name
    public var title: Expr?
    public var channel: Expr?
    public var body: Block?
    public var range: SourceRange
}
