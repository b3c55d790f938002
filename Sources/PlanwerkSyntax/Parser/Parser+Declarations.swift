/// Top-level declarations (LANGUAGE.md §2, §6): dispatch on the first word,
/// then one method per declaration form.
extension Parser {
    /// The words that may start a top-level statement, for suggestions and the REPL's completion.
    public static let declarationWords = [
        "import", "timezone", "currency", "start", "horizon", "calendar", "now", "team", "person", "channel",
        "kpi", "approval", "require", "allow", "campaign", "template", "report", "assert", "let", "status", "measure",
    ]

    /// grammar: plan ::= separator* (declaration (separator+ declaration)*)? separator* EOF
    mutating func parsePlan() -> [Declaration] {
        var decls: [Declaration] = []
        while true {
            skipSeparators()
            if at(.eof) { break }
            if at(.rBrace) {
                error(.unbalancedDelimiter, "this `}` closes nothing", help: ["remove it, or check the `{` above"])
                advance()
                recovering = false
                continue
            }
            let start = current.start
            let before = pos
            if let kind = parseDeclaration() {
                decls.append(Declaration(kind, SourceRange(start, max(start, lastEnd))))
                endStatement("the declaration")
            } else {
                synchronize()
            }
            if pos == before { advance() }  // always make progress
            recovering = false
        }
        return decls
    }

    /// grammar: declaration ::= import_decl | setting | calendar_decl | team_decl | person_decl | channel_decl | kpi_decl | approval_decl | require_rule | allow_rule | campaign_decl | template_decl | report_decl | assert_decl | let_decl | status_decl | measure_decl
    mutating func parseDeclaration() -> DeclarationKind? {
        let t = current
        guard t.kind == .identifier else {
            error(.expectedDeclaration, "I was expecting a declaration here, such as `team`, `campaign` or `report`",
                  label: "found \(describe(t))")
            return nil
        }
        switch text(t) {
        case "import": return parseImport()
        case "timezone", "currency", "start", "horizon", "now": return parseSetting()
        case "calendar":
            if peekKind() == .identifier && (peekKind(2) == .lBrace) { return parseCalendar() }
            return parseSetting()
        case "team": return parseTeam()
        case "person": return .person(parsePerson())
        case "channel": return parseChannel()
        case "kpi": return parseKpi()
        case "approval": return .approval(parseApproval())
        case "require": return parseRequire()
        case "allow": return parseAllow()
        case "campaign": return parseCampaign()
        case "template": return parseTemplate()
        case "report": return parseReport()
        case "assert": return parseAssert()
        case "let": return .binding(parseLet())
        case "status": return parseStatus()
        case "measure": return parseMeasure()
        default:
            let word = text(t)
            var help = Suggestion.help(for: word, among: Self.declarationWords)
            if ClauseKeyword(rawValue: word) != nil {
                help.append("`\(word)` is a clause; it belongs inside a block such as `campaign NAME { … }`")
            }
            error(.expectedDeclaration, "I don't know the declaration `\(word)`", at: t.range,
                  help: help.isEmpty ? ["a plan is made of declarations: " + Self.declarationWords.map { "`\($0)`" }.joined(separator: ", ")] : help)
            return nil
        }
    }

    /// grammar: import_decl ::= 'import' TEXT ('as' NAME)?
    mutating func parseImport() -> DeclarationKind? {
        advance()
        guard at(.text) else {
            error(.expectedToken, "I was expecting the file to import, in quotes", label: "found \(describe(current))",
                  help: ["write `import \"shared/org.plan\"`"])
            return nil
        }
        let path = parseText(advance())
        var alias: Name? = nil
        if eatWord("as") { alias = expectName("a name for the imported file after `as`") }
        return .importFile(ImportDecl(path: path, alias: alias))
    }

    /// grammar: setting ::= ('timezone' | 'currency' | 'start' | 'horizon' | 'now' | 'calendar') expression
    mutating func parseSetting() -> DeclarationKind? {
        let t = advance()
        let keyword = Name(text(t), t.range)
        if atStatementEnd {
            error(.expectedExpression, "I was expecting a value after `\(keyword.text)`", help: settingHelp(keyword.text))
            return nil
        }
        let value = parseExpression()
        return .setting(SettingDecl(keyword: keyword, value: value))
    }

    func settingHelp(_ word: String) -> [String] {
        switch word {
        case "timezone": return ["write an IANA time zone: `timezone \"Europe/Berlin\"`"]
        case "currency": return ["write an ISO 4217 code: `currency EUR`"]
        case "start", "horizon": return ["write a date: `\(word) 2026-11-30`"]
        case "now": return ["write a date and time: `now 2026-12-08 12:00`"]
        case "calendar": return ["name a calendar: `calendar office`"]
        default: return []
        }
    }

