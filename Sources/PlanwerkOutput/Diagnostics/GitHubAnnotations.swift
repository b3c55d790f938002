import PlanwerkSyntax

/// `--diagnostics github`: one GitHub Actions workflow command per
/// diagnostic, which the runner shows as an annotation on the file and line:
///
///     ::error file=plan.plan,line=3,col=41,endLine=3,endColumn=51,title=P0501 a missed deadline::`c.long` ends …
///
/// Errors are `::error`, warnings `::warning`, notes `::notice`. Property
/// values escape `%`, CR, LF, `:` and `,`; the message escapes `%`, CR and
/// LF, and carries the notes and help as further lines.
public struct GitHubAnnotations {
    public let sources: [String: SourceFile]

    public init(sources: [String: SourceFile]) { self.sources = sources }

    public func rendered(_ diagnostics: [Diagnostic]) -> String {
        diagnostics.sortedForDisplay().map(line).joined()
    }

    func line(_ d: Diagnostic) -> String {
        let r = DiagnosticRegion(d.span, sources: sources)
        var properties = [("file", d.span.file)]
        if let l = r.line, let c = r.column {
            properties += [("line", String(l)), ("col", String(c))]
            if let el = r.endLine, let ec = r.endColumn { properties += [("endLine", String(el)), ("endColumn", String(ec))] }
        }
        let title = DiagnosticCatalog.entry(for: d.code.rawValue).map { "\(d.code) \($0.title)" } ?? d.code.rawValue
        properties.append(("title", title))
        var message = "\(d.code): \(d.message)"
        for n in d.notes { message += "\nnote: " + n }
        for h in d.help { message += "\nhelp: " + h }
        let command = d.severity == .error ? "error" : d.severity == .warning ? "warning" : "notice"
        let list = properties.map { "\($0.0)=\(Self.escapeProperty($0.1))" }.joined(separator: ",")
        return "::\(command) \(list)::\(Self.escapeData(message))\n"
    }

    /// A message: `%`, CR and LF as `%25`, `%0D`, `%0A`.
    static func escapeData(_ s: String) -> String { Escaping.replacing(s) { dataEscapes[$0] } }

    /// A property value: as a message, and `:` and `,` as `%3A` and `%2C`.
    static func escapeProperty(_ s: String) -> String { Escaping.replacing(s) { propertyEscapes[$0] } }

    static let dataEscapes: [Unicode.Scalar: String] = ["%": "%25", "\r": "%0D", "\n": "%0A"]
    static let propertyEscapes = dataEscapes.merging([":": "%3A", ",": "%2C"]) { a, _ in a }
}
