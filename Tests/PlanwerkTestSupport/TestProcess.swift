import Foundation

/// Runs a program to the end for a test, with standard input from a text and
/// standard output and error caught in files (pipes could fill up and hang),
/// and returns what came out. The one place that tests start processes: the
/// `planwerk` executable, python3 scripts, the browser; ``start(_:_:stdin:in:environment:)``
/// leaves it running, for tests that kill it.
public enum TestProcess {
    public static func run(_ executable: URL, _ arguments: [String], stdin: String? = nil, in folder: URL? = nil,
                           environment: [String: String]? = nil) throws -> CommandResult {
        try start(executable, arguments, stdin: stdin, in: folder, environment: environment).wait()
    }

    /// Starts a program without waiting for it, so that a test can stop it
    /// (``RunningProcess/kill(_:)``) before it ends; ``RunningProcess/wait()`` collects what it wrote.
    public static func start(_ executable: URL, _ arguments: [String], stdin: String? = nil, in folder: URL? = nil,
                             environment: [String: String]? = nil) throws -> RunningProcess {
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("planwerk-run-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        let input = scratch.appendingPathComponent("stdin"), output = scratch.appendingPathComponent("stdout"),
            errors = scratch.appendingPathComponent("stderr")
        try Data((stdin ?? "").utf8).write(to: input)
        try Data().write(to: output)
        try Data().write(to: errors)

        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        if let folder { process.currentDirectoryURL = folder }
        if let environment { process.environment = environment }
        let handles = [try FileHandle(forReadingFrom: input), try FileHandle(forWritingTo: output), try FileHandle(forWritingTo: errors)]
        process.standardInput = handles[0]
        process.standardOutput = handles[1]
        process.standardError = handles[2]
        do {
            try process.run()
        } catch {
            for h in handles { try? h.close() }
            try? FileManager.default.removeItem(at: scratch)
            throw error
        }
        return RunningProcess(process: process, scratch: scratch, handles: handles)
    }

    /// Runs a Python script with `/usr/bin/env python3 SCRIPT ARGUMENTS…`.
    public static func python(_ script: String, arguments: [String] = [], stdin: String? = nil) throws -> CommandResult {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("planwerk-\(UUID().uuidString).py")
        try script.write(to: file, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: file) }
        return try run(URL(fileURLWithPath: "/usr/bin/env"), ["python3", file.path] + arguments, stdin: stdin)
    }
}

/// A program started by ``TestProcess/start(_:_:stdin:in:environment:)``.
public struct RunningProcess {
    let process: Process
    let scratch: URL
    let handles: [FileHandle]

    /// Sends a signal (SIGKILL by default: the program cannot catch it or clean up).
    public func kill(_ signal: Int32 = SIGKILL) {
        _ = Foundation.kill(process.processIdentifier, signal)
    }

    /// Waits for the program to end; what it wrote, and its status (for a signal, the signal's number).
    public func wait() throws -> CommandResult {
        process.waitUntilExit()
        defer {
            for h in handles { try? h.close() }
            try? FileManager.default.removeItem(at: scratch)
        }
        var result = CommandResult(stdout: String(decoding: try Data(contentsOf: scratch.appendingPathComponent("stdout")), as: UTF8.self),
                                   stderr: String(decoding: try Data(contentsOf: scratch.appendingPathComponent("stderr")), as: UTF8.self),
                                   status: process.terminationStatus)
        if process.terminationReason == .uncaughtSignal { result.signal = process.terminationStatus }
        return result
    }
}
