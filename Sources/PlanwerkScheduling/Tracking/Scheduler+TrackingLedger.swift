import PlanwerkChecking
import PlanwerkSyntax

/// Reads the plan's `status` and `measure` lines into the ``TrackingLedger``
/// (LANGUAGE.md §6, §10 "Tracking"), reporting each line that cannot be
/// applied: a status for something that is not one task or occurrence
/// (P0601), one that does not fit it (P0602), an unknown step (P0603), a
/// decision by someone not entitled (P0604), a date after `now` (P0605),
/// progress out of range or going backwards (P0606).
extension Scheduler {
    /// What a status line is about, once resolved.
    struct TrackedSubject {
        /// The output id: `c.brief`, `c.series#2`, `weekly#3`.
        var id: String
        var kind: ItemKind?
        /// The approval flow of the subject, if it has one.
        var approval: ApprovalInstance?
        var authors: [String]
    }

    mutating func collectTracking() {
        tracking.now = plan.settings.now.map { calendar.instant($0) }
        guard tracking.now != nil || !plan.statuses.isEmpty || !plan.measures.isEmpty else { return }
        for k in nodes.indices { tracking.nodeOfSubject[nodes[k].id] = k }
        var progressLines: [String: [(basisPoints: Int, asOf: Int?, order: Int, status: PlanStatus)]] = [:]
        for (order, status) in plan.statuses.enumerated() {
            guard let subject = trackedSubject(status), fits(status, subject) else { continue }
            var entry = tracking.subjects[subject.id] ?? SubjectTracking()
            switch status.update {
            case .done(let t):
                guard let at = recorded(t, status, closing: true) else { continue }
                entry.done = at
            case .started(let t):
                guard let at = recorded(t, status, closing: false) else { continue }
                entry.started = at
            case .progress(let p, let asOf):
                var at: Int? = nil
                if let asOf {
                    guard let t = recorded(asOf, status, closing: true) else { continue }
                    at = t
                }
                guard (0...10_000).contains(p) else {
                    schedule.diagnostics.append(Diagnostic(
                        .progressBackwards, .error, "progress is a share of the work between 0% and 100%, not \(Self.percent(p))",
                        at: status.valueSpan ?? status.span, help: ["write how much of the work is done, e.g. `progress 40%`"]))
                    continue
                }
                progressLines[subject.id, default: []].append((p, at, order, status))
            case .step(let label, let decision, let person, let t):
                guard let at = recorded(t, status, closing: true) else { continue }
                entry.decisions.append(StepRecord(label: label, decision: decision, person: person, at: at, status: status))
            }
            tracking.subjects[subject.id] = entry
        }
        for (id, lines) in progressLines.sorted(by: { $0.key < $1.key }) {
            let ordered = lines.sorted { ($0.asOf ?? tracking.now ?? Int.max, $0.order) < ($1.asOf ?? tracking.now ?? Int.max, $1.order) }
            var highest: (basisPoints: Int, asOf: Int?, order: Int, status: PlanStatus)? = nil
            for line in ordered {
                if let h = highest, line.basisPoints < h.basisPoints {
                    schedule.diagnostics.append(Diagnostic(
                        .progressBackwards, .error,
                        "progress of `\(id)` goes back from \(Self.percent(h.basisPoints)) to \(Self.percent(line.basisPoints))",
                        at: line.status.valueSpan ?? line.status.span, label: "lower than before",
                        secondary: [DiagnosticLabel(span: h.status.valueSpan ?? h.status.span, message: "measured earlier")],
                        help: ["progress is the share of the work done so far; if work must be redone, raise the task's work in the plan instead"]))
                    continue
                }
                highest = line
            }
            if let h = highest {
                tracking.subjects[id]?.progress = h.basisPoints
                tracking.subjects[id]?.progressAsOf = h.asOf
            }
        }
        for id in tracking.subjects.keys.sorted() {
            tracking.subjects[id]?.decisions.sort { $0.at < $1.at }
            // A fixed-time task in progress continues like any other: from now, or after its progress.
            if let entry = tracking.subjects[id], entry.inProgress, let k = tracking.nodeOfSubject[id], let fixed = nodes[k].fixedAt {
                tracking.subjects[id]?.formerFixedStart = fixed
                nodes[k].fixedAt = nil
            }
        }
        for m in plan.measures {
            guard let now = plan.settings.now, m.date > now.date else { continue }
            schedule.diagnostics.append(Diagnostic(
                .afterNow, .error, "this measurement is dated \(m.date), after now (\(now))",
                at: m.dateSpan ?? m.span, label: "after now",
                help: ["tracking records what has happened: check the date, or move `now` forward"]))
        }
    }

