/// The kinds of block, each with the clauses it accepts.
enum BlockKind {
    case calendar, team, person, channel, campaign, item(ItemKind), report

    var allowed: [ClauseKeyword] {
        switch self {
        case .calendar: return [.weekdays, .hours, .holidays]
        case .team: return [.lead, .reportsTo, .person, .calendar]
        case .person: return [.role, .capacity, .away, .substitute, .calendar]
        case .channel: return [.limit, .owner, .window, .internal]
        case .campaign: return [.owner, .start, .budget, .goal, .task, .post, .milestone, .let]
        case .item(.task): return [.after, .at, .earliest, .deadline, .priority, .effort, .length, .duration, .assign, .approval]
        case .item(.post): return [.after, .at, .earliest, .deadline, .priority, .assign, .text, .approval, .every]
        case .item(.milestone): return [.after, .at, .earliest, .deadline, .priority, .approval]
        case .report: return [.every, .to, .by, .effort, .kpis, .covers, .approval]
        }
    }

    var noun: String {
        switch self {
        case .calendar: return "a calendar"
        case .team: return "a team"
        case .person: return "a person"
        case .channel: return "a channel"
        case .campaign: return "a campaign"
        case .item(let k): return k == .milestone ? "a milestone" : "a \(k.rawValue)"
        case .report: return "a report"
        }
    }
}

/// Blocks and their clauses.
extension Parser {
    /// grammar: block ::= '{' separator* (clause (separator+ clause)*)? separator* '}'
    mutating func parseBlock(_ blockKind: BlockKind) -> Block {
        let open = current
        guard expect(.lBrace, "to open \(blockKind.noun)") else {
            return Block(clauses: [], range: SourceRange(open.start, open.start), singleLine: true)
        }
        guard enterNesting() else {
            pos -= 1; skipBalanced(); leaveNesting()
            return Block(clauses: [], range: SourceRange(open.start, lastEnd), singleLine: false)
        }
        defer { leaveNesting() }
        var clauses: [Clause] = []
        while true {
            skipSeparators()
            if at(.rBrace) || at(.eof) { break }
            let before = pos
            if let c = parseClause(blockKind) {
                clauses.append(c)
                endStatement("the `\(c.keyword.text)` clause")
            } else {
                synchronize()
            }
            if pos == before { advance() }
            recovering = false
        }
        if !eat(.rBrace) {
            error(.unbalancedDelimiter, "this `{` is never closed", at: open.range, label: "opened here",
                  help: ["add `}` at the end of \(blockKind.noun)"])
        }
        let singleLine = file.location(of: open.start).line == file.location(of: max(open.start, lastEnd - 1)).line
        return Block(clauses: clauses, range: SourceRange(open.start, lastEnd), singleLine: singleLine)
    }

    /// grammar: clause ::= value_clause | 'internal' | window_clause | goal_clause | after_clause | at_clause | recurrence | approval_clause | person_decl | item_decl | let_decl
    mutating func parseClause(_ blockKind: BlockKind) -> Clause? {
        let t = current
        let allowed = blockKind.allowed
        guard t.kind == .identifier, let keyword = ClauseKeyword(rawValue: text(t)) else {
            let word = describe(t)
            var help = t.kind == .identifier ? Suggestion.help(for: text(t), among: allowed.map(\.rawValue)) : []
            help.append("\(blockKind.noun) takes " + allowed.map { "`\($0.rawValue)`" }.joined(separator: ", "))
            error(.unknownClause, "I was expecting a clause of \(blockKind.noun) here", label: "found \(word)", help: help)
            return nil
        }
        guard allowed.contains(keyword) else {
            var help = ["\(blockKind.noun) takes " + allowed.map { "`\($0.rawValue)`" }.joined(separator: ", ")]
            if keyword == .effort || keyword == .length || keyword == .duration, case .item(let k) = blockKind {
                help.insert(k == .post ? "a post takes no time itself: put the writing in a task and use `after`"
                                       : "a milestone takes no time; make it a task if it needs work", at: 0)
            }
            if keyword == .every, case .item(.task) = blockKind {
                help.insert("only posts and reports repeat; make this a post or a report", at: 0)
            }
            error(.unknownClause, "`\(keyword.rawValue)` does not belong in \(blockKind.noun)", at: t.range, help: help)
            return nil
        }
        let name = Name(text(t), t.range)
        switch keyword {
        case .person:
            let p = parsePerson()
            return Clause(.person(p), keyword: name, range: p.range)
        case .task, .post, .milestone:
            let item = parseItem()
            return Clause(.item(item), keyword: name, range: item.range)
        case .let:
            let l = parseLet()
            return Clause(.binding(l), keyword: name, range: l.range)
        case .every:
            guard let r = parseRecurrence() else { return nil }
            return Clause(.every(r), keyword: name, range: r.range)
        default:
            break
        }
        advance()
        let kind: ClauseKind
        switch keyword {
        case .internal:
            kind = .flag(.internal)
        case .window:
            kind = parseWindow()
        case .goal:
            guard let g = parseGoal() else { return nil }
            kind = g
        case .after:
            kind = .after(parseDependencies())
        case .at:
            kind = parseAt()
        case .approval:
            guard requireValue(keyword) else { return nil }
            kind = .approval(parseExpression())
        default:
            guard requireValue(keyword) else { return nil }
            kind = .values(keyword, parseValueList())
        }
        return Clause(kind, keyword: name, range: SourceRange(t.start, lastEnd))
    }

