import PlanwerkSyntax

extension DiagnosticCode {
    // Names (P02xx; P0201–P0204 are the loader's)
    public static let duplicateName = DiagnosticCode("P0210")
    public static let nameClash = DiagnosticCode("P0211")
    public static let unknownName = DiagnosticCode("P0212")
    public static let unknownMember = DiagnosticCode("P0214")
}
