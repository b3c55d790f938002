import PlanwerkChecking
import PlanwerkSyntax

/// An evaluated `every …` rule (LANGUAGE.md §4): the series a post or report
/// repeats in, with every modifier's value known. ``RecurrenceExpander``
/// turns it into occurrences; ``make(_:evaluate:defaultFrom:defaultTimes:)``
/// builds it from the syntax tree.
///
/// The rule keeps what the plan says and nothing derived: without `on`,
/// ``days`` is empty and the expander takes the day from ``from``, as an
/// RFC 5545 RRULE takes it from its DTSTART.
public struct RecurrenceRule: Sendable, Hashable {
    /// `N` in `every N weeks`; at least 1.
    public var interval: Int
    public var unit: RecurrenceUnit
    /// The `on …` days, or the weekdays of `every mon, thu`; empty when the day comes from ``from``.
    public var days: [RecurrenceDay]
    /// The `at` times as minutes of the day, ascending, without repeats; at least one.
    public var times: [Int]
    /// The first day the series may fall on: the RRULE's DTSTART, at the first of ``times``.
    public var from: CivilDate
    /// The last day the series may fall on (the whole day, inclusive); nil for none.
    public var until: CivilDate?
    /// How many occurrences the rule gives before `except` and `on holiday` act; each `at` time counts.
    public var count: Int?
    /// The `except` days as ranges of day numbers (``CivilDate/dayNumber``), both ends included.
    public var except: [ClosedRange<Int>]
    /// What happens to an occurrence on a non-working day; nil keeps it where it is.
    public var onHoliday: HolidayShift?

    /// A rule from its parts. `interval` below 1 counts as 1; `times` are
    /// sorted, repeats and minutes outside 0–1439 dropped, and no times at all
    /// mean midnight, so that ``times`` always holds at least one.
    public init(interval: Int = 1, unit: RecurrenceUnit, days: [RecurrenceDay] = [], times: [Int], from: CivilDate,
                until: CivilDate? = nil, count: Int? = nil, except: [ClosedRange<Int>] = [], onHoliday: HolidayShift? = nil) {
        self.interval = max(1, interval)
        self.unit = unit
        self.days = days
        self.times = Self.normalised(times)
        self.from = from
        self.until = until
        self.count = count
        self.except = except
        self.onHoliday = onHoliday
    }

    /// Times of day ascending and without repeats, minutes outside 0–1439
    /// left out; midnight alone when nothing is left.
    static func normalised(_ times: [Int]) -> [Int] {
        let valid = Set(times.filter { (0..<1440).contains($0) }).sorted()
        return valid.isEmpty ? [0] : valid
    }
}
