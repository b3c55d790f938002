import Foundation
@testable import PlanwerkOutput
import PlanwerkTestSupport
import Testing

/// RFC 4180: quoting, doubled quotes, line breaks inside fields, CRLF records.
@Suite struct CSVExportTests {
    @Test func fieldsAreQuotedOnlyWhenTheyMustBe() {
        #expect(CSVExport.field("plain") == "plain")
        #expect(CSVExport.field("a,b") == "\"a,b\"")
        #expect(CSVExport.field("say \"hi\"") == "\"say \"\"hi\"\"\"")
        #expect(CSVExport.field("two\nlines") == "\"two\nlines\"")
        #expect(CSVExport.field("cr\rhere") == "\"cr\rhere\"")
        #expect(CSVExport.field(" padded") == "\" padded\"")
        #expect(CSVExport.field("") == "")
    }

    @Test func awkwardTitlesSurviveARoundTrip() throws {
        let plan = """
            start 2026-11-30
            person max "Max"
            campaign c "Kampagne, \\"groß\\"" {
              task t "Komma, \\"Zitat\\"; Semikolon\\nzweite Zeile" { length 1bd; assign max }
              milestone m "Ende" { after t }
            }
            """
        let input = try #require(exportInput(plan))
        let text = CSVExport(input).rendered()
        #expect(text.hasPrefix("id,kind,title,start,end,campaign,"))
        #expect(!text.replacingOccurrences(of: "\r\n", with: "").contains("\r"), "records end with CRLF")
        let rows = try Self.parse(text)
        #expect(rows.count == 3)
        #expect(rows.allSatisfy { $0.count == CSVExport.header.count })
        #expect(rows[1][0] == "c.t")
        #expect(rows[1][1] == "task")
        #expect(rows[1][2] == "Komma, \"Zitat\"; Semikolon\nzweite Zeile")
        #expect(rows[1][3] == "2026-11-30T09:00:00+00:00")
        #expect(rows[1][4] == "2026-11-30T17:00:00+00:00")
        #expect(rows[2][0] == "c.m" && rows[2][1] == "milestone")
    }

    /// A strict RFC 4180 reader: records end with CRLF; a quoted field may hold anything, quotes doubled.
    static func parse(_ text: String) throws -> [[String]] {
        struct Malformed: Error {}
        var rows: [[String]] = [], row: [String] = [], field = ""
        var chars = Array(text), i = 0, quoted = false
        while i < chars.count {
            let c = chars[i]
            if quoted {
                if c == "\"" {
                    if i + 1 < chars.count && chars[i + 1] == "\"" { field.append("\""); i += 2; continue }
                    quoted = false
                } else {
                    field.append(c)
                }
                i += 1
                continue
            }
            switch c {
            case "\"":
                guard field.isEmpty else { throw Malformed() }
                quoted = true
            case ",":
                row.append(field); field = ""
            case "\r\n":
                row.append(field); field = ""
                rows.append(row); row = []
            case "\r", "\n":
                throw Malformed()
            default:
                field.append(c)
            }
            i += 1
        }
        guard !quoted, field.isEmpty, row.isEmpty else { throw Malformed() }
        chars = []
        return rows
    }
}
