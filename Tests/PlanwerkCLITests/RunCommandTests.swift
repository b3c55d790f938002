import Foundation
import PlanwerkTestSupport
import Testing

/// `planwerk run` and `planwerk export --format json` end to end.
@Suite struct RunCommandTests {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let late = """
        start 2026-11-30
        campaign c {
          task long "Langer Dreh" { length 3bd; deadline 2026-12-01 }
          milestone done { after long }
        }
        """

    @Test func theFlagshipExampleRunsClean() throws {
        let r = try PlanwerkExecutable.run(["run", "examples/csmo-department.plan"], in: Self.repository)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.hasPrefix("Agenda of csmo-department (Europe/Berlin)\n\nMon 2026-11-30\n  09:00  start      winter.brief"))
        #expect(r.stdout.contains("\nAssertions\n  ok     winter.sale_start.end <= 2026-12-11"))
        #expect(r.stderr == "examples/csmo-department.plan: no problems\n")
    }

    @Test func everyExampleRunsClean() throws {
        let examples = try FileManager.default.contentsOfDirectory(atPath: Self.repository.appendingPathComponent("examples").path)
            .filter { $0.hasSuffix(".plan") && !$0.hasSuffix(".status.plan") }.sorted()
        #expect(examples.count >= 5)
        for e in examples {
            let r = try PlanwerkExecutable.run(["run", "examples/" + e], in: Self.repository)
            #expect(r.status == 0, "\(e): \(r.stderr)")
        }
    }

    @Test func aMissedDeadlineExitsOneAndStillPrintsTheSchedule() throws {
        try inFolder { folder in
            try write(Self.late, "late.plan", in: folder)
            let r = try PlanwerkExecutable.run(["run", "late.plan"], in: folder)
            #expect(r.status == 1)
            #expect(r.stdout.contains("  09:00  start      c.long \"Langer Dreh\", until 2026-12-02 17:00\n"))
            #expect(r.stdout.contains("  17:00  LATE       c.long by 1bd\n"))
            #expect(r.stdout.hasSuffix("\nProblems\n  late.plan:3:41: error[P0501]: `c.long` ends 2026-12-02 17:00, after its deadline 2026-12-01 (late by 1bd)\n"))
            #expect(r.stderr.contains("late.plan:3:41: error[P0501]: `c.long` ends 2026-12-02 17:00, after its deadline 2026-12-01 (late by 1bd)"))
            #expect(r.stderr.hasSuffix("late.plan: 1 error\n"))
        }
    }

    @Test func fromAndToLimitTheAgendaToTheirDays() throws {
        try inFolder { folder in
            try write(Self.late, "late.plan", in: folder)
            let r = try PlanwerkExecutable.run(["run", "late.plan", "--from", "2026-12-02", "--to", "2026-12-02"], in: folder)
            #expect(!r.stdout.contains("Mon 2026-11-30"))
            #expect(r.stdout.contains("Wed 2026-12-02\n  17:00  end        c.long"))
            let bad = try PlanwerkExecutable.run(["run", "late.plan", "--from", "2026-12-05", "--to", "2026-12-01"], in: folder)
            #expect(bad.status == 2)
        }
    }

    @Test func checkErrorsStopBeforeScheduling() throws {
        try inFolder { folder in
            try write("start 2026-11-30\ncampaign c { task t { length 1bd; assign nobody } }\n", "bad.plan", in: folder)
            let r = try PlanwerkExecutable.run(["run", "bad.plan"], in: folder)
            #expect(r.status == 1)
            #expect(r.stdout.isEmpty)
            #expect(r.stderr.contains("error[P0212]"))
        }
    }

    @Test func aMissingFileOrABadNowExitsTwo() throws {
        try inFolder { folder in
            #expect(try PlanwerkExecutable.run(["run", "missing.plan"], in: folder).status == 2)
            try write(Self.late, "late.plan", in: folder)
            let r = try PlanwerkExecutable.run(["run", "late.plan", "--now", "yesterday"], in: folder)
            #expect(r.status == 2)
            #expect(r.stderr.contains("--now takes a date-time"))
        }
    }

    @Test func assumeExpectedUsesTheExpectTimes() throws {
        let plan = """
            start 2026-11-30
            person v "Vera"
            approval ok() { step "Freigabe" by v within 3bd expect 1bd }
            campaign c { task t { length 1bd; approval ok() } }
            """
        try inFolder { folder in
            try write(plan, "a.plan", in: folder)
            let worst = try PlanwerkExecutable.run(["run", "a.plan"], in: folder)
            #expect(worst.stdout.contains("approval   c.t step 1 \"Freigabe\" by v, until 2026-12-03 17:00"))
            let expected = try PlanwerkExecutable.run(["run", "a.plan", "--assume", "expected"], in: folder)
            #expect(expected.stdout.contains("approval   c.t step 1 \"Freigabe\" by v, until 2026-12-01 17:00"))
        }
    }

    /// The plan of LANGUAGE.md §2 and §6 (its `import` lines left out) schedules cleanly; its JSON is a golden file.
    @Test func theLanguageDesignPlanExportsAsJSON() throws {
        let snippets = try String(contentsOf: Self.repository.appendingPathComponent("Tests/PlanwerkSyntaxTests/Fixtures/language-snippets.plan"), encoding: .utf8)
        let plan = snippets.split(separator: "\n", omittingEmptySubsequences: false)
            .filter { !$0.hasPrefix("import ") }.joined(separator: "\n")
        try inFolder { folder in
            try write(plan, "design.plan", in: folder)
            let r = try PlanwerkExecutable.run(["export", "design.plan", "--format", "json"], in: folder)
            #expect(r.status == 0, "\(r.stderr)")
            let parsed = try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any]
            #expect(parsed?.keys.sorted() == ["approvals", "assertions", "diagnostics", "plan", "reports", "reworks", "tasks"])
            #expect(!r.stdout.contains("Z\""), "offsets are numeric, never Z")
            Golden.assertMatches(actual: r.stdout, expectedFile: Self.repository.appendingPathComponent("Tests/PlanwerkCLITests/Fixtures/language-design.json").path)
            let again = try PlanwerkExecutable.run(["export", "design.plan", "--format", "json", "-o", "out.json"], in: folder)
            #expect(again.status == 0)
            #expect(try read("out.json", in: folder) == r.stdout, "the same bytes, to a file")
        }
    }

    @Test func exportRejectsUnknownFormats() throws {
        try inFolder { folder in
            try write(Self.late, "late.plan", in: folder)
            let r = try PlanwerkExecutable.run(["export", "late.plan", "--format", "yaml"], in: folder)
            #expect(r.status == 2)
        }
    }
}

