import PlanwerkChecking
import PlanwerkScheduling

/// A Gantt chart of a schedule as text, as wide as the terminal: one row per
/// task, post, milestone and series occurrence (of one campaign, or of all),
/// in the schedule's order, with a bar from start to end on a time axis of
/// whole days in the plan's time zone.
///
/// ```text
/// Gantt of winter, 2026-11-30 .. 2026-12-18 (Europe/Berlin), one column ≈ 7h 12min
///                11-30     12-03     12-08     12-11     12-16
/// winter.brief   │██                                          │
/// winter.teaser  │                                          ◆ │
/// ```
///
/// `█` is work (from start to end), `◆` a moment (a milestone, a post).
public struct GanttChart {
    public let schedule: Schedule
    /// Only this campaign's rows, when given.
    public var campaign: String?
    /// The width to fit, in terminal columns (at least 40 are used).
    public var width: Int

    public init(schedule: Schedule, campaign: String? = nil, width: Int) {
        self.schedule = schedule
        self.campaign = campaign
        self.width = width
    }

    /// Label column: at most a third of the width, at least 10 characters.
    static let minimumWidth = 40

    public func rendered() -> String {
        let rows = schedule.tasks.filter { campaign == nil || $0.campaign == campaign }
        let subject = campaign ?? schedule.plan.settings.name
        guard let first = rows.map(\.start).min(), let last = rows.map(\.end).max() else {
            return "Gantt of \(subject): nothing is scheduled.\n"
        }
        let calendar = schedule.calendar
        let t0 = calendar.instant(CivilDateTime(date: calendar.local(first).date, minute: 0))
        let lastDay = calendar.local(last)
        let endDate = lastDay.minute == 0 && last > t0 ? lastDay.date : CivilDate(dayNumber: lastDay.date.dayNumber + 1)
        let t1 = max(calendar.instant(CivilDateTime(date: endDate, minute: 0)), t0 + 1)

        let total = max(width, Self.minimumWidth)
        let labelWidth = min(rows.map { $0.id.count }.max() ?? 0, max(10, total / 3))
        let track = total - labelWidth - 3
        func column(_ t: Int) -> Int { min(track - 1, max(0, Int((Double(t - t0) * Double(track) / Double(t1 - t0)).rounded(.down)))) }

        let perColumn = (t1 - t0 + track - 1) / track
        var out = "Gantt of \(subject), \(calendar.local(t0).date) .. \(CivilDate(dayNumber: endDate.dayNumber - 1)) "
        out += "(\(schedule.plan.settings.timeZone.identifier)), one column ≈ \(Self.shown(minutes: perColumn))\n"
        out += String(repeating: " ", count: labelWidth + 2) + ruler(from: t0, to: t1, track: track, column: column) + "\n"
        for row in rows {
            var cells = Array(repeating: Character(" "), count: track)
            if row.end > row.start {
                for c in column(row.start)...max(column(row.start), column(row.end - 1)) { cells[c] = "█" }
            } else {
                cells[column(row.start)] = "◆"
            }
            out += Self.padded(row.id, labelWidth) + " │" + String(cells) + "│\n"
        }
        return out
    }

    /// Day labels (`MM-DD`) at the columns where days begin, as many as fit without touching.
    func ruler(from t0: Int, to t1: Int, track: Int, column: (Int) -> Int) -> String {
        var cells = Array(repeating: Character(" "), count: track)
        var free = 0
        var day = schedule.calendar.local(t0).date
        while true {
            let t = schedule.calendar.instant(CivilDateTime(date: day, minute: 0))
            if t >= t1 { break }
            let c = column(t)
            let text = String(day.description.dropFirst(5))
            if c >= free && c + text.count <= track {
                for (k, ch) in text.enumerated() { cells[c + k] = ch }
                free = c + text.count + 1
            }
            day = CivilDate(dayNumber: day.dayNumber + 1)
        }
        return String(cells).replacingTrailingSpaces()
    }

    /// A label cut or padded to `width` characters.
    static func padded(_ s: String, _ width: Int) -> String {
        if s.count > width { return String(s.prefix(max(0, width - 1))) + "…" }
        return s + String(repeating: " ", count: width - s.count)
    }

    /// Minutes as plan syntax for elapsed time: `2d 4h`, `7h 12min`.
    static func shown(minutes: Int) -> String {
        Value.duration(ElapsedTime(days: minutes / 1440, minutes: minutes % 1440)).display(currency: "")
    }
}

extension String {
    /// The text without spaces at its end.
    func replacingTrailingSpaces() -> String {
        var s = self
        while s.last == " " { s.removeLast() }
        return s
    }
}
