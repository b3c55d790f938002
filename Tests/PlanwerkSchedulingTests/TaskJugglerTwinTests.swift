import Foundation
import PlanwerkGenerator
import PlanwerkScheduling
import PlanwerkTestSupport
import Testing

/// The TaskJuggler twin of a generated plan (for `scripts/compare-tj3.py`)
/// describes the same work: the same people, tasks and dependencies, and
/// TaskJuggler 3 itself accepts and schedules it. Needs Debian's `tj3`
/// (`.ci/run` installs it).
@Suite struct TaskJugglerTwinTests {
    static func options(_ tasks: Int) -> PlanGenerator.Options {
        var o = PlanGenerator.Options(tasks: tasks, seed: 7)
        o.posts = false
        o.reports = false
        return o
    }

    @Test func twinHasTheSamePeopleTasksAndDependencies() throws {
        let o = Self.options(200)
        let project = SyntheticProject(o)
        let tjp = TaskJugglerWriter(project).text()
        let run = scheduled(PlanGenerator(o).planText(), path: "generated.plan")
        let schedule = try #require(run.schedule)
        func count(_ prefix: String) -> Int { tjp.split(separator: "\n").filter { $0.trimmingCharacters(in: .whitespaces).hasPrefix(prefix) }.count }
        #expect(count("task t") == schedule.tasks.count)
        #expect(count("resource p") == project.people.count)
        #expect(count("task c") == project.campaigns.count)
        let dependencies = project.campaigns.flatMap(\.tasks).reduce(0) { $0 + $1.dependencies.count }
        let written = tjp.split(separator: "\n").filter { $0.contains("depends ") }.reduce(0) { $0 + $1.split(separator: ",").count }
        #expect(written == dependencies)
        #expect(dependencies > 150, "the generator draws 1–2 dependencies per task")
        #expect(tjp.split(separator: "\n").filter { $0.contains("leaves annual") }.count == project.people.filter { $0.away != nil }.count)
    }

    @Test func tj3SchedulesTheTwin() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("planwerk-tj3-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("twin.tjp")
        try TaskJugglerWriter(SyntheticProject(Self.options(100))).text().write(to: file, atomically: true, encoding: .utf8)
        let result = try TestProcess.run(URL(fileURLWithPath: "/usr/bin/env"), ["tj3", "--silent", "--no-reports", file.path])
        #expect(result.status != 127, "tj3 is missing: apt-get install tj3 (.ci/run does); this comparison must run")
        #expect(result.status == 0, "tj3 rejected the twin: \(result.stderr.split(separator: "\n").filter { $0.contains("Error") }.prefix(3))")
    }
}
