import PlanwerkChecking
import PlanwerkScheduling
import PlanwerkSyntax

/// `export --format html`: one self-contained page (inline CSS and SVG, no
/// scripts, nothing loaded from the network) with a summary, a Gantt chart
/// per campaign, the approval chains, the report calendar, the problems and
/// the assertions.
public struct HTMLReport {
    public let input: ExportInput

    public init(_ input: ExportInput) { self.input = input }

    public func rendered() -> String {
        let s = input.plan.settings
        let e = HTMLText.escape
        var facts = ["time zone \(s.timeZone.identifier)"]
        if let start = s.start { facts.append("start \(start)") }
        if let horizon = s.horizon { facts.append("horizon \(horizon)") }
        facts.append(s.now.map { "as of \($0)" } ?? "as planned")
        var out = """
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(e(s.name)) – Planwerk</title>
            <style>
            \(HTMLStyle.css)
            </style>
            </head>
            <body>
            <header><h1>\(e(s.name))</h1><p>\(e(facts.joined(separator: " · ")))</p></header>
            <main>

            """
        out += summary()
        out += campaigns()
        out += kpis()
        out += approvalChains()
        out += reportCalendar()
        out += problems()
        out += "</main>\n</body>\n</html>\n"
        return out
    }

    func summary() -> String {
        let count = { (k: ScheduleEntry.Kind) in self.input.entries.filter { $0.kind == k }.count }
        let errors = input.problems.filter { $0.severity == .error }.count
        let failed = input.schedule.assertions.filter { $0.outcome != .passed }.count
        let cards: [(String, String, String)] = [
            (String(input.plan.campaigns.count), "campaigns", ""), (String(count(.task)), "tasks", ""),
            (String(count(.post)), "posts", ""), (String(count(.milestone)), "milestones", ""),
            (String(count(.approval)), "approval steps", ""), (String(count(.report)), "report dates", ""),
            (String(errors), "problems", errors == 0 ? "good" : "bad"),
            ("\(input.schedule.assertions.count - failed)/\(input.schedule.assertions.count)", "assertions hold", failed == 0 ? "good" : "bad"),
        ]
        return "<div class=\"cards\">" + cards.map { "<div class=\"card \($0.2)\"><b>\($0.0)</b><span>\($0.1)</span></div>" }.joined() + "</div>\n"
    }

    func campaigns() -> String {
        let f = input.time, e = HTMLText.escape
        let calendar = input.schedule.calendar
        let now = input.plan.settings.now.map { calendar.instant($0) }
        var out = ""
        for c in CampaignOverview.all(input) {
            out += "<section id=\"campaign-\(e(c.id))\">\n<h2>\(e(c.title)) <code>\(e(c.id))</code></h2>\n"
            var meta = ["owner " + (c.owners.isEmpty ? "–" : c.owners.joined(separator: ", "))]
            if let start = c.start, let end = c.end { meta.append("\(f.local(start)) → \(f.local(end))") }
            if let budget = c.budget { meta.append("budget \(budget)") }
            out += "<p class=\"meta\">\(e(meta.joined(separator: " · "))) <span class=\"status\(c.late.isEmpty ? "" : " late")\">\(e(c.phase + ", " + c.health(f)))</span></p>\n"
            if !c.goals.isEmpty { out += "<ul class=\"goals\">" + c.goals.map { "<li>\(e($0))</li>" }.joined() + "</ul>\n" }
            let steps = input.entries.filter { $0.kind == .approval && $0.campaign == c.id }
            let critical = Set(input.schedule.criticalPath(of: c.id).map(\.id))
            out += HTMLGantt(campaign: c, approvals: steps, calendar: calendar, now: now, critical: critical).rendered()
            out += "<div class=\"legend\"><span><i style=\"background:#4e79a7\"></i>work</span><span><i style=\"background:#e15759\"></i>critical or late</span>"
            out += "<span><i style=\"background:#59a14f\"></i>post</span><span><i style=\"background:#3e4c59\"></i>milestone</span>"
            out += "<span><i style=\"background:#f28e2b\"></i>approval</span><span><i style=\"background:#a61b1b;width:3px\"></i>deadline</span>"
            out += "<span><i style=\"background:#eef2f6\"></i>day off</span></div>\n</section>\n"
        }
        return out
    }

