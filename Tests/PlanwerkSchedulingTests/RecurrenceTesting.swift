import PlanwerkChecking
import PlanwerkScheduling
import PlanwerkSyntax

/// Shared helpers of the recurrence suites: dates from text, the calendars
/// the cases use, and rules read from `every …` lines through the real
/// parser and evaluator.
enum RecurrenceTesting {
    /// `2027-01-15` as a date; traps on a typo in a test, never on user input.
    static func date(_ text: String) -> CivilDate {
        let parts = text.split(separator: "-").compactMap { Int($0) }
        guard parts.count == 3, let d = CivilDate(year: parts[0], month: parts[1], day: parts[2]) else {
            fatalError("bad test date \(text)")
        }
        return d
    }

    /// `09:30` as minutes of the day.
    static func time(_ text: String) -> Int {
        let parts = text.split(separator: ":").compactMap { Int($0) }
        return parts[0] * 60 + parts[1]
    }

    /// Monday to Friday, no holidays (the built-in `standard` calendar).
    static let weekdays = RecurrenceExpander { date in date.weekday < .sat }

    /// Every day is a working day.
    static let everyDay = RecurrenceExpander { _ in true }

    /// The `office` calendar of `examples/recurrence.plan`: Monday to Friday
    /// minus the German holidays of 2026/27 it lists.
    static let officeHolidays: Set<CivilDate> = Set(
        ["2026-12-24", "2026-12-25", "2026-12-26", "2026-12-31", "2027-01-01", "2027-02-08", "2027-03-26",
         "2027-03-29", "2027-05-01", "2027-05-06", "2027-05-17", "2027-05-27", "2027-10-03", "2027-11-01",
         "2027-12-24", "2027-12-25", "2027-12-26", "2027-12-31"].map(date))
    static let office = RecurrenceExpander { date in date.weekday < .sat && !officeHolidays.contains(date) }

    /// The occurrences as `2027-01-15 09:00` texts.
    static func expand(_ rule: RecurrenceRule, _ expander: RecurrenceExpander = weekdays, horizon: String = "2030-12-31",
                       limit: Int = 100_000) -> [String] {
        expander.occurrences(of: rule, horizon: date(horizon), limit: limit).map(\.description)
    }

    /// The days of the occurrences as `2027-01-15` texts (for rules with one time of day).
    static func days(_ rule: RecurrenceRule, _ expander: RecurrenceExpander = weekdays, horizon: String = "2030-12-31") -> [String] {
        expander.occurrences(of: rule, horizon: date(horizon)).map(\.date.description)
    }

    /// The `every …` phrase of one line, parsed inside a report.
    static func syntax(_ line: String) -> (Recurrence?, [Diagnostic]) {
        let file = Parser.parse(SourceFile(path: "test.plan", text: "report r {\n  \(line)\n}\n"))
        for declaration in file.declarations {
            guard case .report(let report) = declaration.kind else { continue }
            for clause in report.body?.clauses ?? [] {
                if case .every(let r) = clause.kind { return (r, file.diagnostics) }
            }
        }
        return (nil, file.diagnostics)
    }

    /// The rule of one `every …` line, its expressions evaluated with no plan around them.
    static func rule(_ line: String, defaultFrom: String = "2027-01-01", defaultTimes: [Int] = []) -> RecurrenceRule? {
        let (parsed, diagnostics) = syntax(line)
        guard let r = parsed, diagnostics.isEmpty else { return nil }
        let evaluator = Evaluator(environment: FixedEnvironment(), file: "test.plan")
        return RecurrenceRule.make(r, evaluate: { evaluator.evaluate($0).value }, defaultFrom: date(defaultFrom),
                                   defaultTimes: defaultTimes)
    }
}
