import PlanwerkChecking
import PlanwerkSyntax

/// Series of posts and reports, and the reports' due times, preparation and approvals.
extension Scheduler {
    /// The occurrences of the `every …` clause of `id` as wall-clock times: at
    /// most ``mostOccurrencesOfASeries``, and no more than the plan has left of
    /// ``mostOccurrences``; a series cut short is reported (P0707).
    mutating func occurrences(_ series: SeriesSpec, of id: String, defaultFrom: CivilDate?) -> [CivilDateTime] {
        let allowed = min(Self.mostOccurrencesOfASeries, occurrencesLeft)
        guard let expanded = expand(series, defaultFrom: defaultFrom, limit: allowed + 1) else { return [] }
        var times = expanded.times
        let horizon = expanded.horizon
        if times.count > allowed {
            times.removeLast(times.count - allowed)
            reportCutSeries(id, at: series.span, kept: times.last, horizon: horizon, planFull: allowed < Self.mostOccurrencesOfASeries)
        }
        occurrencesLeft -= times.count
        return times
    }

    /// Up to `limit` wall-clock times of a series, and the horizon it was
    /// expanded to; nil when the series has no start. Counts nothing against
    /// the plan's budget of occurrences (``occurrences(_:of:defaultFrom:)`` does).
    func expand(_ series: SeriesSpec, defaultFrom: CivilDate?, limit: Int) -> (times: [CivilDateTime], horizon: CivilDate)? {
        guard let from = defaultFrom ?? plan.settings.start,
              let rule = RecurrenceRule.make(series.syntax, evaluate: { series.values[$0.range] }, defaultFrom: from) else { return nil }
        let spec = plan.settings.calendar
        let expander = RecurrenceExpander(isWorkingDay: { spec.isWorkingDay($0) })
        let horizon = plan.settings.horizon ?? from.adding(days: 366) ?? from
        return (expander.occurrences(of: rule, horizon: horizon, limit: limit), horizon)
    }

    /// Each report occurrence: due at its time; its approval planned backwards to end by then;
    /// its preparation booked for its authors before the approval starts (or the due time).
    mutating func scheduleReports() {
        for r in plan.reports {
            guard let series = r.series else { continue }
            for (k, local) in occurrences(series, of: r.id, defaultFrom: plan.settings.start).enumerated() {
                let due = calendar.instant(local)
                let subject = "\(r.id)#\(k + 1)"
                var entry = ScheduledReport(id: r.id, occurrence: k + 1, title: r.title, due: due, to: r.to, by: r.by)
                var workEnd = due
                if let a = r.approval {
                    var (steps, start) = planFlow(a, subject: subject, backwardTo: due)
                    entry.approved = due
                    if let tracked = trackedFlow(a, subject: subject, authors: r.by, from: start, fixedAt: due) {
                        (steps, entry.approved) = tracked
                    }
                    reportApprovals += steps
                    workEnd = start
                }
                if let delivered = tracking.subjects[subject]?.done { entry.due = delivered }
                if let effort = r.effort, effort > 0 {
                    if let (s, e) = poolBackward(r.by, effort: effort, endingBy: workEnd, for: subject) {
                        entry.preparationStart = s
                        entry.preparationEnd = e
                    } else {
                        report(.noTimeToWork, "`\(subject)` finds no free working time for \(r.by.joined(separator: ", ")) to prepare it before \(shown(workEnd))",
                               at: r.span)
                    }
                }
                schedule.reports.append(entry)
            }
        }
    }

    /// Writes the placed nodes into the schedule, in declaration order.
    mutating func emitTasks() {
        schedule.tasks.reserveCapacity(nodes.count)
        schedule.taskIndex.reserveCapacity(nodes.count)
        schedule.bookings.reserveCapacity(schedule.bookings.count + nodes.reduce(0) { $0 + $1.bookings.count })
        for k in nodes.indices {
            let i = nodes[k].item
            schedule.taskIndex[nodes[k].id] = schedule.tasks.count
            schedule.tasks.append(ScheduledTask(
                id: nodes[k].id, item: i, occurrence: nodes[k].occurrence, kind: plan.items[i].kind, title: plan.items[i].title,
                campaign: plan.items[i].campaign, start: nodes[k].start, end: nodes[k].end, slack: nodes[k].slack, late: nodes[k].late,
                assignees: plan.items[i].assignees, channel: plan.items[i].channel, approved: nodes[k].approved, because: nodes[k].because))
            if let steps = approvalsOfNode[k] { schedule.approvals += steps }
            for b in nodes[k].bookings { schedule.bookings.append(Booking(person: plan.people[b.person].id, work: nodes[k].id, span: b.span)) }
        }
        schedule.approvals += reportApprovals
    }
}
