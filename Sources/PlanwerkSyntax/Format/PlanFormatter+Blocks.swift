/// Blocks of clauses, approval flows and the `{ … }` layout rule they share.
extension PlanFormatter {
    /// One statement of a block, formatted, with where it starts in the source.
    struct Statement {
        var anchor: Int
        var piece: Piece
    }

    // MARK: - Braces

    /// `header {}` when empty; `header { a; b }` when written on one line, free
    /// of comments and short enough; else one statement per line.
    func braces(after header: Piece, _ statements: [Statement], range: SourceRange, singleLine: Bool, indent: Int) -> Piece {
        let commented = hasComment(inside: range)
        if singleLine && !commented {
            let candidate = header + " " + oneLine(statements)
            if candidate.isSingleLine && fits(candidate.firstLine, indent: indent) { return candidate }
        }
        return header + " " + multiLine(statements, range: range, commented: commented)
    }

    /// `{ a; b }`, or `{}` when empty.
    func oneLine(_ statements: [Statement]) -> Piece {
        guard !statements.isEmpty else { return Piece("{}") }
        return "{ " + Piece.joined(statements.map(\.piece), separator: "; ") + " }"
    }

    /// `{`, each statement on its own line one level deeper, `}`; or `{}` when
    /// there is nothing inside, not even a comment.
    func multiLine(_ statements: [Statement], range: SourceRange, commented: Bool) -> Piece {
        if statements.isEmpty && !commented { return Piece("{}") }
        var p = Piece("{")
        for s in statements {
            p.newLine(indent: 1, anchor: s.anchor, role: .statement)
            p.append(s.piece)
        }
        p.newLine(indent: 0, anchor: range.end - 1, role: .blockEnd, "}")
        return p
    }

    // MARK: - Blocks of clauses

    func block(_ b: Block?, after header: Piece, indent: Int) -> Piece {
        guard let b else { return header }
        let statements = b.clauses.map { Statement(anchor: $0.range.start, piece: clause($0, indent: indent + 1)) }
        return braces(after: header, statements, range: b.range, singleLine: b.singleLine, indent: indent)
    }

    func clause(_ c: Clause, indent: Int) -> Piece {
        let word = c.keyword.text
        switch c.kind {
        case .values(_, let values):
            return Piece(word + " ") + Piece.joined(values.map(expr), separator: ", ")
        case .flag:
            return Piece(word)
        case .window(let days, let hours):
            let d = Piece(word + " ") + expr(days)
            guard let hours else { return d }
            return spaced(d, expr(hours))
        case .goal(let kpi, let op, let target):
            return Piece(word + " ") + expr(kpi) + " \(op.rawValue) " + expr(target)
        case .after(let dependencies):
            return Piece(word + " ") + Piece.joined(dependencies.map(dependency), separator: ", ")
        case .at(let e, let time):
            let p = Piece(word + " ") + expr(e)
            guard let time else { return p }
            return spaced(p, expr(time))
        case .every(let r):
            return recurrence(r)
        case .approval(let e):
            return Piece(word + " ") + expr(e)
        case .person(let p):
            return person(p, indent: indent)
        case .item(let item):
            return self.item(item, indent: indent)
        case .binding(let l):
            return binding(l)
        }
    }

    /// `target [+ lag]`.
    func dependency(_ d: Dependency) -> Piece {
        guard let lag = d.lag else { return expr(d.target) }
        return expr(d.target) + " + " + expr(lag)
    }

    /// `task|milestone NAME ["Title"] [{ … }]`, `post NAME ["Title"] on CHANNEL [{ … }]`.
    func item(_ i: ItemDecl, indent: Int) -> Piece {
        var header = titled("\(i.kind.rawValue) \(i.name.text)", i.title)
        if let channel = i.channel { header.append(" on "); header.append(expr(channel)) }
        return block(i.body, after: header, indent: indent)
    }

    // MARK: - Approval flows

    func flowBlock(_ b: FlowBlock, after header: Piece, indent: Int) -> Piece {
        braces(after: header, flowStatements(b, indent: indent), range: b.range, singleLine: b.singleLine, indent: indent)
    }

    func flowStatements(_ b: FlowBlock, indent: Int) -> [Statement] {
        b.items.map { Statement(anchor: $0.range.start, piece: flowItem($0, indent: indent + 1)) }
    }

    func flowItem(_ item: FlowItem, indent: Int) -> Piece {
        switch item.kind {
        case .step(let s):
            return step(s)
        case .parallel(let b):
            return flowBlock(b, after: Piece("parallel"), indent: indent)
        case .conditional:
            return conditional(item, indent: indent)
        case .rework(let e):
            return "rework " + expr(e)
        }
    }

    /// `if C { … } else if D { … } else { … }`: on one line when every block
    /// was written on one line, no comment stands in the chain and it fits;
    /// otherwise every block of the chain is laid out one item per line.
    func conditional(_ item: FlowItem, indent: Int) -> Piece {
        var arms: [(head: Piece, block: FlowBlock)] = []
        var current: FlowItem? = item
        var word = "if "
        while let c = current, case .conditional(let cond, let then, let otherwise) = c.kind {
            arms.append((word + expr(cond), then))
            current = nil
            switch otherwise {
            case .block(let b)?: arms.append((Piece("else"), b))
            case .elseIf(let next)?: current = next; word = "else if "
            case nil: break
            }
        }
        let bodies = arms.map { flowStatements($0.block, indent: indent) }
        if arms.allSatisfy(\.block.singleLine) && !hasComment(inside: item.range) {
            var p = Piece()
            for (k, arm) in arms.enumerated() {
                if k > 0 { p.append(" ") }
                p.append(arm.head + " " + oneLine(bodies[k]))
            }
            if p.isSingleLine && fits(p.firstLine, indent: indent) { return p }
        }
        var p = Piece()
        for (k, arm) in arms.enumerated() {
            if k > 0 { p.append(" ") }
            let b = arm.block
            p.append(arm.head + " " + multiLine(bodies[k], range: b.range, commented: hasComment(inside: b.range)))
        }
        return p
    }

    /// `step ["label"] by WHO within SLA [expect D] [remind after D] [else escalate to WHO within SLA]`.
    func step(_ s: ApprovalStepSyntax) -> Piece {
        var p = Piece("step")
        if let label = s.label { p.append(" "); p.append(expr(label)) }
        p.append(" by "); p.append(approvers(s.approvers))
        p.append(" within "); p.append(expr(s.within))
        if let e = s.expect { p.append(" expect "); p.append(expr(e)) }
        if let r = s.remindAfter { p.append(" remind after "); p.append(expr(r)) }
        if let esc = s.escalation {
            p.append(" else escalate to "); p.append(approvers(esc.to))
            p.append(" within "); p.append(expr(esc.within))
        }
        return p
    }

    /// `WHO`, `any of T`, `all of T`, `N of T`, each optionally `except author`.
    func approvers(_ a: Approvers) -> Piece {
        var p: Piece
        switch a.kind {
        case .who(let e): p = expr(e)
        case .anyOf(let team): p = "any of " + expr(team)
        case .allOf(let team): p = "all of " + expr(team)
        case .quorum(let n, let team): p = expr(n) + " of " + expr(team)
        }
        if a.exceptAuthor { p.append(" except author") }
        return p
    }
}
