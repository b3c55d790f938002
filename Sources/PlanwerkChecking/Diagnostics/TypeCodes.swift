import PlanwerkSyntax

extension DiagnosticCode {
    // Types and units (P03xx; P0320–P0339 are the evaluator's)
    public static let unknownType = DiagnosticCode("P0301")
    public static let typeMismatch = DiagnosticCode("P0302")
    public static let operatorMismatch = DiagnosticCode("P0303")
    public static let bareTeamApprover = DiagnosticCode("P0304")
    public static let argumentMismatch = DiagnosticCode("P0305")
    public static let notCallable = DiagnosticCode("P0306")
    public static let letCycle = DiagnosticCode("P0307")
    public static let misplacedOccurrence = DiagnosticCode("P0308")
    public static let misplacedLambda = DiagnosticCode("P0309")
}
