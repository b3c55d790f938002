import PlanwerkChecking
import PlanwerkScheduling
import PlanwerkSyntax
import Testing

/// A clause whose value cannot be computed (division by zero, `max` of an
/// empty list) is left out of the schedule, and the run says so at the
/// clause: an error, once, even when a template repeats it.
@Suite struct ValueFailureTests {
    static let organisation = "timezone \"UTC\"\nteam t \"T\" { person a \"A\" }\n"

    @Test func aValueThatCannotBeComputedIsAnErrorAtItsClause() throws {
        let text = Self.organisation + "campaign c \"C\" { start 2027-01-04; task x \"X\" { effort 1bd / 0; assign a } }\n"
        let run = scheduled(text)
        let found = run.diagnostics.filter { $0.code.rawValue == "P0320" }
        #expect(found.count == 1)
        #expect(found.first?.severity == .error)
        // At the divisor that comes to zero.
        let slash = try #require(text.utf8.firstIndex(of: UInt8(ascii: "/")))
        #expect(found.first?.span.range.start == text.utf8.distance(from: text.utf8.startIndex, to: slash) + 2)
        #expect(run.schedule != nil, "the schedule is still made")
    }

    @Test func aTemplateUsedTwiceReportsItsFailingClauseOnce() {
        let text = Self.organisation + """
            template campaign kit(day: Date) { start day; task x "X" { length max([]); assign a } }
            campaign one = kit(2027-01-04)
            campaign two = kit(2027-01-11)
            """ + "\n"
        let run = scheduled(text)
        #expect(!run.checked.diagnostics.hasErrors, "\(run.checked.diagnostics.map(\.message))")
        #expect(run.diagnostics.filter { $0.code.rawValue == "P0326" }.count == 1, "\(run.diagnostics.map(\.message))")
    }
}
