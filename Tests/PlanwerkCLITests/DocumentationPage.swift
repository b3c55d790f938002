import Foundation
import PlanwerkTestSupport
import Testing

/// A fenced code block of a Markdown page, with the words after its language.
///
/// The documentation's conventions (docs/README.md, "How these pages are tested"):
///
/// - ```` ```plan file=NAME ```` writes the file NAME into the page's folder,
///   ```` ```plan append=NAME ```` adds the block to its end;
/// - ```` ```plan ```` alone is a whole plan that checks and runs clean,
///   ```` ```plan error=P0302 ```` one that `planwerk check` rejects with that code;
/// - ```` ```console ```` holds `$ COMMAND` lines, each followed by what it prints
///   (standard output, then standard error); `status=N` is the exit status of
///   each command (default 0);
/// - ```` ```repl ```` (optionally `load=NAME`) holds `planwerk> INPUT` lines,
///   each followed by the lines the REPL answers.
struct CodeBlock: Sendable, CustomStringConvertible {
    var language: String
    var attributes: [String: String]
    var body: String
    /// The 1-based line of the opening fence.
    var line: Int
    /// The 0-based lines of the body in the page: `bodyLines.lowerBound` is the line after the fence.
    var bodyLines: Range<Int>

    var description: String { "```\(language) at line \(line)" }

    /// Every fenced block of a Markdown text, in order.
    static func all(in markdown: String) -> [CodeBlock] {
        let lines = markdown.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        var blocks: [CodeBlock] = []
        var k = 0
        while k < lines.count {
            let line = lines[k]
            guard line.hasPrefix("```") else { k += 1; continue }
            let words = line.dropFirst(3).split(separator: " ").map(String.init)
            var attributes: [String: String] = [:]
            for word in words.dropFirst() {
                let parts = word.split(separator: "=", maxSplits: 1).map(String.init)
                attributes[parts[0]] = parts.count == 2 ? parts[1] : ""
            }
            var body: [String] = []
            var end = k + 1
            while end < lines.count && lines[end] != "```" { body.append(lines[end]); end += 1 }
            blocks.append(CodeBlock(language: words.first ?? "", attributes: attributes,
                                    body: body.map { $0 + "\n" }.joined(), line: k + 1,
                                    bodyLines: (k + 1)..<end))
            k = end + 1
        }
        return blocks
    }
}

/// One command of a console block and what it is shown to print.
struct ConsoleCommand: Sendable {
    var command: String
    var output: String

    /// The `$ ` lines of a console block, each with the lines up to the next one.
    static func all(in block: CodeBlock) -> [ConsoleCommand] {
        var commands: [ConsoleCommand] = []
        for line in block.body.split(separator: "\n", omittingEmptySubsequences: false).dropLast().map(String.init) {
            if line.hasPrefix("$ ") {
                commands.append(ConsoleCommand(command: String(line.dropFirst(2)), output: ""))
            } else if !commands.isEmpty {
                commands[commands.count - 1].output += line + "\n"
            }
        }
        return commands
    }
}

/// Runs the code blocks of one documentation page, in order, in a folder of
/// its own, as a reader would type them.
struct DocumentationPage {
    let path: String
    let folder: URL
    var counts: [String: Int] = [:]
    /// With `PLANWERK_RECORD=1`: the bodies of console and REPL blocks as the commands print them now.
    var recorded: [(lines: Range<Int>, body: String)] = []

    init(path: String, folder: URL) {
        self.path = path
        self.folder = folder
    }

