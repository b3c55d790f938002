import PlanwerkChecking
import PlanwerkScheduling

/// `planwerk due`: what falls due in a window `[since, until)`, for a daily
/// CI job that reminds people. Reports are due at their due time and their
/// preparation at its start, posts publish, milestones are reached,
/// deadlines fall, and an approval step is listed while it is open (its
/// decision is due by its end). Sorted by time, then kind, then id, so the
/// same plan and window always give the same list.
public struct DueList {
    public let input: ExportInput
    public let since: Int
    public let until: Int

    /// One thing due: when, what kind of due, and the entry.
    public struct Item: Sendable, Hashable {
        /// The instant it falls due.
        public var at: Int
        /// `report`, `prepare`, `post`, `milestone`, `decide`, `remind`, `deadline`.
        public var what: String
        public var entry: ScheduleEntry
    }

    public init(_ input: ExportInput, since: Int, until: Int) {
        self.input = input
        self.since = since
        self.until = until
    }

    public var items: [Item] {
        var items: [Item] = []
        let inWindow = { (t: Int) in t >= since && t < until }
        for e in input.entries {
            switch e.kind {
            case .report where inWindow(e.start): items.append(Item(at: e.start, what: "report", entry: e))
            case .preparation where inWindow(e.start): items.append(Item(at: e.start, what: "prepare", entry: e))
            case .post where inWindow(e.start): items.append(Item(at: e.start, what: "post", entry: e))
            case .milestone where inWindow(e.start): items.append(Item(at: e.start, what: "milestone", entry: e))
            case .approval where e.decision == nil && e.start < until && e.end >= since: items.append(Item(at: e.end, what: "decide", entry: e))
            default: break
            }
            if let r = e.remindAt, e.decision == nil || e.end > r, inWindow(r) { items.append(Item(at: r, what: "remind", entry: e)) }
            if let d = e.deadline, inWindow(d) { items.append(Item(at: d, what: "deadline", entry: e)) }
        }
        let rank = ["deadline": 0, "decide": 1, "remind": 2, "prepare": 3, "report": 4, "milestone": 5, "post": 6]
        return items.sorted { ($0.at, rank[$0.what] ?? 9, $0.entry.id) < ($1.at, rank[$1.what] ?? 9, $1.entry.id) }
    }

    /// The list for people: a heading with the window, one line per item.
    public func rendered() -> String {
        let f = input.time
        let items = self.items
        var out = "Due in \(input.plan.settings.name) from \(f.iso(since)) until \(f.iso(until)) (\(input.plan.settings.timeZone.identifier))\n\n"
        for i in items {
            out += "\(f.iso(i.at))  \(i.what)\(String(repeating: " ", count: max(1, 10 - i.what.count)))\(i.entry.id) \"\(i.entry.title)\"\(details(i))\n"
        }
        out += items.isEmpty ? "Nothing falls due.\n" : "\n\(items.count) item\(items.count == 1 ? "" : "s").\n"
        return out
    }

    /// Who, where and how it stands, after the title.
    func details(_ i: Item) -> String {
        let e = i.entry, f = input.time
        var parts: [String] = []
        if e.kind == .post { parts.append("on \(input.channelTitle(e.channel))") }
        if !e.people.isEmpty { parts.append("by \(e.people.joined(separator: ", "))") }
        if !e.recipients.isEmpty { parts.append("to \(e.recipients.joined(separator: ", "))") }
        if e.kind == .approval, let s = e.subject { parts.append("for \(s), open since \(f.iso(e.start))") }
        if i.what == "remind" { parts.append("decision due \(f.iso(e.end))") }
        if let to = e.escalatedTo, i.what != "remind" { parts.append("escalated to \(to.joined(separator: ", "))") }
        if i.what == "deadline" { parts.append("planned end \(f.iso(e.end))") }
        if let late = e.late { parts.append("LATE by \(f.work(late))") }
        return parts.isEmpty ? "" : " " + parts.joined(separator: "; ")
    }

    /// The list as JSON: the window and one object per item.
    public func json() -> String {
        let f = input.time
        let items: [JSONValue] = self.items.map { i in
            .object([
                ("at", .string(f.iso(i.at))), ("what", .string(i.what)), ("id", .string(i.entry.id)),
                ("kind", .string(i.entry.kind.rawValue)), ("title", .string(i.entry.title)),
                ("campaign", .optional(i.entry.campaign)), ("channel", .optional(i.entry.channel)),
                ("people", .array(i.entry.people.map(JSONValue.string))),
                ("recipients", .array(i.entry.recipients.map(JSONValue.string))),
                ("late", .optional(i.entry.late.map(TimeFormat.isoWork))),
            ])
        }
        return JSONValue.object([
            ("plan", .string(input.plan.settings.name)), ("timezone", .string(input.plan.settings.timeZone.identifier)),
            ("since", .string(f.iso(since))), ("until", .string(f.iso(until))), ("items", .array(items)),
        ]).rendered() + "\n"
    }
}
