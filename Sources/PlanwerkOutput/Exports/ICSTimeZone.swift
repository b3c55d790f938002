import PlanwerkChecking

/// The VTIMEZONE of a plan's time zone for the span an export covers
/// (RFC 5545 §3.6.5). Rather than guessing recurrence rules for daylight
/// saving time, it lists every change of offset the zone really has in that
/// span, each as its own STANDARD or DAYLIGHT observance with its exact onset,
/// found from the same zone rules the scheduler uses. So the calendar agrees
/// with the schedule for any zone, and stays correct where a country changes
/// its rules. The offset in force before the first change is an observance
/// too, beginning a year before the span.
struct ICSTimeZone {
    /// One change of offset: its instant and the offsets before and after.
    struct Change: Equatable {
        var instant: Int
        var from: Int
        var to: Int
    }

    let zone: any TimeZoneRules
    /// The changes inside the span, in time order.
    let changes: [Change]
    /// The offset before the first change (the only one when there is none).
    let initialOffset: Int
    /// The first instant considered.
    let spanStart: Int

    /// The zone's changes between a year before `start` and a day after `end`.
    init(zone: any TimeZoneRules, from start: Int, to end: Int) {
        self.zone = zone
        let first = start - 366 * 1440, last = end + 1440
        spanStart = first
        initialOffset = zone.utcOffsetMinutes(atUTC: first)
        var changes: [Change] = []
        var t = first, offset = initialOffset
        // Zones change offset at most a few times a year: look day by day, then find the minute.
        while t < last {
            let next = min(t + 1440, last)
            let nextOffset = zone.utcOffsetMinutes(atUTC: next)
            if nextOffset != offset {
                var lo = t, hi = next  // offset at lo is `offset`, at hi it is not
                while hi - lo > 1 {
                    let mid = (lo + hi) / 2
                    if zone.utcOffsetMinutes(atUTC: mid) == offset { lo = mid } else { hi = mid }
                }
                let to = zone.utcOffsetMinutes(atUTC: hi)
                changes.append(Change(instant: hi, from: offset, to: to))
                offset = to
                // Another change on the same day is found from the new offset on.
                t = hi
                continue
            }
            t = next
        }
        self.changes = changes
    }

    /// The VTIMEZONE component's lines, unfolded.
    var lines: [String] {
        let offsets = [initialOffset] + changes.map(\.to)
        let standard = offsets.min() ?? initialOffset
        var out = ["BEGIN:VTIMEZONE", "TZID:" + ICSText.escape(zone.identifier)]
        func observance(onsetLocal: CivilDateTime, from: Int, to: Int) {
            let kind = to == standard ? "STANDARD" : "DAYLIGHT"
            out += ["BEGIN:" + kind, "DTSTART:" + ICSText.local(onsetLocal),
                    "TZOFFSETFROM:" + ICSText.offset(from), "TZOFFSETTO:" + ICSText.offset(to), "END:" + kind]
        }
        observance(onsetLocal: CivilDateTime(date: CivilDateTime(localMinutes: spanStart + initialOffset).date, minute: 0),
                   from: initialOffset, to: initialOffset)
        for c in changes {
            // The onset is written in the local time in force before it (RFC 5545 §3.6.5).
            observance(onsetLocal: CivilDateTime(localMinutes: c.instant + c.from), from: c.from, to: c.to)
        }
        out.append("END:VTIMEZONE")
        return out
    }
}
