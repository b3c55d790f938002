import PlanwerkSyntax

/// A diagnostic as a JSON object, the same in `export --format json` and in
/// `--diagnostics json`: code, severity, message, the primary span's file,
/// line, column, end line and end column (columns count Unicode scalars),
/// secondary labels, notes and help.
public struct DiagnosticJSON {
    public let sources: [String: SourceFile]

    public init(sources: [String: SourceFile]) { self.sources = sources }

    public func object(_ d: Diagnostic) -> JSONValue {
        let region = DiagnosticRegion(d.span, sources: sources)
        let labels: [JSONValue] = d.secondary.map { l in
            let r = DiagnosticRegion(l.span, sources: sources)
            return .object([("file", .string(l.span.file)), ("line", r.line.map(JSONValue.int) ?? .null),
                            ("column", r.column.map(JSONValue.int) ?? .null), ("message", .string(l.message))])
        }
        return .object([
            ("code", .string(d.code.rawValue)), ("severity", .string(d.severity.rawValue)), ("message", .string(d.message)),
            ("file", .string(d.span.file)), ("line", region.line.map(JSONValue.int) ?? .null),
            ("column", region.column.map(JSONValue.int) ?? .null),
            ("end_line", region.endLine.map(JSONValue.int) ?? .null), ("end_column", region.endColumn.map(JSONValue.int) ?? .null),
            ("label", .string(d.primary.message)), ("labels", .array(labels)),
            ("notes", .array(d.notes.map(JSONValue.string))), ("help", .array(d.help.map(JSONValue.string))),
        ])
    }

    /// `--diagnostics json`: `{"diagnostics": [...]}` in reading order, with a newline.
    public func document(_ diagnostics: [Diagnostic]) -> String {
        JSONValue.object([("diagnostics", .array(diagnostics.sortedForDisplay().map(object)))]).rendered() + "\n"
    }
}

/// Where a span lies in its file, 1-based; nil parts when the file's text is not known.
public struct DiagnosticRegion: Sendable, Hashable {
    public var line: Int?
    public var column: Int?
    /// The position just after the span (the start again for an empty span).
    public var endLine: Int?
    public var endColumn: Int?

    public init(_ span: SourceSpan, sources: [String: SourceFile]) {
        guard let file = sources[span.file] else { return }
        let a = file.location(of: span.range.start), b = file.location(of: max(span.range.start, span.range.end))
        line = a.line; column = a.column; endLine = b.line; endColumn = b.column
    }
}
