// planwerk-bench: measures the pipeline's stages on generated plans.
// Build and run in release mode:
//   swift run -c release planwerk-bench parse --tasks 20000
//   swift run -c release planwerk-bench check --tasks 1000,10000,100000
//   swift run -c release planwerk-bench schedule --tasks 1000,5000,10000,100000
//   swift run -c release planwerk-bench generate --tasks 1000 > big.plan
//   swift run -c release planwerk-bench generate --tasks 1000 --no-posts --no-reports --format tjp > big.tjp
import Foundation
import PlanwerkChecking
import PlanwerkScheduling
import PlanwerkOutput
import PlanwerkGenerator
import PlanwerkSyntax

struct Arguments {
    var command = "parse"
    var tasks = [1_000, 10_000, 20_000]
    var runs = 5
    var seed: UInt64 = 1
    var format = "plan"
    var posts = true
    var reports = true

    init(_ args: [String]) {
        var it = args.dropFirst().makeIterator()
        if let first = args.dropFirst().first, !first.hasPrefix("-") { command = first; _ = it.next() }
        while let a = it.next() {
            switch a {
            case "--tasks": tasks = (it.next() ?? "").split(separator: ",").compactMap { Int($0) }
            case "--runs": runs = Int(it.next() ?? "") ?? runs
            case "--seed": seed = UInt64(it.next() ?? "") ?? seed
            case "--format": format = it.next() ?? format
            case "--no-posts": posts = false
            case "--no-reports": reports = false
            default:
                FileHandle.standardError.write(Data("usage: planwerk-bench [parse|check|check-stages|schedule|generate|profile-types|profile-rules|profile-elaborate|profile-schedule] [--tasks N[,N…]] [--runs K] [--seed S] [--format plan|tjp] [--no-posts] [--no-reports]\n".utf8))
                exit(2)
            }
        }
    }
}

/// Median wall time of `runs` executions of `body`, in seconds. What `body`
/// returns is freed after the clock stops: `planwerk` itself exits without
/// tearing its plan down (`ProcessEnd`), so teardown is not part of its time.
/// Only the last run's result is kept, so memory stays that of one run
/// whatever `runs` is.
func measure<Result>(runs: Int, _ body: () -> Result) -> Double {
    var times: [Double] = []
    var kept: Result? = nil
    for _ in 0..<max(1, runs) {
        withExtendedLifetime(kept) {}
        kept = nil
        let start = ContinuousClock.now, cpuStart = threadCPUSeconds()
        let result = body()
        let d = ContinuousClock.now - start
        lastCPUSeconds.append(threadCPUSeconds() - cpuStart)
        kept = result
        times.append(Double(d.components.seconds) + Double(d.components.attoseconds) / 1e18)
    }
    withExtendedLifetime(kept) {}
    return times.sorted()[times.count / 2]
}

/// CPU time of the calling thread: what one core spent, whatever else the
/// machine runs at the same time (wall time is shown beside it).
func threadCPUSeconds() -> Double {
    var t = timespec()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t)
    return Double(t.tv_sec) + Double(t.tv_nsec) / 1e9
}

/// The CPU times of the runs of the last ``measure(runs:_:)`` calls; read and cleared by `medianCPU()`.
nonisolated(unsafe) var lastCPUSeconds: [Double] = []

/// The median CPU time of the runs measured since the last call, in seconds.
func medianCPU() -> Double {
    defer { lastCPUSeconds.removeAll() }
    return lastCPUSeconds.isEmpty ? 0 : lastCPUSeconds.sorted()[lastCPUSeconds.count / 2]
}

