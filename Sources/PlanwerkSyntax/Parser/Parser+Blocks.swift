/// The kinds of block, each with the clauses it accepts.
enum BlockKind {
    case calendar, team, person, channel, campaign, item(ItemKind), report

    /// The clause words this kind of block accepts, in the order messages list them.
    var allowed: [ClauseKeyword] {
        switch self {
        case .calendar: return Self.calendarClauses
        case .team: return Self.teamClauses
        case .person: return Self.personClauses
        case .channel: return Self.channelClauses
        case .campaign: return Self.campaignClauses
        case .item(.task): return Self.taskClauses
        case .item(.post): return Self.postClauses
        case .item(.milestone): return Self.milestoneClauses
        case .report: return Self.reportClauses
        }
    }

    private static let calendarClauses: [ClauseKeyword] = [.weekdays, .hours, .holidays]
    private static let teamClauses: [ClauseKeyword] = [.lead, .reportsTo, .person, .calendar]
    private static let personClauses: [ClauseKeyword] = [.role, .capacity, .away, .substitute, .calendar]
    private static let channelClauses: [ClauseKeyword] = [.limit, .owner, .window, .internal]
    private static let campaignClauses: [ClauseKeyword] = [.owner, .start, .budget, .goal, .task, .post, .milestone, .let]
    private static let taskClauses: [ClauseKeyword] = [.after, .at, .earliest, .deadline, .priority, .effort, .length, .duration, .assign, .approval]
    private static let postClauses: [ClauseKeyword] = [.after, .at, .earliest, .deadline, .priority, .assign, .text, .approval, .every]
    private static let milestoneClauses: [ClauseKeyword] = [.after, .at, .earliest, .deadline, .priority, .approval]
    private static let reportClauses: [ClauseKeyword] = [.every, .to, .by, .effort, .kpis, .covers, .approval]

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
    /// A `{ … }` block of clauses of one kind; each kind has its own grammar rule below.
    mutating func parseBlock(_ blockKind: BlockKind) -> Block {
        let braced = parseBraced(opening: "to open \(blockKind.noun)", closing: "add `}` at the end of \(blockKind.noun)",
                                 describe: { "the `\($0.keyword.text)` clause" }) { parser in
            parser.parseClause(in: blockKind)
        }
        return Block(clauses: braced.items, range: braced.range, singleLine: braced.singleLine)
    }

    /// The shared shape of every `{ … }`: statements separated by newlines or
    /// `;`, each ended properly or skipped to the next one after an error, the
    /// nesting limit, and a clear message when the `}` is missing.
    mutating func parseBraced<Item>(opening: @autoclosure () -> String, closing: @autoclosure () -> String,
                                    describe: (Item) -> String,
                                    _ parseItem: (inout Parser) -> Item?) -> (items: [Item], range: SourceRange, singleLine: Bool) {
        let open = current
        guard expect(.lBrace, opening()) else { return ([], SourceRange(open.start, open.start), true) }
        guard enterNesting() else {
            pos -= 1; skipBalanced(); leaveNesting()
            return ([], SourceRange(open.start, lastEnd), false)
        }
        defer { leaveNesting() }
        var items: [Item] = []
        while true {
            skipSeparators()
            if at(.rBrace) || at(.eof) { break }
            let before = pos
            if let item = parseItem(&self) {
                // The usual case first: a clause that ends properly costs no closure holding a copy of it.
                if atStatementEnd { recovering = false } else { endStatement(describe(item)) }
                if items.isEmpty { items.reserveCapacity(4) }  // a block's usual size, without growing 1, 2, 4
                items.append(item)
            } else {
                synchronize()
            }
            if pos == before { advance() }
            recovering = false
        }
        if !eat(.rBrace) {
            error(.unbalancedDelimiter, "this `{` is never closed", at: open.range, label: "opened here", help: [closing()])
        }
        let singleLine = !file.hasLineBreak(in: open.start..<max(open.start, lastEnd - 1))
        return (items, SourceRange(open.start, lastEnd), singleLine)
    }

