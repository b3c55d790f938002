/// `export --format csv`: a header row, then one row per schedule entry in
/// time order, quoted as RFC 4180 says (fields with a comma, quote, CR or LF
/// in double quotes, quotes doubled; CRLF line ends), for spreadsheets.
public struct CSVExport {
    public let input: ExportInput

    public init(_ input: ExportInput) { self.input = input }

    /// The columns, in order.
    public static let header = ["id", "kind", "title", "start", "end", "campaign", "subject", "occurrence", "step",
                                "people", "recipients", "channel", "deadline", "late", "slack"]

    public func rendered() -> String {
        let f = input.time
        var out = Self.row(Self.header)
        for e in input.entries {
            out += Self.row([
                e.id, e.kind.rawValue, e.title, f.iso(e.start), f.iso(e.end), e.campaign ?? "", e.subject ?? "",
                e.occurrence.map(String.init) ?? "", e.step.map(String.init) ?? "",
                e.people.joined(separator: " "), e.recipients.joined(separator: " "), e.channel ?? "",
                e.deadline.map(f.iso) ?? "", e.late.map(TimeFormat.isoWork) ?? "", e.slack.map(TimeFormat.isoWork) ?? "",
            ])
        }
        return out
    }

    /// One record with its CRLF.
    static func row(_ fields: [String]) -> String {
        fields.map(field).joined(separator: ",") + "\r\n"
    }

    /// A field, quoted when it holds a comma, a quote, CR or LF (or starts or ends with a space).
    static func field(_ s: String) -> String {
        let needsQuotes = s.unicodeScalars.contains { $0 == "," || $0 == "\"" || $0 == "\r" || $0 == "\n" }
            || s.hasPrefix(" ") || s.hasSuffix(" ")
        guard needsQuotes else { return s }
        return "\"" + Escaping.replacing(s) { $0 == "\"" ? "\"\"" : nil } + "\""
    }
}
