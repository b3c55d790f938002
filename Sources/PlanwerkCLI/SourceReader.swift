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
            // Read one byte past the limit: enough to know the plan is too large without reading all of it.
            var data = Data()
            while data.count <= maxFileSize, let chunk = try? FileHandle.standardInput.read(upToCount: 1 << 20), !chunk.isEmpty {
                data.append(chunk)
            }
            if data.count > maxFileSize {
                return .failure(Diagnostic(.fileTooLarge, .error, "the plan on standard input is over \(maxFileSize >> 20) MiB, the most a plan may be",
                                           at: SourceSpan(file: "<stdin>", range: .empty),
                                           help: ["split the plan into files that import each other"]))
            }
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
