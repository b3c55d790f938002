import HeapModule
import PlanwerkChecking
import PlanwerkSyntax

/// How a schedule is planned.
public struct SchedulingOptions: Sendable {
    /// `--assume expected`: approval steps take their `expect` time where they give one.
    public var assumeExpected = false
    public init(assumeExpected: Bool = false) { self.assumeExpected = assumeExpected }
}

/// Turns an elaborated plan into exact times (LANGUAGE.md §5, §10): expands
/// series, books fixed-time work first, then places the ready tasks one by
/// one in levelling order at their earliest feasible start, plans approval
/// flows forward (or backward from a fixed time), reports every problem as
/// a diagnostic at its source, and computes slack per campaign. Tracking
/// lines (`Tracking/`) replace planned dates with actual ones and re-plan
/// from `now`.
public struct Scheduler {
    /// The plan; work and lags beyond ``longestWork`` are cut to it (and reported) before anything is placed.
    var plan: ElaboratedPlan
    let options: SchedulingOptions
    let calendar: WorkingCalendar
    /// The working calendars of people with one of their own; index 0 is the plan calendar.
    var calendars: [WorkingCalendar] = []
    /// Each person's calendar, as an index into ``calendars``.
    var calendarOfPerson: [Int] = []
    /// Each person's time, by index (``personIndex``): an array, so that reading one never copies it.
    var people: [PersonTimeline] = []
    var personIndex: [String: Int] = [:]
    var nodes: [SchedulingNode] = []
    var schedule: Schedule
    /// Planned approval steps by subject node, emitted in node order.
    var approvalsOfNode: [Int: [ScheduledStep]] = [:]
    /// Planned approval steps of report occurrences, in report order.
    var reportApprovals: [ScheduledStep] = []
    /// Each campaign's `start` as an instant, by campaign index.
    var campaignStartOfIndex: [Int?] = []
    var channels: [String: PlanChannel] = [:]
    var substitutes: [String: String] = [:]
    /// What the plan's `status` lines say, by subject, and `now` as an instant.
    var tracking = TrackingLedger()
    /// The instant all scheduling starts from: the plan's start (00:00), else the earliest campaign start.
    var planStart: Int
    /// The first day scheduled: the plan's start, else the earliest campaign start.
    let startDay: CivilDate
    /// The horizon as written, when it lay more than ``longestPlan`` days after the start and was cut.
    let cutHorizon: CivilDate?
    /// How many more series occurrences the plan may have (``mostOccurrences``).
    var occurrencesLeft = Scheduler.mostOccurrences

    public static func schedule(_ plan: ElaboratedPlan, options: SchedulingOptions = SchedulingOptions()) -> Schedule {
        var s = Scheduler(plan: plan, options: options)
        s.run()
        return s.schedule
    }

    init(plan: ElaboratedPlan, options: SchedulingOptions) {
        var plan = plan
        self.options = options
        let start = plan.settings.start ?? plan.campaigns.compactMap { $0.start.map(Self.day) }.min() ?? CivilDate(dayNumber: 0)
        startDay = start
        cutHorizon = Self.limitHorizon(&plan.settings, start: start)
        self.plan = plan
        let horizon = plan.settings.horizon ?? start.adding(days: 366) ?? start
        let days = (start.dayNumber - 60)...(max(horizon.dayNumber, start.dayNumber) + 400)
        calendar = WorkingCalendar(spec: plan.settings.calendar, zone: plan.settings.timeZone, days: days)
        schedule = Schedule(plan: plan, calendar: calendar)
        schedule.assumeExpected = options.assumeExpected
        planStart = calendar.instant(CivilDateTime(date: start, minute: 0))
        calendars = [calendar]
        var calendarIndex: [CalendarSpec: Int] = [:]
        for p in plan.people {
            personIndex[p.id] = people.count
            people.append(PersonTimeline(away: p.away, capacity: p.capacity))
            var own = 0
            if let spec = p.calendar {
                if let known = calendarIndex[spec] {
                    own = known
                } else {
                    own = calendars.count
                    calendarIndex[spec] = own
                    calendars.append(WorkingCalendar(spec: spec, zone: plan.settings.timeZone, days: days))
                }
            }
            calendarOfPerson.append(own)
            if let sub = p.substitute { substitutes[p.id] = sub }
        }
        for c in plan.channels { channels[c.id] = c }
    }

