import ArgumentParser
import Foundation
import PlanwerkChecking
import PlanwerkOutput
import PlanwerkScheduling
import PlanwerkSyntax

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
        options.finish(result)
        if let schedule = result.schedule {
            let problems = Agenda.problemLines(schedule.diagnostics, sources: result.graph.sources)
            let agenda = Agenda(schedule: schedule, days: (from == nil && to == nil) ? nil : lower...upper, problems: problems)
            FileHandle.standardOutput.write(Data(agenda.rendered().utf8))
        }
        ProcessEnd.exit(result.diagnostics.hasErrors ? 1 : 0, keeping: result)
    }

    static func date(_ text: String, _ option: String) throws -> CivilDate {
        guard let d = ScheduleOptions.dateTime(text)?.date else { throw ValidationError("\(option) takes a date such as 2026-12-01, not `\(text)`") }
        return d
    }
}
