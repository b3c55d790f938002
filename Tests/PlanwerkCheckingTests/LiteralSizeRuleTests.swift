import Testing
@testable import PlanwerkChecking
@testable import PlanwerkSyntax

/// A number too large for the evaluator is P0702 wherever it stands, not
/// only in a `let`: an effort, a budget, a tracking line's progress. Before
/// this rule, elaboration dropped such values without a word (a task of
/// `99…9bd` became a zero-length task).
@Suite struct LiteralSizeRuleTests {
    func check(_ files: [(String, String)]) -> [Diagnostic] { checkInMemory(files) }

    static let organisation = "team t \"T\" { person a \"A\" }\n"
    static let huge = "99999999999999999999999999"

    @Test func anOversizedEffortAndBudgetAreEachReportedAtTheirLiteral() {
        let text = Self.organisation + "campaign c \"C\" { start 2027-01-04; budget \(Self.huge) EUR; task x \"X\" { effort \(Self.huge)bd; assign a } }\n"
        let found = check([("plan.plan", text)]).filter { $0.code == .numberTooLarge }
        #expect(found.count == 2)
        let starts = found.map(\.span.range.start)
        #expect(starts == [text.utf8.count - text.split(separator: "budget ")[1].utf8.count,
                           text.utf8.count - text.split(separator: "effort ")[1].utf8.count])
        // Each says what to do about it, not only what is wrong.
        #expect(found.allSatisfy { $0.help.contains { $0.contains("a digit too many") } })
    }

    @Test func anOversizedProgressInTheSidecarIsReported() {
        let plan = Self.organisation + "campaign c \"C\" { start 2027-01-04; task x \"X\" { effort 1bd; assign a } }\n"
        let status = "now 2027-01-06 12:00\nstatus c.x progress \(Self.huge)% as of 2027-01-05 12:00\n"
        let found = check([("plan.plan", plan), ("plan.status.plan", status)]).filter { $0.code == .numberTooLarge }
        #expect(found.map(\.span.file) == ["plan.status.plan"])
    }

    @Test func largeNumbersThatFitAndLongIdsAreNotReported() {
        let text = Self.organisation + "let big = 9223372036854775807\ncampaign c123456789012345 \"C\" { start 2027-01-04; budget 1_000_000_000_000 EUR }\n"
        #expect(check([("plan.plan", text)]).isEmpty)
        #expect(LiteralSizeRule.hasLongNumber(Array("c123456789012345".utf8)))
        #expect(!LiteralSizeRule.hasLongNumber(Array("2027-01-04 12:00".utf8)))
    }

    /// The byte-by-byte scan the sampled one replaced: the reference it must agree with.
    static func longNumberReference(_ bytes: [UInt8]) -> Bool {
        var run = 0
        for b in bytes {
            if b >= 48 && b <= 57 { run += 1; if run >= 12 { return true } } else if b != 95 { run = 0 }
        }
        return false
    }

    @Test func sampledLongNumberScanAgreesWithTheByteByByteOne() {
        var found = 0
        for bytes in drawnTexts(from: "0123456789_ a-\n", seed: 0x2545_F491_4F6C_DD1D, maxLength: 59, count: 20) {
            let expected = Self.longNumberReference(bytes)
            #expect(LiteralSizeRule.hasLongNumber(bytes) == expected, "\(String(decoding: bytes, as: UTF8.self).debugDescription)")
            if expected { found += 1 }
        }
        #expect(found > 100)  // the texts do hold long numbers, so both answers are exercised
    }
}
