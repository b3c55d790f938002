import Foundation
import PlanwerkTestSupport
import Testing

/// Tracking end to end: the sidecar is read beside the plan, `--now`
/// overrides its `now` and re-plans, `check` reports lines that cannot be
/// applied with file, line, column and a code that `explain` knows.
@Suite struct TrackingCommandLineTests {
    static let plan = """
        start 2026-11-30
        person ann "Ann"
        person lena "Lena"
        channel li "LinkedIn"
        approval ok() { step "Freigabe" by lena within 1bd }
        campaign c {
          task a { length 2bd; assign ann }
          post p on li { after a; approval ok() }
        }

        """

    @Test func theSidecarIsReadAndNowOverridden() throws {
        try inFolder { folder in
            try write(Self.plan, "plan.plan", in: folder)
            try write("now 2026-12-02 10:00\nstatus c.a done 2026-12-01 12:00\n", "plan.status.plan", in: folder)
            let asOfFile = try PlanwerkExecutable.run(["run", "plan.plan"], in: folder)
            #expect(asOfFile.status == 0, "\(asOfFile.stderr)")
            // a done Tue 12:00; the step runs Tue 12:00 → Wed 12:00; p publishes then.
            #expect(asOfFile.stdout.contains("  12:00  end        c.a\n"))
            #expect(asOfFile.stdout.contains("approval   c.p step 1 \"Freigabe\" by lena, until 2026-12-02 12:00"))
            // As of Thursday the step is overdue: planned to end then, with a warning.
            let later = try PlanwerkExecutable.run(["run", "plan.plan", "--now", "2026-12-03T15:00"], in: folder)
            #expect(later.status == 0, "a warning does not fail the run: \(later.stderr)")
            #expect(later.stdout.contains("approval   c.p step 1 \"Freigabe\" by lena, until 2026-12-03 15:00 (overdue)"))
            #expect(later.stderr.contains("plan.plan:8:27: warning[P0607]"))
            let json = try PlanwerkExecutable.run(["export", "plan.plan", "--format", "json", "--now", "2026-12-03T15:00"], in: folder)
            #expect(json.stdout.contains("\"now\": \"2026-12-03T15:00:00+00:00\""))
        }
    }

    @Test func checkReportsTrackingLinesThatCannotBeApplied() throws {
        try inFolder { folder in
            try write(Self.plan, "plan.plan", in: folder)
            try write("now 2026-12-02 10:00\nstatus c.p step \"Freigabe\" approved by ann 2026-12-01 15:00\n", "plan.status.plan", in: folder)
            let r = try PlanwerkExecutable.run(["check", "plan.plan"], in: folder)
            #expect(r.status == 1)
            #expect(r.stderr.contains("plan.status.plan:2:40: error[P0604]: ann may not decide step \"Freigabe\" of `c.p`"), "\(r.stderr)")
            #expect(r.stderr.contains("^^^ not entitled"))
            let explained = try PlanwerkExecutable.run(["explain", "P0604"], in: folder)
            #expect(explained.status == 0 && explained.stdout.hasPrefix("P0604: a decision by someone who may not decide the step"))
        }
    }
}
