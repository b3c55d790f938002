import Foundation
import PlanwerkOutput
import PlanwerkTestSupport
import Testing

/// The ICS export read by a real parser, Python's `icalendar` package: each
/// example is exported as ICS and as JSON, and every event must land at the
/// instant the JSON export gives, both with the zone icalendar knows by its
/// name and with the zone built from our VTIMEZONE alone. The examples run
/// through both of Berlin's clock changes of 2027, and a fixture plan in New
/// York has work on either side of its change. Needs python3 with icalendar
/// (`.ci/run` installs it) and fails without it, so CI cannot skip it.
@Suite struct ICSParserTests {
    /// Prints, per VEVENT: UID, then DTSTART and DTEND (or `-`) in UTC as read
    /// with icalendar's own zone, then both as read with our VTIMEZONE.
    static let script = #"""
        import sys, datetime
        try:
            import icalendar
        except ImportError:
            sys.exit(3)
        cal = icalendar.Calendar.from_ical(open(sys.argv[1], 'rb').read())
        ours = {}
        for tz in cal.walk('VTIMEZONE'):
            try:
                ours[str(tz['TZID'])] = tz.to_tz(lookup_tzid=False)
            except TypeError:
                ours[str(tz['TZID'])] = tz.to_tz()
        def utc(value):
            return value.astimezone(datetime.timezone.utc).strftime('%Y-%m-%dT%H:%M')
        def with_ours(prop):
            tzid = prop.params.get('TZID')
            if tzid is None:
                return utc(prop.dt)
            naive = prop.dt.replace(tzinfo=None)
            zone = ours[str(tzid)]
            local = zone.localize(naive) if hasattr(zone, 'localize') else naive.replace(tzinfo=zone)
            return utc(local)
        for ev in cal.walk('VEVENT'):
            start, end = ev.get('DTSTART'), ev.get('DTEND')
            print('\t'.join([str(ev['UID']), utc(start.dt), utc(end.dt) if end else '-',
                             with_ours(start), with_ours(end) if end else '-', str(ev['SUMMARY'])]))
        """#

    /// The instants of every entry in the JSON export, by UID: `[start, end]` in UTC.
    static func expected(_ json: String, plan: String) throws -> [String: (Int, Int)] {
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        var out: [String: (Int, Int)] = [:]
        func add(_ id: String, _ start: Any?, _ end: Any?) {
            guard let s = (start as? String).flatMap(utcMinutes(iso:)), let e = (end as? String).flatMap(utcMinutes(iso:)) else { return }
            out["\(id)@\(plan).planwerk"] = (s, e)
        }
        for t in object["tasks"] as? [[String: Any]] ?? [] { add(t["id"] as! String, t["start"], t["end"]) }
        for a in object["approvals"] as? [[String: Any]] ?? [] {
            let round = a["round"] as? Int ?? 1
            add("\(a["subject"] as! String).step\(a["step"] as! Int)" + (round > 1 ? ".round\(round)" : ""), a["start"], a["end"])
        }
        for r in object["reports"] as? [[String: Any]] ?? [] {
            let id = "\(r["id"] as! String)#\(r["occurrence"] as! Int)"
            add(id, r["due"], r["due"])
            add(id + ".preparation", r["preparation_start"], r["preparation_end"])
        }
        return out
    }

    /// Minutes since 1970 UTC of `2026-11-30T08:00`.
    static func minutes(_ s: Substring) -> Int? { utcMinutes(iso: s + ":00+00:00") }

    func check(_ input: ExportInput, plan: String) throws -> (events: Int, offsets: Set<String>) {
        let json = ExportFormat.json.rendered(input), ics = ExportFormat.ics.rendered(input)
        let expected = try Self.expected(json, plan: plan)
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("planwerk-\(UUID().uuidString).ics")
        try Data(ics.utf8).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        let result = try TestProcess.python(Self.script, arguments: [file.path])
        guard result.status == 0 else {
            Issue.record(result.status == 3
                ? "python3 has no `icalendar`: pip install icalendar (.ci/run does); this comparison must run"
                : "the icalendar script failed (\(result.status)): \(result.stderr)")
            return (0, [])
        }
        var seen = 0
        for line in result.stdout.split(separator: "\n") {
            let f = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard f.count >= 5, let want = expected[String(f[0])] else {
                Issue.record("an event the JSON export does not have: \(line)")
                continue
            }
            seen += 1
            let end = want.1 > want.0 ? Self.minutes(f[2]) : nil
            #expect(Self.minutes(f[1]) == want.0 && Self.minutes(f[3]) == want.0, "\(f[0]) starts at the JSON instant: \(line)")
            if want.1 > want.0 {
                #expect(end == want.1 && Self.minutes(f[4]) == want.1, "\(f[0]) ends at the JSON instant: \(line)")
            } else {
                #expect(f[2] == "-" && f[4] == "-", "\(f[0]) takes no time: \(line)")
            }
        }
        #expect(seen == expected.count, "every entry is one event (\(seen) of \(expected.count))")
        let offsets = Set(json.split(separator: "\"").filter { utcMinutes(iso: String($0)) != nil }.map { String($0.suffix(6)) })
        return (seen, offsets)
    }

    @Test(arguments: Examples.names)
    func example(_ name: String) throws {
        let (events, _) = try check(Examples.input(name), plan: name)
        #expect(events > 0)
    }

    @Test func theFlagshipCrossesBothClockChanges() throws {
        let (events, offsets) = try check(Examples.input("csmo-department"), plan: "csmo-department")
        #expect(events > 200)
        #expect(offsets.isSuperset(of: ["+01:00", "+02:00"]))
    }

    @Test func workAcrossNewYorksClockChange() throws {
        let input = Examples.input(file: Examples.fixtures + "/new-york.plan")
        let (events, offsets) = try check(input, plan: "new-york")
        #expect(events >= 5)
        #expect(offsets == ["-05:00", "-04:00"])
    }
}
