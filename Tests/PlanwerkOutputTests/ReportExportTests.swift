import Foundation
@testable import PlanwerkOutput
import PlanwerkTestSupport
import Testing

/// The Markdown and HTML reports: what a CSMO finds in them.
@Suite struct ReportExportTests {
    static let plan = """
        timezone "Europe/Berlin"
        start 2026-11-30
        kpi reach "Reichweite": Int
        team social "Social" { lead vivian; person vivian "Vivian" }
        channel insta "Instagram"
        approval ok() { step "Freigabe <CSMO>" by vivian within 1bd }
        campaign c "Kampagne | <b>fett</b>" {
          owner social
          budget 5000 EUR
          goal reach >= 1000
          task long "Langer Dreh" { length 3bd; assign vivian; deadline 2026-12-01 }
          post p "Post" on insta { after long; approval ok() }
        }
        report weekly "Wochenbericht" { every week on mon at 09:00 count 3; to vivian; by vivian }
        assert c.long.end <= 2026-12-01 "Dreh rechtzeitig fertig"
        """

    @Test func markdownHasCampaignsGoalsDeadlinesUpcomingAndProblems() throws {
        let input = try #require(exportInput(Self.plan))
        let md = MarkdownReport(input).rendered()
        #expect(md.hasPrefix("# test: plan report\n"))
        #expect(md.contains("| Kampagne \\| &lt;b&gt;fett&lt;/b&gt; (`c`) | Social | 2026-11-30 09:00 | "), "cells escape `|` and HTML")
        #expect(md.contains("| planned, 1 late (up to 1bd) | 5000 EUR |"))
        #expect(md.contains("- Reichweite (reach) ≥ 1000: unmeasured\n"))
        #expect(!md.contains("## KPIs"), "no KPI table without measurements")
        #expect(md.contains("| Langer Dreh (`c.long`) | 2026-12-02 17:00 | 2026-12-01, end of day | **late by 1bd** |"))
        #expect(md.contains("## Upcoming reports\n\n_2026-11-30 00:00 to 2026-12-28 00:00_\n"))
        #expect(md.contains("| 2026-12-07 09:00 | Wochenbericht (`weekly#2`) | vivian | vivian |"))
        #expect(md.contains("- **error P0501** `c.long` ends 2026-12-02 17:00"))
        #expect(md.contains("- ❌ `c.long.end <= 2026-12-01`: Dreh rechtzeitig fertig"))
    }

    @Test func htmlIsOneSelfContainedPage() throws {
        let input = try #require(exportInput(Self.plan))
        let html = HTMLReport(input).rendered()
        #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"en\">\n"))
        #expect(html.hasSuffix("</html>\n"))
        for outside in ["http:", "https:", "<script", "src=", "<link", "@import", "url("] {
            #expect(!html.contains(outside), "nothing loaded from elsewhere: \(outside)")
        }
        #expect(html.components(separatedBy: "<svg ").count - 1 == 1, "one chart per campaign")
        #expect(html.contains("Kampagne | &lt;b&gt;fett&lt;/b&gt;"), "plan text is escaped")
        #expect(html.contains("Freigabe &lt;CSMO&gt;"))
        #expect(html.contains("<section id=\"approvals\">") && html.contains("<section id=\"reports\">") && html.contains("<section id=\"problems\">"))
        #expect(html.contains("error P0501"))
        #expect(html.contains("<span class=\"day\" title=\"2026-12-07 09:00\">7</span>"), "the report calendar shows its due days")
        // Tags open and close in pairs.
        for tag in ["section", "svg", "table", "tr", "td", "div"] {
            #expect(html.components(separatedBy: "<\(tag)").count - 1 == html.components(separatedBy: "</\(tag)>").count - 1, "<\(tag)> balanced")
        }
    }

    @Test func goalsStandAgainstTheLatestMeasurement() throws {
        let tracked = Self.plan + """

            now 2026-12-03 12:00
            measure c.reach 2026-12-01 = 1400
            measure c.reach 2026-12-02 = 1200
            measure reach 2026-12-02 = 5000
            measure c.reach 2026-12-02 = 900
            """
        let input = try #require(exportInput(tracked))
        let md = MarkdownReport(input).rendered()
        #expect(md.contains("- Reichweite (reach) ≥ 1000: 900 on 2026-12-02, missed\n"), "the latest day, its last line")
        #expect(md.contains("| Reichweite (`reach`) | the whole plan | 5000 | 2026-12-02 |"))
        #expect(md.contains("| Reichweite (`reach`) | Kampagne \\| &lt;b&gt;fett&lt;/b&gt; | 900 | 2026-12-02 |"))
        let html = HTMLReport(input).rendered()
        #expect(html.contains("<section id=\"kpis\">") && html.contains("<li>Reichweite (reach) ≥ 1000: 900 on 2026-12-02, missed</li>"))

        // Earlier, the campaign's goal was met; a campaign without its own measurement uses the plan-wide one.
        let earlier = try #require(exportInput(tracked.replacingOccurrences(of: "now 2026-12-03 12:00", with: "now 2026-12-01 18:00")))
        #expect(MarkdownReport(earlier).rendered().contains("- Reichweite (reach) ≥ 1000: 1400 on 2026-12-01, met\n"))
        let planWide = try #require(exportInput(Self.plan + "\nmeasure reach 2026-12-02 = 5000\n"))
        #expect(MarkdownReport(planWide).rendered().contains("- Reichweite (reach) ≥ 1000: 5000 on 2026-12-02, met\n"))
    }

    @Test func htmlNumbersAreTheSameEverywhere() {
        #expect(HTMLText.number(12.0) == "12")
        #expect(HTMLText.number(12.345) == "12.3")
        #expect(HTMLText.number(-0.25) == "-0.3")
        #expect(HTMLText.escape("<a href=\"x\">&'") == "&lt;a href=&quot;x&quot;&gt;&amp;&#39;")
    }
}
