import PlanwerkChecking
import PlanwerkScheduling

/// `export --format ics`: an iCalendar file (RFC 5545) with one VEVENT per
/// task, post, milestone, series occurrence, approval step, report
/// preparation and report occurrence.
///
/// - UIDs are the entry's dotted id and the plan's name
///   (`winter.teaser.step2@csmo-department.planwerk`), so re-importing an
///   updated plan updates its events instead of doubling them.
/// - DTSTAMP is the plan's `now`, else its start (midnight), never the
///   clock: the same plan gives the same bytes.
/// - Times are local wall-clock times with `TZID` and a VTIMEZONE holding the
///   zone's real changes of offset (``ICSTimeZone``); a plan in `UTC` uses
///   UTC times (`…Z`) and no VTIMEZONE, and so does an instant in the second
///   run of the hour the clock turns back, which a local time cannot name.
/// - Posts, milestones and report due times take no time: they have a
///   DTSTART and no DTEND (RFC 5545 §3.6.1).
public struct ICSExport {
    public let input: ExportInput

    public init(_ input: ExportInput) { self.input = input }

    public func rendered() -> String {
        let settings = input.plan.settings
        let calendar = input.schedule.calendar
        let zone = settings.timeZone
        let utc = zone.identifier == "UTC" || zone.identifier == "GMT"
        var lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Planwerk//Planwerk plan export//EN", "CALSCALE:GREGORIAN",
                     "METHOD:PUBLISH", "X-WR-CALNAME:" + ICSText.escape(settings.name), "X-WR-TIMEZONE:" + ICSText.escape(zone.identifier)]
        if !utc, let first = input.entries.map(\.start).min(), let last = input.entries.map(\.end).max() {
            lines += ICSTimeZone(zone: zone, from: first, to: last).lines
        }
        let stamp = "DTSTAMP:" + ICSText.utc(input.reference)
        let domain = Self.domain(settings.name)
        func time(_ name: String, _ t: Int) -> String {
            let local = calendar.local(t)
            // A wall-clock time shown twice (the hour the clock turns back) names its first instant; the second is written in UTC.
            if utc || zone.utcMinutes(of: local) != t { return "\(name):" + ICSText.utc(t) }
            return "\(name);TZID=\(zone.identifier):" + ICSText.local(local)
        }
        for e in input.entries {
            lines += ["BEGIN:VEVENT", "UID:" + ICSText.escape("\(e.id)@\(domain)"), stamp, time("DTSTART", e.start)]
            if e.end > e.start { lines.append(time("DTEND", e.end)) }
            lines.append("SUMMARY:" + ICSText.escape(summary(e)))
            lines.append("DESCRIPTION:" + ICSText.escape(description(e)))
            if e.kind == .post { lines.append("LOCATION:" + ICSText.escape(input.channelTitle(e.channel))) }
            lines.append("CATEGORIES:" + ICSText.escape(e.kind.rawValue))
            lines.append("TRANSP:" + (e.kind == .task || e.kind == .preparation ? "OPAQUE" : "TRANSPARENT"))
            lines.append("END:VEVENT")
        }
        lines.append("END:VCALENDAR")
        return lines.map(ICSText.line).joined()
    }

    /// What a calendar shows as the event's name.
    func summary(_ e: ScheduleEntry) -> String {
        switch e.kind {
        case .task: return e.title
        case .milestone: return "Milestone: \(e.title)"
        case .post: return "Post: \(e.title) (\(input.channelTitle(e.channel)))"
        case .approval: return "Approval \"\(e.title)\" of \(e.subject ?? "")"
        case .preparation: return "Prepare: \(e.title) #\(e.occurrence ?? 0)"
        case .report: return "Report due: \(e.title) #\(e.occurrence ?? 0)"
        }
    }

    /// The event's details: what it is, who does it, lateness.
    func description(_ e: ScheduleEntry) -> String {
        let f = input.time
        var parts = ["\(e.kind.rawValue) \(e.id)"]
        if let c = e.campaign { parts.append("campaign: \(input.campaignTitle(c)) (\(c))") }
        if !e.people.isEmpty {
            parts.append((e.kind == .approval ? "decided by: " : e.kind == .report || e.kind == .preparation ? "by: " : "assigned: ")
                         + e.people.joined(separator: ", "))
        }
        if !e.recipients.isEmpty { parts.append("to: " + e.recipients.joined(separator: ", ")) }
        if let d = e.deadline { parts.append("deadline: \(f.deadline(d))") }
        if let late = e.late { parts.append("LATE by \(f.work(late))") }
        if let to = e.escalatedTo { parts.append("escalated to: " + to.joined(separator: ", ")) }
        return parts.joined(separator: "\n")
    }

    /// The UID's domain part: the plan's name, made of letters, digits, `-` and `.`.
    static func domain(_ name: String) -> String {
        let safe = String(name.unicodeScalars.map { c -> Character in
            c.properties.isAlphabetic && c.isASCII || ("0"..."9").contains(c) || c == "-" || c == "." ? Character(c) : "-"
        })
        return (safe.isEmpty ? "plan" : safe) + ".planwerk"
    }
}
