import PlanwerkChecking
import PlanwerkScheduling
import PlanwerkSyntax

/// `export --format markdown`: a status report to paste into a wiki or send
/// to the CEO: the campaigns with status, dates, budget and goals, their
/// deadlines, the posts, milestones and reports of the next four weeks
/// (from the plan's `now`, else its start), the problems and the assertions.
public struct MarkdownReport {
    public let input: ExportInput

    public init(_ input: ExportInput) { self.input = input }

    public func rendered() -> String {
        let f = input.time
        let s = input.plan.settings
        let campaigns = CampaignOverview.all(input)
        var out = "# \(Self.escape(s.name)): plan report\n\n"
        var facts = ["Time zone \(s.timeZone.identifier)"]
        if let start = s.start { facts.append("start \(start)") }
        if let horizon = s.horizon { facts.append("horizon \(horizon)") }
        facts.append(s.now.map { "as of \($0)" } ?? "as planned (no `now`)")
        out += facts.joined(separator: " · ") + "\n\n"
        let problems = input.problems, errors = problems.filter { $0.severity == .error }.count
        let failed = input.schedule.assertions.filter { $0.outcome != .passed }.count
        out += "**Summary:** \(campaigns.count) campaign\(campaigns.count == 1 ? "" : "s"), "
        out += "\(errors == 0 ? "no" : String(errors)) problem\(errors == 1 ? "" : "s"), "
        let asserted = input.schedule.assertions.count
        out += asserted == 0 ? "no assertions.\n" : "\(asserted - failed) of \(asserted) assertion\(asserted == 1 ? "" : "s") hold\(asserted == 1 ? "s" : "").\n"

        out += "\n## Campaigns\n\n"
        out += Self.table(["campaign", "owner", "from", "to", "status", "budget"], campaigns.map { c in
            ["\(cell(c.title)) (`\(c.id)`)", cell(c.owners.joined(separator: ", ")), c.start.map(f.local) ?? "–",
             c.end.map(f.local) ?? "–", "\(c.phase), \(c.health(f))", c.budget ?? "–"]
        })
        for c in campaigns {
            out += "\n### \(Self.escape(c.title))\n\n"
            if !c.goals.isEmpty {
                out += "Goals:\n\n" + c.goals.map { "- \(Self.escape($0))\n" }.joined() + "\n"
            }
            let milestones = c.items.filter { $0.kind == .milestone }
            if !c.deadlines.isEmpty || !milestones.isEmpty {
                let dated = (c.deadlines + milestones.filter { $0.deadline == nil }).sorted { ($0.deadline ?? $0.end) < ($1.deadline ?? $1.end) }
                out += Self.table(["deadline or milestone", "planned", "due", ""], dated.map { e in
                    ["\(cell(e.title)) (`\(e.id)`)", f.local(e.end), e.deadline.map(f.deadline) ?? "–",
                     e.late.map { "**late by \(f.work($0))**" } ?? "on time"]
                }) + "\n"
            }
            out += "\(c.items.count) item\(c.items.count == 1 ? "" : "s"); \(c.health(f)).\n"
        }

        out += kpis()

        let window = "\(f.local(input.reference)) to \(f.local(input.upcomingEnd))"
        let posts = input.upcoming([.post, .milestone])
        out += "\n## Upcoming posts and milestones\n\n_\(window)_\n\n"
        out += Self.table(["when", "what", "campaign", "channel"], posts.map { e in
            let what = e.kind == .milestone ? "milestone \(e.title)" : e.title + (e.occurrence.map { " (\($0))" } ?? "")
            return [f.local(e.start), cell(what), cell(e.campaign.map(input.campaignTitle) ?? ""), cell(input.channelTitle(e.channel))]
        })
        let reports = input.upcoming([.report])
        out += "\n## Upcoming reports\n\n_\(window)_\n\n"
        out += Self.table(["due", "report", "by", "to"], reports.map { e in
            [f.local(e.start), "\(cell(e.title)) (`\(e.id)`)", cell(e.people.joined(separator: ", ")), cell(e.recipients.joined(separator: ", "))]
        })

        out += "\n## Problems\n\n"
        if problems.isEmpty {
            out += "None: every deadline, fixed time, window and approval holds.\n"
        } else {
            for d in problems {
                out += "- **\(d.severity.rawValue) \(d.code)** \(Self.escape(d.message)) (`\(input.position(of: d))`)\n"
            }
        }
        if !input.schedule.assertions.isEmpty {
            out += "\n## Assertions\n\n"
            for a in input.schedule.assertions {
                let mark = a.outcome == .passed ? "✅" : a.outcome == .failed ? "❌" : "❔"
                out += "- \(mark) `\(a.source)`" + (a.message.map { ": \(Self.escape($0))" } ?? "")
                if a.outcome != .passed && !a.values.isEmpty { out += " (\(Self.escape(a.values.joined(separator: "; "))))" }
                out += "\n"
            }
        }
        return out
    }

    /// The latest measurement of each KPI (tracking), when the plan has any.
    func kpis() -> String {
        let plan = input.plan
        guard !plan.measures.isEmpty else { return "" }
        let readings = GoalStanding.readings(plan, onOrBefore: plan.settings.now?.date)
        let titles = Dictionary(plan.kpis.map { ($0.id, $0.title) }, uniquingKeysWith: { a, _ in a })
        var out = "\n## KPIs\n\n_latest measurements\(plan.settings.now.map { " up to \($0.date)" } ?? "")_\n\n"
        out += Self.table(["KPI", "for", "value", "measured"], readings.map { m in
            ["\(cell(titles[m.kpi] ?? m.kpi)) (`\(m.kpi)`)", cell(m.campaign.map(input.campaignTitle) ?? "the whole plan"),
             cell(m.value.display(currency: plan.settings.currency)), m.date.description]
        })
        return out
    }

    /// Text for a table cell: escaped, on one line.
    func cell(_ s: String) -> String { Escaping.replacing(Self.escape(s)) { $0 == "|" ? "\\|" : nil } }

    /// A table with its header, or `None.` without rows.
    static func table(_ header: [String], _ rows: [[String]]) -> String {
        guard !rows.isEmpty else { return "None.\n" }
        var out = "| " + header.joined(separator: " | ") + " |\n|" + String(repeating: "---|", count: header.count) + "\n"
        for row in rows { out += "| " + row.joined(separator: " | ") + " |\n" }
        return out
    }

    /// Plan text made safe for Markdown: no line breaks, no HTML, no emphasis or links by accident
    /// (backticks stay: messages quote names as code).
    static func escape(_ s: String) -> String {
        Escaping.replacing(s) { c in
            switch c {
            case "\n", "\r": return " "
            case "<": return "&lt;"
            case ">": return "&gt;"
            case "*", "_", "[", "]", "\\": return "\\" + String(c)
            default: return nil
            }
        }
    }
}