    /// Reports a clause word with nothing after it.
    mutating func requireValue(_ keyword: ClauseKeyword) -> Bool {
        if atStatementEnd {
            error(.expectedExpression, "I was expecting a value after `\(keyword.rawValue)`", help: clauseHelp(keyword))
            return false
        }
        return true
    }

    func clauseHelp(_ k: ClauseKeyword) -> [String] {
        switch k {
        case .effort, .length: return ["write working time, e.g. `\(k.rawValue) 2bd` or `\(k.rawValue) 4bh`"]
        case .duration: return ["write elapsed time, e.g. `duration 2d` or `duration 3h`"]
        case .deadline, .earliest, .start: return ["write a date, e.g. `\(k.rawValue) 2026-12-18`"]
        case .budget: return ["write an amount, e.g. `budget 8000 EUR`"]
        case .capacity: return ["write a percentage, e.g. `capacity 50%`"]
        case .weekdays: return ["write a range or a list, e.g. `weekdays mon..fri`"]
        case .hours: return ["write one or more time ranges, e.g. `hours 09:00..12:00, 13:00..17:00`"]
        case .holidays: return ["write a list of dates or ranges, e.g. `holidays [2026-12-24..2026-12-26]`"]
        default: return []
        }
    }

    /// grammar: value_clause ::= clause_word expression (',' expression)*
    mutating func parseValueList() -> [Expr] {
        var values = [parseExpression()]
        while eat(.comma) { values.append(parseExpression()) }
        return values
    }

    /// grammar: window_clause ::= 'window' expression expression?
    mutating func parseWindow() -> ClauseKind {
        let days = parseExpression()
        let hours = atStatementEnd ? nil : parseExpression()
        return .window(days: days, hours: hours)
    }

    /// grammar: goal_clause ::= 'goal' postfix ('==' | '!=' | '<' | '<=' | '>' | '>=') expression
    mutating func parseGoal() -> ClauseKind? {
        let kpi = parsePostfix()
        guard let op = Self.comparisonOperator(kind) else {
            error(.expectedToken, "I was expecting a comparison after the KPI, as in `goal reach >= 100000`",
                  label: "found \(describe(current))")
            return nil
        }
        advance()
        return .goal(kpi: kpi, op: op, target: parseExpression())
    }

    /// grammar: after_clause ::= 'after' dependency (',' dependency)*
    mutating func parseDependencies() -> [Dependency] {
        var deps: [Dependency] = []
        repeat { deps.append(parseDependency()) } while eat(.comma)
        return deps
    }

    /// grammar: dependency ::= postfix ('+' unary)?
    mutating func parseDependency() -> Dependency {
        let target = parsePostfix()
        var lag: Expr? = nil
        if eat(.plus) {
            lag = parseUnary()
        } else if at(.minus) {
            error(.negativeLag, "a lag is never negative", help: ["to start before `…` ends, depend on an earlier task instead"])
            advance()
            _ = parseUnary()
        }
        return Dependency(target: target, lag: lag, range: SourceRange(target.range.start, lastEnd))
    }

    /// grammar: at_clause ::= 'at' expression TIME?
    mutating func parseAt() -> ClauseKind {
        let e = parseExpression()
        var time: Expr? = nil
        if at(.time) {
            let t = advance()
            time = Expr(.time(timeLiteral(t.start, t.end, t.range)), t.range)
        }
        return .at(e, time: time)
    }

    /// grammar: item_decl ::= ('task' | 'milestone') NAME title? block? | 'post' NAME title? 'on' postfix block?
    mutating func parseItem() -> ItemDecl {
        let t = advance()
        let kind = ItemKind(rawValue: text(t))!
        let name = expectName("the \(kind.rawValue)'s name")
        let title = parseTitle()
        var channel: Expr? = nil
        if kind == .post {
            if expectWord("on", "and the channel after the post's name, as in `post teaser on twitter`") {
                channel = parsePostfix()
            }
        }
        let body = at(.lBrace) ? parseBlock(.item(kind)) : nil
        return ItemDecl(kind: kind, name: name, title: title, channel: channel, body: body, range: SourceRange(t.start, lastEnd))
    }
}
