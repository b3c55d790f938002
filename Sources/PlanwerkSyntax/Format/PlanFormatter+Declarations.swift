/// Top-level declarations (LANGUAGE.md §2, §6), one method per form.
extension PlanFormatter {
    func declaration(_ d: Declaration, indent: Int) -> Piece {
        switch d.kind {
        case .importFile(let i):
            var p = "import " + expr(i.path)
            if let alias = i.alias { p.append(" as " + alias.text) }
            return p
        case .setting(let s):
            return Piece(s.keyword.text + " ") + expr(s.value)
        case .calendar(let c):
            return block(c.body, after: Piece("calendar " + c.name.text), indent: indent)
        case .team(let t):
            return block(t.body, after: titled("team " + t.name.text, t.title), indent: indent)
        case .person(let p):
            return person(p, indent: indent)
        case .channel(let c):
            return block(c.body, after: titled("channel " + c.name.text, c.title), indent: indent)
        case .kpi(let k):
            return titled("kpi " + k.name.text, k.title) + ": " + type(k.type)
        case .approval(let a):
            return approval(a, indent: indent)
        case .rule(let r):
            return rule(r)
        case .campaign(let c):
            let header = titled("campaign " + c.name.text, c.title)
            if let body = c.body { return block(body, after: header, indent: indent) }
            return header + " = " + (c.instantiation.map(expr) ?? Piece())
        case .template(let t):
            let header = Piece("template \(t.kind.text) \(t.name.text)") + parameters(t.parameters, after: t.name)
            return block(t.body, after: header, indent: indent)
        case .report(let r):
            return report(r, indent: indent)
        case .assertion(let a):
            var p = "assert " + expr(a.condition)
            if let message = a.message { p.append(" "); p.append(expr(message)) }
            return p
        case .binding(let l):
            return binding(l)
        case .status(let s):
            return "status " + expr(s.target) + " " + statusUpdate(s.update)
        case .measure(let m):
            return "measure " + spaced(expr(m.kpi), expr(m.date)) + " = " + expr(m.value)
        }
    }

    /// `WORD NAME` followed by its title, if any.
    func titled(_ head: String, _ title: Expr?) -> Piece {
        guard let title else { return Piece(head) }
        return Piece(head + " ") + expr(title)
    }

    func person(_ p: PersonDecl, indent: Int) -> Piece {
        block(p.body, after: titled("person " + p.name.text, p.title), indent: indent)
    }

    /// `let NAME[: Type] = value`.
    func binding(_ l: LetDecl) -> Piece {
        var p = Piece("let " + l.name.text)
        if let t = l.type { p.append(": "); p.append(type(t)) }
        return p + " = " + expr(l.value)
    }

    /// `approval NAME[(params)] [distinct] { … }`.
    func approval(_ a: ApprovalDecl, indent: Int) -> Piece {
        var header = Piece("approval " + a.name.text)
        if let params = a.parameters { header.append(parameters(params, after: a.name)) }
        if a.distinct { header.append(" distinct") }
        return flowBlock(a.body, after: header, indent: indent)
    }

    /// `report NAME[(params)] ["Title"] { … }` or `report NAME ["Title"] = template(args)`.
    func report(_ r: ReportDecl, indent: Int) -> Piece {
        var header = Piece("report " + r.name.text)
        if let params = r.parameters { header.append(parameters(params, after: r.name)) }
        if let title = r.title { header.append(" "); header.append(expr(title)) }
        if let body = r.body { return block(body, after: header, indent: indent) }
        return header + " = " + (r.instantiation.map(expr) ?? Piece())
    }

    func rule(_ r: RuleDecl) -> Piece {
        switch r {
        case .requireApproval(let flow, let channels):
            var p = "require " + expr(flow) + " for posts"
            if let channels { p.append(" on "); p.append(expr(channels)) }
            return p
        case .requireReport(let to, let every):
            return "require report to " + expr(to) + " " + recurrence(every)
        case .allowPosting(let who, let channels):
            return "allow " + expr(who) + " to post on " + expr(channels)
        }
    }

    func statusUpdate(_ u: StatusUpdate) -> Piece {
        switch u {
        case .done(let t):
            return "done " + expr(t)
        case .started(let t):
            return "started " + expr(t)
        case .progress(let p, let asOf):
            var piece = "progress " + expr(p)
            if let asOf { piece.append(" as of "); piece.append(expr(asOf)) }
            return piece
        case .step(let label, let decision, let by, let at):
            return "step " + expr(label) + " \(decision.rawValue) by " + spaced(expr(by), expr(at))
        }
    }

    /// `(name: Type = default, …)` right after `name`; written over several
    /// lines, it keeps the source's line breaks between parameters.
    func parameters(_ params: [Parameter], after name: Name) -> Piece {
        let open = source.nextToken(from: name.range.end)
        var close = source.nextToken(from: params.last.map(\.range.end) ?? open + 1)
        if close < source.bytes.count && source.bytes[close] == UInt8(ascii: ",") {
            close = source.nextToken(from: close + 1)
        }
        let elements = params.map { p -> (Int, Piece) in
            var piece = Piece(p.name.text + ": ") + type(p.type)
            if let value = p.defaultValue { piece.append(" = "); piece.append(expr(value)) }
            return (p.range.start, piece)
        }
        return sequence("(", ")", elements, openAt: open, closeAt: close)
    }

    /// `Int`, `List[Person]`.
    func type(_ t: TypeSyntax) -> Piece {
        guard !t.arguments.isEmpty else { return Piece(t.name.text) }
        return Piece(t.name.text + "[") + Piece.joined(t.arguments.map(type), separator: ", ") + "]"
    }
}