    static func day(_ i: PlanInstant) -> CivilDate {
        switch i {
        case .date(let d): return d
        case .dateTime(let t): return t.date
        }
    }

    mutating func run() {
        limitWork()
        buildNodes()
        collectTracking()
        let order = topologicalOrder()
        let unlevelled = unlevelledSlack(order)
        bookFixedTimes()
        scheduleReports()
        level(unlevelled)
        computeSlack(order)
        emitTasks()
        emitReworks()
        schedule.diagnostics = ProblemGrouping.group(schedule.diagnostics)
    }

    // MARK: - Time helpers

    /// An instant a plan writes: a date alone is its midnight.
    func instant(_ i: PlanInstant) -> Int { calendar.instant(i) }

    /// A deadline: a date alone means by the end of that day.
    func deadline(_ i: PlanInstant) -> Int { calendar.deadline(i) }

    /// `at`: a date alone is its first working minute.
    func fixedStart(_ i: PlanInstant) -> Int {
        switch i {
        case .date: return calendar.nextWorkingInstant(atOrAfter: instant(i))
        case .dateTime(let t): return calendar.instant(t)
        }
    }

    /// Elapsed time: days at the same local clock time, then minutes exactly.
    func adding(_ e: ElapsedTime, to t: Int) -> Int {
        var out = t
        if e.days != 0 {
            let local = calendar.local(t)
            out = calendar.instant(CivilDateTime(date: CivilDate(dayNumber: local.date.dayNumber + e.days), minute: local.minute))
        }
        return out + e.minutes
    }

    func adding(_ lag: PlanSpan?, to t: Int) -> Int {
        switch lag {
        case nil: return t
        case .elapsed(let e)?: return adding(e, to: t)
        case .working(let m)?: return calendar.advance(t, by: m)
        }
    }

    func subtracting(_ lag: PlanSpan?, from t: Int) -> Int {
        switch lag {
        case nil: return t
        case .elapsed(let e)?: return adding(ElapsedTime(days: -e.days, minutes: -e.minutes), to: t)
        case .working(let m)?: return calendar.retreat(t, by: m)
        }
    }

    /// The capacity of a person (0 for an unknown name).
    func capacity(_ person: String) -> Int { personIndex[person].map { people[$0].capacity } ?? 0 }

    /// `2026-12-09 10:00` in the plan's zone.
    func shown(_ t: Int) -> String { calendar.local(t).description }

    /// Working minutes shown as a WorkTime literal (`1bd 2bh`).
    func shownWork(_ minutes: Int) -> String { calendar.shownWork(minutes) }

    /// P0501 when `item` (node `k`) is finished at `t` after its deadline:
    /// records the lateness in working time and says `what happened` (`ends`,
    /// `publishes`, `was done`) with a `fix`.
    mutating func checkDeadline(_ k: Int, _ item: PlanItem, finishedAt t: Int, what happened: String, fix: String) {
        guard let d = item.deadline, t > deadline(d) else { return }
        let late = max(1, calendar.workingMinutes(from: deadline(d), to: t))
        nodes[k].late = late
        report(.missedDeadline, "`\(nodes[k].id)` \(happened) \(shown(t)), after its deadline \(Self.text(d)) (late by \(shownWork(late)))",
               at: item.deadlineSpan ?? item.span, help: [fix])
    }

    mutating func report(_ code: DiagnosticCode, _ message: String, at span: SourceSpan, help: [String] = []) {
        schedule.diagnostics.append(Diagnostic(code, .error, message, at: span, help: help))
    }
}
