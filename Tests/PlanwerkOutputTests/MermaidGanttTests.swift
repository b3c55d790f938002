import Foundation
import PlanwerkChecking
@testable import PlanwerkOutput
import PlanwerkTestSupport
import Testing

/// The Mermaid chart: sections, milestones, `after` only where it is exact, clean titles and ids.
@Suite struct MermaidGanttTests {
    static let plan = """
        start 2026-11-30
        person max "Max"
        campaign c "Kampagne: #1; Start" {
          task a "Brief: Teil #2" { length 1bd; assign max }
          task b { after a; length 1bd; assign max }
          task w "Warten" { after b; duration 2d }
          milestone m "Fertig" { after w }
        }
        campaign d "Zweite" { task x { at 2026-12-01 10:00; duration 1h } }
        """

    @Test func chartShape() throws {
        let input = try #require(exportInput(Self.plan))
        let text = MermaidGantt(input).rendered()
        #expect(text.hasPrefix("gantt\n    title test\n    dateFormat YYYY-MM-DD HH:mm\n"))
        #expect(text.contains("\n    section Kampagne 1, Start\n"), "`:` and `#` are dropped, `;` becomes a comma")
        #expect(text.contains("\n    Brief Teil 2 :crit, c_a, 2026-11-30 09:00, 2026-11-30 17:00\n"))
        // b starts the next morning, not at a's end: its start is written out.
        #expect(text.contains("\n    b :crit, c_b, 2026-12-01 09:00, 2026-12-01 17:00\n"))
        // w starts exactly when b ends, and m when w ends: Mermaid's `after` says the same.
        #expect(text.contains("\n    Warten :crit, c_w, after c_b, 2026-12-03 17:00\n"))
        #expect(text.contains("\n    Fertig :milestone, crit, c_m, after c_w, 0d\n"))
        #expect(text.contains("\n    section Zweite\n    x :"))
        for line in text.split(separator: "\n").dropFirst(5) where !line.hasPrefix("    section") {
            let title = line.components(separatedBy: " :")[0]
            #expect(!title.contains(":") && !title.contains("#"), "no `:` or `#` in a title: \(line)")
        }
    }

    @Test func tagsFollowNow() throws {
        // As of Tue 12:00, a is done and b under way (without these lines, both would move to now).
        let tracked = Self.plan + "\nstatus c.a done 2026-11-30 17:00\nstatus c.b started 2026-12-01 09:00\n"
        let input = try #require(exportInput(tracked, now: CivilDateTime(date: CivilDate(year: 2026, month: 12, day: 1)!, minute: 12 * 60)))
        let text = MermaidGantt(input).rendered()
        #expect(text.contains("Brief Teil 2 :crit, done, c_a,"))
        #expect(text.contains("b :crit, active, c_b,"))
    }

    @Test func idsAreUniqueAndPlain() {
        let ids = MermaidGantt.mermaidIDs(["a.b", "a_b", "c.s#1", "9x"])
        #expect(ids["a.b"] == "a_b")
        #expect(ids["a_b"] == "a_b_2")
        #expect(ids["c.s#1"] == "c_s_1")
        #expect(ids["9x"] == "t9x")
    }

    @Test func titlesLoseMermaidSyntax() {
        #expect(MermaidGantt.clean("a: b # c; d\ne") == "a b c, d e")
        #expect(MermaidGantt.clean(":#") == "untitled")
    }
}
