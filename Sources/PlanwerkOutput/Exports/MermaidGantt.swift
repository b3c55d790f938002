import PlanwerkChecking
import PlanwerkScheduling

/// `export --format mermaid`: a Mermaid `gantt` chart that GitHub renders
/// inside a Markdown code fence, one section per campaign with its tasks,
/// posts (including each occurrence of a series) and milestones.
///
/// - Times are the plan's wall-clock times (`dateFormat YYYY-MM-DD HH:mm`).
/// - Posts, milestones and tasks that take no time are milestones.
/// - `after a b` is written where Mermaid's rule (start at the latest end of
///   the tasks named) gives exactly the scheduled start; elsewhere (a lag, a
///   night or weekend between) the start is written as a date-time, so every
///   bar stays where the schedule put it.
/// - `crit` marks tasks on a campaign's critical path and late ones; with a
///   `now`, `done` marks what has ended and `active` what is under way.
/// - Titles lose the characters Mermaid reads as syntax (`:`, `#`, `;`).
/// - Approval steps and reports are left out (they are in the ICS, CSV and HTML exports).
public struct MermaidGantt {
    public let input: ExportInput

    public init(_ input: ExportInput) { self.input = input }

    public func rendered() -> String {
        let calendar = input.schedule.calendar
        let now = input.plan.settings.now.map { calendar.instant($0) }
        var out = "gantt\n    title \(Self.clean(input.plan.settings.name))\n    dateFormat YYYY-MM-DD HH:mm\n"
        out += "    axisFormat %Y-%m-%d\n    todayMarker off\n"
        let items = input.entries.filter { $0.kind == .task || $0.kind == .post || $0.kind == .milestone }
        let ids = Self.mermaidIDs(items.map(\.id))
        let ends = Dictionary(items.map { ($0.id, $0.end) }, uniquingKeysWith: { a, _ in a })
        let critical = Set(input.plan.campaigns.flatMap { input.schedule.criticalPath(of: $0.id).map(\.id) })
        for campaign in input.plan.campaigns {
            let own = items.filter { $0.campaign == campaign.id }
            guard !own.isEmpty else { continue }
            out += "    section \(Self.clean(campaign.title))\n"
            for e in own {
                var tags: [String] = []
                if e.isInstant { tags.append("milestone") }
                if e.late != nil || critical.contains(e.id) { tags.append("crit") }
                if let now {
                    if e.end <= now && !e.isInstant || e.isInstant && e.start <= now { tags.append("done") }
                    else if e.start <= now { tags.append("active") }
                }
                tags.append(ids[e.id]!)
                let before = e.after.compactMap { ends[$0] }
                let startText: String
                if !e.after.isEmpty, before.count == e.after.count, before.max() == e.start {
                    startText = "after " + e.after.map { ids[$0]! }.joined(separator: " ")
                } else {
                    startText = calendar.local(e.start).description
                }
                let endText = e.isInstant ? "0d" : calendar.local(e.end).description
                out += "    \(Self.clean(title(e))) :\((tags + [startText, endText]).joined(separator: ", "))\n"
            }
        }
        return out
    }

    /// The bar's label: the title, the channel of a post, the number of an occurrence.
    func title(_ e: ScheduleEntry) -> String {
        var t = e.title
        if let n = e.occurrence { t += " (\(n))" }
        if e.kind == .post { t += " – " + input.channelTitle(e.channel) }
        return t
    }

    /// Text without what Mermaid reads as syntax: `:` ends a title, `#` starts
    /// an entity or comment, `;` ends a statement; line breaks become spaces.
    static func clean(_ s: String) -> String {
        var out = ""
        for c in s.unicodeScalars {
            switch c {
            case ":", "#": continue
            case ";": out += ","
            case "\n", "\r", "\t": out += " "
            default: out.unicodeScalars.append(c)
            }
        }
        let words = out.split(separator: " ", omittingEmptySubsequences: true)
        return words.isEmpty ? "untitled" : words.joined(separator: " ")
    }

    /// A Mermaid task id for each entry id: letters, digits and `_` only, unique.
    static func mermaidIDs(_ ids: [String]) -> [String: String] {
        var out: [String: String] = [:], used = Set<String>()
        for id in ids {
            var base = String(id.unicodeScalars.map { c -> Character in
                c.isASCII && (c.properties.isAlphabetic || ("0"..."9").contains(c)) ? Character(c) : "_"
            })
            if base.first.map({ !$0.isLetter }) ?? true { base = "t" + base }
            var candidate = base, n = 2
            while used.contains(candidate) { candidate = "\(base)_\(n)"; n += 1 }
            used.insert(candidate)
            out[id] = candidate
        }
        return out
    }
}
