import PlanwerkSyntax

/// Clauses and approval flows: what each clause expects.
extension PlanChecker {
    mutating func check(_ block: Block) {
        for i in block.clauses.indices { check(block.clauses[i]) }  // in place: copying each clause showed in profiles
    }

    mutating func check(_ clause: Clause) {
        switch clause.kind {
        case .values(let keyword, let values):
            for v in values { checkValue(keyword, v) }
        case .flag: break
        case .window(let days, let hours):
            expectWindowPart(days)
            if let hours { expectWindowPart(hours) }
        case .goal(let kpi, _, let target):
            var kpiValue: PlanType? = nil
            if case .name(let n) = kpi.kind, scopes.lookup(n) == nil, let s = lookupSymbol(n), s.kind == .kpi {
                kpiValue = kpiType(s)
            } else {
                expect(kpi, .kpi, "`goal`")
            }
            if let kpiValue { expect(target, kpiValue, "the goal of this KPI") } else { _ = infer(target) }
        case .after(let deps):
            for d in deps {
                checkTaskReference(d.target)
                if let lag = d.lag { expectLag(lag) }
            }
        case .at(let e, let time):
            if let time {
                expect(e, .date, "`at DATE TIME`")
                expect(time, .time, "the time of `at`")
            } else {
                expectMoment(e, "`at`")
            }
        case .every(let r): check(r)
        case .approval(let e): checkApprovalUse(e)
        case .person(let p): check(p)
        case .item(let item):
            if let title = item.title { expect(title, .text, "a title") }
            if let ch = item.channel { expect(ch, .channel, "a post's channel") }
            if let body = item.body { check(body) }
        case .binding(let l): expectDeclared(l)
        }
    }

    mutating func checkValue(_ keyword: ClauseKeyword, _ value: Expr) {
        switch keyword {
        case .role: return  // a free label
        case .weekdays: expectWindowPart(value)
        case .hours: expect(value, .range(.time), "`hours`")
        case .holidays, .away: expectDates(value, "`\(keyword.rawValue)`")
        case .lead, .substitute, .by: expect(value, .person, "`\(keyword.rawValue)`")
        case .assign: expectOneOrMany(value, .person, "`assign`")
        case .reportsTo: expect(value, .party, "`reports_to`")
        case .to: expectOneOrMany(value, .party, "`to`")
        case .owner: expect(value, .team, "`owner`")
        case .calendar:
            // The built-in `standard` calendar may be named here too, unless the plan declares its own.
            if case .name("standard") = value.kind, lookupSymbol("standard") == nil { return }
            expect(value, .calendar, "`calendar`")
        case .kpis: expectOneOrMany(value, .kpi, "`kpis`")
        case .covers: expectOneOrMany(value, .campaign, "`covers`")
        case .capacity: expect(value, .percent, "`capacity`")
        case .limit, .priority: expect(value, .int, "`\(keyword.rawValue)`")
        case .start, .earliest, .deadline: expectMoment(value, "`\(keyword.rawValue)`")
        case .budget: expect(value, .money, "`budget`")
        case .effort, .length: expect(value, .workTime, "`\(keyword.rawValue)`", help: ["write working time, e.g. `2bd` or `4bh`"])
        case .duration: expect(value, .duration, "`duration`", help: ["write elapsed time, e.g. `2d` or `3h`"])
        case .text: expect(value, .text, "`text`")
        default: _ = infer(value)
        }
    }

    /// A Date or a range of dates, alone or in a list (`holidays`, `away`).
    mutating func expectDates(_ e: Expr, _ context: @autoclosure () -> String) {
        if case .list(let items) = e.kind {
            for item in items { expectDates(item, context()) }
            return
        }
        let t = infer(e)
        if !(t.conforms(to: .date) || t.conforms(to: .range(.date))) {
            mismatch(e, expected: "a Date or a range of dates", found: t, context: context())
        }
    }

    /// Weekdays: one, a range or a list; or hours: a range of times.
    mutating func expectWindowPart(_ e: Expr) {
        if case .list(let items) = e.kind {
            for item in items { expect(item, .weekday, "a list of weekdays") }
            return
        }
        let t = infer(e)
        if !(t == .weekday || t.conforms(to: .range(.weekday)) || t.conforms(to: .range(.time))) {
            mismatch(e, expected: "weekdays (`mon..fri`) or hours (`08:00..20:00`)", found: t, context: "a window")
        }
    }