    /// The one task, post, milestone or occurrence a status names; nil (reported) otherwise.
    mutating func trackedSubject(_ status: PlanStatus) -> TrackedSubject? {
        let at = status.targetSpan ?? status.span
        func unknown(_ message: String, _ help: String) -> TrackedSubject? {
            schedule.diagnostics.append(Diagnostic(.unknownTrackedTask, .error, message, at: at, help: [help]))
            return nil
        }
        if let i = plan.items.firstIndex(where: { $0.id == status.target }) {
            let item = plan.items[i]
            var id = item.id
            if item.series != nil {
                let count = nodes.filter { $0.item == i }.count
                guard let n = status.occurrence else {
                    return unknown("`\(item.id)` is a series of \(count) post\(count == 1 ? "" : "s"); a status is about one of them",
                                   "name the occurrence by its number: `\(item.id)[1]` is the first")
                }
                guard n >= 1 && n <= count else {
                    return unknown("`\(item.id)` has \(count) occurrence\(count == 1 ? "" : "s"), so there is no `\(item.id)[\(n)]`",
                                   count == 0 ? "the series has no occurrence up to the plan's horizon" : "occurrences count from 1 to \(count)")
                }
                id += "#\(n)"
            } else if let n = status.occurrence {
                return unknown("`\(item.id)` is not a series, so it has no occurrence `[\(n)]`", "write `\(item.id)` alone")
            }
            return TrackedSubject(id: id, kind: item.kind, approval: item.approval, authors: item.assignees)
        }
        if let r = plan.reports.first(where: { $0.id == status.target }) {
            let count = r.series.flatMap { expand($0, defaultFrom: plan.settings.start, limit: Self.mostOccurrencesOfASeries)?.times.count } ?? 0
            guard let n = status.occurrence else {
                return unknown("`\(r.id)` is a report due \(count) time\(count == 1 ? "" : "s"); a status is about one of them",
                               "name the occurrence by its number: `\(r.id)[1]` is the first")
            }
            guard n >= 1 && n <= count else {
                return unknown("`\(r.id)` is due \(count) time\(count == 1 ? "" : "s"), so there is no `\(r.id)[\(n)]`",
                               count == 0 ? "the report has no due date up to the plan's horizon" : "occurrences count from 1 to \(count)")
            }
            return TrackedSubject(id: "\(r.id)#\(n)", kind: nil, approval: r.approval, authors: r.by)
        }
        if plan.campaigns.contains(where: { $0.id == status.target }) {
            return unknown("`\(status.target)` is a campaign; a status is about one of its tasks, posts or milestones",
                           "name the task: `\(status.target).TASK`")
        }
        return unknown("`\(status.target)` is not a task, post, milestone or report occurrence of this plan",
                       "a status names one task, e.g. `campaign.task` or `campaign.series[2]`")
    }

