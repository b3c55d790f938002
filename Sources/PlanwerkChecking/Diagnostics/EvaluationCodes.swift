import PlanwerkSyntax

/// Codes of the evaluator (P0320–P0339): what goes wrong while computing a
/// value known at check time. Their explanations are in
/// `DiagnosticCatalog+Evaluation.swift`.
extension DiagnosticCode {
    /// `x / 0`, for every kind of division.
    public static let divisionByZero = DiagnosticCode("P0320")
    /// A result beyond ±9223372036854775807 (whole numbers, decimals, money, durations).
    public static let arithmeticOverflow = DiagnosticCode("P0321")
    /// A money literal in a currency other than the plan's.
    public static let currencyNotAccepted = DiagnosticCode("P0322")
    /// `24:00` where a time of day is meant; it may only end a range.
    public static let misplacedEndOfDay = DiagnosticCode("P0323")
    /// `Time ± Duration` leaving the day (`17:00 + 8h`).
    public static let timeOutsideDay = DiagnosticCode("P0324")
    /// A Date moved by part of a day (`2026-12-01 + 1.5d`).
    public static let fractionalDayShift = DiagnosticCode("P0325")
    /// `min` or `max` of an empty list.
    public static let emptyList = DiagnosticCode("P0326")
    /// A date before 0001-01-01 or after 9999-12-31.
    public static let dateOutOfRange = DiagnosticCode("P0327")
    /// Working time counted on a calendar without working time for years.
    public static let noWorkingTime = DiagnosticCode("P0328")
    /// Values that do not mix, or something that is not a value, met while evaluating.
    public static let cannotEvaluate = DiagnosticCode("P0329")
    /// `series[n]` with n below 1.
    public static let invalidOccurrence = DiagnosticCode("P0330")
}