    /// One clause of a block of the given kind, through its grammar rule.
    mutating func parseClause(in blockKind: BlockKind) -> Clause? {
        switch blockKind {
        case .calendar: return parseCalendarClause()
        case .team: return parseTeamClause()
        case .person: return parsePersonClause()
        case .channel: return parseChannelClause()
        case .campaign: return parseCampaignClause()
        case .item(.task): return parseTaskClause()
        case .item(.post): return parsePostClause()
        case .item(.milestone): return parseMilestoneClause()
        case .report: return parseReportClause()
        }
    }

    /// One clause of a block of the given kind (the `*_clause` rules below).
    mutating func parseClause(_ blockKind: BlockKind) -> Clause? {
        let t = current
        let allowed = blockKind.allowed
        guard t.kind == .identifier, let keyword = b.withUnsafeBufferPointer({ ClauseKeyword.named(UnsafeBufferPointer(rebasing: $0[t.start..<t.end])) }) else {
            // Not a clause word (no setting word is one): a setting in a block gets its own message.
            if t.kind == .identifier, isWord(t, "timezone") || isWord(t, "currency") || isWord(t, "horizon") || isWord(t, "now") {
                error(.misplacedSetting, "`\(text(t))` is a setting of the whole plan and stands at the top level", at: t.range,
                      help: ["move `\(text(t)) …` to the top of the root plan file, outside any block"])
                return nil
            }
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
        let name = Name(keyword.rawValue, t.range)
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
            kind = parseApprovalClause()
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

    /// grammar: value_list ::= expression (',' expression)*
    mutating func parseValueList() -> [Expr] {
        var values = [parseExpression()]
        while eat(.comma) { values.append(parseExpression()) }
        return values
    }

    /// grammar: window_clause ::= 'window' window_part window_part?
    mutating func parseWindow() -> ClauseKind {
        let days = parseWindowPart()
        let hours = atStatementEnd ? nil : parseWindowPart()
        return .window(days: days, hours: hours)
    }

    /// grammar: window_part ::= list | window_bound ('..' window_bound)?
    mutating func parseWindowPart() -> Expr {
        if at(.lBracket) { return parseList() }
        let lo = parseWindowBound()
        guard eat(.dotDot) else { return lo }
        let hi = parseWindowBound()
        return Expr(.range(lo, hi), lo.range.union(hi.range))
    }

    /// grammar: window_bound ::= WEEKDAY | TIME | NAME
    mutating func parseWindowBound() -> Expr {
        if at(.weekday) || at(.time) || at(.identifier) { return parsePrimary() }
        error(.expectedExpression, "I was expecting weekdays or hours in the window, as in `window mon..fri 08:00..20:00`",
              label: "found \(describe(current))")
        return Expr(.error, SourceRange(current.start, current.start))
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

    /// grammar: item_decl ::= 'task' NAME title? task_block? | 'milestone' NAME title? milestone_block? | 'post' NAME title? 'on' postfix post_block?
    mutating func parseItem() -> ItemDecl {
        let t = advance()
        let kind: ItemKind = isWord(t, "task") ? .task : isWord(t, "post") ? .post : .milestone
        let name = expectName("the \(kind.rawValue)'s name")
        let title = parseTitle()
        var channel: Expr? = nil
        if kind == .post {
            if expectWord("on", "and the channel after the post's name, as in `post teaser on twitter`") {
                channel = parsePostfix()
            }
        }
        var body: Block? = nil
        if at(.lBrace) {
            switch kind {
            case .task: body = parseTaskBlock()
            case .post: body = parsePostBlock()
            case .milestone: body = parseMilestoneBlock()
            }
        }
        return ItemDecl(kind: kind, name: name, title: title, channel: channel, body: body, range: SourceRange(t.start, lastEnd))
    }
}

/// The block and clause rules of each kind of block.
extension Parser {
    /// grammar: approval_clause ::= 'approval' expression
    mutating func parseApprovalClause() -> ClauseKind { .approval(parseExpression()) }

    /// grammar: calendar_block ::= '{' separator* (calendar_clause (separator+ calendar_clause)*)? separator* '}'
    mutating func parseCalendarBlock() -> Block { parseBlock(.calendar) }
    /// grammar: calendar_clause ::= ('weekdays' | 'hours' | 'holidays') value_list
    mutating func parseCalendarClause() -> Clause? { parseClause(.calendar) }

    /// grammar: team_block ::= '{' separator* (team_clause (separator+ team_clause)*)? separator* '}'
    mutating func parseTeamBlock() -> Block { parseBlock(.team) }
    /// grammar: team_clause ::= ('lead' | 'reports_to' | 'calendar') value_list | person_decl
    mutating func parseTeamClause() -> Clause? { parseClause(.team) }

    /// grammar: person_block ::= '{' separator* (person_clause (separator+ person_clause)*)? separator* '}'
    mutating func parsePersonBlock() -> Block { parseBlock(.person) }
    /// grammar: person_clause ::= ('role' | 'capacity' | 'away' | 'substitute' | 'calendar') value_list
    mutating func parsePersonClause() -> Clause? { parseClause(.person) }

    /// grammar: channel_block ::= '{' separator* (channel_clause (separator+ channel_clause)*)? separator* '}'
    mutating func parseChannelBlock() -> Block { parseBlock(.channel) }
    /// grammar: channel_clause ::= ('limit' | 'owner') value_list | 'internal' | window_clause
    mutating func parseChannelClause() -> Clause? { parseClause(.channel) }

    /// grammar: campaign_block ::= '{' separator* (campaign_clause (separator+ campaign_clause)*)? separator* '}'
    mutating func parseCampaignBlock() -> Block { parseBlock(.campaign) }
    /// grammar: campaign_clause ::= ('owner' | 'start' | 'budget') value_list | goal_clause | item_decl | let_decl
    mutating func parseCampaignClause() -> Clause? { parseClause(.campaign) }

    /// grammar: task_block ::= '{' separator* (task_clause (separator+ task_clause)*)? separator* '}'
    mutating func parseTaskBlock() -> Block { parseBlock(.item(.task)) }
    /// grammar: task_clause ::= ('earliest' | 'deadline' | 'priority' | 'effort' | 'length' | 'duration' | 'assign') value_list | after_clause | at_clause | approval_clause
    mutating func parseTaskClause() -> Clause? { parseClause(.item(.task)) }

    /// grammar: post_block ::= '{' separator* (post_clause (separator+ post_clause)*)? separator* '}'
    mutating func parsePostBlock() -> Block { parseBlock(.item(.post)) }
    /// grammar: post_clause ::= ('earliest' | 'deadline' | 'priority' | 'assign' | 'text') value_list | after_clause | at_clause | approval_clause | recurrence
    mutating func parsePostClause() -> Clause? { parseClause(.item(.post)) }

    /// grammar: milestone_block ::= '{' separator* (milestone_clause (separator+ milestone_clause)*)? separator* '}'
    mutating func parseMilestoneBlock() -> Block { parseBlock(.item(.milestone)) }
    /// grammar: milestone_clause ::= ('earliest' | 'deadline' | 'priority') value_list | after_clause | at_clause | approval_clause
    mutating func parseMilestoneClause() -> Clause? { parseClause(.item(.milestone)) }

    /// grammar: report_block ::= '{' separator* (report_clause (separator+ report_clause)*)? separator* '}'
    mutating func parseReportBlock() -> Block { parseBlock(.report) }
    /// grammar: report_clause ::= ('to' | 'by' | 'effort' | 'kpis' | 'covers') value_list | approval_clause | recurrence
    mutating func parseReportClause() -> Clause? { parseClause(.report) }
}