    /// Whether the status fits its subject: progress and starts for tasks only,
    /// decisions for known steps of its flow by people entitled to them.
    mutating func fits(_ status: PlanStatus, _ subject: TrackedSubject) -> Bool {
        let what = subject.kind.map { $0 == .milestone ? "a milestone" : $0 == .post ? "a post" : "a task" } ?? "a report occurrence"
        switch status.update {
        case .done: return true
        case .started, .progress:
            guard subject.kind == .task else {
                schedule.diagnostics.append(Diagnostic(
                    .statusDoesNotFit, .error, "`\(subject.id)` is \(what), which takes no time: it has no progress and no start",
                    at: status.span, help: ["record `done T` when it happened\(subject.approval == nil ? "" : ", and the decisions of its approval")"]))
                return false
            }
            return true
        case .step(let label, _, let person, _):
            guard let flow = subject.approval else {
                schedule.diagnostics.append(Diagnostic(
                    .statusDoesNotFit, .error, "`\(subject.id)` has no approval, so it has no step \"\(label)\" to decide",
                    at: status.labelSpan ?? status.span, help: ["give it an `approval`, or record `done T` instead"]))
                return false
            }
            let steps = flow.steps
            guard let step = steps.first(where: { $0.label == label }) else {
                let labels = steps.map(\.label)
                schedule.diagnostics.append(Diagnostic(
                    .unknownStep, .error, "the approval `\(flow.flow)` of `\(subject.id)` has no step \"\(label)\"",
                    at: status.labelSpan ?? status.span, label: "unknown step",
                    help: Suggestion.help(for: label, among: labels) + ["its steps are " + labels.map { "\"\($0)\"" }.joined(separator: ", ")]))
                return false
            }
            let entitled = step.approvers + step.approvers.compactMap { substitutes[$0] } + (step.escalation?.approvers ?? [])
            guard entitled.contains(person) else {
                let author = step.exceptAuthor && subject.authors.contains(person)
                schedule.diagnostics.append(Diagnostic(
                    .notEntitled, .error,
                    author ? "\(person) is an author of `\(subject.id)` and may not decide step \"\(label)\" (`except author`)"
                           : "\(person) may not decide step \"\(label)\" of `\(subject.id)`",
                    at: status.personSpan ?? status.span, label: "not entitled",
                    secondary: [DiagnosticLabel(span: step.span, message: "the step")],
                    help: ["it is decided by \(Self.list(step.approvers))" + (step.escalation.map { ", or after its SLA by \(Self.list($0.approvers))" } ?? "")]))
                return false
            }
            return true
        }
    }

    /// The instant a status records; nil (reported, P0605) when it lies after `now`.
    /// A date alone is that day's closing time (`closing`) or its first working minute.
    mutating func recorded(_ i: PlanInstant, _ status: PlanStatus, closing: Bool) -> Int? {
        var t: Int
        switch i {
        case .dateTime(let dt): t = calendar.instant(dt)
        case .date(let d):
            let intervals = calendar.intervals(onDay: d.dayNumber)
            if closing {
                t = intervals.last?.upperBound ?? calendar.deadline(.date(d))
            } else {
                t = intervals.first?.lowerBound ?? calendar.instant(.date(d))
            }
        }
        guard let now = plan.settings.now, let nowInstant = tracking.now else { return t }
        let late: Bool
        switch i {
        case .date(let d): late = d > now.date
        case .dateTime: late = t > nowInstant
        }
        if late {
            schedule.diagnostics.append(Diagnostic(
                .afterNow, .error, "this status is dated \(Self.text(i)), after now (\(now))",
                at: status.timeSpan ?? status.span, label: "after now",
                help: ["tracking records what has happened: check the date, or move `now` forward"]))
            return nil
        }
        return min(t, nowInstant)
    }

    /// `40%`, `12.5%` from basis points.
    static func percent(_ basisPoints: Int) -> String {
        basisPoints % 100 == 0 ? "\(basisPoints / 100)%" : "\(Double(basisPoints) / 100)%"
    }

    /// `anna`, `lena or tobias`.
    static func list(_ people: [String]) -> String {
        people.count <= 1 ? (people.first ?? "nobody") : people.dropLast().joined(separator: ", ") + " or " + people.last!
    }
}
