import PlanwerkSyntax

/// The plan-wide settings of the root file (LANGUAGE.md §2, §10: settings
/// come from the root file only): currency, time zone, and the working
/// calendar named by `calendar NAME` (or the built-in `standard`).
struct PlanSettings {
    let graph: ModuleGraph
    var currency = "EUR"
    var timeZone: String? = nil
    var calendarName: String? = nil

    init(graph: ModuleGraph) {
        self.graph = graph
        guard graph.rootLoaded else { return }
        for decl in graph[graph.root].plan.declarations {
            guard case .setting(let s) = decl.kind else { continue }
            switch (s.keyword.text, s.value.kind) {
            case ("currency", .name(let code)): currency = code
            case ("timezone", .text(let parts)):
                timeZone = parts.compactMap { if case .literal(let t) = $0 { return t } else { return nil } }.joined()
            case ("calendar", .name(let name)): calendarName = name
            default: break
            }
        }
    }

    /// The plan calendar's weekdays, hours and holidays.
    func calendar(namespaces: [Namespace]) -> (weekdays: Set<Weekday>, hours: [ClockSpan], holidays: [ClosedRange<Int>]) {
        guard let name = calendarName, graph.rootLoaded, let symbol = namespaces[graph.root.index].lookup(name), symbol.kind == .calendar
        else { return ([.mon, .tue, .wed, .thu, .fri], [.standardHours], []) }
        return Self.calendar(symbol, graph: graph, currency: currency)
    }

    /// A declared calendar's weekdays, hours and holidays (the `standard` ones where it leaves them out).
    static func calendar(_ symbol: Symbol, graph: ModuleGraph, currency: String) -> (weekdays: Set<Weekday>, hours: [ClockSpan], holidays: [ClosedRange<Int>]) {
        var weekdays: Set<Weekday> = [.mon, .tue, .wed, .thu, .fri]
        var hours: [ClockSpan] = [.standardHours]
        var holidays: [ClosedRange<Int>] = []
        guard symbol.kind == .calendar, case .calendar(let c) = graph[symbol.module].plan.declarations[symbol.declaration].kind
        else { return (weekdays, hours, holidays) }
        let plain = FixedEnvironment(currency: currency)
        func evaluate(_ e: Expr) -> Value? { Evaluator(environment: plain, file: graph[symbol.module].plan.source.path).evaluate(e).value }
        for clause in c.body.clauses {
            guard case .values(let keyword, let values) = clause.kind else { continue }
            let evaluated = values.compactMap(evaluate)
            switch keyword {
            case .weekdays:
                let days = evaluated.flatMap(Self.weekdays)
                if !days.isEmpty { weekdays = Set(days) }
            case .hours:
                let spans = evaluated.compactMap { v -> ClockSpan? in
                    if case .range(.time(let a), .time(let b)) = v, a < b { return ClockSpan(start: a, end: b) }
                    return nil
                }
                if !spans.isEmpty { hours = spans.sorted { $0.start < $1.start } }
            case .holidays:
                for v in evaluated { holidays += Self.dayRanges(v) }
            default: break
            }
        }
        return (weekdays, hours, holidays)
    }

    static func weekdays(_ v: Value) -> [Weekday] {
        switch v {
        case .weekday(let d): return [d]
        case .range(.weekday(let a), .weekday(let b)) where a <= b: return Weekday.allCases.filter { $0 >= a && $0 <= b }
        case .list(let items): return items.flatMap(weekdays)
        default: return []
        }
    }

    /// Holidays as ranges of day numbers: a date, a range of dates, or a list of them.
    static func dayRanges(_ v: Value) -> [ClosedRange<Int>] {
        switch v {
        case .date(let d): return [d.dayNumber...d.dayNumber]
        case .range(.date(let a), .date(let b)) where a <= b: return [a.dayNumber...b.dayNumber]
        case .list(let items): return items.flatMap(dayRanges)
        default: return []
        }
    }
}
