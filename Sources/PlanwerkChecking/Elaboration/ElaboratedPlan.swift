import Foundation
import PlanwerkSyntax

/// The checked plan with every template instantiated, every clause
/// evaluated and every name resolved to a dotted id: what the scheduler
/// works from. Built by ``Elaborator`` from a module graph that checked
/// without errors; arrays keep declaration order (depth-first import order,
/// template items at the instantiation site).
public struct ElaboratedPlan: Sendable {
    public var settings: ElaboratedSettings
    /// Errors that only evaluating the clauses finds (``Elaborator/definiteFailures``:
    /// overflow, division by zero, a date past 9999): the clause is left out, so the
    /// scheduler reports them with its problems.
    public var diagnostics: [Diagnostic] = []
    public var people: [PlanPerson] = []
    public var teams: [PlanTeam] = []
    public var channels: [PlanChannel] = []
    public var kpis: [PlanKpi] = []
    public var campaigns: [PlanCampaign] = []
    /// Tasks, posts and milestones of every campaign, campaign by campaign.
    public var items: [PlanItem] = []
    public var reports: [PlanReport] = []
    public var assertions: [PlanAssertion] = []
    /// Tracking lines (`status`, `measure`) of every loaded file, in order.
    public var statuses: [PlanStatus] = []
    public var measures: [PlanMeasure] = []
    /// Members known from the plan by entity id (`t.lead`, `c.budget`, `plan.campaigns`), for evaluating after scheduling.
    public var knownMembers: [String: [String: Value]] = [:]
}

/// The root file's settings, evaluated (LANGUAGE.md §2, §10).
public struct ElaboratedSettings: Sendable {
    /// The plan's name: the root file's name without `.plan`.
    public var name: String
    public var start: CivilDate?
    public var horizon: CivilDate?
    /// Where the root file sets `horizon`, for messages about it.
    public var horizonSpan: SourceSpan? = nil
    public var timeZone: any TimeZoneRules
    public var currency: String
    public var now: CivilDateTime?
    /// The plan calendar (the `calendar NAME` setting, else `standard`).
    public var calendar: CalendarSpec
}

/// A working calendar as declared: weekdays, the hours of a working day, holidays.
public struct CalendarSpec: Sendable, Hashable {
    public var weekdays: Set<Weekday>
    /// Ranges of the day in minutes, sorted, not overlapping.
    public var hours: [ClockSpan]
    /// Day numbers (``CivilDate/dayNumber``) that are holidays.
    public var holidays: [ClosedRange<Int>]

    public init(weekdays: Set<Weekday>, hours: [ClockSpan], holidays: [ClosedRange<Int>]) {
        self.weekdays = weekdays; self.hours = hours; self.holidays = holidays
    }

    /// Monday to Friday, 09:00..17:00, no holidays.
    public static let standard = CalendarSpec(weekdays: [.mon, .tue, .wed, .thu, .fri], hours: [.standardHours], holidays: [])

    /// The length of a business day (`1bd`) in minutes.
    public var businessDayMinutes: Int { hours.reduce(0) { $0 + $1.minutes } }

    /// Whether the date is a working day: one of the weekdays and no holiday.
    public func isWorkingDay(_ date: CivilDate) -> Bool {
        weekdays.contains(date.weekday) && !holidays.contains { $0.contains(date.dayNumber) }
    }
}

/// A person: id, title, team, how much of their time goes to plan work, and absences.
public struct PlanPerson: Sendable, Hashable {
    public var id: String
    public var title: String
    public var team: String?
    /// Capacity in basis points of a percent: 100% is 10_000.
    public var capacity: Int
    /// Days away, as day numbers.
    public var away: [ClosedRange<Int>]
    public var substitute: String?
    public var span: SourceSpan
    /// The person's own working calendar (`calendar NAME` in their block, else
    /// in their team's); nil for the plan calendar. Their effort is done in it.
    public var calendar: CalendarSpec? = nil
}

/// A team: its members in declaration order and its lead.
public struct PlanTeam: Sendable, Hashable {
    public var id: String
    public var title: String
    public var lead: String?
    public var members: [String]
}

/// A channel and the window in which it publishes.
public struct PlanChannel: Sendable, Hashable {
    public var id: String
    public var title: String
    public var limit: Int?
    /// Publishing days and hours; nil when the channel has no `window`.
    public var window: ChannelWindow?
}

/// `window mon..fri 08:00..20:00`: weekdays and, if given, hours.
public struct ChannelWindow: Sendable, Hashable {
    public var weekdays: Set<Weekday>
    /// Empty means the whole day.
    public var hours: [ClockSpan]
}

/// A KPI: its id and the title reports show.
public struct PlanKpi: Sendable, Hashable {
    public var id: String
    public var title: String
}

