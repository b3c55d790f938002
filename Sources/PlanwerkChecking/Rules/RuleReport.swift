import PlanwerkSyntax

/// The findings of the rules stage, each once.
///
/// A template body is checked where it is declared and again in every
/// campaign made from it; a flow where it is declared and at every use. What
/// is already wrong where it is declared is *settled* there, and the same
/// finding about the same place is not repeated at each use
/// (``isSettled(_:_:)``). Identical diagnostics are dropped.
struct RuleReport {
    private(set) var diagnostics: [Diagnostic] = []
    private var seen: Set<Key> = []
    private var settled: Set<SettledKey> = []

    private struct Key: Hashable {
        var code: DiagnosticCode
        var span: SourceSpan
        var message: String
    }

    private struct SettledKey: Hashable {
        var code: DiagnosticCode
        var subject: SourceSpan
    }

    /// Adds a diagnostic unless an identical one is there; `subject` (the
    /// step, text or clause it is about) settles that place for this code.
    mutating func add(_ d: Diagnostic, settling subject: SourceSpan? = nil) {
        if let subject { settled.insert(SettledKey(code: d.code, subject: subject)) }
        guard seen.insert(Key(code: d.code, span: d.span, message: d.message)).inserted else { return }
        diagnostics.append(d)
    }

    /// Marks a place as reported for a code without adding anything.
    mutating func settle(_ code: DiagnosticCode, _ subject: SourceSpan) {
        settled.insert(SettledKey(code: code, subject: subject))
    }

    /// Whether this code was already reported about this place where it is declared.
    func isSettled(_ code: DiagnosticCode, _ subject: SourceSpan) -> Bool {
        settled.contains(SettledKey(code: code, subject: subject))
    }
}
