import Foundation
import PlanwerkChecking
import PlanwerkOutput
import PlanwerkScheduling
import PlanwerkSyntax
import PlanwerkTestSupport

/// The repository and its example plans, for export tests.
enum Examples {
    static let root = PlanFiles.repositoryRoot(from: #filePath)
    static let fixtures = root + "/Tests/PlanwerkOutputTests/Fixtures"

    /// `examples/NAME.plan` of every example that is a plan of its own (not a tracking sidecar).
    static let names: [String] = ((try? FileManager.default.contentsOfDirectory(atPath: root + "/examples")) ?? [])
        .filter { $0.hasSuffix(".plan") && !$0.hasSuffix(".status.plan") }
        .map { String($0.dropLast(".plan".count)) }.sorted()

    /// An example scheduled, as the exports read it.
    static func input(_ name: String) -> ExportInput { input(file: root + "/examples/\(name).plan") }

    /// A plan file on disk scheduled.
    static func input(file: String, now: CivilDateTime? = nil) -> ExportInput {
        let run = PlanRun.run(ModuleLoader(provider: DiskSourceProvider(), searchPath: []).load(root: file), now: now)
        return ExportInput(schedule: run.schedule!, diagnostics: run.diagnostics, sources: run.graph.sources)
    }
}

/// Plan text held in memory, scheduled; nil when it does not check.
func exportInput(_ text: String, path: String = "test.plan", now: CivilDateTime? = nil) -> ExportInput? {
    let loader = ModuleLoader(provider: MemorySourceProvider([path: text]), searchPath: [])
    let run = PlanRun.run(loader.load(root: path), now: now)
    guard let schedule = run.schedule else { return nil }
    return ExportInput(schedule: schedule, diagnostics: run.diagnostics, sources: run.graph.sources)
}

/// Instants of ISO 8601 date-times with a numeric offset (`2026-11-30T09:00:00+01:00`), as minutes since 1970 UTC.
func utcMinutes(iso: String) -> Int? {
    let scalars = Array(iso.utf8)
    guard scalars.count == 25 else { return nil }
    func number(_ from: Int, _ length: Int) -> Int? { Int(String(decoding: scalars[from..<(from + length)], as: UTF8.self)) }
    guard let y = number(0, 4), let mo = number(5, 2), let d = number(8, 2), let h = number(11, 2), let mi = number(14, 2),
          let oh = number(20, 2), let om = number(23, 2), let date = CivilDate(year: y, month: mo, day: d) else { return nil }
    let offset = (oh * 60 + om) * (scalars[19] == UInt8(ascii: "-") ? -1 : 1)
    return date.dayNumber * 1440 + h * 60 + mi - offset
}
