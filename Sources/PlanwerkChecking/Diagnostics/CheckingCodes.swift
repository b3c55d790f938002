import PlanwerkSyntax

/// Codes of the module loader: imports (P0201–P0204) and the import depth
/// limit (P0705). Their explanations are in `DiagnosticCatalog+Checking.swift`.
extension DiagnosticCode {
    // Imports
    /// `import "p"`: no file at the importer's folder nor on the search path.
    public static let importNotFound = DiagnosticCode("P0201")
    /// An import leads back to a file that is still being loaded.
    public static let importCycle = DiagnosticCode("P0202")
    /// An import names a folder, an unreadable file, or a path that is empty or computed.
    public static let importUnreadable = DiagnosticCode("P0203")
    /// The tracking sidecar `NAME.status.plan` holds something other than `now`, `status`, `measure`.
    public static let sidecarDeclaration = DiagnosticCode("P0204")
    // Limits
    /// A chain of imports deeper than ``ModuleLoader/maxImportDepth``.
    public static let importTooDeep = DiagnosticCode("P0705")
}
