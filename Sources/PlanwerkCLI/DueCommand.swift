import ArgumentParser
import Foundation
import PlanwerkChecking
import PlanwerkOutput

/// How `due` prints its list.
enum DueFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json
}

/// `planwerk due FILE [--since T] [--until T]`: what falls due in a window,
/// for a daily CI job. The window starts at `--since`, else the plan's `now`
/// (or `--now`), else the plan's start (midnight), and ends at `--until`, else
/// one calendar day later at the same clock time; times are the plan's
/// wall-clock times. Exit 0 when listed (nothing due included), 1 when the
/// plan has errors (the list is still printed when it could be scheduled),
/// 2 on usage or I/O errors.
struct DueCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "due",
        abstract: "List what falls due in a window: reports, posts, approval steps, deadlines; for a daily CI job.")

    @OptionGroup var options: ScheduleOptions

    @Option(help: "The window's start, in the plan's time zone (`2026-12-07` or `2026-12-07T09:00`); default: `now`, else the plan's start.")
    var since: String?

    @Option(help: "The window's end, not included; default: one day after its start.")
    var until: String?

    @Option(help: "text, or json for bots.")
    var format: DueFormat = .text

    func run() throws {
        let sinceValue = try since.map { try Self.dateTime($0, "--since") }
        let untilValue = try until.map { try Self.dateTime($0, "--until") }
        let result = try options.run()
        guard let schedule = result.schedule else {
            options.finish(result)
            throw ExitCode(1)
        }
        let input = ExportInput(schedule: schedule, diagnostics: result.diagnostics, sources: result.graph.sources)
        let calendar = schedule.calendar
        let start = sinceValue.map { calendar.instant($0) } ?? input.reference
        let local = calendar.local(start)
        let end = untilValue.map { calendar.instant($0) }
            ?? calendar.instant(CivilDateTime(date: CivilDate(dayNumber: local.date.dayNumber + 1), minute: local.minute))
        guard end > start else {
            options.finish(result)
            throw ValidationError("--until must be after --since")
        }
        let list = DueList(input, since: start, until: end)
        FileHandle.standardOutput.write(Data((format == .json ? list.json() : list.rendered()).utf8))
        options.finish(result)
        ProcessEnd.exit(result.diagnostics.hasErrors ? 1 : 0, keeping: result)
    }

    static func dateTime(_ text: String, _ option: String) throws -> CivilDateTime {
        guard let t = ScheduleOptions.dateTime(text) else {
            throw ValidationError("\(option) takes a date or date-time such as 2026-12-07 or 2026-12-07T09:00, not `\(text)`")
        }
        return t
    }
}
