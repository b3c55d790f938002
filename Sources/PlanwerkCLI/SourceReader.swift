import Foundation
import PlanwerkSyntax

/// Reads plan files from disk into ``SourceFile`` values, turning I/O problems
/// into diagnostics (P0801, P0703) instead of errors thrown at the user.
enum SourceReader {
    /// Largest plan file read: 64 MiB.
    static let maxFileSize = 64 << 20

    /// A file read, or the diagnostic saying why not.
    enum Outcome {
        case success(SourceFile)
        case failure(Diagnostic)
    }

    static func read(_ path: String) -> Outcome {
        let span = SourceSpan(file: path, range: .empty)
        if path == "-" {
            let data = FileHandle.standardInput.readDataToEndOfFile()
            return .success(SourceFile(path: "<stdin>", bytes: Array(data)))
        }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            return .failure(Diagnostic(.cannotReadFile, .error, "there is no file `\(path)`", at: span))
        }
        if isDirectory.boolValue {
            return .failure(Diagnostic(.cannotReadFile, .error, "`\(path)` is a folder, not a plan file", at: span,
                                       help: ["name the .plan files inside it, e.g. `\(path)/*.plan`"]))
        }
        if let size = (try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? Int, size > maxFileSize {
            return .failure(Diagnostic(.fileTooLarge, .error, "`\(path)` is \(size >> 20) MiB; plans may be at most \(maxFileSize >> 20) MiB", at: span,
                                       help: ["split the plan into files that import each other"]))
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            return .failure(Diagnostic(.cannotReadFile, .error, "I cannot read `\(path)`", at: span,
                                       help: ["check the file's permissions"]))
        }
        return .success(SourceFile(path: path, bytes: Array(data)))
    }
}

/// Writes diagnostics to standard error for people, in colour on a terminal.
enum DiagnosticOutput {
    /// One closing line per checked plan on standard error: `plan.plan: no problems`
    /// or `plan.plan: 2 errors, 1 warning`.
    static func summary(of diagnostics: [Diagnostic], for path: String) {
        FileHandle.standardError.write(Data((diagnostics.summary(for: path) + "\n").utf8))
    }

    static func print(_ diagnostics: [Diagnostic], sources: [String: SourceFile]) {
        guard !diagnostics.isEmpty else { return }
        let renderer = TerminalRenderer(sources: sources, color: isatty(2) == 1 && ProcessInfo.processInfo.environment["NO_COLOR"] == nil)
        FileHandle.standardError.write(Data(renderer.render(diagnostics.sortedForDisplay()).utf8))
    }
}