    /// A lag after a dependency: elapsed or working time.
    mutating func expectLag(_ e: Expr) {
        let t = infer(e)
        if !(t == .duration || t == .workTime || t == .error) {
            mismatch(e, expected: "a Duration or WorkTime", found: t, context: "a lag")
        }
    }

    /// A point in time: a DateTime, or a Date (its first working minute, or the end of the day for deadlines).
    mutating func expectMoment(_ e: Expr, _ context: @autoclosure () -> String) {
        let t = infer(e)
        if !(t == .date || t == .dateTime || t == .error) {
            mismatch(e, expected: "a Date or DateTime", found: t, context: context())
        }
    }

    mutating func expectDeclared(_ l: LetDecl) {
        let t = infer(l.value)
        if let declared = l.type {
            let want = TypeReader.read(declared, file: path, diagnostics: &diagnostics)
            if !t.conforms(to: want) { mismatch(l.value, expected: want.withArticle, found: t, context: "`let \(l.name.text): \(want)`") }
        }
    }

    // MARK: - Approval flows

    mutating func check(_ flow: FlowBlock) {
        for item in flow.items { check(item) }
    }

    mutating func check(_ item: FlowItem) {
        switch item.kind {
        case .step(let s):
            if let l = s.label { expect(l, .text, "a step's label") }
            check(s.approvers)
            expect(s.within, .workTime, "`within`", help: ["SLAs are working time, e.g. `within 2bd` or `within 4bh`"])
            if let e = s.expect { expect(e, .workTime, "`expect`") }
            if let e = s.remindAfter { expectLag(e) }
            if let esc = s.escalation {
                check(esc.to)
                expect(esc.within, .workTime, "`within`", help: ["SLAs are working time, e.g. `within 1bd`"])
            }
        case .parallel(let block): check(block)
        case .conditional(let cond, let then, let otherwise):
            expect(cond, .bool, "`if`")
            check(then)
            switch otherwise {
            case .block(let b): check(b)
            case .elseIf(let nested): check(nested)
            case nil: break
            }
        case .rework(let e): expect(e, .workTime, "`rework`")
        }
    }

    mutating func check(_ a: Approvers) {
        switch a.kind {
        case .who(let e):
            let t = infer(e, kinds: [.person])
            if t == .team {
                let text = graph[module].plan.source.text(e.range)
                diagnostics.append(Diagnostic(.bareTeamApprover, .error, "a team cannot decide a step; one or more of its members do",
                                              at: span(e.range), label: "`\(text)` is a Team",
                                              help: ["write `any of \(text)`, `all of \(text)`, `2 of \(text)` or `\(text).lead`"]))
            } else if !t.conforms(to: .person) && !t.conformsToList(of: .person) {
                mismatch(e, expected: "a Person", found: t, context: "`by`")
            }
        case .anyOf(let t), .allOf(let t): expect(t, .team, "`of`")
        case .quorum(let n, let t):
            expect(n, .int, "the number of approvers")
            expect(t, .team, "`of`")
        }
    }

    /// `approval FLOW(args)` on a post, task or report.
    mutating func checkApprovalUse(_ e: Expr) {
        let callee: Expr
        if case .call(let c, _) = e.kind { callee = c } else { callee = e }
        let t = infer(callee, kinds: [.approval])
        guard t == .approval else {
            if t != .error { mismatch(callee, expected: "an approval flow", found: t, context: "`approval`") }
            if case .call(_, let args) = e.kind { for a in args { _ = infer(a.value) } }
            return
        }
        if case .call(let callee, let args) = e.kind {
            guard let decl = approvalDecl(callee) else { return }
            checkArguments(args, against: decl.parameters ?? [], callee: "the approval flow `\(decl.name.text)`", at: e.range)
        } else {
            guard let decl = approvalDecl(e) else { return }
            let required = (decl.parameters ?? []).filter { $0.defaultValue == nil }
            if !required.isEmpty {
                diagnostics.append(Diagnostic(.argumentMismatch, .error, "the approval flow `\(decl.name.text)` needs " + required.map { "`\($0.name.text)`" }.joined(separator: ", "),
                                              at: span(e.range), help: ["write `approval \(decl.name.text)(…)` with its arguments"]))
            }
        }
    }
}
