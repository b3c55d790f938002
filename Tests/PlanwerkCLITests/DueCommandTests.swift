import Foundation
import PlanwerkTestSupport
import Testing

/// `planwerk due` end to end: the default window, `--since`/`--until`,
/// `--now`, JSON, exit statuses, and the same output every time.
@Suite struct DueCommandTests {
    static let plan = """
        timezone "Europe/Berlin"
        start 2026-11-30
        team t "Team" { lead vera; person vera "Vera" }
        channel x "X"
        campaign c {
          post a "Adventspost" on x { at 2026-11-30 18:00 }
          post b "Nikolaus" on x { at 2026-12-06 10:00 }
          task long "Langer Dreh" { length 3bd; assign vera; deadline 2026-12-01 }
        }
        report weekly "Wochenbericht" { every week on mon at 09:00 count 3; to vera; by vera }
        """

    @Test func theDefaultWindowIsTheDayFromThePlansStart() throws {
        try inFolder { folder in
            try write(Self.plan, "p.plan", in: folder)
            let r = try PlanwerkExecutable.run(["due", "p.plan"], in: folder)
            #expect(r.status == 1, "the plan has a missed deadline")
            #expect(r.stdout.hasPrefix("Due in p from 2026-11-30T00:00:00+01:00 until 2026-12-01T00:00:00+01:00 (Europe/Berlin)\n\n"))
            #expect(r.stdout.contains("2026-11-30T09:00:00+01:00  report    weekly#1 \"Wochenbericht\" by vera; to vera\n"))
            #expect(r.stdout.contains("2026-11-30T18:00:00+01:00  post      c.a \"Adventspost\" on X\n"))
            #expect(!r.stdout.contains("Nikolaus"))
            #expect(r.stderr.contains("error[P0501]"))
            let again = try PlanwerkExecutable.run(["due", "p.plan"], in: folder)
            #expect(again.stdout == r.stdout, "idempotent")
        }
    }

    @Test func sinceUntilAndNowChooseTheWindow() throws {
        try inFolder { folder in
            try write(Self.plan, "p.plan", in: folder)
            let week = try PlanwerkExecutable.run(["due", "p.plan", "--since", "2026-12-01", "--until", "2026-12-08"], in: folder)
            #expect(week.stdout.contains("2026-12-02T00:00:00+01:00  deadline  c.long \"Langer Dreh\" by vera; planned end 2026-12-02T17:00:00+01:00; LATE by 1bd\n"))
            #expect(week.stdout.contains("c.b \"Nikolaus\""))
            #expect(week.stdout.contains("weekly#2"))
            #expect(week.stdout.hasSuffix("\n3 items.\n"))
            let now = try PlanwerkExecutable.run(["due", "p.plan", "--now", "2026-12-06T08:00"], in: folder)
            #expect(now.stdout.hasPrefix("Due in p from 2026-12-06T08:00:00+01:00 until 2026-12-07T08:00:00+01:00"))
            #expect(now.stdout.contains("c.b \"Nikolaus\"") && !now.stdout.contains("weekly#2"))
            let json = try PlanwerkExecutable.run(["due", "p.plan", "--since", "2026-12-06T08:00", "--format", "json"], in: folder)
            let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
            #expect((object["items"] as? [[String: Any]])?.map { $0["id"] as? String } == ["c.b"])
        }
    }

    @Test func badWindowsAndMissingFilesExitTwo() throws {
        try inFolder { folder in
            try write(Self.plan, "p.plan", in: folder)
            let backwards = try PlanwerkExecutable.run(["due", "p.plan", "--since", "2026-12-08", "--until", "2026-12-01"], in: folder)
            #expect(backwards.status == 2)
            #expect(backwards.stderr.contains("--until must be after --since"))
            let garbage = try PlanwerkExecutable.run(["due", "p.plan", "--since", "tomorrow"], in: folder)
            #expect(garbage.status == 2)
            #expect(try PlanwerkExecutable.run(["due", "missing.plan"], in: folder).status == 2)
        }
    }

    @Test func aCleanPlanExitsZeroEvenWithNothingDue() throws {
        try inFolder { folder in
            try write(DiagnosticFormatCommandTests.clean, "ok.plan", in: folder)
            let r = try PlanwerkExecutable.run(["due", "ok.plan", "--since", "2030-01-01"], in: folder)
            #expect(r.status == 0)
            #expect(r.stdout.hasSuffix("Nothing falls due.\n"))
        }
    }

    @Test func theFlagshipOnItsFirstMondayOfReports() throws {
        let r = try PlanwerkExecutable.run(["due", "examples/csmo-department.plan", "--since", "2026-12-07"], in: RunCommandTests.repository)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("2026-12-07T09:00:00+01:00  report    weekly#1 \"Wöchentlicher Social-Media-Report\" by tim; to ceo, social\n"))
    }
}
