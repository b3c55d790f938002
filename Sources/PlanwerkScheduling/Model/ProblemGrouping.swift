import PlanwerkSyntax

/// Folds repeated scheduling problems into one: the occurrences of a series
/// that all publish outside a window, or whose approvals all miss their
/// time, point at the same source with the same secondary labels. The first
/// stays as it is, with a note naming how many more there are and the
/// first few of them, so a daily series does not bury the other problems.
enum ProblemGrouping {
    /// How many of the folded problems the note names.
    static let named = 3

    static func group(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
        struct Key: Hashable {
            var code: DiagnosticCode
            var span: SourceSpan
            var secondary: [SourceSpan]
        }
        var firstOf: [Key: Int] = [:], more: [Int: [String]] = [:]
        var out: [Diagnostic] = []
        for d in diagnostics {
            let key = Key(code: d.code, span: d.span, secondary: d.secondary.map(\.span))
            if let first = firstOf[key] {
                more[first, default: []].append(subject(of: d.message))
            } else {
                firstOf[key] = out.count
                out.append(d)
            }
        }
        for (i, subjects) in more {
            let shown = subjects.prefix(named).joined(separator: ", ")
            let rest = subjects.count > named ? ", …" : ""
            out[i].notes.append("the same holds for \(subjects.count) more: \(shown)\(rest)")
        }
        return out
    }

    /// The first `` `id` `` a message names (the subject), or the message itself.
    static func subject(of message: String) -> String {
        let parts = message.split(separator: "`", omittingEmptySubsequences: false)
        return parts.count >= 3 ? "`\(parts[1])`" : message
    }
}
