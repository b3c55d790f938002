/// `every …` phrases (LANGUAGE.md §4) as written: the rule with its interval
/// and days, then the modifiers in source order.
extension PlanFormatter {
    func recurrence(_ r: Recurrence) -> Piece {
        var p = Piece("every")
        if r.weekdayShorthand {
            p.append(" " + r.days.map(day).joined(separator: ", "))
        } else {
            if let n = r.interval {
                p.append(" \(n) " + (n == 1 ? r.unit.rawValue : r.unit.plural))
            } else {
                p.append(" " + r.unit.rawValue)
            }
            if !r.days.isEmpty { p.append(" on " + r.days.map(day).joined(separator: ", ")) }
        }
        for m in r.modifiers {
            p.append(" ")
            p.append(modifier(m))
        }
        return p
    }

    func day(_ d: RecurrenceDay) -> String {
        switch d {
        case .weekday(let w): return w.rawValue
        case .dayNumber(let n): return String(n)
        case .nthWeekday(_, let spelling, let w): return spelling + " " + w.rawValue
        case .workday(let first): return first ? "first workday" : "last workday"
        case .monthDay(let month, let day): return monthNames[month - 1] + " \(day)"
        }
    }

    func modifier(_ m: RecurrenceModifier) -> Piece {
        switch m.kind {
        case .at(let times): return "at " + Piece.joined(times.map(expr), separator: ", ")
        case .from(let e): return "from " + expr(e)
        case .until(let e): return "until " + expr(e)
        case .count(let e): return "count " + expr(e)
        case .except(let e): return "except " + expr(e)
        case .onHoliday(let shift): return Piece("on holiday " + shift.rawValue)
        }
    }
}
