import ArgumentParser
import Foundation
import PlanwerkChecking
import PlanwerkOutput
import PlanwerkScheduling
import PlanwerkSyntax

/// Which durations approval steps take: the SLA (worst case) or `expect`.
enum Assumption: String, ExpressibleByArgument, CaseIterable {
    case worst, expected
}

/// Options shared by `run`, `export` and `due`: the plan, imports, tracking
/// date, assumption and the format of diagnostics.
struct ScheduleOptions: ParsableArguments {
    @Argument(help: "The plan file to schedule.")
    var file: String

    @Option(name: .customLong("include"), help: "A folder to look for imported files in (repeatable; PLANWERK_PATH adds more).")
    var includes: [String] = []

    @Option(help: "The tracking date-time, overriding the plan's `now` (`2026-12-08 12:00` or `2026-12-08T12:00`).")
    var now: String?

    @Option(help: "How long approval steps take: `worst` (their SLA) or `expected` (their `expect` time).")
    var assume: Assumption = .worst

    @OptionGroup var diagnostics: DiagnosticOptions

    var format: DiagnosticFormat { diagnostics.format }

    /// Loads, checks, schedules. When the root cannot be read, prints the
    /// diagnostics and exits 2; otherwise the caller reports them with ``finish(_:extra:)``.
    func run() throws -> PlanRun {
        var nowValue: CivilDateTime? = nil
        if let now {
            guard let parsed = Self.dateTime(now) else {
                throw ValidationError("--now takes a date-time such as 2026-12-08T12:00, not `\(now)`")
            }
            nowValue = parsed
        }
        let loader = ModuleLoader(provider: DiskSourceProvider(),
                                  searchPath: ModuleLoader.searchPath(include: includes, environment: ProcessInfo.processInfo.environment))
        var root = file
        if let plan = CheckCommand.planOfSidecar(file) {
            DiagnosticOutput.note("\(file) is the tracking file of \(plan); scheduling them together", format: format)
            root = plan
        }
        let graph = loader.load(root: root)
        let result = PlanRun.run(graph, options: SchedulingOptions(assumeExpected: assume == .expected), now: nowValue)
        if !graph.rootLoaded {
            DiagnosticOutput.print(result.diagnostics, sources: graph.sources, format: format)
            throw ExitCode(2)
        }
        return result
    }

    /// Writes the run's diagnostics (and any `extra` ones, such as an output
    /// file that cannot be written) in the chosen format, then the summary line.
    func finish(_ result: PlanRun, extra: [Diagnostic] = []) {
        DiagnosticOutput.print(result.diagnostics + extra, sources: result.graph.sources, format: format)
        DiagnosticOutput.summary(of: result.diagnostics + extra, for: file, format: format)
    }

    /// `2026-12-08 12:00`, `2026-12-08T12:00` or a date alone (its midnight).
    static func dateTime(_ text: String) -> CivilDateTime? {
        let t = text.replacingOccurrences(of: "T", with: " ")
        let parts = t.split(separator: " ")
        guard let d = parts.first.flatMap({ date(String($0)) }) else { return nil }
        if parts.count == 1 { return CivilDateTime(date: d, minute: 0) }
        let hm = parts[1].split(separator: ":").compactMap { Int($0) }
        guard parts.count == 2, hm.count == 2, (0..<24).contains(hm[0]), (0..<60).contains(hm[1]) else { return nil }
        return CivilDateTime(date: d, minute: hm[0] * 60 + hm[1])
    }

    static func date(_ text: String) -> CivilDate? {
        let p = text.split(separator: "-").compactMap { Int($0) }
        guard p.count == 3 else { return nil }
        return CivilDate(year: p[0], month: p[1], day: p[2])
    }
}
