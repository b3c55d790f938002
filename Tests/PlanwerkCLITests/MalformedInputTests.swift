import Foundation
import PlanwerkTestSupport
import Testing

/// Malformed and hostile plans through the built `planwerk`, as CI runs it:
/// whatever the file holds, `run` and `export` end with status 0, 1 or 2 and
/// say why on standard error, never with a signal (docs/robustness.md,
/// docs/limits.md). The same inputs in one process, stage by stage, are in
/// `PipelineRobustnessTests` and `RobustnessTests`; every input the fuzzer
/// found a crash with is a fixture under `Fixtures/fuzz/`.
@Suite struct MalformedInputTests {
    static let repository = URL(fileURLWithPath: PlanFiles.repositoryRoot(from: #filePath))
    static let fuzzFixtures = PlanFiles.all(under: repository.appendingPathComponent("Tests/PlanwerkCLITests/Fixtures/fuzz").path)
    static let base = Array("start 2026-11-30\nperson ann \"Ann\"\ncampaign c {\n  task t { effort 2bd; assign ann }\n  post p on x { at 2026-12-01 10:00 }\n}\n".utf8)

    /// Runs `planwerk ARGUMENTS` on `bytes` saved as `name` in a fresh folder.
    static func run(_ bytes: [UInt8], _ arguments: [String] = ["run"], name: String = "input.plan") throws -> CommandResult {
        var result = CommandResult(stdout: "", stderr: "", status: -1)
        try inFolder { folder in
            try Data(bytes).write(to: folder.appendingPathComponent(name))
            result = try PlanwerkExecutable.run(arguments + [name], in: folder)
        }
        return result
    }

    /// Status 0, 1 or 2, no signal, and something said: "no problems", or an error with its code.
    static func assertEnded(_ r: CommandResult, _ what: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        #expect(r.signal == nil, "\(what): killed by signal \(r.signal ?? 0)\n\(r.stderr.suffix(2000))", sourceLocation: sourceLocation)
        #expect((0...2).contains(r.status), "\(what): exit status \(r.status)\n\(r.stderr.suffix(2000))", sourceLocation: sourceLocation)
        if r.status == 0 {
            #expect(r.stderr.contains("no problems") || r.stderr.contains("warning"), "\(what): \(r.stderr.prefix(500))",
                    sourceLocation: sourceLocation)
        } else {
            #expect(r.stderr.contains("error[P") || r.stderr.contains("Error:"), "\(what): no diagnostic: \(r.stderr.prefix(500))",
                    sourceLocation: sourceLocation)
        }
    }

    /// Byte `value` at the start, in the middle and at the end of a small valid plan.
    @Test(arguments: 0..<8)
    func everyByteValue(group: Int) throws {
        for value in (group * 32)..<(group * 32 + 32) {
            let b = UInt8(value)
            let middle = Self.base.count / 2
            let bytes = [b] + Self.base[..<middle] + [b] + Self.base[middle...] + [b]
            Self.assertEnded(try Self.run(bytes), "byte \(value)")
        }
    }

    @Test(arguments: [
        [0xFF, 0xFE],                   // never UTF-8
        [0xC0, 0xAF],                   // an overlong `/`
        [0xED, 0xA0, 0x80],             // a UTF-16 surrogate
        [0xF4, 0x90, 0x80, 0x80],       // past U+10FFFF
        [0xE2, 0x82],                   // cut short
        [0x80, 0x80, 0x80],             // continuation bytes alone
    ] as [[UInt8]])
    func invalidUTF8InNamesTextsAndComments(_ bad: [UInt8]) throws {
        let plan = Array("start 2026-11-30\nperson ann \"A".utf8) + bad + Array("nn\"\n# a comment ".utf8) + bad
            + Array("\nteam t".utf8) + bad + Array(" { lead ann }\n".utf8)
        let r = try Self.run(plan)
        Self.assertEnded(r, "\(bad)")
        #expect(r.status == 1)
        #expect(r.stderr.contains("error[P0001]"), "the lexer names invalid UTF-8: \(r.stderr.prefix(300))")
        Self.assertEnded(try Self.run(plan, ["export", "--format", "json"]), "export \(bad)")
    }

