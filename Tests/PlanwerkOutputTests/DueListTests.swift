import Foundation
import PlanwerkChecking
@testable import PlanwerkOutput
import PlanwerkTestSupport
import Testing

/// `due`: what falls in a window, in order, with offsets, the same every time.
@Suite struct DueListTests {
    static let plan = """
        timezone "Europe/Berlin"
        start 2027-03-22
        team t "Team" { lead vera; person vera "Vera"; person otto "Otto" }
        channel x "X"
        approval ok() { step "Freigabe" by vera within 1bd }
        campaign c {
          task prep "Vorbereitung" { length 2bd; assign otto; deadline 2027-03-26 }
          post p "Ankündigung" on x { after prep; at 2027-03-29 10:00; approval ok() }
          milestone live "Live" { at 2027-03-29 12:00 }
        }
        report weekly "Wochenbericht" { every week on mon at 09:00 count 2; to vera; by otto; effort 1bh }
        """

    func list(_ since: (Int, Int, Int, Int), _ until: (Int, Int, Int, Int)) throws -> DueList {
        let input = try #require(exportInput(Self.plan))
        let c = input.schedule.calendar
        func t(_ x: (Int, Int, Int, Int)) -> Int { c.instant(CivilDateTime(date: CivilDate(year: x.0, month: x.1, day: x.2)!, minute: x.3 * 60)) }
        return DueList(input, since: t(since), until: t(until))
    }

    @Test func aWeekendAndAMondayAcrossTheClockChange() throws {
        let due = try list((2027, 3, 26, 0), (2027, 3, 30, 0))
        let text = due.rendered()
        #expect(text.hasPrefix("Due in test from 2027-03-26T00:00:00+01:00 until 2027-03-30T00:00:00+02:00 (Europe/Berlin)\n\n"))
        #expect(due.items.map(\.what) == ["prepare", "deadline", "report", "decide", "post", "milestone"], "\(text)")
        #expect(text.contains("2027-03-27T00:00:00+01:00  deadline  c.prep \"Vorbereitung\" by otto; planned end 2027-03-23T17:00:00+01:00\n"))
        #expect(text.contains("2027-03-29T09:00:00+02:00  report    weekly#2 \"Wochenbericht\" by otto; to vera\n"))
        #expect(text.contains("2027-03-29T10:00:00+02:00  post      c.p \"Ankündigung\" on X\n"))
        #expect(text.contains("  decide    c.p.step1 \"Freigabe\" by vera; for c.p, open since "))
        #expect(text.hasSuffix("\n6 items.\n"))
        #expect(try list((2027, 3, 26, 0), (2027, 3, 30, 0)).rendered() == text, "the same list every time")
    }

    /// `remind after` (tracking): an open step is reminded of once, D after it opens; a decided step is neither reminded of nor due.
    @Test func remindersOfOpenStepsOnly() throws {
        let plan = """
            start 2026-11-30
            now 2026-12-01 12:00
            person ann "Ann"
            person lena "Lena"
            channel li "LinkedIn"
            approval review() {
              step "Fachlich" by ann within 1bd remind after 4bh
              step "Recht" by lena within 2bd remind after 1bd
            }
            campaign c {
              task write { length 1bd }
              post p on li { after write; approval review() }
            }
            status c.write done 2026-11-30 17:00
            status c.p step "Fachlich" approved by ann 2026-12-01 10:00
            """
        // UTC, standard calendar: "Fachlich" Mon 17:00 → approved Tue 10:00 (its reminder, Tue 13:00, falls away);
        // "Recht" Tue 10:00 → Thu 10:00, reminded Wed 10:00.
        let input = try #require(exportInput(plan))
        let c = input.schedule.calendar
        func t(_ d: Int, _ h: Int) -> Int { c.instant(CivilDateTime(date: CivilDate(year: 2026, month: 12, day: d)!, minute: h * 60)) }
        let due = DueList(input, since: t(1, 0), until: t(4, 0))
        #expect(due.items.map { "\($0.what) \($0.entry.id)" } == ["remind c.p.step2", "decide c.p.step2", "post c.p"], "\(due.rendered())")
        #expect(due.rendered().contains("2026-12-02T10:00:00+00:00  remind    c.p.step2 \"Recht\" by lena; for c.p, open since 2026-12-01T10:00:00+00:00; decision due 2026-12-03T10:00:00+00:00\n"))
    }

    @Test func theWindowIsHalfOpen() throws {
        // 09:00 is in [09:00, 10:00) but not in [08:00, 09:00).
        #expect(try list((2027, 3, 29, 9), (2027, 3, 29, 10)).items.contains { $0.entry.id == "weekly#2" })
        #expect(!(try list((2027, 3, 29, 8), (2027, 3, 29, 9)).items.contains { $0.entry.id == "weekly#2" }))
    }

    @Test func nothingDue() throws {
        let due = try list((2027, 6, 1, 0), (2027, 6, 2, 0))
        #expect(due.items.isEmpty)
        #expect(due.rendered().hasSuffix("\n\nNothing falls due.\n"))
        #expect(due.json().contains("\"items\": []"))
    }

    @Test func jsonCarriesTheSameItems() throws {
        let due = try list((2027, 3, 26, 0), (2027, 3, 30, 0))
        let object = try #require(try JSONSerialization.jsonObject(with: Data(due.json().utf8)) as? [String: Any])
        let items = try #require(object["items"] as? [[String: Any]])
        #expect(items.map { $0["what"] as? String } == due.items.map(\.what))
        #expect(object["since"] as? String == "2027-03-26T00:00:00+01:00")
        #expect(object["until"] as? String == "2027-03-30T00:00:00+02:00")
    }
}
