import Foundation
import PlanwerkChecking
import PlanwerkOutput
import PlanwerkScheduling
import PlanwerkSyntax
import PlanwerkTestSupport
import Testing

/// Bad input through the whole pipeline in one process: load, check,
/// schedule, the agenda, `due` and every export. Whatever the bytes, each
/// stage ends, and every diagnostic points into its file. (The same inputs
/// through the built executable, with exit statuses, are in
/// `PlanwerkCLITests/MalformedInputTests`; the libFuzzer targets in `Fuzz/`
/// run this pipeline on millions of inputs, docs/robustness.md.)
@Suite struct PipelineRobustnessTests {
    /// Runs everything a user can run on `bytes` (a plan, with an optional tracking sidecar).
    @discardableResult
    static func pipeline(_ bytes: [UInt8], sidecar: [UInt8]? = nil, sourceLocation: Testing.SourceLocation = #_sourceLocation) -> PlanRun {
        var files = ["fuzz.plan": bytes]
        if let sidecar { files["fuzz.status.plan"] = sidecar }
        let graph = ModuleLoader(provider: MemorySourceProvider(bytes: files)).load(root: "fuzz.plan")
        let run = PlanRun.run(graph)
        for d in run.diagnostics {
            let size = graph.sources[d.span.file]?.bytes.count ?? 0
            #expect(d.span.range.start >= 0 && d.span.range.end <= size, "diagnostic outside its file: \(d.code) \(d.message)",
                    sourceLocation: sourceLocation)
        }
        for format in DiagnosticFormat.allCases { _ = format.rendered(run.diagnostics, sources: graph.sources) }
        if let schedule = run.schedule {
            _ = Agenda(schedule: schedule, problems: Agenda.problemLines(schedule.diagnostics, sources: graph.sources)).rendered()
            let input = ExportInput(schedule: schedule, diagnostics: run.diagnostics, sources: graph.sources)
            for format in ExportFormat.allCases { #expect(!format.rendered(input).isEmpty, sourceLocation: sourceLocation) }
            _ = DueList(input, since: input.reference, until: input.upcomingEnd).rendered()
        } else {
            #expect(run.diagnostics.hasErrors, "no schedule, and no error saying why", sourceLocation: sourceLocation)
        }
        return run
    }

    static let example = PlanFiles.bytes(Examples.root + "/examples/tracking.plan")
    static let sidecar = PlanFiles.bytes(Examples.root + "/examples/tracking.status.plan")

    @Test func theExampleRunsClean() {
        #expect(Self.example.count > 3000)
        let run = Self.pipeline(Self.example, sidecar: Self.sidecar)
        #expect(run.schedule != nil && !run.diagnostics.hasErrors, "\(run.diagnostics.map(\.message))")
    }

    /// Cut anywhere, the plan loads with or without errors; cut at every ninth
    /// byte it is checked too, and at every thirteenth it goes through
    /// everything. (A full run at every byte takes minutes in a debug build;
    /// the fuzzer does the rest.)
    @Test func everyTruncationOfAnExample() {
        var scheduled = 0
        for cut in 0...Self.example.count {
            let bytes = Array(Self.example[0..<cut])
            if cut % 13 == 0 {
                if Self.pipeline(bytes).schedule != nil { scheduled += 1 }
                continue
            }
            let graph = ModuleLoader(provider: MemorySourceProvider(bytes: ["fuzz.plan": bytes])).load(root: "fuzz.plan")
            #expect(graph.diagnostics.allSatisfy { $0.span.range.end <= cut })
            if cut % 9 == 0 {
                #expect(Checker.check(graph).diagnostics.allSatisfy { $0.span.range.end <= cut })
            }
        }
        #expect(scheduled > 10, "some cuts end between declarations and still schedule")
    }

    /// A tracking sidecar cut short (the REPL appends to it) still loads with its plan.
    @Test func truncationsOfATrackingSidecar() {
        for cut in stride(from: 0, through: Self.sidecar.count, by: 17) {
            Self.pipeline(Self.example, sidecar: Array(Self.sidecar[0..<cut]))
        }
    }
}
