import Foundation
import PlanwerkTestSupport
import Testing

/// The built `planwerk` in a real pseudo-terminal (readline: Tab, Ctrl-C,
/// Ctrl-D, the history file) and with a script piped in (no terminal).
@Suite(.serialized) struct TerminalTests {
    static let fixtures = PlanFiles.folder(of: #filePath) + "/Fixtures"
    static let script = PlanFiles.folder(of: #filePath) + "/Terminal/session.py"

    /// Runs a program to its end; its status, standard output and standard error.
    static func run(_ program: String, _ arguments: [String]) throws -> (status: Int32, output: String, errors: String) {
        let log = FileManager.default.temporaryDirectory.appendingPathComponent("planwerk-stderr-\(UUID().uuidString)")
        try Data().write(to: log)
        defer { try? FileManager.default.removeItem(at: log) }
        let errors = try FileHandle(forWritingTo: log)
        defer { try? errors.close() }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [program] + arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = errors
        try process.run()
        let output = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: output, as: UTF8.self), String(decoding: try Data(contentsOf: log), as: UTF8.self))
    }

    @Test func aPersonAtATerminal() throws {
        let pexpect = try Self.run("python3", ["-c", "import pexpect"])
        try #require(pexpect.status == 0, "this test needs python3 with pexpect (apt-get install python3-pexpect; .ci/run installs it)")
        let home = FileManager.default.temporaryDirectory.appendingPathComponent("planwerk-home-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: home, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: home) }

        let session = try Self.run("python3", [Self.script, try PlanwerkExecutable.url().path, Self.fixtures, home])
        #expect(session.status == 0, "the pexpect session failed; what the terminal showed:\n\(session.errors.suffix(3000))")
        #expect(session.output == "OK\n")

        // Non-blank lines only, as typed (completion left a space after what it completed).
        let history = try String(contentsOfFile: home + "/.local/state/planwerk/history", encoding: .utf8)
        #expect(history == """
            spring.budget * 2
            legal_days 
            count([1,
            1 + 1
            budgte
            :load spring.plan 
            :quit

            """)
    }

    @Test func aScriptPipedInGetsNoPrompts() throws {
        let script = """
            :load spring.plan
            spring.budget * 2
            let legal_days = 3bd
            spring.teaser.start
            """
        let r = try PlanwerkExecutable.run(["repl"], stdin: script, in: URL(fileURLWithPath: Self.fixtures))
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout == "loaded spring.plan: no problems\n24000 EUR : Money\n2026-12-08 17:00 : DateTime\n")
        #expect(r.stderr.contains("note[P0210]: `legal_days` is declared again"))
        #expect(!r.stdout.contains("planwerk>") && !r.stdout.contains("Planwerk REPL"))
    }

    @Test func aPipedScriptWithAnErrorExitsOne() throws {
        let r = try PlanwerkExecutable.run(["repl", "spring.plan"], stdin: "nothing\n1 + 1\n", in: URL(fileURLWithPath: Self.fixtures))
        #expect(r.status == 1)
        #expect(r.stdout == "loaded spring.plan: no problems\n2 : Int\n", "the line after the error still runs")
        #expect(r.stderr.hasPrefix("<repl>:1:1: error[P0212]: I don't know anything called `nothing`\n"))
    }

    @Test func quitStopsReadingAndPlanwerkAloneIsTheREPL() throws {
        let r = try PlanwerkExecutable.run([], stdin: "1 + 1\n:quit\nnothing\n", in: URL(fileURLWithPath: Self.fixtures))
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout == "2 : Int\n")
        #expect(r.stderr.isEmpty)
    }

    @Test func anUnfinishedInputAtTheEndIsTakenAsItIs() throws {
        let r = try PlanwerkExecutable.run(["repl"], stdin: "count([1, 2,\n  3])\nlet x = (1 +\n", in: URL(fileURLWithPath: Self.fixtures))
        #expect(r.stdout == "3 : Int\n")
        #expect(r.stderr.contains("<repl>:3:13: error[P0103]"))
        #expect(r.status == 1)
    }

    @Test func theOtherCommandsAreUnchanged() throws {
        let help = try PlanwerkExecutable.run(["--help"])
        #expect(help.status == 0)
        #expect(help.stdout.contains("repl") && help.stdout.contains("check"))
        let usage = try PlanwerkExecutable.run(["frobnicate"])
        #expect(usage.status == 2)
        let explain = try PlanwerkExecutable.run(["explain", "P0901"])
        #expect(explain.status == 0 && explain.stdout.hasPrefix("P0901: an unknown REPL command"))
    }
}
