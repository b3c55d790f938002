/// `every …` phrases (LANGUAGE.md §4, §10 "Recurrence").
extension Parser {
    static let ordinalWords: [String: Int] = ["first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "last": -1]
    static let modifierWords = ["at", "from", "until", "count", "except", "on holiday"]

    /// grammar: recurrence ::= 'every' recurrence_rule recurrence_modifier*
    mutating func parseRecurrence() -> Recurrence? {
        let start = advance().start
        guard var r = parseRecurrenceRule(start: start) else { return nil }
        var seen = Set<String>()
        while !atStatementEnd {
            let mStart = current.start
            guard let m = parseRecurrenceModifier() else { return nil }
            if !seen.insert(m.word).inserted {
                report(.duplicateModifier, "`\(m.word)` is given twice in this `every`", at: SourceRange(mStart, lastEnd),
                       help: ["each modifier may appear once; list several times as `at 09:00, 15:00`"])
            }
            r.modifiers.append(m)
        }
        r.range = SourceRange(start, lastEnd)
        return r
    }

    /// grammar: recurrence_rule ::= INT? ('day' | 'days') | 'workday' | INT? ('week' | 'weeks') ('on' weekday_list)? | INT? ('month' | 'months' | 'quarter' | 'quarters') ('on' period_day (',' period_day)*)? | INT? ('year' | 'years') ('on' year_day (',' year_day)*)? | weekday_list
    mutating func parseRecurrenceRule(start: Int) -> Recurrence? {
        var interval: Int? = nil
        if at(.int) {
            let t = advance()
            let digits = text(t).filter { $0 != "_" }
            if Int(digits) == nil {
                error(.numberTooLarge, "`\(text(t))` is too large for an interval", at: t.range,
                      help: ["an interval counts the days, weeks, months or years between occurrences, as in `every 2 weeks`"])
                return nil
            }
            guard let n = Int(digits), n >= 1 else {
                error(.invalidRecurrence, "`\(text(t))` is not a usable interval", at: t.range, help: ["write a whole number from 1, as in `every 2 weeks`"])
                return nil
            }
            interval = n
        }
        if interval == nil && at(.weekday) {
            guard let days = parseWeekdayList() else { return nil }
            return Recurrence(interval: nil, unit: .week, days: days, weekdayShorthand: true, modifiers: [], range: SourceRange(start, lastEnd))
        }
        guard let unit = parseRecurrenceUnit(plural: interval != nil) else { return nil }
        var days: [RecurrenceDay] = []
        if atWord("on") && !isWord(peekToken(), "holiday") {
            let onToken = advance()
            switch unit {
            case .day, .workday:
                error(.invalidRecurrence, "`every \(unit.rawValue)` takes no `on`", at: onToken.range,
                      help: ["use `every week on mon` or `every month on 15` to pick days"])
                return nil
            case .week:
                guard let list = parseWeekdayList() else { return nil }
                days = list
            case .month, .quarter:
                repeat {
                    guard let d = parsePeriodDay(unit) else { return nil }
                    days.append(d)
                } while eat(.comma)
            case .year:
                repeat {
                    guard let d = parseYearDay() else { return nil }
                    days.append(d)
                } while eat(.comma)
            }
        }
        return Recurrence(interval: interval, unit: unit, days: days, weekdayShorthand: false, modifiers: [], range: SourceRange(start, lastEnd))
    }

    /// The unit word of a rule (singular or plural); `workday` takes no interval.
    mutating func parseRecurrenceUnit(plural: Bool) -> RecurrenceUnit? {
        let t = current
        let word = t.kind == .identifier ? text(t) : ""
        let singular = word.hasSuffix("s") ? String(word.dropLast()) : word
        guard let unit = RecurrenceUnit(rawValue: singular) else {
            let all = ["day", "workday", "week", "month", "quarter", "year", "days", "weeks", "months", "quarters", "years"]
            error(.invalidRecurrence, "I was expecting what repeats after `every`: day, workday, week, month, quarter or year, or weekdays",
                  label: "found \(describe(t))", help: t.kind == .identifier ? Suggestion.help(for: word, among: all) : [])
            return nil
        }
        if unit == .workday && (plural || word != singular) {
            error(.invalidRecurrence, "`every N workdays` is not a rule I know", at: t.range, help: ["write `every workday`"])
            return nil
        }
        advance()
        return unit
    }

    /// grammar: weekday_list ::= WEEKDAY (',' WEEKDAY)*
    mutating func parseWeekdayList() -> [RecurrenceDay]? {
        var days: [RecurrenceDay] = []
        repeat {
            guard at(.weekday) else {
                error(.invalidRecurrence, "I was expecting a weekday (mon … sun)", label: "found \(describe(current))",
                      help: ["write `every week on mon, thu`"])
                return nil
            }
            days.append(.weekday(Weekday(rawValue: text(advance()))!))
        } while eat(.comma)
        return days
    }

    /// grammar: year_day ::= MONTH INT
    mutating func parseYearDay() -> RecurrenceDay? {
        let t = current
        let word = t.kind == .identifier ? text(t).lowercased() : ""
        guard let m = monthNames.firstIndex(of: word) else {
            error(.invalidRecurrence, "I was expecting a month and a day, as in `every year on mar 31`", label: "found \(describe(t))",
                  help: t.kind == .identifier ? Suggestion.help(for: String(word.prefix(3)), among: monthNames) : [])
            return nil
        }
        advance()
        guard at(.int), let day = Int(text(current).filter { $0 != "_" }) else {
            error(.invalidRecurrence, "I was expecting the day of the month after `\(word)`", label: "found \(describe(current))")
            return nil
        }
        let dt = advance()
        let maxDay = DateLiteral.daysIn(month: m + 1, year: 2024)
        if day < 1 || day > maxDay {
            report(.invalidRecurrence, "\(word) has no day \(day)", at: dt.range)
        }
        return .monthDay(month: m + 1, day: day)
    }

    /// grammar: period_day ::= '-'? INT | ORDINAL WEEKDAY | ('first' | 'second' | 'third' | 'fourth' | 'fifth' | 'last') WEEKDAY | ('first' | 'last') 'workday'
    mutating func parsePeriodDay(_ unit: RecurrenceUnit) -> RecurrenceDay? {
        let t = current
        if at(.int) || (at(.minus) && peekKind() == .int) {
            let negative = eat(.minus)
            let n = advance()
            guard let v = Int(text(n).filter { $0 != "_" }), v >= 1, v <= (unit == .quarter ? 92 : 31) else {
                error(.invalidRecurrence, "`\(text(n))` is not a day of the \(unit.rawValue)", at: n.range,
                      help: ["days count from 1 (or from -1 for the last day)"])
                return nil
            }
            return .dayNumber(negative ? -v : v)
        }
        var n: Int? = nil
        if at(.ordinal) {
            let s = text(t)
            n = Int(s.dropLast(2))
            guard let v = n, (1...5).contains(v) else {
                error(.invalidRecurrence, "`\(s)` is not an ordinal I know", at: t.range, help: ["ordinals go from `1st` to `5th`, and `last`"])
                return nil
            }
            let expected = ["st", "nd", "rd", "th", "th"][v - 1]
            if !s.hasSuffix(expected) {
                report(.invalidRecurrence, "`\(s)` is misspelled", at: t.range, help: ["write `\(v)\(expected)`"])
            }
        } else if t.kind == .identifier, let v = Self.ordinalWords[text(t)] {
            n = v
        }
        guard let nth = n else {
            error(.invalidRecurrence, "I was expecting a day of the \(unit.rawValue): a number, `1st mon`, `last fri` or `first workday`",
                  label: "found \(describe(t))")
            return nil
        }
        let spelling = text(advance())
        if atWord("workday") {
            guard t.kind == .identifier && (nth == 1 || nth == -1) else {
                error(.invalidRecurrence, "only `first workday` and `last workday` are rules I know", at: t.range)
                return nil
            }
            advance()
            return .workday(first: nth == 1)
        }
        guard at(.weekday) else {
            error(.invalidRecurrence, "I was expecting a weekday or `workday` after `\(spelling)`", label: "found \(describe(current))")
            return nil
        }
        return .nthWeekday(nth, spelling: spelling, Weekday(rawValue: text(advance()))!)
    }

    /// grammar: recurrence_modifier ::= 'at' expression (',' expression)* | 'from' expression | 'until' expression | 'count' expression | 'except' expression | 'on' 'holiday' holiday_shift
    mutating func parseRecurrenceModifier() -> RecurrenceModifier? {
        let t = current
        let kind: RecurrenceModifier.Kind
        if eatWord("at") {
            var times = [parseExpression()]
            while eat(.comma) { times.append(parseExpression()) }
            kind = .at(times)
        } else if eatWord("from") {
            kind = .from(parseExpression())
        } else if eatWord("until") {
            kind = .until(parseExpression())
        } else if eatWord("count") {
            kind = .count(parseExpression())
        } else if eatWord("except") {
            kind = .except(parseExpression())
        } else if atWord("on") && isWord(peekToken(), "holiday") {
            advance(); advance()
            guard let shift = parseHolidayShift() else { return nil }
            kind = .onHoliday(shift)
        } else {
            var help = ["the modifiers of `every` are " + Self.modifierWords.map { "`\($0)`" }.joined(separator: ", ")]
            if t.kind == .identifier { help = Suggestion.help(for: text(t), among: Self.modifierWords) + help }
            if atWord("on") { help.insert("a rule has one `on`: list several days as `on mon, thu`", at: 0) }
            error(.invalidRecurrence, "I was expecting a modifier of `every` or the end of the line", label: "found \(describe(t))", help: help)
            return nil
        }
        return RecurrenceModifier(kind: kind, range: SourceRange(t.start, lastEnd))
    }

    /// grammar: holiday_shift ::= 'next' 'workday' | 'previous' 'workday' | 'skip'
    mutating func parseHolidayShift() -> HolidayShift? {
        if eatWord("skip") { return .skip }
        if eatWord("next") { return expectWord("workday", "after `next`") ? .nextWorkday : nil }
        if eatWord("previous") { return expectWord("workday", "after `previous`") ? .previousWorkday : nil }
        error(.invalidRecurrence, "I was expecting `next workday`, `previous workday` or `skip` after `on holiday`",
              label: "found \(describe(current))")
        return nil
    }
}
