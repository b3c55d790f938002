import PlanwerkChecking
import PlanwerkScheduling
import PlanwerkSyntax

/// What every export reads: the schedule, its flat entries, the diagnostics
/// found on the way and the source files they point into.
public struct ExportInput: Sendable {
    public let schedule: Schedule
    /// ``ScheduleEntries/of(_:)`` of the schedule, in time order.
    public let entries: [ScheduleEntry]
    /// Checking and scheduling diagnostics, failed assertions included.
    public let diagnostics: [Diagnostic]
    public let sources: [String: SourceFile]
    public let time: TimeFormat

    public init(schedule: Schedule, diagnostics: [Diagnostic], sources: [String: SourceFile]) {
        self.schedule = schedule
        self.entries = ScheduleEntries.of(schedule)
        self.diagnostics = diagnostics
        self.sources = sources
        self.time = TimeFormat(calendar: schedule.calendar)
    }

    public var plan: ElaboratedPlan { schedule.plan }

    /// The diagnostics to list as problems: everything but failed assertions
    /// (which are listed with the assertions), in reading order.
    public var problems: [Diagnostic] {
        diagnostics.filter { $0.code != .assertionFailed }.sortedForDisplay()
    }

    /// `plan.plan:3:41`, or the file alone when its text is not known.
    public func position(of d: Diagnostic) -> String {
        ProblemLine.position(of: d, sources: sources)
    }

    /// A channel's title, or its id.
    public func channelTitle(_ id: String?) -> String {
        guard let id else { return "" }
        return plan.channels.first { $0.id == id }?.title ?? id
    }

    /// A campaign's title, or its id.
    public func campaignTitle(_ id: String) -> String {
        plan.campaigns.first { $0.id == id }?.title ?? id
    }

    /// How many days ahead reports list what is upcoming.
    public static let upcomingDays = 28

    /// The end of the upcoming window: ``upcomingDays`` calendar days after ``reference``, at the same clock time.
    public var upcomingEnd: Int {
        let local = schedule.calendar.local(reference)
        return schedule.calendar.instant(CivilDateTime(date: CivilDate(dayNumber: local.date.dayNumber + Self.upcomingDays), minute: local.minute))
    }

    /// The entries of these kinds that fall due from ``reference`` up to ``upcomingEnd``, in time order.
    public func upcoming(_ kinds: Set<ScheduleEntry.Kind>) -> [ScheduleEntry] {
        let from = reference, to = upcomingEnd
        return entries.filter { kinds.contains($0.kind) && $0.end >= from && $0.end < to }
    }

    /// The moment "upcoming" counts from: the plan's `now` (or `--now`), else its start, else its first entry.
    public var reference: Int {
        if let now = plan.settings.now { return schedule.calendar.instant(now) }
        if let start = plan.settings.start { return schedule.calendar.instant(.date(start)) }
        return entries.first?.start ?? 0
    }
}

/// One diagnostic on one line, as the agenda and the reports list problems:
/// `plan.plan:3:41: error[P0501]: message`.
public enum ProblemLine {
    public static func position(of d: Diagnostic, sources: [String: SourceFile]) -> String {
        sources[d.span.file].map { "\(d.span.file):\($0.location(of: d.span.range.start))" } ?? d.span.file
    }

    public static func text(of d: Diagnostic, sources: [String: SourceFile]) -> String {
        "\(position(of: d, sources: sources)): \(d.severity.rawValue)[\(d.code)]: \(d.message)"
    }
}
