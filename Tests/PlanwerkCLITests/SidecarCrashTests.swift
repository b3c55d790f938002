import Foundation
import PlanwerkSyntax
import PlanwerkTestSupport
import Testing

/// The REPL's tracking commands append to the sidecar atomically and under a
/// lock (`SidecarAppender`): `planwerk repl` processes appending `:measure`
/// lines are killed with SIGKILL at random moments, again and again, and
/// after each kill the sidecar still parses and holds every line whose
/// append returned (the REPL prints `recorded …` only after that). Two REPLs
/// appending at once lose no line.
@Suite(.serialized) struct SidecarCrashTests {
    static let plan = """
        start 2026-11-30
        now 2026-12-02 10:00
        kpi reach "Reichweite": Int
        campaign shop { task write { length 2bd } }

        """

    /// `:measure` lines with distinct values, as a script for `planwerk repl`.
    static func script(values: Range<Int>) -> String {
        values.map { ":measure reach \($0) 2026-12-01" }.joined(separator: "\n") + "\n"
    }

    /// The measure lines a REPL said it recorded.
    static func acknowledged(_ stdout: String) -> [String] {
        stdout.split(separator: "\n").compactMap { line in
            line.hasPrefix("recorded in shop.status.plan: ") ? String(line.dropFirst("recorded in shop.status.plan: ".count)) : nil
        }
    }

    /// The sidecar's lines; it must parse without a problem.
    static func sidecarLines(in folder: URL, sourceLocation: SourceLocation = #_sourceLocation) throws -> [String] {
        let path = folder.appendingPathComponent("shop.status.plan").path
        guard let data = FileManager.default.contents(atPath: path) else { return [] }
        let text = String(decoding: data, as: UTF8.self)
        let parsed = Parser.parse(SourceFile(path: "shop.status.plan", text: text))
        #expect(parsed.diagnostics.isEmpty, "the sidecar does not parse: \(parsed.diagnostics.map(\.message))", sourceLocation: sourceLocation)
        #expect(text.isEmpty || text.hasSuffix("\n"), "the sidecar ends in the middle of a line", sourceLocation: sourceLocation)
        return text.split(separator: "\n").map(String.init).filter { !$0.hasPrefix("#") }
    }

    @Test func killedWritersNeverLoseAReturnedLine() throws {
        try inFolder { folder in
            try write(Self.plan, "shop.plan", in: folder)
            var acknowledged: Set<String> = [], kills = 0, attempts = 0
            // At most 60 runs, and no more once 20 seconds have passed (a busy CI machine starts processes slowly).
            let clock = ContinuousClock(), deadline = clock.now.advanced(by: .seconds(20))
            while attempts < 60 && clock.now < deadline {
                let running = try PlanwerkExecutable.start(["repl", "shop.plan"], stdin: Self.script(values: attempts * 1000 ..< attempts * 1000 + 400),
                                                           in: folder)
                attempts += 1
                usleep(UInt32.random(in: 5_000...300_000))
                running.kill()
                let result = try running.wait()
                if result.status == SIGKILL { kills += 1 }
                acknowledged.formUnion(Self.acknowledged(result.stdout))
                let lines = try Self.sidecarLines(in: folder)
                let missing = acknowledged.subtracting(lines)
                #expect(missing.isEmpty, "after kill \(attempts): recorded but not in the sidecar: \(missing.sorted().prefix(3))")
                #expect(Set(lines).count == lines.count, "a line was written twice")
                #expect(lines.allSatisfy { $0.hasPrefix("measure reach ") && $0.hasSuffix(String($0.split(separator: " ").last ?? "")) })
            }
            print("SidecarCrashTests: \(kills) SIGKILLs in \(attempts) runs, \(acknowledged.count) appends acknowledged, all kept")
            #expect(kills >= 15, "too few runs were killed mid-way (\(kills) of \(attempts))")
            #expect(!acknowledged.isEmpty)
            let check = try PlanwerkExecutable.run(["check", "shop.plan"], in: folder)
            #expect(check.status == 0, "\(check.stderr)")
        }
    }

    @Test func twoREPLsAppendingAtOnceLoseNoLine() throws {
        try inFolder { folder in
            try write(Self.plan, "shop.plan", in: folder)
            let a = try PlanwerkExecutable.start(["repl", "shop.plan"], stdin: Self.script(values: 0..<60), in: folder)
            let b = try PlanwerkExecutable.start(["repl", "shop.plan"], stdin: Self.script(values: 100..<160), in: folder)
            let (ra, rb) = (try a.wait(), try b.wait())
            #expect(ra.status == 0 && rb.status == 0, "\(ra.stderr)\(rb.stderr)")
            let said = Self.acknowledged(ra.stdout) + Self.acknowledged(rb.stdout)
            #expect(said.count == 120)
            let lines = try Self.sidecarLines(in: folder)
            #expect(Set(lines) == Set(said))
            #expect(lines.count == 120)
        }
    }
}
