import Foundation
import PlanwerkChecking
@testable import PlanwerkOutput
import PlanwerkTestSupport
import Testing

/// The iCalendar export's text rules and time zone, checked directly.
@Suite struct ICSExportTests {
    @Test func textValuesAreEscaped() {
        #expect(ICSText.escape("a,b;c\\d\ne") == "a\\,b\\;c\\\\d\\ne")
        #expect(ICSText.escape("bell\u{7}") == "bell ")
    }

    @Test func longLinesAreFoldedAt75OctetsWithoutSplittingCharacters() {
        let content = "SUMMARY:" + String(repeating: "Prüfung für Ä-Öffnung ", count: 12)
        let folded = ICSText.line(content)
        #expect(folded.hasSuffix("\r\n"))
        let lines = folded.dropLast(1).components(separatedBy: "\r\n")
        #expect(lines.count > 3)
        #expect(lines.allSatisfy { $0.utf8.count <= 75 })
        #expect(lines.dropFirst().allSatisfy { $0.hasPrefix(" ") })
        #expect(lines.enumerated().map { $0.offset == 0 ? $0.element : String($0.element.dropFirst()) }.joined() == content)
    }

    @Test func berlinChangesItsClockAtTheRightInstants() throws {
        let zone = try #require(FoundationTimeZone(identifier: "Europe/Berlin"))
        let start = CivilDate(year: 2027, month: 1, day: 1)!.dayNumber * 1440
        let tz = ICSTimeZone(zone: zone, from: start, to: start + 360 * 1440)
        let in2027 = tz.changes.filter { $0.instant >= start }
        // 2027-03-28 01:00 UTC (02:00 → 03:00) and 2027-10-31 01:00 UTC (03:00 → 02:00).
        #expect(in2027 == [
            ICSTimeZone.Change(instant: CivilDate(year: 2027, month: 3, day: 28)!.dayNumber * 1440 + 60, from: 60, to: 120),
            ICSTimeZone.Change(instant: CivilDate(year: 2027, month: 10, day: 31)!.dayNumber * 1440 + 60, from: 120, to: 60),
        ])
        let lines = tz.lines
        #expect(lines.contains("DTSTART:20270328T020000"))
        #expect(lines.contains("DTSTART:20271031T030000"))
        #expect(lines.filter { $0 == "BEGIN:DAYLIGHT" }.count == lines.filter { $0 == "TZOFFSETTO:+0200" }.count)
    }

    @Test func aZoneWithoutChangesHasOneObservance() throws {
        let zone = try #require(FoundationTimeZone(identifier: "Asia/Tokyo"))
        let tz = ICSTimeZone(zone: zone, from: 29_000_000, to: 29_500_000)
        #expect(tz.changes.isEmpty)
        #expect(tz.lines.filter { $0.hasPrefix("BEGIN:STANDARD") }.count == 1)
        #expect(tz.lines.contains("TZOFFSETTO:+0900"))
    }

    @Test func aPlanInUTCUsesUTCTimesAndNoTimeZone() throws {
        let input = try #require(exportInput("start 2026-11-30\ncampaign c { task t { duration 2h } }\n"))
        let text = ICSExport(input).rendered()
        #expect(!text.contains("BEGIN:VTIMEZONE"))
        #expect(text.contains("DTSTART:20261130T000000Z\r\nDTEND:20261130T020000Z\r\n"))
        #expect(text.contains("UID:c.t@test.planwerk\r\n"))
        #expect(text.contains("DTSTAMP:20261130T000000Z\r\n"), "the stamp is the plan's start, not the clock")
    }

    @Test func everyLineEndsWithCRLFAndFitsIn75Octets() {
        let text = ICSExport(Examples.input("csmo-department")).rendered()
        #expect(text.hasSuffix("END:VCALENDAR\r\n"))
        let lines = text.dropLast(1).components(separatedBy: "\r\n")
        #expect(lines.allSatisfy { !$0.contains("\n") && !$0.contains("\r") })
        #expect(lines.allSatisfy { $0.utf8.count <= 75 })
        let uids = lines.filter { $0.hasPrefix("UID:") }
        #expect(uids.count == Set(uids).count, "UIDs are unique")
        #expect(uids.count == lines.filter { $0 == "BEGIN:VEVENT" }.count)
    }

    @Test func theStampFollowsNowWhenThePlanHasOne() throws {
        let input = try #require(exportInput("timezone \"Europe/Berlin\"\nstart 2026-11-30\nnow 2026-12-08 12:00\ncampaign c { task t { duration 2h } }\n"))
        #expect(ICSExport(input).rendered().contains("DTSTAMP:20261208T110000Z\r\n"))
    }
}
