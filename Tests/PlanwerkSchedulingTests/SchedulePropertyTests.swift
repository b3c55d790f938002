import Foundation
import PlanwerkChecking
import PlanwerkGenerator
import PlanwerkOutput
import PlanwerkScheduling
import Testing

/// Laws every schedule obeys, on generated plans of several shapes (levelling,
/// capacities, away weeks, two hour ranges, holidays, posts with approvals,
/// report series).
@Suite struct SchedulePropertyTests {
    static let seeds: [UInt64] = [1, 2, 3, 5, 8, 13]

    static func generated(_ seed: UInt64, tasks: Int = 240) -> PlanRun {
        var o = PlanGenerator.Options(tasks: tasks, seed: seed)
        o.peopleRatio = 8  // few people: much competition
        return scheduled(PlanGenerator(o).planText(), path: "generated.plan")
    }

    @Test(arguments: seeds)
    func generatedPlansCheckAndSchedule(_ seed: UInt64) throws {
        let run = Self.generated(seed)
        #expect(!run.checked.diagnostics.hasErrors, "\(run.checked.diagnostics.prefix(3).map(\.message))")
        let s = try #require(run.schedule)
        #expect(s.tasks.count == 240)
        #expect(!s.bookings.isEmpty)
    }

    @Test(arguments: seeds)
    func noPersonIsDoubleBooked(_ seed: UInt64) throws {
        let s = try #require(Self.generated(seed).schedule)
        for (person, bookings) in Dictionary(grouping: s.bookings, by: \.person) {
            let spans = bookings.sorted { $0.span.lowerBound < $1.span.lowerBound }
            for (a, b) in zip(spans, spans.dropFirst()) {
                #expect(a.span.upperBound <= b.span.lowerBound, "\(person) booked for \(a.work) and \(b.work) at once")
            }
        }
    }

    @Test(arguments: seeds)
    func tasksStartAfterTheirDependenciesAndApprovals(_ seed: UInt64) throws {
        let s = try #require(Self.generated(seed).schedule)
        for t in s.tasks {
            let item = s.plan.items[t.item]
            for d in item.after where !d.targetIsCampaign {
                let p = try #require(s.taskIndex[d.target].map { s.tasks[$0] })
                var ready = max(p.end, p.approved ?? p.end)
                switch d.lag {
                case .working(let m)?: ready = s.calendar.advance(ready, by: m)
                case .elapsed(let e)?: ready += e.days * 1440 + e.minutes
                case nil: break
                }
                #expect(t.start >= ready, "\(t.id) starts before \(p.id) allows")
            }
            #expect(t.end >= t.start, "\(t.id) ends before it starts")
        }
    }

    @Test(arguments: [UInt64(4), 9])
    func sameInputGivesTheSameBytes(_ seed: UInt64) throws {
        let first = Self.generated(seed), second = Self.generated(seed)
        let a = ScheduleJSON(schedule: try #require(first.schedule), diagnostics: first.diagnostics, sources: first.graph.sources).rendered()
        let b = ScheduleJSON(schedule: try #require(second.schedule), diagnostics: second.diagnostics, sources: second.graph.sources).rendered()
        #expect(a == b)
        #expect(a.contains("\"tasks\": ["))
    }

    @Test func effortIsFullyDelivered() throws {
        // The booked minutes of an effort task, scaled by capacity, reach its effort exactly (rounded up to a minute per segment).
        let s = try #require(Self.generated(7).schedule)
        let capacity = Dictionary(uniqueKeysWithValues: s.plan.people.map { ($0.id, $0.capacity) })
        let byTask = Dictionary(grouping: s.bookings, by: \.work)
        for t in s.tasks {
            guard case .effort(let m) = s.plan.items[t.item].work else { continue }
            let yielded = (byTask[t.id] ?? []).reduce(0) { $0 + $1.span.count * (capacity[$1.person] ?? 10_000) }
            #expect(yielded >= m * 10_000, "\(t.id) got \(yielded / 10_000) of \(m) minutes")
        }
    }
}
