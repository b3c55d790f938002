import Testing
@testable import PlanwerkSyntax

/// The parser: the shape of the AST for each construct family, and recovery.
@Suite struct ParserTests {
    func parse(_ text: String) -> PlanFile { Parser.parse(SourceFile(path: "t.plan", text: text)) }

    func clean(_ text: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) -> [Declaration] {
        let p = parse(text)
        #expect(p.diagnostics.isEmpty, "\(p.diagnostics.map(\.message))", sourceLocation: sourceLocation)
        return p.declarations
    }

    func expr(_ text: String) -> Expr {
        let (e, d) = Parser.parseExpression(SourceFile(path: "e", text: text))
        #expect(d.isEmpty, "\(d.map(\.message))")
        return e
    }

    @Test func settingsAndImports() {
        let d = clean("import \"shared/org.plan\"\nimport \"t.plan\" as launch\ntimezone \"Europe/Berlin\"\ncurrency EUR\nstart 2026-11-30\ncalendar office")
        #expect(d.count == 6)
        guard case .importFile(let imp) = d[1].kind else { Issue.record("not an import"); return }
        #expect(imp.alias?.text == "launch")
        guard case .setting(let s) = d[5].kind, case .name("office") = s.value.kind else { Issue.record("not a setting"); return }
    }

    @Test func calendarDeclarationVersusSetting() {
        let d = clean("calendar office { weekdays mon..fri; hours 09:00..12:00, 13:00..17:00 }")
        guard case .calendar(let c) = d[0].kind else { Issue.record("not a calendar"); return }
        #expect(c.body.clauses.count == 2)
        #expect(c.body.singleLine)
        guard case .values(.hours, let ranges) = c.body.clauses[1].kind else { Issue.record("hours"); return }
        #expect(ranges.count == 2)
    }

    @Test func moneyPercentAndWorkingTime() {
        #expect(expr("5000 EUR").kind == .money("5000", currency: "EUR"))
        #expect(expr("12.50 EUR").kind == .money("12.50", currency: "EUR"))
        #expect(expr("2.5%").kind == .percent("2.5"))
        #expect(expr("1bd 2bh").kind == .quantity([QuantityPart(amount: "1", unit: .businessDays), QuantityPart(amount: "2", unit: .businessHours)]))
    }

    @Test func precedence() {
        // a + b * c  ==  a + (b * c);  not a == b  ==  not (a == b)
        guard case .binary(.add, _, let rhs) = expr("a + b * c").kind, case .binary(.multiply, _, _) = rhs.kind else {
            Issue.record("multiplication binds tighter"); return
        }
        guard case .unary(.not, let inner) = expr("not a == b").kind, case .binary(.equal, _, _) = inner.kind else {
            Issue.record("not binds looser than =="); return
        }
        guard case .binary(.or, let l, _) = expr("a and b or c").kind, case .binary(.and, _, _) = l.kind else {
            Issue.record("and binds tighter than or"); return
        }
        guard case .range(let lo, _) = expr("x + 1..y").kind, case .binary(.add, _, _) = lo.kind else {
            Issue.record("arithmetic binds inside ranges"); return
        }
    }

    @Test func callsLambdasMembersAndOccurrences() {
        guard case .call(let f, let args) = expr("all(winter.posts, p => p.approved <= p.start)").kind else { Issue.record("call"); return }
        #expect(f.kind == .name("all"))
        #expect(args.count == 2)
        guard case .lambda(let params, _) = args[1].value.kind else { Issue.record("lambda"); return }
        #expect(params.map(\.text) == ["p"])
        guard case .call(_, let named) = expr("product_launch(\"x\", budget: 12000 EUR)").kind else { Issue.record("named"); return }
        #expect(named[1].label?.text == "budget")
        guard case .index(let s, let n) = expr("winter.series[2]").kind, case .member(_, let m) = s.kind else { Issue.record("index"); return }
        #expect(m.text == "series")
        #expect(n.kind == .int("2"))
    }

    @Test func spaceBeforeParenthesisIsNotACall() {
        let d = parse("let x = f (1)")
        #expect(d.diagnostics.first?.code == .expectedStatementEnd)
    }

    @Test func textInterpolation() {
        guard case .text(let parts) = expr("\"Go-Live {product} am {{Tag}}\"").kind else { Issue.record("text"); return }
        #expect(parts.count == 3)
        #expect(parts[0] == .literal("Go-Live "))
        guard case .interpolation(let e) = parts[1] else { Issue.record("interp"); return }
        #expect(e.kind == .name("product"))
        #expect(e.range == SourceRange(10, 17))
        #expect(parts[2] == .literal(" am {Tag}}"))
    }