    /// Cut at sixty places through an example, with its tracking sidecar.
    @Test func truncationsOfAnExample() throws {
        let plan = PlanFiles.bytes(Self.repository.appendingPathComponent("examples/tracking.plan").path)
        #expect(plan.count > 3000)
        for k in 0...60 {
            let cut = plan.count * k / 60
            Self.assertEnded(try Self.run(Array(plan[0..<cut]), ["export", "--format", "ics"]), "cut at \(cut)")
        }
    }

    /// 10 MB of random bytes ends with a hundred errors, then P0704, quickly.
    @Test func tenMegabytesOfRandomBytes() throws {
        var rng = SplitMix64Bytes(seed: 7)
        let bytes = (0..<10_000_000).map { _ in rng.next() }
        let r = try Self.run(bytes)
        Self.assertEnded(r, "random bytes")
        #expect(r.status == 1)
        #expect(r.stderr.contains("error[P0704]"))
        #expect(r.stderr.components(separatedBy: ": error[P").count - 1 <= 100)
    }

    /// 10 MB of plan: a team of 100,000 people, each with a comment line.
    @Test func tenMegabytesOfPlan() throws {
        var text = "start 2026-11-30\nteam big \"Big\" {\n  lead p0\n"
        for k in 0..<100_000 { text += "  # person number \(k), with a comment to make the file larger than ten megabytes\n  person p\(k) \"Person \(k)\"\n" }
        text += "}\n"
        #expect(text.utf8.count > 10_000_000)
        let r = try Self.run(Array(text.utf8))
        Self.assertEnded(r, "10 MB plan")
        #expect(r.status == 0, "\(r.stderr.prefix(500))")
    }

    /// Larger than the 64 MiB limit: P0703 without reading it all, exit 2.
    @Test func aFileOverTheSizeLimit() throws {
        try inFolder { folder in
            let path = folder.appendingPathComponent("huge.plan").path
            #expect(FileManager.default.createFile(atPath: path, contents: nil))
            let handle = try #require(FileHandle(forWritingAtPath: path))
            try handle.truncate(atOffset: 65 * 1024 * 1024)   // sparse: no 65 MiB written
            try handle.close()
            let r = try PlanwerkExecutable.run(["run", "huge.plan"], in: folder)
            Self.assertEnded(r, "65 MiB")
            #expect(r.status == 2)
            #expect(r.stderr.contains("error[P0703]"))
        }
    }

    /// The same limit on standard input, which has no size to ask for: the
    /// reader stops one byte past 64 MiB and says P0703, exit 2.
    @Test func standardInputOverTheSizeLimit() throws {
        let planwerk = try PlanwerkExecutable.url().path
        var environment = ProcessInfo.processInfo.environment
        environment["NO_COLOR"] = "1"
        let r = try TestProcess.run(URL(fileURLWithPath: "/bin/sh"),
                                    ["-c", "head -c 68157440 /dev/zero | tr '\\0' '\\n' | \"$0\" check -", planwerk],
                                    environment: environment)
        Self.assertEnded(r, "65 MiB on standard input")
        #expect(r.status == 2)
        #expect(r.stderr.contains("<stdin>: error[P0703]: the plan on standard input is over 64 MiB"), "\(r.stderr.prefix(500))")
    }

    @Test(arguments: ["(", "[", "-", "not ", "\"{"])
    func hundredThousandDeepNesting(_ opener: String) throws {
        let closer = opener == "\"{" ? "}\"" : ""
        let text = "let x = " + String(repeating: opener, count: 100_000) + "1" + String(repeating: closer, count: 100_000) + "\n"
        let r = try Self.run(Array(text.utf8))
        Self.assertEnded(r, "nesting \(opener)")
        #expect(r.stderr.contains("error[P0701]"))
    }

