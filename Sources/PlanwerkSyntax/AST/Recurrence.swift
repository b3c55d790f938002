/// An `every …` phrase as written (LANGUAGE.md §4): the rule, then its modifiers.
public struct RecurrenceSyntax: Sendable, Hashable {
    /// `N` in `every N weeks`; nil for `every week`.
    public var interval: Int?
    public var unit: RecurrenceUnit
    /// The `on …` days, or the weekdays of `every mon, thu`.
    public var days: [RecurrenceDay]
    /// Written as `every mon, thu` rather than `every week on mon, thu`.
    public var weekdayShorthand: Bool
    public var modifiers: [RecurrenceModifier]
    public var range: SourceRange
}

public typealias Recurrence = RecurrenceSyntax

public enum RecurrenceUnit: String, Sendable, Hashable {
    case day, workday, week, month, quarter, year
    /// The plural spelling, as in `every 2 weeks`.
    public var plural: String { self == .workday ? "workdays" : rawValue + "s" }
}

/// A day selector after `on`.
public enum RecurrenceDay: Sendable, Hashable {
    case weekday(Weekday)
    /// Day of the month or quarter; negative counts from the end.
    case dayNumber(Int)
    /// `1st mon`, `first mon`, `last fri`: n is 1…5 or -1 for last; `spelling` is as written.
    case nthWeekday(Int, spelling: String, Weekday)
    /// `first workday` (true) or `last workday` (false).
    case workday(first: Bool)
    /// `mar 31`.
    case monthDay(month: Int, day: Int)
}

public struct RecurrenceModifier: Sendable, Hashable {
    public enum Kind: Sendable, Hashable {
        case at([Expr])
        case from(Expr)
        case until(Expr)
        case count(Expr)
        case except(Expr)
        case onHoliday(HolidayShift)
    }
    public var kind: Kind
    public var range: SourceRange
    /// The modifier's word, for "each at most once" checks.
    public var word: String {
        switch kind {
        case .at: return "at"
        case .from: return "from"
        case .until: return "until"
        case .count: return "count"
        case .except: return "except"
        case .onHoliday: return "on holiday"
        }
    }
}

/// What happens to an occurrence on a non-working day.
public enum HolidayShift: String, Sendable, Hashable {
    case nextWorkday = "next workday", previousWorkday = "previous workday", skip
}

/// The month names accepted in yearly rules, January first.
public let monthNames = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