    @Test func textEscapes() {
        guard case .text(let parts) = expr("\"a\\\"b\\\\c\\nd\\te\"").kind else { Issue.record("text"); return }
        #expect(parts == [.literal("a\"b\\c\nd\te")])
        let bad = parse("let t = \"\\q\"")
        #expect(bad.diagnostics.map(\.code) == [.invalidEscape])
    }

    @Test func approvalFlow() {
        let src = """
        approval post_review(dept: Team, budget: Money = 0 EUR) distinct {
          step "Fachliche Prüfung" by dept.lead within 1bd expect 4bh remind after 2bh
          step "Recht" by any of legal within 2bd else escalate to vivian within 1bd
          parallel {
            step by marketing.lead within 1bd
            step by 2 of social except author within 4bh
          }
          if budget > 10000 EUR { step "Vorstand" by ceo within 3bd } else if budget > 0 EUR { step by all of legal within 1bd } else { rework 2bd }
        }
        """
        let d = clean(src)
        guard case .approval(let a) = d[0].kind else { Issue.record("approval"); return }
        #expect(a.distinct)
        #expect(a.parameters?.map(\.name.text) == ["dept", "budget"])
        #expect(a.body.items.count == 4)
        guard case .step(let s1) = a.body.items[0].kind else { Issue.record("step"); return }
        #expect(s1.expect != nil && s1.remindAfter != nil)
        guard case .step(let s2) = a.body.items[1].kind, case .anyOf = s2.approvers.kind else { Issue.record("any of"); return }
        #expect(s2.escalation != nil)
        guard case .parallel(let par) = a.body.items[2].kind, case .step(let q) = par.items[1].kind,
              case .quorum(let n, _) = q.approvers.kind else { Issue.record("quorum"); return }
        #expect(n.kind == .int("2"))
        #expect(q.approvers.exceptAuthor)
        guard case .conditional(_, _, .some(.elseIf(let nested))) = a.body.items[3].kind,
              case .conditional(_, _, .some(.block(let last))) = nested.kind,
              case .rework = last.items[0].kind else { Issue.record("else if"); return }
    }

    @Test func rules() {
        let d = clean("""
        require post_review for posts on [twitter, linkedin]
        require report to ceo every month
        allow [marketing, care, social] to post on twitter
        """)
        guard case .rule(.requireApproval(_, let ch)) = d[0].kind else { Issue.record("require"); return }
        #expect(ch != nil)
        guard case .rule(.requireReport(_, let r)) = d[1].kind else { Issue.record("report rule"); return }
        #expect(r.unit == .month)
        guard case .rule(.allowPosting) = d[2].kind else { Issue.record("allow"); return }
    }

    @Test func recurrenceForms() {
        func rule(_ text: String) -> Recurrence? {
            let d = clean("report r { \(text) }")
            guard case .report(let r) = d.first?.kind, case .every(let e) = r.body?.clauses.first?.kind else { return nil }
            return e
        }
        #expect(rule("every day")?.unit == .day)
        #expect(rule("every 3 days")?.interval == 3)
        #expect(rule("every workday")?.unit == .workday)
        #expect(rule("every week on mon, thu")?.days == [.weekday(.mon), .weekday(.thu)])
        #expect(rule("every 2 weeks on fri")?.interval == 2)
        #expect(rule("every mon")?.weekdayShorthand == true)
        #expect(rule("every month on 15")?.days == [.dayNumber(15)])
        #expect(rule("every month on -1")?.days == [.dayNumber(-1)])
        #expect(rule("every month on 1st mon")?.days == [.nthWeekday(1, spelling: "1st", .mon)])
        #expect(rule("every month on last fri")?.days == [.nthWeekday(-1, spelling: "last", .fri)])
        #expect(rule("every month on first workday")?.days == [.workday(first: true)])
        #expect(rule("every quarter on last workday")?.unit == .quarter)
        #expect(rule("every quarter on first mon")?.days == [.nthWeekday(1, spelling: "first", .mon)])
        #expect(rule("every year on mar 31")?.days == [.monthDay(month: 3, day: 31)])
        #expect(rule("every 2 years on jan 15")?.interval == 2)
        let m = rule("every week on tue at 11:00, 15:00 from 2026-12-08 until 2027-01-26 count 5 except [2026-12-22] on holiday next workday")
        #expect(m?.modifiers.map(\.word) == ["at", "from", "until", "count", "except", "on holiday"])
        #expect(m?.modifiers.last?.kind == .onHoliday(.nextWorkday))
    }

