import PlanwerkSyntax

/// `--diagnostics sarif`: a SARIF 2.1.0 log (OASIS Static Analysis Results
/// Interchange Format) for GitHub code scanning and other tools: one run of
/// the tool `planwerk`, every code of ``DiagnosticCatalog`` as a rule (with
/// its title, explanation, example and fix), and one result per diagnostic
/// with its region (columns in Unicode code points) and related locations.
public struct SARIFLog {
    public let sources: [String: SourceFile]

    public init(sources: [String: SourceFile]) { self.sources = sources }

    public static let schema = "https://json.schemastore.org/sarif-2.1.0.json"

    public func rendered(_ diagnostics: [Diagnostic]) -> String {
        let rules = DiagnosticCatalog.all
        let ruleIndex = Dictionary(rules.enumerated().map { ($0.element.code, $0.offset) }, uniquingKeysWith: { a, _ in a })
        let driver: JSONValue = .object([
            ("name", .string("planwerk")),
            ("rules", .array(rules.map(rule))),
        ])
        var results: [JSONValue] = []
        for d in diagnostics.sortedForDisplay() {
            var pairs: [(String, JSONValue)] = [("ruleId", .string(d.code.rawValue))]
            if let i = ruleIndex[d.code] { pairs.append(("ruleIndex", .int(i))) }
            pairs.append(("level", .string(Self.level(d.severity))))
            var text = d.message
            for n in d.notes { text += "\nnote: " + n }
            for h in d.help { text += "\nhelp: " + h }
            pairs.append(("message", .object([("text", .string(text))])))
            pairs.append(("locations", .array([location(d.primary.span, message: d.primary.message)])))
            if !d.secondary.isEmpty {
                pairs.append(("relatedLocations", .array(d.secondary.enumerated().map { i, l in
                    location(l.span, message: l.message, id: i + 1)
                })))
            }
            results.append(.object(pairs))
        }
        let run: JSONValue = .object([
            ("tool", .object([("driver", driver)])), ("columnKind", .string("unicodeCodePoints")), ("results", .array(results)),
        ])
        return JSONValue.object([("$schema", .string(Self.schema)), ("version", .string("2.1.0")), ("runs", .array([run]))]).rendered() + "\n"
    }

    func rule(_ e: DiagnosticCatalog.Entry) -> JSONValue {
        let level = e.title.hasSuffix("(warning)") ? "warning" : "error"
        return .object([
            ("id", .string(e.code.rawValue)),
            ("shortDescription", .object([("text", .string(e.title))])),
            ("fullDescription", .object([("text", .string(e.explanation))])),
            ("help", .object([("text", .string(DiagnosticCatalog.render(e))),
                              ("markdown", .string("\(e.explanation)\n\nExample:\n\n```\n\(e.example)\n```\n\nFixed:\n\n```\n\(e.fix)\n```"))])),
            ("defaultConfiguration", .object([("level", .string(level))])),
        ])
    }

    func location(_ span: SourceSpan, message: String, id: Int? = nil) -> JSONValue {
        let r = DiagnosticRegion(span, sources: sources)
        var region: [(String, JSONValue)] = [("startLine", .int(r.line ?? 1)), ("startColumn", .int(r.column ?? 1))]
        if let l = r.endLine, let c = r.endColumn { region += [("endLine", .int(l)), ("endColumn", .int(c))] }
        var pairs: [(String, JSONValue)] = []
        if let id { pairs.append(("id", .int(id))) }
        pairs.append(("physicalLocation", .object([
            ("artifactLocation", .object([("uri", .string(Self.uri(span.file)))])), ("region", .object(region)),
        ])))
        if !message.isEmpty { pairs.append(("message", .object([("text", .string(message))]))) }
        return .object(pairs)
    }

    /// SARIF levels: `error`, `warning`, `note`.
    static func level(_ s: Severity) -> String { s.rawValue }

    /// A path as a URI reference: relative paths stay relative (to the
    /// repository, as code scanning wants), absolute ones become `file://`
    /// URIs; characters outside the unreserved set are percent-encoded.
    static func uri(_ path: String) -> String {
        var out = path.hasPrefix("/") ? "file://" : ""
        for byte in path.utf8 {
            let c = Character(Unicode.Scalar(byte))
            if byte < 0x80 && (c.isLetter || c.isNumber || "-._~/".contains(c)) {
                out.append(c)
            } else {
                out += "%" + String(byte, radix: 16, uppercase: true).leftPadded(to: 2)
            }
        }
        return out.hasPrefix("./") ? String(out.dropFirst(2)) : out
    }
}

extension String {
    /// The string with `0`s in front up to `width` characters.
    func leftPadded(to width: Int) -> String { count >= width ? self : String(repeating: "0", count: width - count) + self }
}
