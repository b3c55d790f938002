import Foundation
import PlanwerkChecking
import PlanwerkScheduling
import PlanwerkSyntax
import PlanwerkTestSupport
import Testing

/// An independent check of the expander: a few hundred seeded random rules
/// that an RFC 5545 RRULE can say exactly are expanded here and by
/// python-dateutil's `rrule` (with `except` days as EXDATEs, since both take
/// them out after COUNT), and the two must agree instant for instant.
///
/// Left out because an RRULE cannot say them: `every workday`, `first|last
/// workday`, `on holiday`, days of a quarter and weekday ordinals within one;
/// a quarterly rule without `on` is `FREQ=MONTHLY;INTERVAL=3N`. Several `at`
/// times are made as hours × minutes so that `BYHOUR`/`BYMINUTE` give exactly
/// them. The test needs `python3` with `dateutil` and fails when either is
/// missing, so that CI cannot skip it silently.
@Suite("Recurrence against python-dateutil")
struct RecurrenceDateutilTests {
    typealias T = RecurrenceTesting

    /// One random rule: the Planwerk rule, its horizon, and the same as one line for the script.
    struct Case {
        var rule: RecurrenceRule
        var horizon: CivilDate
        var line: String
    }

    @Test func randomRulesAgreeWithDateutil() throws {
        var rng = SplitMix64(seed: 5545)
        let cases = (0..<400).map { Self.randomCase(id: $0, &rng) }
        let input = cases.map(\.line).joined(separator: "\n") + "\n"
        let output = try TestProcess.python(Self.script, stdin: input)
        guard output.status == 0 else {
            if output.status == 3 {
                Issue.record("python3 has no `dateutil`: install python3-dateutil (apt-get install python3-dateutil, or pip install python-dateutil); this comparison must run")
            } else {
                Issue.record("`/usr/bin/env python3` failed with status \(output.status) (is python3 installed?): \(output.stderr)")
            }
            return
        }
        var expected: [Int: [String]] = [:]
        for line in output.stdout.split(separator: "\n", omittingEmptySubsequences: true) {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard let id = Int(fields[0]) else { continue }
            expected[id] = fields.count > 1 && !fields[1].isEmpty ? fields[1].split(separator: " ").map { $0.replacingOccurrences(of: "T", with: " ") } : []
        }
        #expect(expected.count == cases.count, "dateutil answered \(expected.count) of \(cases.count) rules")
        var mismatches = 0
        var occurrences = 0
        for (id, c) in cases.enumerated() {
            let ours = T.everyDay.occurrences(of: c.rule, horizon: c.horizon).map(\.description)
            occurrences += ours.count
            guard let theirs = expected[id], ours != theirs else { continue }
            mismatches += 1
            if mismatches <= 5 {
                let at = zip(ours, theirs).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(ours.count, theirs.count)
                Issue.record("""
                    rule \(c.line)
                    differs at occurrence \(at): ours \(ours.dropFirst(at).prefix(3)), dateutil \(theirs.dropFirst(at).prefix(3)) \
                    (\(ours.count) against \(theirs.count) occurrences)
                    """)
            }
        }
        #expect(mismatches == 0)
        // The comparison means something only if the rules give occurrences.
        #expect(occurrences > 10_000)
    }

    // MARK: - Random rules

    static func randomCase(id: Int, _ rng: inout SplitMix64) -> Case {
        let units: [RecurrenceUnit] = [.day, .week, .week, .month, .month, .month, .quarter, .year, .year]
        let unit = units[rng.below(units.count)]
        let interval = rng.below(8) == 0 ? 1 + rng.below(30) : 1 + rng.below(4)
        let from = randomDate(&rng, endOfMonthLikely: unit != .day && unit != .week)
        let hours = distinct(1 + rng.below(2), from: Array(0..<24), &rng)
        let minutes = distinct(1 + rng.below(2), from: [0, 15, 30, 45, 59], &rng)
        let times = hours.flatMap { h in minutes.map { h * 60 + $0 } }

        var days: [RecurrenceDay] = []
        var byWeekday: [Int] = [], byMonthDay: [Int] = [], byNthWeekday: [String] = [], byMonth: [Int] = []
        switch unit {
        case .week:
            byWeekday = distinct(rng.below(4), from: Array(0..<7), &rng)
            days = byWeekday.map { .weekday(Weekday.allCases[$0]) }
        case .month:
            switch rng.below(3) {
            case 1:
                byMonthDay = distinct(1 + rng.below(3), from: Array(-31 ... -1) + Array(1...31), &rng)
                days = byMonthDay.map { .dayNumber($0) }
            case 2:
                let count = 1 + rng.below(2)
                for _ in 0..<count {
                    let n = [1, 2, 3, 4, 5, -1][rng.below(6)], w = rng.below(7)
                    guard !byNthWeekday.contains("\(n):\(w)") else { continue }
                    byNthWeekday.append("\(n):\(w)")
                    days.append(.nthWeekday(n, spelling: "", Weekday.allCases[w]))
                }
            default: break
            }
        case .year where rng.below(2) == 0:
            byMonth = distinct(1 + rng.below(2), from: Array(1...12), &rng)
            byMonthDay = distinct(1 + rng.below(2), from: Array(1...31), &rng)
            days = byMonth.flatMap { m in byMonthDay.map { .monthDay(month: m, day: $0) } }
        default: break
        }

        let count: Int? = rng.below(2) == 0 ? 1 + rng.below(40) : nil
        let until: CivilDate? = rng.below(2) == 0 ? from.adding(days: rng.below(900)) : nil
        let horizon = from.adding(days: 30 + rng.below(1100)) ?? from
        var exceptDays: [CivilDate] = []
        var except: [ClosedRange<Int>] = []
        for _ in 0..<rng.below(4) {
            let first = from.dayNumber + rng.below(120), length = rng.below(3)
            except.append(first...(first + length))
            exceptDays += (first...(first + length)).map { CivilDate(dayNumber: $0) }
        }

        let rule = RecurrenceRule(interval: interval, unit: unit, days: days, times: times, from: from, until: until,
                                  count: count, except: except)
        let freq: String
        var rruleInterval = interval
        switch unit {
        case .day, .workday: freq = "DAILY"
        case .week: freq = "WEEKLY"
        case .month: freq = "MONTHLY"
        case .quarter: freq = "MONTHLY"; rruleInterval = 3 * interval
        case .year: freq = "YEARLY"
        }
        func list(_ xs: [Int]) -> String { xs.map(String.init).joined(separator: ",") }
        let fields = [
            String(id), freq, String(rruleInterval), from.description, list(hours), list(minutes), list(byWeekday),
            list(byMonthDay), byNthWeekday.joined(separator: ","), list(byMonth), count.map(String.init) ?? "",
            until?.description ?? "", exceptDays.map(\.description).joined(separator: ","), horizon.description,
        ]
        return Case(rule: rule, horizon: horizon, line: fields.joined(separator: "\t"))
    }

