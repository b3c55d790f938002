import ArgumentParser
import Foundation
import PlanwerkOutput
import PlanwerkSyntax

/// Writes diagnostics to standard error, in the format `--diagnostics` asks
/// for: for people (in colour on a terminal), JSON, SARIF or GitHub annotations.
enum DiagnosticOutput {
    /// One closing line per checked plan on standard error: `plan.plan: no problems`
    /// or `plan.plan: 2 errors, 1 warning`. Left out where stderr holds one JSON or SARIF document.
    static func summary(of diagnostics: [Diagnostic], for path: String, format: DiagnosticFormat = .human) {
        guard !format.isDocument else { return }
        FileHandle.standardError.write(Data((diagnostics.summary(for: path) + "\n").utf8))
    }

    /// The diagnostics on standard error; a JSON or SARIF document is written even when there are none.
    static func print(_ diagnostics: [Diagnostic], sources: [String: SourceFile], format: DiagnosticFormat = .human) {
        guard !diagnostics.isEmpty || format.isDocument else { return }
        let color = isatty(2) == 1 && ProcessInfo.processInfo.environment["NO_COLOR"] == nil
        FileHandle.standardError.write(Data(format.rendered(diagnostics, sources: sources, color: color).utf8))
    }

    /// A note to the user on standard error (`note: …`), unless stderr holds one document.
    static func note(_ text: String, format: DiagnosticFormat) {
        guard !format.isDocument else { return }
        FileHandle.standardError.write(Data("note: \(text)\n".utf8))
    }
}

extension DiagnosticFormat: ExpressibleByArgument {}

/// `--diagnostics human|json|sarif|github`, shared by the commands that report diagnostics.
struct DiagnosticOptions: ParsableArguments {
    @Option(name: .customLong("diagnostics"),
            help: "How to write diagnostics to standard error: human, json, sarif (SARIF 2.1.0) or github (Actions annotations).")
    var format: DiagnosticFormat = .human
}
