import PlanwerkSyntax

/// Codes of the REPL's own mistakes (P09xx): a command it does not know, a
/// command used without what it needs. Their explanations are in
/// `DiagnosticCatalog+REPL.swift`.
extension DiagnosticCode {
    /// `:agneda`: no command of that name.
    public static let unknownCommand = DiagnosticCode("P0901")
    /// `:critical` without a campaign, `:now` with a Money, `:agenda` with a name.
    public static let commandArgument = DiagnosticCode("P0902")
    /// A tracking command (`:done`, `:approve`, …) without a loaded plan file to keep its tracking file beside.
    public static let noTrackingFile = DiagnosticCode("P0903")
}
