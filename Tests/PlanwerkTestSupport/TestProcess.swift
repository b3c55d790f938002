import Foundation

/// Runs a program to the end for a test, with standard input from a text and
/// standard output and error caught in files (pipes could fill up and hang),
/// and returns what came out. The one place that tests start processes: the
/// `planwerk` executable, python3 scripts, the browser.
public enum TestProcess {
    public static func run(_ executable: URL, _ arguments: [String], stdin: String? = nil, in folder: URL? = nil,
                           environment: [String: String]? = nil) throws -> CommandResult {
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("planwerk-run-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
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
        let inHandle = try FileHandle(forReadingFrom: input)
        let outHandle = try FileHandle(forWritingTo: output), errHandle = try FileHandle(forWritingTo: errors)
        defer { try? inHandle.close(); try? outHandle.close(); try? errHandle.close() }
        process.standardInput = inHandle
        process.standardOutput = outHandle
        process.standardError = errHandle
        try process.run()
        process.waitUntilExit()
        var result = CommandResult(stdout: String(decoding: try Data(contentsOf: output), as: UTF8.self),
                                   stderr: String(decoding: try Data(contentsOf: errors), as: UTF8.self),
                                   status: process.terminationStatus)
        if process.terminationReason == .uncaughtSignal { result.signal = process.terminationStatus }
        return result
    }

    /// Runs a Python script with `/usr/bin/env python3 SCRIPT ARGUMENTS…`.
    public static func python(_ script: String, arguments: [String] = [], stdin: String? = nil) throws -> CommandResult {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("planwerk-\(UUID().uuidString).py")
        try script.write(to: file, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: file) }
        return try run(URL(fileURLWithPath: "/usr/bin/env"), ["python3", file.path] + arguments, stdin: stdin)
    }
}