/// A campaign, declared or made from a template.
public struct PlanCampaign: Sendable, Hashable {
    public var id: String
    public var title: String
    public var owner: [String]
    public var start: PlanInstant?
    public var budget: Decimal?
    /// Indices into ``ElaboratedPlan/items``.
    public var items: [Int]
    public var goals: [PlanGoal]
    public var span: SourceSpan
}

/// `goal KPI OP VALUE`.
public struct PlanGoal: Sendable, Hashable {
    public var kpi: String
    public var op: BinaryOperator
    public var target: Value
    public var span: SourceSpan
}

/// A point in time as a plan writes it: a wall-clock time, or a date alone.
public enum PlanInstant: Sendable, Hashable {
    case dateTime(CivilDateTime)
    /// A date without a time; what it means depends on the clause (a start: the day's first working minute; a deadline: the end of the day).
    case date(CivilDate)
}

/// Time a task takes or a lag adds.
public enum PlanSpan: Sendable, Hashable {
    /// `d`, `w`, `h`, `min`: elapsed time.
    case elapsed(ElapsedTime)
    /// `bd`, `bh`: working minutes on the calendar.
    case working(Int)
}

/// How a task takes time (LANGUAGE.md §2 "Work").
public enum PlanWork: Sendable, Hashable {
    case none
    /// Working minutes on the calendar.
    case length(Int)
    case duration(ElapsedTime)
    /// Person-work in working minutes, shared by the assignees.
    case effort(Int)
}

/// One predecessor in `after`.
public struct PlanDependency: Sendable, Hashable {
    /// An item id, or a campaign id (its last end).
    public var target: String
    public var targetIsCampaign: Bool
    public var lag: PlanSpan?
    public var span: SourceSpan
}

/// A task, post or milestone with everything the scheduler needs.
public struct PlanItem: Sendable, Hashable {
    public var id: String
    public var kind: ItemKind
    public var title: String
    public var campaign: String
    public var work: PlanWork = .none
    public var after: [PlanDependency] = []
    public var at: PlanInstant?
    public var atSpan: SourceSpan?
    public var earliest: PlanInstant?
    public var deadline: PlanInstant?
    public var deadlineSpan: SourceSpan?
    public var priority: Int = 500
    public var assignees: [String] = []
    public var channel: String?
    public var text: String?
    public var approval: ApprovalInstance?
    /// The `every` rule of a post series, with its evaluated modifiers.
    public var series: SeriesSpec?
    /// The item's name in its declaration.
    public var span: SourceSpan
}

/// An `every …` clause and the values of its modifier expressions, keyed
/// by each expression's source range (so the scheduler can build its rule).
public struct SeriesSpec: Sendable, Hashable {
    public var syntax: Recurrence
    public var values: [SourceRange: Value]
    public var span: SourceSpan
}

/// A report: its series, recipients, author, preparation and approval.
public struct PlanReport: Sendable, Hashable {
    public var id: String
    public var title: String
    public var series: SeriesSpec?
    public var to: [String]
    public var by: [String]
    /// Preparation work in working minutes, booked before each due time.
    public var effort: Int?
    public var approval: ApprovalInstance?
    public var kpis: [String]
    public var covers: [String]
    public var span: SourceSpan
}

/// `assert CONDITION ["message"]`, evaluated after scheduling in its module.
public struct PlanAssertion: Sendable, Hashable {
    public var condition: Expr
    public var message: String?
    public var module: ModuleID
    public var span: SourceSpan
}

/// A `status` tracking line, evaluated: which item (and occurrence), and what happened.
public struct PlanStatus: Sendable, Hashable {
    /// The item's id, or a report's id.
    public var target: String
    /// The occurrence number for `series[n]`.
    public var occurrence: Int?
    public var update: PlanStatusUpdate
    /// The whole line.
    public var span: SourceSpan
    /// Parts of the line diagnostics point at: the task, the time (`done T`, `as of T`, a decision's T),
    /// the percentage, the step's label, the person who decided.
    public var targetSpan: SourceSpan? = nil
    public var timeSpan: SourceSpan? = nil
    public var valueSpan: SourceSpan? = nil
    public var labelSpan: SourceSpan? = nil
    public var personSpan: SourceSpan? = nil
}

/// What a status line records.
public enum PlanStatusUpdate: Sendable, Hashable {
    case done(PlanInstant)
    case started(PlanInstant)
    /// Progress in basis points of a percent, and when it was measured.
    case progress(Int, asOf: PlanInstant?)
    case step(label: String, decision: StepDecision, by: String, at: PlanInstant)
}

/// `measure [CAMPAIGN.]KPI DATE = VALUE`.
public struct PlanMeasure: Sendable, Hashable {
    public var campaign: String?
    public var kpi: String
    public var date: CivilDate
    public var value: Value
    public var span: SourceSpan
    /// The measurement's date, for diagnostics.
    public var dateSpan: SourceSpan? = nil
}
