import ArgumentParser
import Foundation
import PlanwerkChecking
import PlanwerkScheduling
import PlanwerkSyntax

/// `planwerk check FILE…`: load each file as its own root with its imports,
/// check it (and its tracking lines, ``TrackingCheck``), print diagnostics to stderr; exit 1 on plan errors, 2 when a
/// root file cannot be read.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Parse and check plans; print diagnostics; exit 1 on errors.")

    @Argument(help: "Plan files to check, each as its own root (`-` reads standard input).")
    var files: [String]

    @Option(name: .customLong("include"), help: "A folder to look for imported files in (repeatable; PLANWERK_PATH adds more).")
    var includes: [String] = []

    @OptionGroup var diagnostics: DiagnosticOptions

    func run() throws {
        let format = diagnostics.format
        var failed = false
        var ioFailed = false
        // JSON and SARIF are one document for all files, written at the end.
        var all: [Diagnostic] = [], sources: [String: SourceFile] = [:]
        var kept: [(ModuleGraph, Checker.Result)] = [] // torn down by the process's end, not object by object
        let loader = ModuleLoader(provider: DiskSourceProvider(),
                                  searchPath: ModuleLoader.searchPath(include: includes, environment: ProcessInfo.processInfo.environment))
        for path in files {
            let graph: ModuleGraph
            if path == "-" {
                switch SourceReader.read(path) {
                case .failure(let diagnostic):
                    // Too large: said like any file the loader cannot read.
                    if format.isDocument { all.append(diagnostic) } else { DiagnosticOutput.print([diagnostic], sources: [:], format: format) }
                    ioFailed = true
                    continue
                case .success(let source):
                    graph = loader.load(source: source)
                }
            } else if let plan = Self.planOfSidecar(path) {
                // A tracking sidecar speaks of its plan's names: check the plan, which reads it.
                DiagnosticOutput.note("\(path) is the tracking file of \(plan); checking them together", format: format)
                graph = loader.load(root: plan)
            } else {
                graph = loader.load(root: path)
            }
            var result = Checker.check(graph)
            result.diagnostics += TrackingCheck.diagnostics(graph, checked: result)
            if format.isDocument {
                all += result.diagnostics
                sources.merge(graph.sources) { a, _ in a }
            } else {
                DiagnosticOutput.print(result.diagnostics, sources: graph.sources, format: format)
            }
            if graph.rootLoaded { DiagnosticOutput.summary(of: result.diagnostics, for: graph[graph.root].path, format: format) }
            if !graph.rootLoaded { ioFailed = true }
            if result.diagnostics.hasErrors { failed = true }
            kept.append((graph, result))
        }
        if format.isDocument { DiagnosticOutput.print(all, sources: sources, format: format) }
        ProcessEnd.exit(ioFailed ? 2 : failed ? 1 : 0, keeping: kept)
    }

    /// `NAME.plan` for an existing `NAME.status.plan` whose plan exists.
    static func planOfSidecar(_ path: String) -> String? {
        guard path.hasSuffix(".status.plan") else { return nil }
        let plan = String(path.dropLast(".status.plan".count)) + ".plan"
        return FileManager.default.fileExists(atPath: plan) ? plan : nil
    }
}
