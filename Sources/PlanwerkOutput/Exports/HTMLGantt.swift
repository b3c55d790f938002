import PlanwerkChecking
import PlanwerkScheduling

/// The Gantt chart of one campaign as inline SVG: one row per task,
/// milestone, post or post series (its occurrences on one row), bars for
/// work (red on the critical path or late), diamonds for posts and
/// milestones, a thin amber bar for each approval flow, red ticks for
/// deadlines, grey days where the plan calendar does not work, and the
/// plan's `now` as a dashed line.
struct HTMLGantt {
    let campaign: CampaignOverview
    /// The approval steps of the campaign's subjects.
    let approvals: [ScheduleEntry]
    let calendar: WorkingCalendar
    let now: Int?
    /// Ids on the campaign's critical path.
    let critical: Set<String>

    static let width = 1200.0, labelWidth = 300.0, rowHeight = 24.0, headerHeight = 34.0

    /// One row of the chart: an item, or every occurrence of a series.
    struct Row {
        var title: String
        var entries: [ScheduleEntry]
    }

    var rows: [Row] {
        var rows: [Row] = [], index: [String: Int] = [:]
        for e in campaign.items {
            let key = e.series ?? e.id
            if let i = index[key] { rows[i].entries.append(e); continue }
            index[key] = rows.count
            rows.append(Row(title: e.title, entries: [e]))
        }
        return rows
    }

    func rendered() -> String {
        guard let first = (campaign.items + approvals).map(\.start).min(),
              let last = (campaign.items + approvals).map({ max($0.end, $0.deadline ?? $0.end) }).max() else { return "" }
        let firstDay = calendar.local(first).date.dayNumber, lastDay = calendar.local(last).date.dayNumber + 1
        let t0 = dayStart(firstDay), t1 = dayStart(lastDay)
        let area = Self.width - Self.labelWidth - 16
        func x(_ t: Int) -> Double { Self.labelWidth + Double(t - t0) / Double(max(1, t1 - t0)) * area }
        let rows = self.rows
        var flows: [String: (Int, Int)] = [:]
        for a in approvals {
            guard let subject = a.subject else { continue }
            let span = flows[subject] ?? (a.start, a.end)
            flows[subject] = (min(span.0, a.start), max(span.1, a.end))
        }
        let height = Self.headerHeight + Double(rows.count) * Self.rowHeight + 8
        let n = HTMLText.number
        var svg = "<svg viewBox=\"0 0 \(n(Self.width)) \(n(height))\" role=\"img\" aria-label=\"Gantt chart of \(HTMLText.escape(campaign.title))\">\n"
        let pixelsPerDay = area / Double(lastDay - firstDay)
        svg += axis(firstDay: firstDay, lastDay: lastDay, height: height, pixelsPerDay: pixelsPerDay, x: x)
        for (i, row) in rows.enumerated() {
            let top = Self.headerHeight + Double(i) * Self.rowHeight, mid = top + Self.rowHeight / 2
            if i % 2 == 1 { svg += "<rect x=\"0\" y=\"\(n(top))\" width=\"\(n(Self.labelWidth - 4))\" height=\"\(n(Self.rowHeight))\" fill=\"#f5f7fa\"/>\n" }
            let label = row.entries.count > 1 ? "\(row.title) (×\(row.entries.count))" : row.title
            svg += "<text x=\"6\" y=\"\(n(mid + 4))\">\(HTMLText.escape(HTMLText.shortened(label, 42)))</text>\n"
            for e in row.entries {
                let tip = "<title>\(HTMLText.escape(e.id)): \(calendar.local(e.start))\(e.isInstant ? "" : " – \(calendar.local(e.end))")\(e.late.map { " (late by \(calendar.shownWork($0)))" } ?? "")</title>"
                if let (a, b) = flows[e.id] {
                    svg += "<rect x=\"\(n(x(a)))\" y=\"\(n(top + Self.rowHeight - 6))\" width=\"\(n(max(2, x(b) - x(a))))\" height=\"4\" rx=\"2\" fill=\"#f28e2b\" opacity=\"0.85\"/>\n"
                }
                let hot = e.late != nil || critical.contains(e.id)
                if e.isInstant {
                    let cx = x(e.start), r = 6.0
                    let fill = e.late != nil ? "#e15759" : e.kind == .post ? "#59a14f" : "#3e4c59"
                    svg += "<path d=\"M\(n(cx)) \(n(mid - r))L\(n(cx + r)) \(n(mid))L\(n(cx)) \(n(mid + r))L\(n(cx - r)) \(n(mid))Z\" fill=\"\(fill)\">\(tip)</path>\n"
                } else {
                    let left = x(e.start), w = max(2, x(e.end) - left)
                    svg += "<rect x=\"\(n(left))\" y=\"\(n(top + 5))\" width=\"\(n(w))\" height=\"\(n(Self.rowHeight - 12))\" rx=\"3\" fill=\"\(hot ? "#e15759" : "#4e79a7")\">\(tip)</rect>\n"
                }
                if let d = e.deadline {
                    svg += "<line x1=\"\(n(x(d)))\" y1=\"\(n(top + 2))\" x2=\"\(n(x(d)))\" y2=\"\(n(top + Self.rowHeight - 2))\" stroke=\"#a61b1b\" stroke-width=\"2\"/>\n"
                }
            }
        }
        if let now, now >= t0, now <= t1 {
            svg += "<line x1=\"\(n(x(now)))\" y1=\"16\" x2=\"\(n(x(now)))\" y2=\"\(n(height - 8))\" stroke=\"#243b53\" stroke-dasharray=\"4 3\"/>\n"
            svg += "<text x=\"\(n(x(now) + 3))\" y=\"\(n(height - 10))\" font-weight=\"bold\">now</text>\n"
        }
        return svg + "</svg>\n"
    }