    /// grammar: title ::= TEXT
    mutating func parseTitle() -> Expr? {
        guard at(.text) else { return nil }
        return parseText(advance())
    }

    /// grammar: calendar_decl ::= 'calendar' NAME calendar_block
    mutating func parseCalendar() -> DeclarationKind? {
        advance()
        let name = expectName("the calendar's name")
        return .calendar(CalendarDecl(name: name, body: parseCalendarBlock()))
    }

    /// grammar: team_decl ::= 'team' NAME title? team_block?
    mutating func parseTeam() -> DeclarationKind? {
        advance()
        let name = expectName("the team's name")
        let title = parseTitle()
        let body = at(.lBrace) ? parseTeamBlock() : nil
        return .team(TeamDecl(name: name, title: title, body: body))
    }

    /// grammar: person_decl ::= 'person' NAME title? person_block?
    mutating func parsePerson() -> PersonDecl {
        let start = advance().start
        let name = expectName("the person's name")
        let title = parseTitle()
        let body = at(.lBrace) ? parsePersonBlock() : nil
        return PersonDecl(name: name, title: title, body: body, range: SourceRange(start, lastEnd))
    }

    /// grammar: channel_decl ::= 'channel' NAME title? channel_block?
    mutating func parseChannel() -> DeclarationKind? {
        advance()
        let name = expectName("the channel's name")
        let title = parseTitle()
        let body = at(.lBrace) ? parseChannelBlock() : nil
        return .channel(ChannelDecl(name: name, title: title, body: body))
    }

    /// grammar: kpi_decl ::= 'kpi' NAME title? ':' type
    mutating func parseKpi() -> DeclarationKind? {
        advance()
        let name = expectName("the KPI's name")
        let title = parseTitle()
        guard expect(.colon, "and then the KPI's type, as in `kpi reach \"Reichweite\": Int`") else { return nil }
        return .kpi(KpiDecl(name: name, title: title, type: parseType()))
    }

    /// grammar: type ::= NAME ('[' type (',' type)* ']')?
    mutating func parseType() -> TypeSyntax {
        let start = current.start
        guard at(.identifier) else {
            error(.expectedType, "I was expecting a type such as `Int`, `Money` or `List[Person]`", label: "found \(describe(current))")
            return TypeSyntax(name: Name("", SourceRange(start, start)), arguments: [], range: SourceRange(start, start))
        }
        let name = expectName("a type")
        var args: [TypeSyntax] = []
        if at(.lBracket) {
            guard enterNesting() else { skipBalanced(); leaveNesting(); return TypeSyntax(name: name, arguments: [], range: SourceRange(start, lastEnd)) }
            defer { leaveNesting() }
            advance()
            repeat { args.append(parseType()) } while eat(.comma)
            expect(.rBracket, "to close the type's arguments")
        }
        return TypeSyntax(name: name, arguments: args, range: SourceRange(start, lastEnd))
    }

    /// grammar: parameter_list ::= '(' (parameter (',' parameter)* ','?)? ')'
    mutating func parseParameterList() -> [Parameter] {
        let open = advance()
        var params: [Parameter] = []
        while !at(.rParen) && !at(.eof) && !at(.lBrace) {
            params.append(parseParameter())
            if !eat(.comma) { break }
        }
        if !eat(.rParen) {
            error(.expectedToken, "I was expecting `)` to close the parameters that start here", at: open.range, label: "opened here")
        }
        return params
    }

    /// grammar: parameter ::= NAME ':' type ('=' expression)?
    mutating func parseParameter() -> Parameter {
        let start = current.start
        let name = expectName("a parameter name")
        var type = TypeSyntax(name: Name("", SourceRange(lastEnd, lastEnd)), arguments: [], range: SourceRange(lastEnd, lastEnd))
        if expect(.colon, "after the parameter `\(name.text)`, then its type, as in `\(name.text): Text`") {
            type = parseType()
        }
        var value: Expr? = nil
        if eat(.assign) { value = parseExpression() }
        return Parameter(name: name, type: type, defaultValue: value, range: SourceRange(start, lastEnd))
    }

