import Foundation
import Testing
@testable import PlanwerkChecking
@testable import PlanwerkSyntax

/// Loads in-memory files (the first is the root) and checks them.
func checkInMemory(_ files: [(String, String)]) -> [Diagnostic] {
    let graph = ModuleLoader(provider: MemorySourceProvider(Dictionary(uniqueKeysWithValues: files))).load(root: files[0].0)
    return Checker.check(graph).diagnostics
}

/// The rules stage: the cycle finder on large generated graphs, checks that
/// need more than one file (imported settings, the tracking sidecar), the
/// static reading of series, and the examples, which must stay clean.
@Suite struct RuleTests {
    func check(_ files: [(String, String)]) -> [Diagnostic] { checkInMemory(files) }

    func check(_ text: String) -> [Diagnostic] { check([("plan.plan", text)]) }

    // MARK: - Cycle finder

    @Test func aChainOfOneHundredThousandNodesClosedIntoACircleIsOneCycle() {
        let n = 100_000
        var graph = CycleFinder(nodeCount: n)
        for k in 0..<(n - 1) { graph.addEdge(from: k, to: k + 1) }
        #expect(graph.cycles().isEmpty)
        graph.addEdge(from: n - 1, to: 0)
        let cycles = graph.cycles()
        #expect(cycles.count == 1)
        #expect(cycles.first?.count == n)
        #expect(cycles.first?.first == 0)
    }

    @Test func eachTangleGivesOneCycleAndSelfLoopsCount() {
        // 0 → 1 → 2 → 0 and 1 → 0: one component, one (shortest) circle through 0.
        // 3 → 3: a self-loop. 4 → 5: no circle. 6 ↔ 7: another component.
        var graph = CycleFinder(nodeCount: 8)
        for (a, b) in [(0, 1), (1, 2), (2, 0), (1, 0), (3, 3), (4, 5), (6, 7), (7, 6)] { graph.addEdge(from: a, to: b) }
        #expect(graph.cycles() == [[0, 1], [3], [6, 7]])
    }

    @Test func manyDisjointCirclesInALargeGraph() {
        // 50,000 two-node circles hanging off one long chain.
        let pairs = 50_000
        var graph = CycleFinder(nodeCount: 2 * pairs)
        for k in 0..<pairs {
            graph.addEdge(from: 2 * k, to: 2 * k + 1)
            graph.addEdge(from: 2 * k + 1, to: 2 * k)
            if k + 1 < pairs { graph.addEdge(from: 2 * k + 1, to: 2 * k + 2) }
        }
        #expect(graph.cycles().count == pairs)
    }

    @Test func aPlanWithOneHundredThousandChainedTasksGivesOneDiagnostic() {
        var text = "start 2026-11-30\ncampaign big {\n"
        let n = 100_000
        for k in 0..<n { text += "  task t\(k) { after t\((k + n - 1) % n); duration 1d }\n" }
        text += "}\n"
        let d = check(text)
        #expect(d.map(\.code) == [.dependencyCycle])
        #expect(d.first?.message.hasPrefix("these wait for each other in a circle: `t0` → `t99999` → `t99998`") == true)
        #expect(d.first?.secondary.count == DependencyCycleRule.shownLabels)
        #expect(d.first?.notes.contains("the circle has 100000 steps") == true)
        // Without the closing edge, the chain is fine.
        let open = text.replacingOccurrences(of: "task t0 { after t99999; duration 1d }", with: "task t0 { duration 1d }")
        #expect(check(open).isEmpty)
    }

    // MARK: - Settings across files

    @Test func aSettingInAnImportedFileIsIgnoredWithAWarning() {
        let d = check([("plan.plan", "import \"org.plan\"\ntimezone \"Europe/Berlin\"\nstart 2026-11-30\n"),
                       ("org.plan", "timezone \"Europe/London\"\nstart 2026-11-30\ncurrency CHF\nteam social \"S\" { lead v; person v \"V\" }\n")])
        #expect(d.map(\.code) == [.importedSettingIgnored, .importedSettingIgnored])
        #expect(d.allSatisfy { $0.severity == .warning })
        #expect(d.first?.message == "`timezone \"Europe/London\"` in `org.plan` is ignored; the plan uses `timezone \"Europe/Berlin\"` from the root file")
        #expect(d.first?.secondary.first?.span.file == "plan.plan")
        #expect(d.last?.message == "`currency CHF` in `org.plan` is ignored; the plan has no `currency` and uses EUR")
    }