    /// The time axis: days off, week lines and month labels while a day is
    /// at least a pixel wide; over a longer span (a post dated in the year
    /// 9423 by a slip of the keyboard) a line and a label every few years
    /// instead, so that the chart's size does not grow with its span.
    func axis(firstDay: Int, lastDay: Int, height: Double, pixelsPerDay: Double, x: (Int) -> Double) -> String {
        let n = HTMLText.number
        var svg = ""
        guard pixelsPerDay >= 1 else {
            let yearWidth = pixelsPerDay * 365.2425
            let step = Self.yearSteps.first { Double($0) * yearWidth >= Self.labelSpacing } ?? Self.yearSteps.last!
            let first = CivilDate(dayNumber: firstDay)
            svg += "<text x=\"\(n(x(dayStart(firstDay)) + 2))\" y=\"12\" font-weight=\"bold\">\(Self.monthNames[first.month - 1]) \(first.year)</text>\n"
            var year = (first.year / step + 1) * step
            while let date = CivilDate(year: year, month: 1, day: 1), date.dayNumber < lastDay {
                let left = x(dayStart(date.dayNumber))
                svg += "<line x1=\"\(n(left))\" y1=\"16\" x2=\"\(n(left))\" y2=\"\(n(height - 8))\" stroke=\"#d9e2ec\"/>\n"
                svg += "<text class=\"axis\" x=\"\(n(left + 2))\" y=\"29\">\(year)</text>\n"
                year += step
            }
            return svg
        }
        for day in firstDay..<lastDay {
            let date = CivilDate(dayNumber: day)
            let left = x(dayStart(day)), right = x(dayStart(day + 1))
            if !calendar.spec.isWorkingDay(date) {
                svg += "<rect x=\"\(n(left))\" y=\"\(n(Self.headerHeight))\" width=\"\(n(right - left))\" height=\"\(n(height - Self.headerHeight - 8))\" fill=\"#eef2f6\"/>\n"
            }
            if date.weekday == .mon || day == firstDay {
                svg += "<line x1=\"\(n(left))\" y1=\"16\" x2=\"\(n(left))\" y2=\"\(n(height - 8))\" stroke=\"#d9e2ec\"/>\n"
                if pixelsPerDay * 7 >= 34 { svg += "<text class=\"axis\" x=\"\(n(left + 2))\" y=\"29\">\(date.day).\(date.month).</text>\n" }
            }
            // The first day's month is named only when the next month is not a week away.
            if date.day == 1 || day == firstDay && date.day <= 21 {
                svg += "<text x=\"\(n(left + 2))\" y=\"12\" font-weight=\"bold\">\(Self.monthNames[date.month - 1]) \(date.year)</text>\n"
            }
        }
        return svg
    }

    /// Years between labels on a long axis, the first that leaves ``labelSpacing`` pixels between labels.
    static let yearSteps = [1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000, 5000, 10000]
    static let labelSpacing = 40.0

    func dayStart(_ day: Int) -> Int { calendar.instant(CivilDateTime(date: CivilDate(dayNumber: day), minute: 0)) }

    static let monthNames = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
}
