/// The formats `planwerk export` writes, each rendered by its own type.
public enum ExportFormat: String, CaseIterable, Sendable {
    case json, ics, csv, mermaid, html, markdown

    /// The export of a schedule in this format.
    public func rendered(_ input: ExportInput) -> String {
        switch self {
        case .json: return ScheduleJSON(schedule: input.schedule, diagnostics: input.diagnostics, sources: input.sources).rendered()
        case .ics: return ICSExport(input).rendered()
        case .csv: return CSVExport(input).rendered()
        case .mermaid: return MermaidGantt(input).rendered()
        case .html: return HTMLReport(input).rendered()
        case .markdown: return MarkdownReport(input).rendered()
        }
    }

    /// The usual file name extension.
    public var fileExtension: String {
        switch self {
        case .json: return "json"
        case .ics: return "ics"
        case .csv: return "csv"
        case .mermaid: return "mmd"
        case .html: return "html"
        case .markdown: return "md"
        }
    }
}