    /// The latest measurement of each KPI (tracking), when the plan has any.
    func kpis() -> String {
        let plan = input.plan, e = HTMLText.escape
        guard !plan.measures.isEmpty else { return "" }
        let titles = Dictionary(plan.kpis.map { ($0.id, $0.title) }, uniquingKeysWith: { a, _ in a })
        var out = "<section id=\"kpis\">\n<h2>KPIs</h2>\n<table>\n<tr><th>KPI</th><th>for</th><th>value</th><th>measured</th></tr>\n"
        for m in GoalStanding.readings(plan, onOrBefore: plan.settings.now?.date) {
            out += "<tr><td>\(e(titles[m.kpi] ?? m.kpi)) <code>\(e(m.kpi))</code></td><td>\(e(m.campaign.map(input.campaignTitle) ?? "the whole plan"))</td>"
            out += "<td>\(e(m.value.display(currency: plan.settings.currency)))</td><td>\(m.date)</td></tr>\n"
        }
        return out + "</table>\n</section>\n"
    }

    /// One row per subject of an approval flow; the occurrences of a series
    /// share a row: the steps of the first, then when each one's flow runs.
    func approvalChains() -> String {
        let e = HTMLText.escape
        let seriesOf = Dictionary(input.entries.compactMap { x in x.series.map { (x.id, $0) } }, uniquingKeysWith: { a, _ in a })
        let titles = Dictionary(input.entries.map { ($0.id, $0.title) }, uniquingKeysWith: { a, _ in a })
        var rows: [String] = [], subjects: [String: [String]] = [:], steps: [String: [ScheduleEntry]] = [:]
        for a in input.entries where a.kind == .approval {
            guard let s = a.subject else { continue }
            let row = seriesOf[s] ?? s
            if subjects[row] == nil { rows.append(row) }
            if steps[s] == nil { subjects[row, default: []].append(s) }
            steps[s, default: []].append(a)
        }
        var out = "<section id=\"approvals\">\n<h2>Approval chains</h2>\n"
        guard !rows.isEmpty else { return out + "<p class=\"none\">No approvals.</p>\n</section>\n" }
        out += "<table>\n<tr><th>subject</th><th>steps</th></tr>\n"
        for row in rows {
            let members = subjects[row]!
            let all = steps[members[0]]!, lastRound = all.map(\.round).max() ?? 1
            let first = all.filter { $0.round == lastRound }.sorted { ($0.step ?? 0, $0.start) < ($1.step ?? 0, $1.start) }
            let series = members.count > 1 || seriesOf[members[0]] != nil
            let chain = first.map { a in
                let who = a.people.isEmpty ? "nobody eligible" : a.people.joined(separator: ", ")
                let escalated = a.escalatedTo.map { " → " + $0.joined(separator: ", ") } ?? ""
                let when = series ? "" : " · \(short(a.start)) → \(short(a.end))"
                return "<span class=\"step\">\(a.step ?? 0). \(e(a.title)) <small>\(e(who + escalated))\(e(when))</small></span>"
            }.joined(separator: "<span class=\"arrow\">→</span>")
            let title = titles[members[0]] ?? row
            out += "<tr><td>\(e(title)) <code>\(e(row))</code>\(series ? " <small>×\(members.count)</small>" : "")</td><td><div class=\"chain\">\(chain)</div>"
            if series {
                let runs = members.map { m -> String in
                    let list = steps[m]!
                    return "#\(m.split(separator: "#").last ?? "") \(short(list.map(\.start).min()!)) → \(short(list.map(\.end).max()!))"
                }
                out += "<small class=\"runs\">\(e(runs.joined(separator: " · ")))</small>"
            }
            out += "</td></tr>\n"
        }
        return out + "</table>\n</section>\n"
    }

