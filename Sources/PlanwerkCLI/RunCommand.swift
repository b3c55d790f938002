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

/// Options shared by `run` and `export`: the plan, imports, tracking date, assumption.
struct ScheduleOptions: ParsableArguments {
    @Argument(help: "The plan file to schedule.")
    var file: String

    @Option(name: .customLong("include"), help: "A folder to look for imported files in (repeatable; PLANWERK_PATH adds more).")
    var includes: [String] = []

    @Option(help: "The tracking date-time, overriding the plan's `now` (`2026-12-08 12:00` or `2026-12-08T12:00`).")
    var now: String?

    @Option(help: "How long approval steps take: `worst` (their SLA) or `expected` (their `expect` time).")
    var assume: Assumption = .worst

    /// Loads, checks, schedules; prints diagnostics to stderr. Nil when the root cannot be read (exit 2).
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
            var err = StandardError()
            print("note: \(file) is the tracking file of \(plan); scheduling them together", to: &err)
            root = plan
        }
        let graph = loader.load(root: root)
        let result = PlanRun.run(graph, options: SchedulingOptions(assumeExpected: assume == .expected), now: nowValue)
        DiagnosticOutput.print(result.diagnostics, sources: graph.sources)
        if !graph.rootLoaded { throw ExitCode(2) }
        return result
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

/// `planwerk run FILE`: schedule the plan, check its assertions, print the agenda.
struct RunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Schedule a plan, check rules and assertions, and print the agenda; exit 1 on problems.")

    @OptionGroup var options: ScheduleOptions

    @Option(help: "Show the agenda from this date on (inclusive).")
    var from: String?

    @Option(help: "Show the agenda up to this date (inclusive).")
    var to: String?

    func run() throws {
        let lower = try from.map { try Self.date($0, "--from") } ?? CivilDate.minimum
        let upper = try to.map { try Self.date($0, "--to") } ?? CivilDate.maximum
        guard lower <= upper else { throw ValidationError("--from must not be after --to") }
        let result = try options.run()
        if let schedule = result.schedule {
            let problems = Agenda.problemLines(schedule.diagnostics, sources: result.graph.sources)
            let agenda = Agenda(schedule: schedule, days: (from == nil && to == nil) ? nil : lower...upper, problems: problems)
            FileHandle.standardOutput.write(Data(agenda.rendered().utf8))
        }
        DiagnosticOutput.summary(of: result.diagnostics, for: options.file)
        if result.diagnostics.hasErrors { throw ExitCode(1) }
    }

    static func date(_ text: String, _ option: String) throws -> CivilDate {
        guard let d = ScheduleOptions.dateTime(text)?.date else { throw ValidationError("\(option) takes a date such as 2026-12-01, not `\(text)`") }
        return d
    }
}

/// The formats `export` writes.
enum ExportFormat: String, ExpressibleByArgument, CaseIterable {
    case json
}

/// `planwerk export FILE --format F [-o OUT]`: the schedule as data.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write the schedule as JSON to standard output or a file; exit 1 on problems.")

    @OptionGroup var options: ScheduleOptions

    @Option(help: "The output format.")
    var format: ExportFormat

    @Option(name: .shortAndLong, help: "Write to this file instead of standard output.")
    var output: String?

    func run() throws {
        let result = try options.run()
        guard let schedule = result.schedule else { throw ExitCode(1) }
        let text: String
        switch format {
        case .json: text = ScheduleJSON(schedule: schedule, diagnostics: result.diagnostics, sources: result.graph.sources).rendered()
        }
        if let output {
            do {
                try Data(text.utf8).write(to: URL(fileURLWithPath: output), options: .atomic)
            } catch {
                let folder = (output as NSString).deletingLastPathComponent
                let missing = !folder.isEmpty && !FileManager.default.fileExists(atPath: folder)
                DiagnosticOutput.print([Diagnostic(.cannotWriteFile, .error,
                                                   missing ? "I cannot write `\(output)`: there is no folder `\(folder)`" : "I cannot write `\(output)`",
                                                   at: SourceSpan(file: output, range: .empty),
                                                   help: [missing ? "create the folder first, or write somewhere else with `-o`" : "check the folder's permissions"])],
                                       sources: [:])
                throw ExitCode(2)
            }
        } else {
            FileHandle.standardOutput.write(Data(text.utf8))
        }
        if result.diagnostics.hasErrors { throw ExitCode(1) }
    }
}
