import PlanwerkSyntax

/// What the ``Evaluator`` needs to know about the plan around an expression:
/// the values of names and members, the plan's currency, time zone and
/// working calendar. The checker implements it over its namespaces; after
/// scheduling, the scheduler's view answers `x.start` too.
///
/// Every requirement but ``value(ofName:)`` has a default: currency `EUR`,
/// zone `UTC`, and the built-in `standard` calendar (Monday to Friday,
/// 09:00..17:00, no holidays; a business day is 480 minutes).
public protocol EvaluationEnvironment {
    /// The value of a name in scope (a `let`, a person, a campaign, a template
    /// argument), or nil when it is not known at check time.
    func value(ofName name: String) -> Value?
    /// The value of `entity.name` (`winter.budget`, `winter.brief`,
    /// `x.start`), or nil when it is known only later (after scheduling).
    func member(_ name: String, of entity: EntityReference) -> Value?
    /// The plan's ISO 4217 currency code; money literals in any other are an error.
    var currency: String { get }
    /// The length of a business day (`1bd`) in minutes: the sum of the plan calendar's `hours`.
    var businessDayMinutes: Int { get }
    /// The plan's time zone, for elapsed time across daylight-saving changes.
    var timeZone: any TimeZoneRules { get }
    /// Whether a date is a working day of the plan calendar (its weekdays, minus holidays).
    func isWorkingDay(_ date: CivilDate) -> Bool
    /// The working hours of a date on the plan calendar, in order, not overlapping; none on a day off.
    func workingHours(on date: CivilDate) -> [ClockSpan]
    /// The type the checker inferred for an expression, if it recorded one;
    /// the evaluator asks only to find the zero of an empty `sum`.
    func inferredType(of expr: Expr) -> PlanType?
}

extension EvaluationEnvironment {
    public func member(_ name: String, of entity: EntityReference) -> Value? { nil }
    public var currency: String { "EUR" }
    public var businessDayMinutes: Int { 480 }
    public var timeZone: any TimeZoneRules { FixedOffsetZone.utc }
    public func isWorkingDay(_ date: CivilDate) -> Bool { date.weekday < .sat }
    public func workingHours(on date: CivilDate) -> [ClockSpan] { isWorkingDay(date) ? [.standardHours] : [] }
    public func inferredType(of expr: Expr) -> PlanType? { nil }

    /// Local time minus UTC in minutes at a wall-clock time of the plan's zone.
    public func utcOffsetMinutes(at local: CivilDateTime) -> Int { timeZone.utcOffsetMinutes(at: local) }
}

/// An environment of fixed values: names, members, and a calendar given as
/// weekdays, hours and holidays. For the REPL before a plan is loaded, for
/// tests, and for anything evaluated apart from a plan.
public struct FixedEnvironment: EvaluationEnvironment, Sendable {
    public var names: [String: Value]
    public var members: [EntityReference: [String: Value]]
    public var currency: String
    public var timeZone: any TimeZoneRules
    public var weekdays: Set<Weekday>
    public var hours: [ClockSpan]
    public var holidays: Set<CivilDate>

    public init(names: [String: Value] = [:], members: [EntityReference: [String: Value]] = [:], currency: String = "EUR",
                timeZone: any TimeZoneRules = FixedOffsetZone.utc, weekdays: Set<Weekday> = [.mon, .tue, .wed, .thu, .fri],
                hours: [ClockSpan] = [.standardHours], holidays: Set<CivilDate> = []) {
        self.names = names
        self.members = members
        self.currency = currency
        self.timeZone = timeZone
        self.weekdays = weekdays
        self.hours = hours
        self.holidays = holidays
    }

    public func value(ofName name: String) -> Value? { names[name] }
    public func member(_ name: String, of entity: EntityReference) -> Value? { members[entity]?[name] }
    public var businessDayMinutes: Int { hours.reduce(0) { $0 + $1.minutes } }
    public func isWorkingDay(_ date: CivilDate) -> Bool { weekdays.contains(date.weekday) && !holidays.contains(date) }
    public func workingHours(on date: CivilDate) -> [ClockSpan] { isWorkingDay(date) ? hours : [] }
}
