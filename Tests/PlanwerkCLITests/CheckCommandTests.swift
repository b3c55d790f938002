import Foundation
import PlanwerkTestSupport
import Testing

/// `planwerk check` end to end: exit statuses 0, 1 and 2, the summary line,
/// standard input, the tracking sidecar and the search path for imports.
@Suite struct CheckCommandTests {
    static let clean = "team legal \"Recht\" { lead lena; person lena \"Lena Kurz\" }\n"
    static let wrong = "team legal \"Recht\" { lead lenna; person lena \"Lena Kurz\" }\n"

    func check(_ arguments: [String], stdin: String? = nil, in folder: URL) throws -> CommandResult {
        try PlanwerkExecutable.run(["check"] + arguments, stdin: stdin, in: folder)
    }

    @Test func aCleanPlanExitsZeroWithASummary() throws {
        try inFolder { folder in
            try write(Self.clean, "org.plan", in: folder)
            let r = try check(["org.plan"], in: folder)
            #expect(r.status == 0)
            #expect(r.stderr == "org.plan: no problems\n")
        }
    }

    @Test func planErrorsExitOneWithEveryDiagnostic() throws {
        try inFolder { folder in
            try write(Self.wrong, "org.plan", in: folder)
            try write(Self.clean, "ok.plan", in: folder)
            let r = try check(["org.plan", "ok.plan"], in: folder)
            #expect(r.status == 1)
            #expect(r.stderr.hasPrefix("org.plan:1:27: error[P0212]: unknown person `lenna`\n"))
            #expect(r.stderr.contains("= help: did you mean `lena`?"))
            #expect(r.stderr.contains("org.plan: 1 error\n"))
            #expect(r.stderr.hasSuffix("ok.plan: no problems\n"), "every file is checked, each as its own root")
        }
    }

    @Test func anUnreadableRootExitsTwo() throws {
        try inFolder { folder in
            try write(Self.wrong, "org.plan", in: folder)
            let r = try check(["missing.plan", "org.plan"], in: folder)
            #expect(r.status == 2, "I/O errors win over plan errors")
            #expect(r.stderr.contains("error[P0801]: there is no file `missing.plan`"))
        }
    }

    @Test func standardInputIsAPlanToo() throws {
        try inFolder { folder in
            let r = try check(["-"], stdin: Self.wrong, in: folder)
            #expect(r.status == 1)
            #expect(r.stderr.hasPrefix("<stdin>:1:27: error[P0212]"))
        }
    }

    @Test func aSidecarIsCheckedWithItsPlan() throws {
        try inFolder { folder in
            try write("start 2026-11-30\ncampaign c { task t { duration 1d } }\n", "winter.plan", in: folder)
            try write("now 2026-12-01 12:00\nstatus c.t done 2026-12-01 10:00\n", "winter.status.plan", in: folder)
            let r = try check(["winter.status.plan"], in: folder)
            #expect(r.status == 0, "\(r.stderr)")
            #expect(r.stderr.contains("winter.status.plan is the tracking file of winter.plan"))
        }
    }

    @Test func importsAreFoundOnTheIncludePath() throws {
        try inFolder { folder in
            try write(Self.clean, "library/org.plan", in: folder)
            try write("import \"org.plan\"\napproval review() { step by any of legal within 1bd }\n", "plans/main.plan", in: folder)
            let without = try check(["plans/main.plan"], in: folder)
            #expect(without.status == 1)
            #expect(without.stderr.contains("error[P0201]"))
            let with = try check(["--include", "library", "plans/main.plan"], in: folder)
            #expect(with.status == 0, "\(with.stderr)")
        }
    }
}

/// Usage errors exit 2, as LANGUAGE.md §7 says (not swift-argument-parser's 64).
@Suite struct UsageTests {
    @Test(arguments: [["check"], ["frobnicate"], ["check", "--bogus", "x.plan"], ["explain", "P9999"]])
    func usageErrorsExitTwo(arguments: [String]) throws {
        try inFolder { folder in
            let r = try PlanwerkExecutable.run(arguments, in: folder)
            #expect(r.status == 2, "\(arguments): \(r.stderr)")
            #expect(!r.stderr.isEmpty)
        }
    }

    @Test func helpExitsZero() throws {
        try inFolder { folder in
            let r = try PlanwerkExecutable.run(["--help"], in: folder)
            #expect(r.status == 0)
            #expect(r.stdout.contains("check") && r.stdout.contains("fmt") && r.stdout.contains("explain"))
        }
    }
}
