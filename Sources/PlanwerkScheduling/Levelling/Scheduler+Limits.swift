import PlanwerkChecking
import PlanwerkSyntax

/// Guards against absurd sizes: work or a lag longer than a hundred years
/// (`length 100000000bd`) is reported and cut to a hundred years, so that
/// every run ends quickly and arithmetic never overflows. So is a `horizon`
/// more than a hundred years after the start (P0706), and a series with more
/// occurrences than ``mostOccurrencesOfASeries`` (P0707). docs/limits.md
/// lists them all.
extension Scheduler {
    /// The most days from the start to the horizon: a hundred years.
    static let longestPlan = 36_525
    /// The most occurrences one series (`every …`) has up to the horizon.
    static let mostOccurrencesOfASeries = 10_000
    /// The most occurrences all series of a plan have together.
    static let mostOccurrences = 100_000

    /// Cuts a horizon more than ``longestPlan`` days after `start` to that day;
    /// returns the horizon as written when it was cut (reported by ``limitWork()``).
    static func limitHorizon(_ settings: inout ElaboratedSettings, start: CivilDate) -> CivilDate? {
        guard let horizon = settings.horizon, let latest = start.adding(days: longestPlan), horizon > latest else { return nil }
        settings.horizon = latest
        return horizon
    }

    /// `10000` as `10,000`.
    static func grouped(_ n: Int) -> String {
        var digits = Array(String(n)), out = ""
        while digits.count > 3 { out = "," + String(digits.suffix(3)) + out; digits.removeLast(3) }
        return String(digits) + out
    }

    /// Reports a series cut short at `kept`, its last occurrence planned.
    mutating func reportCutSeries(_ id: String, at span: SourceSpan, kept: CivilDateTime?, horizon: CivilDate, planFull: Bool) {
        let last = kept.map { ", the last on \($0.date)" } ?? ""
        if planFull {
            report(.tooManyOccurrences,
                   "the series of `\(id)` goes past the plan's limit of \(Self.grouped(Self.mostOccurrences)) occurrences of all series together; Planwerk plans \(kept == nil ? "none of them" : "its first ones")\(last)",
                   at: span, help: ["end the series earlier with `until` or `count`, or bring the plan's `horizon` closer"])
        } else {
            report(.tooManyOccurrences,
                   "the series of `\(id)` has more than \(Self.grouped(Self.mostOccurrencesOfASeries)) occurrences up to the horizon \(horizon); Planwerk plans the first \(Self.grouped(Self.mostOccurrencesOfASeries))\(last)",
                   at: span, help: ["end the series earlier with `until` or `count`, or bring the plan's `horizon` closer"])
        }
    }

    /// A hundred years of elapsed minutes.
    static let longestElapsed = 100 * 366 * 1440

    /// A hundred years of working minutes on the plan calendar.
    var longestWorking: Int { 100 * 366 * max(1, plan.settings.calendar.businessDayMinutes) }

    mutating func limitWork() {
        schedule.diagnostics += plan.diagnostics
        if let written = cutHorizon, let planned = plan.settings.horizon {
            report(.horizonTooFar,
                   "the horizon \(written) is more than a hundred years after the start \(startDay); Planwerk plans up to \(planned)",
                   at: plan.settings.horizonSpan ?? SourceSpan(file: "", range: .empty),
                   help: ["a horizon of a year or two is plenty: series repeat only up to it"])
        }
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
