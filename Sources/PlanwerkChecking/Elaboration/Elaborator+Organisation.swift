import Foundation
import PlanwerkSyntax

/// People, teams, channels and KPIs.
extension Elaborator {
    mutating func collectOrganisation(_ module: ModuleID, _ index: Int) {
        switch graph[module].plan.declarations[index].kind {
        case .team(let t):
            guard owns(module, t.name.text, index) != nil else { return }
            var team = PlanTeam(id: t.name.text, title: text(t.title, in: module) ?? t.name.text, lead: nil, members: [])
            // The team's calendar is its members' unless they name their own, wherever the clause stands in the block.
            var teamCalendar: CalendarSpec? = nil
            for clause in t.body?.clauses ?? [] {
                if case .values(.calendar, let values) = clause.kind, values.count == 1 { teamCalendar = calendarSpec(values[0], in: module) }
            }
            for clause in t.body?.clauses ?? [] {
                switch clause.kind {
                case .person(let p):
                    guard let s = spaces[module.index].own[p.name.text], s.kind == .person, s.span.range == p.name.range else { continue }
                    team.members.append(p.name.text)
                    addPerson(p, team: team.id, calendar: teamCalendar, in: module)
                case .values(.lead, let values) where values.count == 1:
                    team.lead = Self.ids(value(values[0], in: module), .person).first
                default: break
                }
            }
            if teamIndex[team.id] == nil { teamIndex[team.id] = plan.teams.count }
            plan.teams.append(team)
            var members: [String: Value] = ["members": .list(team.members.map { .entity(.person($0)) })]
            if let lead = team.lead { members["lead"] = .entity(.person(lead)) }
            known[team.id, default: [:]].merge(members) { $1 }
        case .person(let p):
            guard owns(module, p.name.text, index) != nil else { return }
            addPerson(p, team: nil, calendar: nil, in: module)
        case .channel(let c):
            guard owns(module, c.name.text, index) != nil else { return }
            var channel = PlanChannel(id: c.name.text, title: text(c.title, in: module) ?? c.name.text, limit: nil, window: nil)
            for clause in c.body?.clauses ?? [] {
                switch clause.kind {
                case .values(.limit, let values) where values.count == 1:
                    if case .int(let n)? = value(values[0], in: module) { channel.limit = n }
                case .window(let days, let hours):
                    let weekdays = value(days, in: module).map(PlanSettings.weekdays) ?? []
                    var spans: [ClockSpan] = []
                    if let hours { spans = Self.clockSpans(value(hours, in: module)) }
                    channel.window = ChannelWindow(weekdays: Set(weekdays), hours: spans.sorted { $0.start < $1.start })
                default: break
                }
            }
            plan.channels.append(channel)
        case .kpi(let k):
            guard owns(module, k.name.text, index) != nil else { return }
            plan.kpis.append(PlanKpi(id: k.name.text, title: text(k.title, in: module) ?? k.name.text))
        default: break
        }
    }

    mutating func addPerson(_ p: PersonDecl, team: String?, calendar teamCalendar: CalendarSpec?, in module: ModuleID) {
        var person = PlanPerson(id: p.name.text, title: text(p.title, in: module) ?? p.name.text, team: team,
                                capacity: 10_000, away: [], substitute: nil, span: span(module, p.name.range), calendar: teamCalendar)
        for clause in p.body?.clauses ?? [] {
            guard case .values(let keyword, let values) = clause.kind else { continue }
            switch keyword {
            case .capacity:
                if case .percent(let d)? = values.first.flatMap({ value($0, in: module) }) {
                    person.capacity = max(0, NSDecimalNumber(decimal: d * 100).intValue)
                }
            case .away:
                for v in values { person.away += value(v, in: module).map(PlanSettings.dayRanges) ?? [] }
            case .substitute:
                person.substitute = Self.ids(values.first.flatMap { value($0, in: module) }, .person).first
            case .calendar where values.count == 1:
                person.calendar = calendarSpec(values[0], in: module) ?? person.calendar
            default: break
            }
        }
        person.away.sort { $0.lowerBound < $1.lowerBound }
        plan.people.append(person)
        if let team { known[person.id, default: [:]]["team"] = .entity(.team(team)) }
    }

    /// The calendar a `calendar NAME` clause of a team or person names; nil
    /// when it names the plan calendar itself (nothing to tell apart) or nothing known.
    func calendarSpec(_ e: Expr, in module: ModuleID) -> CalendarSpec? {
        let spec: CalendarSpec
        if let symbol = resolve(e, in: module), symbol.kind == .calendar {
            let c = PlanSettings.calendar(symbol, graph: graph, currency: plan.settings.currency)
            spec = CalendarSpec(weekdays: c.weekdays, hours: c.hours, holidays: c.holidays)
        } else if case .name("standard") = e.kind {
            spec = .standard  // the built-in calendar, when the plan declares none of that name
        } else {
            return nil
        }
        return spec == plan.settings.calendar ? nil : spec
    }

    /// Time ranges of a value: one range or a list of them.
    static func clockSpans(_ v: Value?) -> [ClockSpan] {
        switch v {
        case .range(.time(let a), .time(let b))? where a < b: return [ClockSpan(start: a, end: b)]
        case .list(let items)?: return items.flatMap { clockSpans($0) }
        default: return []
        }
    }
}
