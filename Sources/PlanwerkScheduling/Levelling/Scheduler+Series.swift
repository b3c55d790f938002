import PlanwerkChecking
import PlanwerkSyntax

/// Series of posts and reports, and the reports' due times, preparation and approvals.
extension Scheduler {
    /// The occurrences of an `every …` clause as wall-clock times.
    func occurrences(_ series: SeriesSpec, defaultFrom: CivilDate?) -> [CivilDateTime] {
        guard let from = defaultFrom ?? plan.settings.start,
              let rule = RecurrenceRule.make(series.syntax, evaluate: { series.values[$0.range] }, defaultFrom: from) else { return [] }
        let spec = plan.settings.calendar
        let expander = RecurrenceExpander(isWorkingDay: { spec.isWorkingDay($0) })
        let horizon = plan.settings.horizon ?? from.adding(days: 366) ?? from
        return expander.occurrences(of: rule, horizon: horizon)
    }

    /// Each report occurrence: due at its time; its approval planned backwards to end by then;
    /// its preparation booked for its authors before the approval starts (or the due time).
    mutating func scheduleReports() {
        for r in plan.reports {
            guard let series = r.series else { continue }
            for (k, local) in occurrences(series, defaultFrom: plan.settings.start).enumerated() {
                let due = calendar.instant(local)
                let subject = "\(r.id)#\(k + 1)"
                var entry = ScheduledReport(id: r.id, occurrence: k + 1, title: r.title, due: due, to: r.to, by: r.by)
                var workEnd = due
                if let a = r.approval {
                    let (steps, start) = planFlow(a, subject: subject, backwardTo: due)
                    reportApprovals += steps
                    entry.approved = due
                    workEnd = start
                }
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
        for (k, n) in nodes.enumerated() {
            let item = plan.items[n.item]
            schedule.taskIndex[n.id] = schedule.tasks.count
            schedule.tasks.append(ScheduledTask(
                id: n.id, item: n.item, occurrence: n.occurrence, kind: item.kind, title: item.title, campaign: item.campaign,
                start: n.start, end: n.end, slack: n.slack, late: n.late, assignees: item.assignees, channel: item.channel,
                approved: n.approved, because: n.because))
            schedule.approvals += approvalsOfNode[k] ?? []
            schedule.bookings += n.bookings.map { Booking(person: plan.people[$0.person].id, work: n.id, span: $0.span) }
        }
        schedule.approvals += reportApprovals
    }
}