let args = Arguments(CommandLine.arguments)
switch args.command {
case "generate":
    var o = PlanGenerator.Options(tasks: args.tasks.first ?? 1000, seed: args.seed)
    o.posts = args.posts
    o.reports = args.reports
    switch args.format {
    case "tjp": print(TaskJugglerWriter(SyntheticProject(o)).text(), terminator: "")
    default: print(PlanGenerator(o).planText(), terminator: "")
    }
case "parse":
    print("stage  tasks    lines      bytes   median_ms      MB/s     lines/s  diagnostics")
    for n in args.tasks {
        let text = PlanGenerator(PlanGenerator.Options(tasks: n, seed: args.seed)).planText()
        let file = SourceFile(path: "generated.plan", text: text)
        let lines = file.lineStarts.count
        var diagnostics = 0
        let t = measure(runs: args.runs) { diagnostics = Parser.parse(file).diagnostics.count }
        let mbs = Double(file.bytes.count) / t / 1e6
        print(String(format: "parse %6d %8d %10d %11.2f %9.1f %11.0f  %d", n, lines, file.bytes.count, t * 1000, mbs, Double(lines) / t, diagnostics))
    }
case "check":
    // Load (parse) and check: names, types, rules — everything before scheduling.
    print("stage  tasks    lines      bytes   median_ms   lines/s  parse_ms  diagnostics")
    for n in args.tasks {
        let text = PlanGenerator(PlanGenerator.Options(tasks: n, seed: args.seed)).planText()
        let provider = MemorySourceProvider(["generated.plan": text])
        let lines = text.utf8.reduce(0) { $0 + ($1 == 10 ? 1 : 0) }
        var diagnostics = 0
        // Results are kept until after the clock stops, as the CLI exits without tearing them down.
        let parse = measure(runs: args.runs) { Parser.parse(SourceFile(path: "generated.plan", text: text)) }
        let t = measure(runs: args.runs) {
            let graph = ModuleLoader(provider: provider).load(root: "generated.plan")
            let result = Checker.check(graph)
            diagnostics = result.diagnostics.count
            return (graph, result)
        }
        print(String(format: "check %6d %8d %10d %11.2f %9.0f %9.2f  %d", n, lines, text.utf8.count, t * 1000, Double(lines) / t, parse * 1000, diagnostics))
    }
case "schedule":
    // The whole run, stage by stage: parse, load + check (names, types, rules),
    // elaborate, schedule (levelling, approvals, series, assertions), export as
    // JSON. Each figure is the median over the runs; `total` excludes the export.
    // `peak_MB` is the process's peak resident memory so far (sizes ascending).
    print("stage     tasks  people  total_ms  total_cpu_ms  parse_ms  check_ms  elaborate_ms  schedule_ms  json_ms  peak_MB  bookings  diagnostics")
    for n in args.tasks {
        var o = PlanGenerator.Options(tasks: n, seed: args.seed)
        o.posts = args.posts
        o.reports = args.reports
        let text = PlanGenerator(o).planText()
        let provider = MemorySourceProvider(["generated.plan": text])
        var diagnostics = 0, bookings = 0
        var stages: [[Double]] = Array(repeating: [], count: 5)
        func ms(_ d: Duration) -> Double { Double(d.components.seconds) * 1000 + Double(d.components.attoseconds) / 1e15 }
        let parse = measure(runs: args.runs) { Parser.parse(SourceFile(path: "generated.plan", text: text)) }
        _ = medianCPU()
        let t = measure(runs: args.runs) {
            let c0 = ContinuousClock.now
            let graph = ModuleLoader(provider: provider).load(root: "generated.plan")
            let checked = Checker.check(graph)
            let c1 = ContinuousClock.now
            let plan = Elaborator.elaborate(graph, checked: checked)
            let c2 = ContinuousClock.now
            var schedule = Scheduler.schedule(plan)
            AssertionCheck(graph: graph, checked: checked).check(&schedule)
            let c3 = ContinuousClock.now
            for (i, d) in [c1 - c0, c2 - c1, c3 - c2].enumerated() { stages[i].append(ms(d)) }
            diagnostics = checked.diagnostics.count + schedule.diagnostics.count
            bookings = schedule.bookings.count
            return (graph, checked, plan, schedule)
        }
        let cpu = medianCPU()
        // The export, on a schedule made once.
        let graph = ModuleLoader(provider: provider).load(root: "generated.plan")
        let checked = Checker.check(graph)
        var schedule = Scheduler.schedule(Elaborator.elaborate(graph, checked: checked))
        AssertionCheck(graph: graph, checked: checked).check(&schedule)
        let json = measure(runs: args.runs) {
            ExportFormat.json.rendered(ExportInput(schedule: schedule, diagnostics: checked.diagnostics + schedule.diagnostics, sources: graph.sources))
        }
        func median(_ xs: [Double]) -> Double { xs.sorted()[xs.count / 2] }
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        print(String(format: "schedule %6d %7d %9.2f %13.2f %9.2f %9.2f %13.2f %12.2f %8.2f %8.0f %9d  %d",
                     n, max(2, n / 20), t * 1000, cpu * 1000, parse * 1000, median(stages[0]), median(stages[1]), median(stages[2]),
                     json * 1000, Double(usage.ru_maxrss) / 1024, bookings, diagnostics))
    }
case "check-stages":
    // Where checking spends its time: load (parse), names, types, rules.
    print("stage          tasks   load_ms  names_ms  types_ms  rules_ms")
    for n in args.tasks {
        let provider = MemorySourceProvider(["generated.plan": PlanGenerator(PlanGenerator.Options(tasks: n, seed: args.seed)).planText()])
        var graph = ModuleLoader(provider: provider).load(root: "generated.plan")
        var spaces: [Namespace] = []
        let load = measure(runs: args.runs) { graph = ModuleLoader(provider: provider).load(root: "generated.plan") }
        let names = measure(runs: args.runs) { var b = NamespaceBuilder(graph: graph); spaces = b.build() }
        let types = measure(runs: args.runs) { var c = PlanChecker(graph: graph, namespaces: spaces); c.checkAll() }
        let rules = measure(runs: args.runs) { var r = RuleChecker(graph: graph, namespaces: spaces); r.checkAll() }
        print(String(format: "check-stages %6d %9.2f %9.2f %9.2f %9.2f", n, load * 1000, names * 1000, types * 1000, rules * 1000))
    }
case "profile-types", "profile-rules", "profile-elaborate", "profile-schedule":
    // For profilers: prepare a generated plan once, then run only one stage `runs` times.
    let n = args.tasks.first ?? 5000
    let graph = ModuleLoader(provider: MemorySourceProvider(["generated.plan": PlanGenerator(PlanGenerator.Options(tasks: n, seed: args.seed)).planText()]))
        .load(root: "generated.plan")
    var builder = NamespaceBuilder(graph: graph)
    let spaces = builder.build()
    let checked = Checker.check(graph)
    let plan = Elaborator.elaborate(graph, checked: checked)
    let t = measure(runs: args.runs) {
        switch args.command {
        case "profile-types": var c = PlanChecker(graph: graph, namespaces: spaces); c.checkAll()
        case "profile-rules": var r = RuleChecker(graph: graph, namespaces: spaces); r.checkAll()
        case "profile-elaborate": _ = Elaborator.elaborate(graph, checked: checked)
        default: _ = Scheduler.schedule(plan)
        }
    }
    print(String(format: "%@ %d tasks: %.2f ms", args.command, n, t * 1000))
default:
    FileHandle.standardError.write(Data("unknown command \(args.command)\n".utf8))
    exit(2)
}
