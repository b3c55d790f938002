import Foundation

/// What a finished command printed and how it exited.
public struct CommandResult: Sendable, Hashable {
    public var stdout: String
    public var stderr: String
    public var status: Int32
    /// The signal that ended the process, when one did (then ``status`` is that signal's number too).
    public var signal: Int32? = nil

    public init(stdout: String, stderr: String, status: Int32) {
        self.stdout = stdout
        self.stderr = stderr
        self.status = status
    }
}

/// Runs the `planwerk` executable that `swift build` / `swift test` put beside
/// the test bundle, end to end, as a user would: arguments, standard input,
/// working folder; it returns what came out. Set `PLANWERK_EXECUTABLE` to test
/// another binary.
public enum PlanwerkExecutable {
    public enum Failure: Error, CustomStringConvertible {
        case notBuilt(searched: [String])
        public var description: String {
            switch self {
            case .notBuilt(let searched):
                return "no `planwerk` executable; build it first (`swift build`). Looked in: \(searched.joined(separator: ", "))"
            }
        }
    }

    /// The executable's location: `PLANWERK_EXECUTABLE`, else the nearest folder
    /// at or above the test runner's that holds `planwerk`.
    public static func url() throws -> URL {
        if let path = ProcessInfo.processInfo.environment["PLANWERK_EXECUTABLE"] { return URL(fileURLWithPath: path) }
        var searched: [String] = []
        let starts = [Bundle.main.executableURL, Bundle.main.bundleURL] + Bundle.allBundles.map(\.bundleURL)
        for start in starts.compactMap({ $0 }) {
            var folder = start.deletingLastPathComponent()
            for _ in 0..<4 {
                let candidate = folder.appendingPathComponent("planwerk")
                searched.append(folder.path)
                var isFolder: ObjCBool = false
                if FileManager.default.fileExists(atPath: candidate.path, isDirectory: &isFolder), !isFolder.boolValue {
                    return candidate
                }
                folder = folder.deletingLastPathComponent()
            }
        }
        throw Failure.notBuilt(searched: searched)
    }

    /// Runs `planwerk ARGUMENTS` in `folder` with `stdin` as standard input
    /// (empty when nil) and waits for it to end.
    public static func run(_ arguments: [String], stdin: String? = nil, in folder: URL? = nil) throws -> CommandResult {
        var environment = ProcessInfo.processInfo.environment
        environment["NO_COLOR"] = "1"
        return try TestProcess.run(try url(), arguments, stdin: stdin, in: folder, environment: environment)
    }

    /// Starts `planwerk ARGUMENTS` without waiting for it (for tests that run two at once or kill one).
    public static func start(_ arguments: [String], stdin: String? = nil, in folder: URL? = nil) throws -> RunningProcess {
        var environment = ProcessInfo.processInfo.environment
        environment["NO_COLOR"] = "1"
        return try TestProcess.start(try url(), arguments, stdin: stdin, in: folder, environment: environment)
    }
}
