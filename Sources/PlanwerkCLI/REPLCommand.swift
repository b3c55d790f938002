import ArgumentParser
import PlanwerkREPL

/// `planwerk repl [FILE]`: the interactive REPL (LANGUAGE.md §8); `planwerk`
/// alone starts it too. Without a terminal it reads standard input line by
/// line, prints no prompt, and exits 1 if any line had an error.
struct REPLCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "repl",
        abstract: "Explore a plan interactively: declarations, values, agenda, Gantt chart (`:help` inside).")

    @Argument(help: "A plan file to load first.")
    var file: String?

    @Option(name: .customLong("include"), help: "A folder to look for imported files in (repeatable; PLANWERK_PATH adds more).")
    var includes: [String] = []

    func run() throws {
        let status = REPLProgram.run(file: file, includes: includes)
        if status != 0 { throw ExitCode(status) }
    }
}
