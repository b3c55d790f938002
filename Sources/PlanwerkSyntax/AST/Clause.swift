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
    /// integer and compared with the packed words of the same length (the
    /// parser's hot path: no hashing, no String).
    public static func named<Bytes: Collection<UInt8>>(_ bytes: Bytes) -> ClauseKeyword? {
        guard bytes.count < byLength.count, let packed = pack(bytes) else { return nil }
        for (word, keyword) in byLength[bytes.count] where word == packed { return keyword }
        return nil
    }

    /// Up to 10 bytes of lower-case ASCII letters and `_`, 6 bits each; nil for anything else.
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

    private static let byLength: [[(UInt64, ClauseKeyword)]] = {
        var table = [[(UInt64, ClauseKeyword)]](repeating: [], count: 11)
        for k in allCases { table[k.rawValue.utf8.count].append((pack(Array(k.rawValue.utf8))!, k)) }
        return table
    }()
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