    /// `7.12. 09:00`: a day and time, short enough for a chip.
    func short(_ t: Int) -> String {
        let l = input.schedule.calendar.local(t)
        return "\(l.date.day).\(l.date.month). \(l.time)"
    }

    /// One row per report, one column per month, the due days in the cells.
    func reportCalendar() -> String {
        let e = HTMLText.escape
        let calendar = input.schedule.calendar
        let due = input.entries.filter { $0.kind == .report }
        var out = "<section id=\"reports\">\n<h2>Report calendar</h2>\n"
        guard let first = due.first, let last = due.last else { return out + "<p class=\"none\">No reports.</p>\n</section>\n" }
        let a = calendar.local(first.start).date, b = calendar.local(last.start).date
        var months: [(Int, Int)] = []
        var (y, m) = (a.year, a.month)
        while (y, m) <= (b.year, b.month) {
            months.append((y, m))
            (y, m) = m == 12 ? (y + 1, 1) : (y, m + 1)
        }
        var reports: [String] = [], byReport: [String: [ScheduleEntry]] = [:]
        for r in due {
            let key = r.series ?? r.id
            if byReport[key] == nil { reports.append(key) }
            byReport[key, default: []].append(r)
        }
        out += "<table>\n<tr><th>report</th>" + months.map { "<th>\(HTMLGantt.monthNames[$0.1 - 1]) \($0.0)</th>" }.joined() + "</tr>\n"
        for key in reports {
            let list = byReport[key]!
            let head = list[0]
            out += "<tr><td>\(e(head.title)) <code>\(e(key))</code><br><small>by \(e(head.people.joined(separator: ", "))) to \(e(head.recipients.joined(separator: ", ")))</small></td>"
            // Each occurrence converted once, then grouped by month: a long series
            // must not cost months × occurrences.
            var byMonth: [Int: [CivilDateTime]] = [:]
            for occurrence in list {
                let local = calendar.local(occurrence.start)
                byMonth[local.date.year * 12 + local.date.month, default: []].append(local)
            }
            for (y, m) in months {
                let days = byMonth[y * 12 + m] ?? []
                out += "<td>" + days.map { "<span class=\"day\" title=\"\(e($0.description))\">\($0.date.day)</span>" }.joined() + "</td>"
            }
            out += "</tr>\n"
        }
        return out + "</table>\n</section>\n"
    }

    func problems() -> String {
        let e = HTMLText.escape
        var out = "<section id=\"problems\">\n<h2>Problems</h2>\n"
        let problems = input.problems
        if problems.isEmpty { out += "<p class=\"ok\">No problems: every deadline, fixed time, window and approval holds.</p>\n" }
        for d in problems {
            out += "<div class=\"problem \(d.severity.rawValue)\"><b>\(d.severity.rawValue) \(d.code)</b> \(e(d.message)) <code>\(e(input.position(of: d)))</code>"
            for h in d.notes { out += "<br><small>note: \(e(h))</small>" }
            for h in d.help { out += "<br><small>help: \(e(h))</small>" }
            out += "</div>\n"
        }
        if !input.schedule.assertions.isEmpty {
            out += "<h3>Assertions</h3>\n<ul>\n"
            for a in input.schedule.assertions {
                let cls = a.outcome == .passed ? "ok" : "failed"
                let mark = a.outcome == .passed ? "✓" : a.outcome == .failed ? "✗" : "?"
                var line = "<li class=\"\(cls)\">\(mark) <code>\(e(a.source))</code>"
                if let m = a.message { line += " – \(e(m))" }
                if a.outcome != .passed && !a.values.isEmpty { line += " (\(e(a.values.joined(separator: "; "))))" }
                out += line + "</li>\n"
            }
            out += "</ul>\n"
        }
        return out + "</section>\n"
    }
}
