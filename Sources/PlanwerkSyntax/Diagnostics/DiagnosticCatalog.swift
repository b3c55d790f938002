/// The long explanation of every diagnostic code, for `planwerk explain CODE`
/// and `docs/diagnostics.md`. Each entry has a title, a few sentences in the
/// plan writer's words, an example that triggers it and the fixed version.
public enum DiagnosticCatalog {
    /// One code's documentation.
    public struct Entry: Sendable {
        public let code: DiagnosticCode
        public let title: String
        public let explanation: String
        /// A plan that shows the problem.
        public let example: String
        /// The same plan, fixed.
        public let fix: String
    }

    /// Looks up a code, accepting `P0101`, `p0101` or `0101`.
    public static func entry(for text: String) -> Entry? {
        var t = text.uppercased()
        if !t.hasPrefix("P") { t = "P" + t }
        return all.first { $0.code.rawValue == t }
    }

    /// Renders one entry as plain text for the terminal.
    public static func render(_ e: Entry) -> String {
        """
        \(e.code): \(e.title)

        \(e.explanation)

        Example:
        \(indent(e.example))

        Fixed:
        \(indent(e.fix))

        """
    }

    /// The whole catalog as Markdown: `docs/diagnostics.md` is exactly this text.
    public static func markdown() -> String {
        var out = "# Diagnostic codes\n\nEvery diagnostic Planwerk gives has a stable code. `planwerk explain CODE` prints the same text as this page, which is generated from the catalog in `Sources/PlanwerkSyntax/Diagnostics` (a test keeps them equal; `PLANWERK_RECORD=1 swift test` rewrites this page).\n\n"
        out += "Ranges: P00xx reading and lexing, P01xx syntax, P02xx names and imports, P03xx types and units, P04xx plan rules and domain checks, P05xx scheduling, P06xx tracking, P07xx limits, P08xx files and I/O, P09xx the REPL's commands.\n\n"
        out += "| code | title |\n|---|---|\n"
        for e in all { out += "| [\(e.code)](#\(e.code.rawValue.lowercased())) | \(e.title) |\n" }
        for e in all {
            out += "\n## \(e.code)\n\n**\(e.title)**\n\n\(e.explanation)\n\nExample:\n\n```plan\n\(e.example)\n```\n\nFixed:\n\n```plan\n\(e.fix)\n```\n"
        }
        return out
    }

    static func indent(_ s: String) -> String {
        s.split(separator: "\n", omittingEmptySubsequences: false).map { $0.isEmpty ? "" : "    " + $0 }.joined(separator: "\n")
    }

    /// Every entry, in code order (each group's codes may come from several ranges).
    public static let all: [Entry] = (lexical + syntax + checking + names + types + evaluation + rules + scheduling + tracking + limits + files + repl).sorted { $0.code < $1.code }
}