    @Test func nowMayBeSetOnceInAllFiles() {
        let d = check([("plan.plan", "start 2026-11-30\nnow 2026-12-08 12:00\n"), ("plan.status.plan", "now 2026-12-09 12:00\n")])
        #expect(d.map(\.code) == [.repeatedSetting])
        #expect(d.first?.span.file == "plan.status.plan")
        let one = check([("plan.plan", "start 2026-11-30\n"), ("plan.status.plan", "now 2026-12-09 12:00\n")])
        #expect(one.isEmpty)
    }

    // MARK: - Series read statically

    func recurrence(_ line: String) -> Recurrence {
        let plan = Parser.parse(SourceFile(path: "r", text: "report r { \(line) at 09:00 }"))
        for case .report(let r) in plan.declarations.map(\.kind) {
            for case .every(let rec) in (r.body?.clauses ?? []).map(\.kind) { return rec }
        }
        Issue.record("no recurrence in \(line)")
        return Recurrence(interval: nil, unit: .day, days: [], weekdayShorthand: false, modifiers: [], range: .empty)
    }

    @Test func whichSeriesAreSureToFallInEveryPeriod() {
        let from = DateLiteral(year: 2027, month: 1, day: 15)
        let cases: [(String, RecurrenceUnit, Bool)] = [
            ("every week on mon", .month, true), ("every workday", .month, true), ("every day", .month, true),
            ("every 4 weeks on fri", .month, true), ("every 5 weeks on fri", .month, false),
            ("every month on last workday", .month, true), ("every month on last workday", .quarter, true),
            ("every month on 15", .year, true), ("every month on 31", .month, false), ("every month on 5th fri", .month, false),
            ("every quarter on last workday", .month, false), ("every quarter on first mon", .quarter, true),
            ("every 3 months on 1", .quarter, true), ("every 2 quarters on 1", .year, true),
            ("every year on mar 31", .year, true), ("every year on feb 29", .year, false), ("every month", .month, true),
            ("every 2 weeks on mon", .week, false),
        ]
        for (line, period, expected) in cases {
            #expect(RecurrenceCoverage.fallsInEvery(period, recurrence(line), fromDay: from) == expected, "\(line) in every \(period)")
        }
        #expect(!RecurrenceCoverage.fallsInEvery(.month, recurrence("every month"), fromDay: DateLiteral(year: 2027, month: 1, day: 30)))
    }

    // MARK: - Distinct flows

    @Test func theSmallestOverdemandedGroupIsFound() {
        func person(_ n: String) -> Symbol {
            Symbol(name: n, kind: .person, module: ModuleID(0), span: SourceSpan(file: "p", range: .empty), declaration: 0)
        }
        let lena = person("lena"), tobias = person("tobias"), vivian = person("vivian")
        let twoOfLegal = StepEligibility(kind: .quorum, named: [lena, tobias], needed: 2, eligible: [lena, tobias])
        let byLena = StepEligibility(kind: .person, named: [lena], needed: 1, eligible: [lena])
        let byVivian = StepEligibility(kind: .person, named: [vivian], needed: 1, eligible: [vivian])
        #expect(DistinctFlowRule.overdemanded([byVivian, twoOfLegal, byLena]) == [1, 2])
        #expect(DistinctFlowRule.overdemanded([byVivian, twoOfLegal]) == nil)
    }

    // MARK: - The catalog

    @Test func examplesOfRuleCodesReallyProduceThem() {
        // Each P04xx example is a whole plan that gives its code; its fix gives nothing.
        // P0420 needs an imported file: aSettingInAnImportedFileIsIgnoredWithAWarning covers it.
        for e in DiagnosticCatalog.all where e.code.rawValue.hasPrefix("P04") && e.code != .importedSettingIgnored {
            let bad = check(e.example)
            #expect(bad.contains { $0.code == e.code }, "\(e.code)'s example gives \(bad.map(\.code))")
            let good = check(e.fix)
            #expect(good.isEmpty, "\(e.code)'s fix gives \(good.map { "\($0.code) \($0.message)" })")
        }
    }

    // MARK: - The shipped plans

    @Test func theExamplesCheckClean() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let folder = root.appendingPathComponent("examples")
        var plans = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".plan") && !$0.hasSuffix(".status.plan") }
        plans += try FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent("templates").path)
            .filter { $0.hasSuffix(".plan") }.map { "templates/" + $0 }
        #expect(plans.count >= 8)
        for plan in plans.sorted() {
            let graph = ModuleLoader(provider: DiskSourceProvider()).load(root: folder.appendingPathComponent(plan).path)
            let d = Checker.check(graph).diagnostics
            #expect(d.isEmpty, "\(plan): \(d.map { "\($0.code) \($0.message)" })")
        }
    }
}
