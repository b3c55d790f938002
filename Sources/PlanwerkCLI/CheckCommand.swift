import ArgumentParser
import Foundation
import PlanwerkSyntax

/// `planwerk check FILE…`: parse (and, as stages land, check) each file as its own root.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Parse and check plans; print diagnostics; exit 1 on errors.")

    @Argument(help: "Plan files to check, each as its own root.")
    var files: [String]

    func run() throws {
        var failed = false
        for path in files {
            guard let data = FileManager.default.contents(atPath: path) else {
                FileHandle.standardError.write(Data("\(path): error[P0801]: cannot read this file\n".utf8))
                throw ExitCode(2)
            }
            let source = SourceFile(path: path, bytes: Array(data))
            let plan = Parser.parse(source)
            let renderer = TerminalRenderer(sources: [path: source], color: isatty(2) == 1)
            let text = renderer.render(plan.diagnostics.sortedForDisplay())
            FileHandle.standardError.write(Data(text.utf8))
            if plan.diagnostics.hasErrors { failed = true }
        }
        if failed { throw ExitCode(1) }
    }
}