/// I/O problems of `run` and `export`: exit 2 with a diagnostic, never a trap.
@Suite struct RunCommandFileTests {
    @Test func anOutputFileThatCannotBeWrittenIsP0802() throws {
        try inFolder { folder in
            try write(RunCommandTests.late, "late.plan", in: folder)
            let r = try PlanwerkExecutable.run(["export", "late.plan", "--format", "json", "-o", "missing/out.json"], in: folder)
            #expect(r.status == 2)
            #expect(r.stderr.contains("missing/out.json: error[P0802]: I cannot write `missing/out.json`: there is no folder `missing`"), "\(r.stderr)")
            #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("missing").path))
        }
    }

    @Test func aPlanOverTheSizeLimitIsP0703() throws {
        try inFolder { folder in
            // A sparse file: 65 MiB long without writing 65 MiB.
            let url = folder.appendingPathComponent("huge.plan")
            #expect(FileManager.default.createFile(atPath: url.path, contents: Data("start 2026-11-30\n".utf8)))
            let handle = try FileHandle(forWritingTo: url)
            try handle.truncate(atOffset: 65 << 20)
            try handle.close()
            let r = try PlanwerkExecutable.run(["run", "huge.plan"], in: folder)
            #expect(r.status == 2)
            #expect(r.stderr.contains("error[P0703]"), "\(r.stderr)")
            #expect(r.stdout.isEmpty)
        }
    }
}
