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

    static func indent(_ s: String) -> String {
        s.split(separator: "\n", omittingEmptySubsequences: false).map { $0.isEmpty ? "" : "    " + $0 }.joined(separator: "\n")
    }

    public static let all: [Entry] = lexical + syntax + limits + files
}
