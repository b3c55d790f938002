import PlanwerkChecking
import PlanwerkSyntax

/// Guards against absurd sizes: work or a lag longer than a hundred years
/// (`length 100000000bd`) is reported and cut to a hundred years, so that
/// every run ends quickly and arithmetic never overflows.
extension Scheduler {
    /// A hundred years of elapsed minutes.
    static let longestElapsed = 100 * 366 * 1440

    /// A hundred years of working minutes on the plan calendar.
    var longestWorking: Int { 100 * 366 * max(1, plan.settings.calendar.businessDayMinutes) }

    mutating func limitWork() {
        for i in plan.items.indices {
            var cut = false
            switch plan.items[i].work {
            case .length(let m) where m > longestWorking: plan.items[i].work = .length(longestWorking); cut = true
            case .effort(let m) where m > longestWorking: plan.items[i].work = .effort(longestWorking); cut = true
            case .duration(let d) where !Self.fits(d): plan.items[i].work = .duration(ElapsedTime(days: 36_600)); cut = true
            default: break
            }
            if cut {
                let item = plan.items[i]
                report(.workTooLong, "`\(item.id)` would take more than a hundred years; Planwerk plans at most a hundred years of work",
                       at: item.span, help: ["check the unit: `3bd` is three business days, `3w` three weeks"])
            }
            for (j, d) in plan.items[i].after.enumerated() {
                switch d.lag {
                case .working(let m)? where m > longestWorking: plan.items[i].after[j].lag = .working(longestWorking)
                case .elapsed(let e)? where !Self.fits(e): plan.items[i].after[j].lag = .elapsed(ElapsedTime(days: 36_600))
                default: continue
                }
                report(.workTooLong, "this lag is longer than a hundred years; Planwerk plans at most a hundred years ahead", at: d.span)
            }
        }
        for i in plan.reports.indices {
            if let m = plan.reports[i].effort, m > longestWorking {
                plan.reports[i].effort = longestWorking
                report(.workTooLong, "preparing `\(plan.reports[i].id)` would take more than a hundred years", at: plan.reports[i].span)
            }
        }
    }

    /// A lag cut to a hundred years (for `remind after`, which no rule limits).
    func bounded(_ lag: PlanSpan) -> PlanSpan {
        switch lag {
        case .working(let m): return .working(min(m, longestWorking))
        case .elapsed(let e): return Self.fits(e) ? lag : .elapsed(ElapsedTime(days: 36_600))
        }
    }

    /// Whether elapsed time stays within a hundred years (negative amounts are cut too).
    static func fits(_ e: ElapsedTime) -> Bool {
        e.days >= 0 && e.minutes >= 0 && e.days <= 36_600 && e.minutes <= longestElapsed && e.days * 1440 + e.minutes <= longestElapsed
    }
}
