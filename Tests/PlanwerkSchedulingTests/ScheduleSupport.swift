import Foundation
import PlanwerkChecking
import PlanwerkOutput
import PlanwerkScheduling
import PlanwerkSyntax
import Testing

/// Schedules plan text held in memory (with files it imports, if given).
func scheduled(_ text: String, path: String = "test.plan", files: [String: String] = [:],
               options: SchedulingOptions = SchedulingOptions()) -> PlanRun {
    var all = files
    all[path] = text
    let loader = ModuleLoader(provider: MemorySourceProvider(all), searchPath: [])
    return PlanRun.run(loader.load(root: path), options: options)
}

/// Schedules a plan file on disk.
func scheduledFile(_ path: String, options: SchedulingOptions = SchedulingOptions()) -> PlanRun {
    PlanRun.run(ModuleLoader(provider: DiskSourceProvider(), searchPath: []).load(root: path), options: options)
}

/// A compact, exact account of a schedule for golden files: every task,
/// approval step and report occurrence with ISO 8601 times and offsets,
/// slack and lateness, why each task starts when it does, then the
/// diagnostics as a user sees them and the assertions.
func summary(_ run: PlanRun) -> String {
    var out = ""
    if let s = run.schedule {
        let f = TimeFormat(calendar: s.calendar)
        for t in s.tasks {
            out += "\(t.kind.rawValue) \(t.id)  \(f.iso(t.start)) → \(f.iso(t.end))  slack \(TimeFormat.isoWork(t.slack))"
            if let late = t.late { out += "  late \(TimeFormat.isoWork(late))" }
            if !t.assignees.isEmpty { out += "  [\(t.assignees.joined(separator: ", "))]" }
            if let a = t.approved { out += "  approved \(f.iso(a))" }
            out += "  because \(t.because)\n"
        }
        for a in s.approvals {
            out += "approval \(a.subject) step \(a.step)\(a.round > 1 ? " round \(a.round)" : "") \"\(a.label)\" by [\(a.by.joined(separator: ", "))]  \(f.iso(a.start)) → \(f.iso(a.end))"
            if let d = a.decision { out += "  \(d.rawValue)" }
            if let to = a.escalatedTo { out += "  escalated to [\(to.joined(separator: ", "))]" }
            if a.overdue { out += "  overdue" }
            if let r = a.remindAt { out += "  remind \(f.iso(r))" }
            out += "\n"
        }
        for r in s.reworks {
            out += "rework \(r.subject) after round \(r.round) by [\(r.by.joined(separator: ", "))]  \(f.iso(r.start)) → \(f.iso(r.end))\n"
        }
        for r in s.reports {
            out += "report \(r.id)#\(r.occurrence) due \(f.iso(r.due))"
            if let p = r.preparationStart, let e = r.preparationEnd { out += "  preparation \(f.iso(p)) → \(f.iso(e))" }
            out += "\n"
        }
        for a in s.assertions {
            out += "assert \(a.outcome.rawValue): \(a.source)\(a.values.isEmpty ? "" : "  (\(a.values.joined(separator: "; ")))")\n"
        }
    } else {
        out += "(no schedule)\n"
    }
    if !run.diagnostics.isEmpty {
        out += "\n" + TerminalRenderer(sources: run.graph.sources, color: false).render(run.diagnostics.sortedForDisplay())
    }
    return out
}

/// A catalog entry's example gives its code when run; its fix runs without errors and without that code.
func expectExampleGivesItsCodeAndFixDoesNot(_ e: DiagnosticCatalog.Entry) {
    let code = e.code.rawValue
    let bad = scheduled(e.example)
    #expect(bad.diagnostics.contains { $0.code == e.code }, "\(code)'s example gives \(bad.diagnostics.map(\.code.rawValue))")
    let good = scheduled(e.fix)
    #expect(!good.diagnostics.hasErrors, "\(code)'s fix gives \(good.diagnostics.map { "\($0.code) \($0.message)" })")
    #expect(!good.diagnostics.contains { $0.code == e.code }, "\(code)'s fix still gives it")
}