    static let repository = PlanFiles.repositoryRoot(from: #filePath)

    /// The page's text.
    static func text(_ path: String) throws -> String {
        String(decoding: try Data(contentsOf: URL(fileURLWithPath: repository + "/" + path)), as: UTF8.self)
    }

    /// Runs every block of the page; returns how many blocks of each kind ran.
    static func run(_ path: String) throws -> [String: Int] {
        var counts: [String: Int] = [:]
        try inFolder { folder in
            var page = DocumentationPage(path: path, folder: folder)
            let original = try text(path)
            for block in CodeBlock.all(in: original) { try page.run(block) }
            counts = page.counts
            if Golden.isRecording && !page.recorded.isEmpty {
                var lines = original.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
                for r in page.recorded.reversed() {
                    lines.replaceSubrange(r.lines, with: r.body.split(separator: "\n", omittingEmptySubsequences: false).dropLast().map(String.init))
                }
                try Data(lines.joined(separator: "\n").utf8).write(to: URL(fileURLWithPath: repository + "/" + path))
            }
        }
        return counts
    }

    mutating func run(_ block: CodeBlock) throws {
        let at = SourceLocation(fileID: "Planwerk/\(path)", filePath: Self.repository + "/" + path, line: block.line, column: 1)
        switch block.language {
        case "plan":
            if let name = block.attributes["file"] {
                try write(block.body, name, in: folder)
                counts["file", default: 0] += 1
            } else if let name = block.attributes["append"] {
                let old = (try? read(name, in: folder)) ?? ""
                try write(old + "\n" + block.body, name, in: folder)
                counts["append", default: 0] += 1
            } else if let code = block.attributes["error"] {
                try write(block.body, "example.plan", in: folder)
                let r = try PlanwerkExecutable.run(["check", "example.plan"], in: folder)
                #expect(r.status == 1, "\(path) \(block): expected error \(code)", sourceLocation: at)
                #expect(r.stderr.contains("error[\(code)]"), "\(path) \(block): expected \(code), got \(r.stderr)", sourceLocation: at)
                counts["error", default: 0] += 1
            } else {
                try write(block.body, "example.plan", in: folder)
                let check = try PlanwerkExecutable.run(["check", "example.plan"], in: folder)
                #expect(check.status == 0 && check.stderr == "example.plan: no problems\n",
                        "\(path) \(block) does not check clean:\n\(check.stderr)", sourceLocation: at)
                let run = try PlanwerkExecutable.run(["run", "example.plan"], in: folder)
                #expect(run.status == 0, "\(path) \(block) does not run clean:\n\(run.stdout)\(run.stderr)", sourceLocation: at)
                counts["plan", default: 0] += 1
            }
        case "console":
            let status = Int32(block.attributes["status"] ?? "0") ?? 0
            let commands = ConsoleCommand.all(in: block)
            #expect(!commands.isEmpty, "\(path) \(block) has no `$ ` line", sourceLocation: at)
            var record = ""
            for (k, c) in commands.enumerated() {
                let r = try Self.shell(c.command, in: folder)
                let expectedStatus = k == commands.count - 1 ? status : 0
                #expect(r.status == expectedStatus, "\(path) \(block): `\(c.command)` exited \(r.status)\n\(r.stderr)", sourceLocation: at)
                var actual = r.stdout + r.stderr
                var expected = c.output
                if block.attributes["excerpt"] != nil, expected.hasSuffix("…\n") {
                    expected.removeLast(2)
                    if actual.hasPrefix(expected) { actual = expected }
                }
                record += "$ \(c.command)\n" + (block.attributes["excerpt"] != nil ? c.output : actual)
                counts["command", default: 0] += 1
                if Golden.isRecording { continue }
                if let difference = Golden.firstDifference(expected: expected, actual: actual) {
                    Issue.record("\(path) \(block): `\(c.command)` prints something else; \(difference)\n--- it printed:\n\(actual)",
                                 sourceLocation: at)
                }
            }
            if Golden.isRecording { recorded.append((block.bodyLines, record)) }
        case "repl":
            var input = "", expected = ""
            var inputs: [String] = []
            for line in block.body.split(separator: "\n", omittingEmptySubsequences: false).dropLast() {
                if line.hasPrefix("planwerk> ") {
                    inputs.append(String(line.dropFirst("planwerk> ".count)))
                    input += inputs.last! + "\n"
                } else {
                    expected += line + "\n"
                }
            }
            let arguments = ["repl"] + (block.attributes["load"].map { [$0] } ?? [])
            if Golden.isRecording {
                // Each input's answer: what the REPL prints for the first k inputs beyond the first k - 1.
                // What it prints before any input (the file it loaded) comes first, as at a terminal.
                var before = try PlanwerkExecutable.run(arguments, stdin: "", in: folder)
                var body = before.stderr + before.stdout
                for k in inputs.indices {
                    let now = try PlanwerkExecutable.run(arguments, stdin: inputs.prefix(k + 1).map { $0 + "\n" }.joined(), in: folder)
                    body += "planwerk> \(inputs[k])\n" + now.stderr.dropFirst(before.stderr.count) + now.stdout.dropFirst(before.stdout.count)
                    before = now
                }
                recorded.append((block.bodyLines, body))
                counts["repl", default: 0] += 1
                return
            }
            let r = try PlanwerkExecutable.run(arguments, stdin: input, in: folder)
            #expect(r.status == 0, "\(path) \(block): the REPL exited \(r.status)\n\(r.stderr)", sourceLocation: at)
            // The examples show no mistakes: standard error holds only the line about the loaded file, shown first.
            if let difference = Golden.firstDifference(expected: expected, actual: r.stderr + r.stdout) {
                Issue.record("\(path) \(block): the REPL answers something else; \(difference)\n--- it printed:\n\(r.stderr)\(r.stdout)",
                             sourceLocation: at)
            }
            counts["repl", default: 0] += 1
        default:
            break
        }
    }

    /// Runs a command line with bash in `folder`, with the built `planwerk` first on the PATH.
    /// `swift run planwerk …` (the README's way) runs the built `planwerk …` in the repository,
    /// since a `swift run` inside `swift test` would wait for the build folder the tests hold.
    static func shell(_ command: String, in folder: URL) throws -> CommandResult {
        if command.hasPrefix("swift run planwerk ") {
            return try shell("planwerk " + command.dropFirst("swift run planwerk ".count), in: URL(fileURLWithPath: repository))
        }
        var environment = ProcessInfo.processInfo.environment
        environment["NO_COLOR"] = "1"
        environment["COLUMNS"] = "80"
        environment["PATH"] = try PlanwerkExecutable.url().deletingLastPathComponent().path + ":" + (environment["PATH"] ?? "/usr/bin:/bin")
        return try TestProcess.run(URL(fileURLWithPath: "/usr/bin/env"), ["bash", "-c", command], in: folder, environment: environment)
    }
}