    /// 100,000 terms joined by an operator, or a chain of 100,000 members, calls
    /// or occurrences, made a tree as deep, which the checker walked until the
    /// stack ran out (a segmentation fault in a release build). Now P0701.
    @Test(arguments: [" + 1", " and true", ".x", "()", "[1]"])
    func hundredThousandLinksInAChain(_ link: String) throws {
        let text = "let x = a" + String(repeating: link, count: 100_000) + "\n"
        let r = try Self.run(Array(text.utf8))
        Self.assertEnded(r, "chain of \(link)")
        #expect(r.stderr.contains("error[P0701]"))
    }

    @Test func hundredThousandNestedBlocks() throws {
        let text = "approval a() {" + String(repeating: "parallel {", count: 100_000) + String(repeating: "}", count: 100_001) + "\n"
        let r = try Self.run(Array(text.utf8))
        Self.assertEnded(r, "nested blocks")
        #expect(r.stderr.contains("error[P0701]"))
    }

    @Test func hugeNumbers() throws {
        let text = """
            start 2026-11-30
            let reach = \(String(repeating: "9", count: 10_000))
            let budget = 99999999999999999999 EUR
            person ann "Ann"
            report r "R" { every 99999999999999999999 days; to ann; by ann }
            campaign c { task t { effort 9223372036854775807bd; assign ann } }

            """
        let r = try Self.run(Array(text.utf8))
        Self.assertEnded(r, "huge numbers")
        #expect(r.stderr.contains("error[P0702]"))
    }

    /// Huge numbers that fit in 64 bits reach the scheduler, which cuts them (P0509).
    @Test func hugeWorkIsCut() throws {
        let text = "start 2026-11-30\nperson ann \"Ann\"\ncampaign c { task t { effort 9999999999bd; assign ann }\n  task u { after t + 99999999w; length 1bd } }\n"
        let r = try Self.run(Array(text.utf8), ["export", "--format", "csv"])
        Self.assertEnded(r, "huge work")
        #expect(r.stderr.contains("error[P0509]"))
    }

    /// A daily series without an end and a horizon in year 9999: cut to a hundred
    /// years (P0706) and to 10,000 occurrences (P0707), and the schedule still comes out.
    @Test func aSeriesWithNoEndAndAFarHorizon() throws {
        let text = HostilePlans.endlessSeries
        let start = Date()
        let r = try Self.run(Array(text.utf8))
        Self.assertEnded(r, "endless series")
        #expect(r.status == 1)
        #expect(r.stderr.contains("error[P0706]"))
        #expect(r.stderr.contains("error[P0707]"))
        #expect(r.stdout.contains("daily#10000"))
        #expect(!r.stdout.contains("daily#10001"))
        #expect(Date().timeIntervalSince(start) < 60)
    }

    @Test func thereAreFuzzFixtures() {
        #expect(!Self.fuzzFixtures.isEmpty)
    }

    /// Every input the fuzzer crashed Planwerk with, through `run` and each export.
    @Test(arguments: fuzzFixtures.map { String($0.split(separator: "/").last!) })
    func fuzzFinding(_ name: String) throws {
        let path = Self.repository.appendingPathComponent("Tests/PlanwerkCLITests/Fixtures/fuzz/\(name)").path
        let bytes = PlanFiles.bytes(path)
        Self.assertEnded(try Self.run(bytes), name)
        for format in ["json", "ics", "csv", "mermaid", "html", "markdown"] {
            Self.assertEnded(try Self.run(bytes, ["export", "--format", format]), "\(name) as \(format)")
        }
        // `fmt --check` says nothing on standard error about a plan that is merely not formatted.
        let fmt = try Self.run(bytes, ["fmt", "--check"])
        #expect(fmt.signal == nil && (0...2).contains(fmt.status), "fmt --check \(name): \(fmt.status)")
    }
}

/// Random bytes from a fixed seed (SplitMix64, one byte at a time).
struct SplitMix64Bytes {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt8 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return UInt8(truncatingIfNeeded: z ^ (z >> 31))
    }
}