    @Test func badRecurrencesAreDiagnosed() {
        for (text, code) in [("every fortnight", DiagnosticCode.invalidRecurrence), ("every month on 6th mon", .invalidRecurrence),
                             ("every day on mon", .invalidRecurrence), ("every week on 15", .invalidRecurrence),
                             ("every 2 workdays", .invalidRecurrence), ("every year on feb 30", .invalidRecurrence),
                             ("every week on mon at 09:00 at 10:00", .duplicateModifier)] {
            let p = parse("report r { \(text) }")
            #expect(p.diagnostics.first?.code == code, "\(text): \(p.diagnostics.map(\.message))")
        }
    }

    @Test func campaignItemsAndTemplates() {
        let d = clean("""
        template campaign product_launch(product: Text, day: Date, budget: Money = 5000 EUR) {
          owner marketing
          budget budget
          task brief "Briefing {product}" { effort 2bd; assign marketing.lead }
          milestone go_live "Go-Live {product}" { at day 09:00; after brief }
        }
        campaign spring = product_launch("Frühjahr", 2027-03-15, budget: 12000 EUR)
        campaign winter "Winter" {
          goal reach >= 100000
          task edit { after shoot + 1d, brief; duration 2d }
          post teaser on twitter { at 2026-12-18 10:00; text "Bald" }
        }
        """)
        guard case .template(let t) = d[0].kind else { Issue.record("template"); return }
        #expect(t.kind.text == "campaign" && t.parameters.count == 3)
        guard case .values(.budget, let b) = t.body.clauses[1].kind else { Issue.record("budget budget"); return }
        #expect(b.first?.kind == .name("budget"))
        guard case .item(let ms) = t.body.clauses[3].kind, case .at(_, let time) = ms.body?.clauses[0].kind else { Issue.record("at day 09:00"); return }
        #expect(time?.kind == .time(TimeLiteral(hour: 9, minute: 0)))
        guard case .campaign(let spring) = d[1].kind else { Issue.record("instantiation"); return }
        #expect(spring.instantiation != nil && spring.body == nil)
        guard case .campaign(let w) = d[2].kind, case .goal(_, .greaterEqual, _) = w.body?.clauses[0].kind,
              case .item(let edit) = w.body?.clauses[1].kind, case .after(let deps) = edit.body?.clauses[0].kind else { Issue.record("campaign"); return }
        #expect(deps.count == 2 && deps[0].lag != nil && deps[1].lag == nil)
    }

    @Test func tracking() {
        let d = clean("""
        now 2026-12-08 12:00
        status winter.brief done 2026-12-03 16:00
        status winter.shoot progress 40% as of 2026-12-08 09:00
        status winter.series[2] step "Fachliche Prüfung" approved by anna 2026-12-08 10:00
        status weekly[3] step "Freigabe" rejected by vivian 2026-12-09
        status winter.edit started 2026-12-04
        measure winter.reach 2026-12-07 = 12500
        """)
        #expect(d.count == 7)
        guard case .status(let s) = d[3].kind, case .step(_, .approved, _, _) = s.update, case .index = s.target.kind else { Issue.record("step status"); return }
        guard case .measure(let m) = d[6].kind, case .int("12500") = m.value.kind else { Issue.record("measure"); return }
    }

    @Test func recoveryReportsEveryErrorInAFile() {
        let p = parse("""
        team a { lead x; persn y }
        channel c { limit 280 owner a }
        campaign w { task t { effort } }
        kpi k Int
        frobnicate 3
        team ok
        """)
        #expect(p.diagnostics.map(\.code) == [.unknownClause, .expectedStatementEnd, .expectedExpression, .expectedToken, .expectedDeclaration])
        #expect(p.declarations.count == 4, "team a, channel c, campaign w and team ok survive")
    }

    @Test func didYouMeanForDeclarationsAndClauses() {
        #expect(parse("campain x {}").diagnostics.first?.help.first == "did you mean `campaign`?")
        #expect(parse("task x {}").diagnostics.first?.help.contains { $0.contains("clause") } == true)
        #expect(parse("campaign x { taks y }").diagnostics.first?.help.first == "did you mean `task`?")
    }

    @Test func unclosedBlockPointsAtItsBrace() {
        let p = parse("team a {\n  lead x\n")
        #expect(p.diagnostics.map(\.code) == [.unbalancedDelimiter])
        #expect(p.diagnostics[0].span.range == SourceRange(7, 8))
    }

    @Test func reservedWordsCannotBeNames() {
        let p = parse("person mon \"Monika\"")
        #expect(p.diagnostics.map(\.code) == [.expectedName])
    }

    @Test func personMaxIsNotTheBuiltin() {
        // Built-ins win only in call position, so a person may be called `max`.
        let d = clean("team s { person max \"Max\" }\nlet m = max\nlet n = max(1, 2)")
        guard case .binding(let l) = d[1].kind else { Issue.record("let"); return }
        #expect(l.value.kind == .name("max"))
    }
}
