import PlanwerkChecking
import PlanwerkOutput
import PlanwerkScheduling
import PlanwerkSyntax

/// One fuzz input through everything a user can make Planwerk do with a
/// plan: parse and format it, load it with its tracking sidecar and two
/// importable templates, check, elaborate, schedule, and render the agenda,
/// `due`, every export and every diagnostic format.
///
/// The input is the plan's bytes; a line `%%status` splits off the rest as
/// the sidecar `fuzz.status.plan`. A trap anywhere is a finding; so is a
/// broken promise of the formatter (`fmt` of a plan without syntax errors
/// parses without errors and is a fixed point).
public enum FuzzPipeline {
    /// The line that separates the plan from its tracking sidecar in one input.
    public static let sidecarMarker = Array("\n%%status\n".utf8)

    /// Files an input may import (`import "templates/launch.plan"`): small and valid.
    static let templates: [String: [UInt8]] = [
        "templates/org.plan": Array("team social \"Social\" { lead vivian; person vivian \"Vivian\" }\n".utf8),
        "templates/launch.plan": Array("template launch(owner: Person) {\n  task brief \"Brief\" { effort 1bd; assign owner }\n}\n".utf8),
    ]

    /// The plan and sidecar bytes of one input.
    public static func split(_ bytes: [UInt8]) -> (plan: [UInt8], sidecar: [UInt8]?) {
        let m = sidecarMarker
        guard bytes.count >= m.count else { return (bytes, nil) }
        var k = 0
        while k + m.count <= bytes.count {
            if bytes[k] == m[0], Array(bytes[k..<(k + m.count)]) == m {
                return (Array(bytes[..<k]) + [10], Array(bytes[(k + m.count)...]))
            }
            k += 1
        }
        return (bytes, nil)
    }

    /// Runs the whole pipeline; returns the number of diagnostics (to keep the work observable).
    @discardableResult
    public static func run(_ bytes: [UInt8]) -> Int {
        let (planBytes, sidecar) = split(bytes)
        let source = SourceFile(path: "fuzz.plan", bytes: planBytes)

        // `planwerk fmt`: only a plan without syntax errors is formatted.
        let parsed = Parser.parse(source)
        _ = TerminalRenderer(sources: [source.path: source]).render(parsed.diagnostics)
        if !parsed.diagnostics.hasErrors {
            let once = PlanFormatter.format(parsed)
            let reparsed = Parser.parse(SourceFile(path: "fuzz.plan", bytes: Array(once.utf8)))
            if reparsed.diagnostics.hasErrors {
                fatalError("fmt made a plan without syntax errors into one with: \(reparsed.diagnostics.map(\.message))\n--- formatted:\n\(once)")
            }
            let twice = PlanFormatter.format(reparsed)
            if twice != once {
                fatalError("fmt is not a fixed point\n--- once:\n\(once)\n--- twice:\n\(twice)")
            }
        }

        var files = templates
        files["fuzz.plan"] = planBytes
        if let sidecar { files["fuzz.status.plan"] = sidecar }
        let graph = ModuleLoader(provider: MemorySourceProvider(bytes: files)).load(root: "fuzz.plan")
        let result = PlanRun.run(graph)
        // The terminal's rendering every time; the CI formats for one input in
        // four, and SARIF (which carries the whole rule catalog, the same every
        // time) for one in thirty-two: otherwise they would take most of each run.
        for format in DiagnosticFormat.allCases {
            if format == .sarif ? bytes.count % 32 != 0 : format != .human && bytes.count % 4 != 0 { continue }
            _ = format.rendered(result.diagnostics, sources: graph.sources)
        }
        guard let schedule = result.schedule else { return result.diagnostics.count }
        let problems = Agenda.problemLines(schedule.diagnostics, sources: graph.sources)
        _ = Agenda(schedule: schedule, problems: problems).rendered()
        let input = ExportInput(schedule: schedule, diagnostics: result.diagnostics, sources: graph.sources)
        for format in ExportFormat.allCases {
            _ = format.rendered(input)
        }
        let week = DueList(input, since: input.reference, until: input.upcomingEnd)
        _ = week.rendered()
        _ = week.json()
        return result.diagnostics.count
    }
}
