/// How serious a diagnostic is. Errors make `check` and `run` exit 1;
/// warnings and notes never change the exit code.
public enum Severity: String, Sendable, Hashable, Comparable {
    case error, warning, note

    private var rank: Int { self == .error ? 2 : self == .warning ? 1 : 0 }
    public static func < (a: Severity, b: Severity) -> Bool { a.rank < b.rank }
}

/// A labelled span: the primary one says what is wrong where; secondary ones
/// point at related places ("first declared here").
public struct DiagnosticLabel: Sendable, Hashable {
    public var span: SourceSpan
    public var message: String
    public init(span: SourceSpan, message: String = "") { self.span = span; self.message = message }
}

/// One finding about a plan, produced by any stage of the pipeline and rendered
/// for the terminal, JSON, SARIF or GitHub annotations by separate renderers.
///
/// Diagnostics are values: stages collect them and carry on; nothing is thrown
/// across the pipeline.
public struct Diagnostic: Sendable, Hashable {
    public var code: DiagnosticCode
    public var severity: Severity
    /// One plain sentence about the user's plan.
    public var message: String
    public var primary: DiagnosticLabel
    public var secondary: [DiagnosticLabel]
    /// Extra facts (`note:` lines).
    public var notes: [String]
    /// Likely fixes (`help:` lines).
    public var help: [String]

    public init(_ code: DiagnosticCode, _ severity: Severity = .error, _ message: String,
                at span: SourceSpan, label: String = "",
                secondary: [DiagnosticLabel] = [], notes: [String] = [], help: [String] = []) {
        self.code = code
        self.severity = severity
        self.message = message
        self.primary = DiagnosticLabel(span: span, message: label)
        self.secondary = secondary
        self.notes = notes
        self.help = help
    }

    public var span: SourceSpan { primary.span }
}

extension Array where Element == Diagnostic {
    /// Whether any diagnostic is an error.
    public var hasErrors: Bool { contains { $0.severity == .error } }

    /// The closing line of a checked plan: `plan.plan: no problems` or
    /// `plan.plan: 2 errors, 1 warning` (without a line break).
    public func summary(for path: String) -> String {
        let errors = filter { $0.severity == .error }.count
        let warnings = filter { $0.severity == .warning }.count
        var parts: [String] = []
        if errors > 0 { parts.append("\(errors) error\(errors == 1 ? "" : "s")") }
        if warnings > 0 { parts.append("\(warnings) warning\(warnings == 1 ? "" : "s")") }
        return "\(path): " + (parts.isEmpty ? "no problems" : parts.joined(separator: ", "))
    }

    /// Diagnostics in file, then position, then code order: the order users read them in.
    public func sortedForDisplay() -> [Diagnostic] {
        enumerated().sorted { a, b in
            let x = a.element.span, y = b.element.span
            if x.file != y.file { return x.file < y.file }
            if x.range.start != y.range.start { return x.range.start < y.range.start }
            return a.offset < b.offset
        }.map(\.element)
    }
}

extension Diagnostic {
    /// P0704: the one diagnostic that stands for every error of `file` past the limit
    /// (``Parser/maxErrors``), at byte `offset` where reporting stopped.
    public static func tooManyErrors(in file: String, at offset: Int) -> Diagnostic {
        Diagnostic(.tooManyErrors, .error, "there are too many errors in this file; I stopped reporting them here",
                   at: SourceSpan(file: file, range: SourceRange(offset, offset)),
                   help: ["fix the errors above and check again"])
    }

    /// At most ``Parser/maxErrors`` errors of each file, in the order given; one
    /// P0704 at the next error of a file that has more. Warnings and notes all stay.
    public static func limitedPerFile(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
        var errors: [String: Int] = [:]
        var kept: [Diagnostic] = []
        kept.reserveCapacity(min(diagnostics.count, 4 * Parser.maxErrors))
        for d in diagnostics {
            guard d.severity == .error else { kept.append(d); continue }
            let n = errors[d.span.file, default: 0]
            if d.code == .tooManyErrors {
                // The parser stopped reporting already.
                if n <= Parser.maxErrors { kept.append(d) }
                errors[d.span.file] = Parser.maxErrors + 1
                continue
            }
            errors[d.span.file] = n + 1
            if n < Parser.maxErrors {
                kept.append(d)
            } else if n == Parser.maxErrors {
                kept.append(tooManyErrors(in: d.span.file, at: d.span.range.start))
            }
        }
        return kept
    }
}