    /// grammar: require_rule ::= 'require' ('report' 'to' expression recurrence | expression 'for' 'posts' ('on' expression)?)
    mutating func parseRequire() -> DeclarationKind? {
        advance()
        if atWord("report") && isWord(peekToken(), "to") {
            advance(); advance()
            let to = parseExpression()
            guard atWord("every") else {
                error(.expectedToken, "I was expecting `every` and a period after `require report to …`",
                      help: ["write `require report to ceo every month`"])
                return nil
            }
            guard let r = parseRecurrence() else { return nil }
            return .rule(.requireReport(to: to, every: r))
        }
        let flow = parseExpression()
        guard expectWord("for", "after the approval flow, as in `require post_review for posts on [twitter]`") else { return nil }
        guard expectWord("posts", "after `for`; rules apply to posts") else { return nil }
        var channels: Expr? = nil
        if eatWord("on") { channels = parseExpression() }
        return .rule(.requireApproval(flow: flow, channels: channels))
    }

    /// grammar: allow_rule ::= 'allow' expression 'to' 'post' 'on' expression
    mutating func parseAllow() -> DeclarationKind? {
        advance()
        let who = parseExpression()
        guard expectWord("to", "after who is allowed, as in `allow [marketing, care] to post on twitter`"),
              expectWord("post", "after `to`"),
              expectWord("on", "after `to post`") else { return nil }
        return .rule(.allowPosting(who: who, channels: parseExpression()))
    }

    /// grammar: campaign_decl ::= 'campaign' NAME title? (campaign_block | '=' expression)
    mutating func parseCampaign() -> DeclarationKind? {
        advance()
        let name = expectName("the campaign's name")
        let title = parseTitle()
        if eat(.assign) {
            return .campaign(CampaignDecl(name: name, title: title, body: nil, instantiation: parseExpression()))
        }
        guard at(.lBrace) else {
            error(.expectedToken, "I was expecting `{` to open the campaign, or `=` and a template",
                  label: "found \(describe(current))",
                  help: ["write `campaign \(name.text) { … }` or `campaign \(name.text) = product_launch(…)`"])
            return nil
        }
        return .campaign(CampaignDecl(name: name, title: title, body: parseCampaignBlock(), instantiation: nil))
    }

    /// grammar: template_decl ::= 'template' 'campaign' NAME parameter_list? campaign_block | 'template' 'report' NAME parameter_list? report_block | 'template' approval_decl
    mutating func parseTemplate() -> DeclarationKind? {
        advance()
        guard at(.identifier), ["campaign", "report", "approval"].contains(text(current)) else {
            error(.expectedToken, "I was expecting `campaign`, `report` or `approval` after `template`",
                  label: "found \(describe(current))")
            return nil
        }
        if atWord("approval") { return .approval(parseApproval()) }
        let k = advance()
        let kind = Name(text(k), k.range)
        let name = expectName("the template's name")
        let params = at(.lParen) ? parseParameterList() : []
        guard at(.lBrace) else {
            error(.expectedToken, "I was expecting `{` to open the template's body", label: "found \(describe(current))")
            return nil
        }
        let body = kind.text == "report" ? parseReportBlock() : parseCampaignBlock()
        return .template(TemplateDecl(kind: kind, name: name, parameters: params, body: body))
    }

    /// grammar: report_decl ::= 'report' NAME (parameter_list title? report_block | title? (report_block | '=' expression))
    mutating func parseReport() -> DeclarationKind? {
        advance()
        let name = expectName("the report's name")
        let params = at(.lParen) ? parseParameterList() : nil
        let title = parseTitle()
        if params == nil && eat(.assign) {
            return .report(ReportDecl(name: name, title: title, parameters: nil, body: nil, instantiation: parseExpression()))
        }
        guard at(.lBrace) else {
            error(.expectedToken, "I was expecting `{` to open the report", label: "found \(describe(current))")
            return nil
        }
        return .report(ReportDecl(name: name, title: title, parameters: params, body: parseReportBlock(), instantiation: nil))
    }

    /// grammar: assert_decl ::= 'assert' expression TEXT?
    mutating func parseAssert() -> DeclarationKind? {
        advance()
        let cond = parseExpression()
        let message = at(.text) ? parseText(advance()) : nil
        return .assertion(AssertDecl(condition: cond, message: message))
    }

    /// grammar: let_decl ::= 'let' NAME (':' type)? '=' expression
    mutating func parseLet() -> LetDecl {
        let start = advance().start
        let name = expectName("a name after `let`")
        var type: TypeSyntax? = nil
        if eat(.colon) { type = parseType() }
        var value = Expr(.error, SourceRange(lastEnd, lastEnd))
        if expect(.assign, "after `let \(name.text)`, then its value") { value = parseExpression() }
        return LetDecl(name: name, type: type, value: value, range: SourceRange(start, lastEnd))
    }
}
