import ArgumentParser
import Foundation
import PlanwerkOutput
import PlanwerkSyntax

extension ExportFormat: ExpressibleByArgument {}

/// `planwerk export FILE --format F [-o OUT]`: the schedule as JSON, ICS,
/// CSV, Mermaid, HTML or Markdown (docs/exports.md).
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write the schedule as json, ics, csv, mermaid, html or markdown to standard output or a file; exit 1 on problems.")

    @OptionGroup var options: ScheduleOptions

    @Option(help: "The output format: json, ics, csv, mermaid, html or markdown.")
    var format: ExportFormat

    @Option(name: .shortAndLong, help: "Write to this file instead of standard output.")
    var output: String?

    func run() throws {
        let result = try options.run()
        guard let schedule = result.schedule else {
            options.finish(result)
            throw ExitCode(1)
        }
        let text = format.rendered(ExportInput(schedule: schedule, diagnostics: result.diagnostics, sources: result.graph.sources))
        if let output {
            if let failure = OutputFile.write(text, to: output) {
                options.finish(result, extra: [failure])
                throw ExitCode(2)
            }
        } else {
            FileHandle.standardOutput.write(Data(text.utf8))
        }
        options.finish(result)
        ProcessEnd.exit(result.diagnostics.hasErrors ? 1 : 0, keeping: result)
    }
}

/// Writing an export to a file, atomically; a failure is a P0802 diagnostic.
enum OutputFile {
    /// Nil when written, else the diagnostic saying why not.
    static func write(_ text: String, to path: String) -> Diagnostic? {
        do {
            try Data(text.utf8).write(to: URL(fileURLWithPath: path), options: .atomic)
            return nil
        } catch {
            let folder = (path as NSString).deletingLastPathComponent
            let missing = !folder.isEmpty && !FileManager.default.fileExists(atPath: folder)
            return Diagnostic(.cannotWriteFile, .error,
                              missing ? "I cannot write `\(path)`: there is no folder `\(folder)`" : "I cannot write `\(path)`",
                              at: SourceSpan(file: path, range: .empty),
                              help: [missing ? "create the folder first, or write somewhere else with `-o`" : "check the folder's permissions"])
        }
    }
}
