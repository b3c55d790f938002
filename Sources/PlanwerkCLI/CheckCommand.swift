import ArgumentParser
import Foundation
import PlanwerkSyntax

/// `planwerk check FILE…`: parse and check each file as its own root; print
/// diagnostics to stderr; exit 1 on plan errors, 2 on usage or I/O errors.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Parse and check plans; print diagnostics; exit 1 on errors.")

    @Argument(help: "Plan files to check, each as its own root.")
    var files: [String]

    func run() throws {
        var failed = false
        var ioFailed = false
        for path in files {
            switch SourceReader.read(path) {
            case .failure(let diagnostic):
                DiagnosticOutput.print([diagnostic], sources: [:])
                ioFailed = true
            case .success(let source):
                let plan = Parser.parse(source)
                DiagnosticOutput.print(plan.diagnostics, sources: [source.path: source])
                if plan.diagnostics.hasErrors { failed = true }
            }
        }
        if ioFailed { throw ExitCode(2) }
        if failed { throw ExitCode(1) }
    }
}