    /// A day from 2020 to 2030; for monthly and yearly rules often the 28th to 31st, where months differ.
    static func randomDate(_ rng: inout SplitMix64, endOfMonthLikely: Bool) -> CivilDate {
        let year = 2020 + rng.below(11), month = 1 + rng.below(12)
        let day = endOfMonthLikely && rng.below(3) == 0 ? 28 + rng.below(4) : 1 + rng.below(28)
        return CivilDate(year: year, month: month, day: day) ?? CivilDate(year: year, month: month, day: 28) ?? CivilDate(dayNumber: 0)
    }

    /// `n` different items, ascending.
    static func distinct(_ n: Int, from items: [Int], _ rng: inout SplitMix64) -> [Int] {
        var pool = items, picked: [Int] = []
        for _ in 0..<min(n, pool.count) { picked.append(pool.remove(at: rng.below(pool.count))) }
        return picked.sorted()
    }

    // MARK: - Running dateutil

    /// Reads one rule per line (tab-separated: id, FREQ, INTERVAL, DTSTART day, BYHOUR, BYMINUTE,
    /// BYDAY weekdays 0=MO, BYMONTHDAY, BYDAY as n:weekday, BYMONTH, COUNT, until day, EXDATE days,
    /// horizon day) and prints the id and the instants up to the earlier of until and the horizon.
    static let script = #"""
    import sys, warnings
    from datetime import date, datetime, time
    try:
        from dateutil.rrule import rrule, rruleset, DAILY, WEEKLY, MONTHLY, YEARLY, MO, TU, WE, TH, FR, SA, SU
    except ImportError:
        sys.stderr.write("python3 has no dateutil\n")
        sys.exit(3)

    warnings.simplefilter("ignore")  # COUNT with UNTIL is deprecated in dateutil; both bound the walk here.
    FREQ = {"DAILY": DAILY, "WEEKLY": WEEKLY, "MONTHLY": MONTHLY, "YEARLY": YEARLY}
    WEEKDAYS = [MO, TU, WE, TH, FR, SA, SU]

    def ints(text):
        return [int(x) for x in text.split(",")] if text else []

    def day(text):
        y, m, d = (int(x) for x in text.split("-"))
        return date(y, m, d)

    for line in sys.stdin.read().splitlines():
        (rid, freq, interval, start, hours, minutes, weekdays, monthdays, nth, months,
         count, until, exdates, horizon) = line.split("\t")
        hs, ms = ints(hours), ints(minutes)
        end = day(horizon)
        if until:
            end = min(end, day(until))
        kw = dict(dtstart=datetime.combine(day(start), time(min(hs), min(ms))), interval=int(interval), wkst=MO,
                  byhour=hs, byminute=ms, bysecond=0, until=datetime.combine(end, time(23, 59, 59)))
        byweekday = [WEEKDAYS[w] for w in ints(weekdays)]
        byweekday += [WEEKDAYS[int(w)](int(n)) for n, w in (p.split(":") for p in nth.split(",") if p)]
        if byweekday:
            kw["byweekday"] = byweekday
        if monthdays:
            kw["bymonthday"] = ints(monthdays)
        if months:
            kw["bymonth"] = ints(months)
        if count:
            kw["count"] = int(count)
        rules = rruleset()
        rules.rrule(rrule(FREQ[freq], **kw))
        for x in (day(t) for t in exdates.split(",") if t):
            for h in hs:
                for m in ms:
                    rules.exdate(datetime.combine(x, time(h, m)))
        shown = ["%04d-%02d-%02dT%02d:%02d" % (t.year, t.month, t.day, t.hour, t.minute) for t in rules]
        print(rid + "\t" + " ".join(shown))
    """#
}
