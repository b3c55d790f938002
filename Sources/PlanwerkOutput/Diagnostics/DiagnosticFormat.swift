import PlanwerkSyntax

/// How diagnostics are written (`--diagnostics`): for people at a terminal,
/// or for CI as JSON, SARIF 2.1.0 or GitHub Actions annotations. All four
/// render the same ``Diagnostic`` values.
public enum DiagnosticFormat: String, CaseIterable, Sendable {
    case human, json, sarif, github

    /// Whether the output is one document that nothing else may be mixed into
    /// (summary lines and notes to the user are then left out).
    public var isDocument: Bool { self == .json || self == .sarif }

    /// The diagnostics in this format (`color` only matters for `human`).
    public func rendered(_ diagnostics: [Diagnostic], sources: [String: SourceFile], color: Bool = false) -> String {
        switch self {
        case .human: return TerminalRenderer(sources: sources, color: color).render(diagnostics.sortedForDisplay())
        case .json: return DiagnosticJSON(sources: sources).document(diagnostics)
        case .sarif: return SARIFLog(sources: sources).rendered(diagnostics)
        case .github: return GitHubAnnotations(sources: sources).rendered(diagnostics)
        }
    }
}
