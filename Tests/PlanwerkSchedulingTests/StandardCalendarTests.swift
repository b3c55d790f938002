import PlanwerkChecking
import PlanwerkScheduling
import Testing

/// `calendar standard` names the built-in calendar (LANGUAGE.md §10:
/// Monday to Friday, 09:00–17:00, no holidays); a plan may still declare a
/// calendar of its own called `standard`, which then wins.
@Suite struct StandardCalendarTests {
    static let work = """
        team t "T" { person a "A" }
        campaign c "C" { start 2027-01-08; task x "X" { effort 1bd; assign a } }
        """

    @Test func namingTheBuiltInCalendarChecksAndSchedulesLikeTheDefault() throws {
        let named = scheduled("timezone \"UTC\"\ncalendar standard\n" + Self.work)
        let unnamed = scheduled("timezone \"UTC\"\n" + Self.work)
        #expect(named.diagnostics.isEmpty, "\(named.diagnostics.map(\.message))")
        let task = try #require(named.schedule?.tasks.first)
        // Friday 2027-01-08 09:00 to 17:00: one business day of eight hours.
        #expect(task.end - task.start == 8 * 60)
        #expect(task.start == unnamed.schedule?.tasks.first?.start)
        #expect(task.end == unnamed.schedule?.tasks.first?.end)
    }

    @Test func aDeclaredCalendarCalledStandardWins() throws {
        let run = scheduled("""
            timezone "UTC"
            calendar standard
            calendar standard { weekdays mon..fri; hours 10:00..12:00 }
            """ + "\n" + Self.work)
        #expect(run.diagnostics.isEmpty, "\(run.diagnostics.map(\.message))")
        let task = try #require(run.schedule?.tasks.first)
        // The plan's own hours: 1bd is their two hours, Friday 10:00–12:00 (UTC).
        #expect(task.end - task.start == 2 * 60)
        #expect(task.start % (24 * 60) == 10 * 60)
    }

    @Test func anyOtherUnknownCalendarIsStillAnError() {
        let run = scheduled("calendar standrad\n" + Self.work)
        #expect(run.diagnostics.contains { $0.message.contains("unknown calendar `standrad`") })
    }
}
