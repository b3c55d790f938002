/// Expressions (LANGUAGE.md §3): precedence climbing over binary operators,
/// then ranges, unary operators, postfix member access, calls and indexes,
/// and primaries (literals, names, lists, parentheses, `if`, lambdas).
extension Parser {
    /// grammar: expression ::= lambda | conditional | or_expression
    mutating func parseExpression() -> Expr {
        if at(.identifier) && peekKind() == .arrow { return parseLambda() }
        if at(.kwIf) { return parseConditional() }
        // One token that ends the value (`2bd`, `p200`, a date): the common case, read
        // without the descent through every precedence level, which would return it unchanged.
        if Self.isSingleTokenPrimary(kind) && Self.endsValue(peekKind()) { return parsePrimary() }
        return parseOr()
    }

    /// Tokens that are a whole primary on their own.
    static func isSingleTokenPrimary(_ k: TokenKind) -> Bool {
        switch k {
        case .identifier, .int, .decimal, .percent, .quantity, .text, .date, .time, .dateTime, .weekday, .kwTrue, .kwFalse, .kwPlan: return true
        default: return false
        }
    }

    /// Tokens that no operator, postfix or literal part can start: the value before them is complete.
    static func endsValue(_ k: TokenKind) -> Bool {
        switch k {
        case .newline, .semicolon, .comma, .rBrace, .rParen, .rBracket, .eof: return true
        default: return false
        }
    }

    /// grammar: lambda ::= NAME '=>' expression
    mutating func parseLambda() -> Expr {
        guard enterNesting() else { leaveNesting(); return Expr(.error, current.range) }
        defer { leaveNesting() }
        let t = advance()
        advance() // =>
        let body = parseExpression()
        return Expr(.lambda([Name(text(t), t.range)], body), SourceRange(t.start, body.range.end))
    }

    /// grammar: conditional ::= 'if' expression 'then' expression 'else' expression
    mutating func parseConditional() -> Expr {
        guard enterNesting() else { leaveNesting(); return Expr(.error, current.range) }
        defer { leaveNesting() }
        let start = advance().start
        let cond = parseExpression()
        expect(.kwThen, "after the condition of `if`")
        let a = parseExpression()
        expect(.kwElse, "in `if … then … else …`; every `if` value needs an `else`")
        let c = parseExpression()
        return Expr(.conditional(cond, then: a, else: c), SourceRange(start, c.range.end))
    }

    /// grammar: or_expression ::= and_expression ('or' and_expression)*
    mutating func parseOr() -> Expr {
        parseChain({ $0 == .kwOr ? .or : nil }) { $0.parseAnd() }
    }

    /// grammar: and_expression ::= not_expression ('and' not_expression)*
    mutating func parseAnd() -> Expr {
        parseChain({ $0 == .kwAnd ? .and : nil }) { $0.parseNot() }
    }

    /// grammar: not_expression ::= 'not' not_expression | comparison
    mutating func parseNot() -> Expr {
        if at(.kwNot) {
            guard enterNesting() else { leaveNesting(); return Expr(.error, current.range) }
            defer { leaveNesting() }
            let t = advance()
            let operand = parseNot()
            return Expr(.unary(.not, operand), SourceRange(t.start, operand.range.end))
        }
        return parseComparison()
    }

    static func comparisonOperator(_ k: TokenKind) -> BinaryOperator? {
        switch k {
        case .equal: return .equal
        case .notEqual: return .notEqual
        case .less: return .less
        case .lessEqual: return .lessEqual
        case .greater: return .greater
        case .greaterEqual: return .greaterEqual
        default: return nil
        }
    }

    /// grammar: comparison ::= range_expression (('==' | '!=' | '<' | '<=' | '>' | '>=') range_expression)?
    mutating func parseComparison() -> Expr {
        let lhs = parseRangeExpression()
        guard let op = Self.comparisonOperator(kind) else { return lhs }
        advance()
        let rhs = parseRangeExpression()
        if Self.comparisonOperator(kind) != nil {
            error(.nonAssociative, "comparisons cannot be chained", at: current.range,
                  help: ["combine them with `and`: `a < b and b < c`"])
        }
        return Expr(.binary(op, lhs, rhs), lhs.range.union(rhs.range))
    }

    /// grammar: range_expression ::= additive ('..' additive)?
    mutating func parseRangeExpression() -> Expr {
        let lhs = parseAdditive()
        guard at(.dotDot) else { return lhs }
        advance()
        let rhs = parseAdditive()
        return Expr(.range(lhs, rhs), lhs.range.union(rhs.range))
    }

    /// grammar: additive ::= multiplicative (('+' | '-') multiplicative)*
    mutating func parseAdditive() -> Expr {
        parseChain({ $0 == .plus ? .add : $0 == .minus ? .subtract : nil }) { $0.parseMultiplicative() }
    }

    /// grammar: multiplicative ::= unary (('*' | '/') unary)*
    mutating func parseMultiplicative() -> Expr {
        parseChain({ $0 == .star ? .multiply : $0 == .slash ? .divide : nil }) { $0.parseUnary() }
    }

    /// One left-associative level: an operand, then `operator operand` while
    /// `op` names an operator of this level. Each link makes the tree a level
    /// deeper and counts against the nesting limit (``link(_:)``); past it the
    /// rest of the chain is read and dropped.
    mutating func parseChain(_ op: (TokenKind) -> BinaryOperator?, _ operand: (inout Parser) -> Expr) -> Expr {
        var lhs = operand(&self)
        var chain = beginChain()
        defer { endChain(chain) }
        while let o = op(kind) {
            advance()
            let linked = link(&chain)
            let rhs = operand(&self)
            lhs = linked ? Expr(.binary(o, lhs, rhs), lhs.range.union(rhs.range)) : Expr(.error, lhs.range.union(rhs.range))
        }
        return lhs
    }

    /// grammar: unary ::= '-' unary | postfix
    mutating func parseUnary() -> Expr {
        if at(.minus) {
            guard enterNesting() else { leaveNesting(); return Expr(.error, current.range) }
            defer { leaveNesting() }
            let t = advance()
            let operand = parseUnary()
            return Expr(.unary(.negate, operand), SourceRange(t.start, operand.range.end))
        }
        return parsePostfix()
    }

    /// grammar: postfix ::= primary ('.' NAME | call_arguments | '[' expression ']')*
    mutating func parsePostfix() -> Expr {
        var e = parsePrimary()
        var chain = beginChain()
        defer { endChain(chain) }
        while true {
            if at(.dot) {
                advance()
                let linked = link(&chain)
                let name = expectName("a member name after `.`")
                e = linked ? Expr(.member(e, name), SourceRange(e.range.start, max(name.range.end, lastEnd))) : Expr(.error, SourceRange(e.range.start, lastEnd))
            } else if at(.lParen) && !current.spaceBefore {
                let linked = link(&chain)
                let args = parseCallArguments()
                e = linked ? Expr(.call(e, args), SourceRange(e.range.start, lastEnd)) : Expr(.error, SourceRange(e.range.start, lastEnd))
            } else if at(.lBracket) && !current.spaceBefore {
                advance()
                let linked = link(&chain)
                let index = parseExpression()
                expect(.rBracket, "to close the occurrence number")
                e = linked ? Expr(.index(e, index), SourceRange(e.range.start, lastEnd)) : Expr(.error, SourceRange(e.range.start, lastEnd))
            } else {
                return e
            }
        }
    }

    /// grammar: call_arguments ::= '(' (argument (',' argument)* ','?)? ')'
    mutating func parseCallArguments() -> [CallArgument] {
        let open = advance()
        guard enterNesting() else { pos -= 1; skipBalanced(); leaveNesting(); return [] }
        defer { leaveNesting() }
        var args: [CallArgument] = []
        while !at(.rParen) && !at(.eof) {
            args.append(parseArgument())
            if !eat(.comma) { break }
        }
        if !eat(.rParen) {
            error(.expectedToken, "I was expecting `)` to close the arguments that start here", at: open.range,
                  label: "opened here")
        }
        return args
    }

    /// grammar: argument ::= (NAME ':')? expression
    mutating func parseArgument() -> CallArgument {
        if at(.identifier) && peekKind() == .colon {
            let t = advance()
            advance()
            return CallArgument(label: Name(text(t), t.range), value: parseExpression())
        }
        return CallArgument(label: nil, value: parseExpression())
    }

    /// grammar: primary ::= NAME | 'plan' | 'true' | 'false' | number_literal | PERCENT | quantity_literal | TEXT | DATE | TIME | DATETIME | WEEKDAY | list | '(' expression ')' | conditional
    mutating func parsePrimary() -> Expr {
        let t = current
        switch t.kind {
        case .identifier:
            if peekKind() == .arrow { return parseLambda() }
            advance()
            return Expr(.name(text(t)), t.range)
        case .kwPlan: advance(); return Expr(.plan, t.range)
        case .kwTrue: advance(); return Expr(.bool(true), t.range)
        case .kwFalse: advance(); return Expr(.bool(false), t.range)
        case .weekday:
            advance()
            return Expr(.weekday(Weekday(rawValue: text(t))!), t.range)
        case .int, .decimal: return parseNumberLiteral()
        case .percent:
            advance()
            return Expr(.percent(String(text(t).dropLast())), t.range)
        case .quantity: return parseQuantityLiteral()
        case .text: advance(); return parseText(t)
        case .date:
            advance()
            return Expr(.date(dateLiteral(t.start, t.range)), t.range)
        case .time:
            advance()
            return Expr(.time(timeLiteral(t.start, t.end, t.range)), t.range)
        case .dateTime:
            advance()
            return Expr(.dateTime(dateLiteral(t.start, t.range), timeLiteral(t.start + 11, t.end, t.range)), t.range)
        case .lBracket: return parseList()
        case .lParen:
            guard enterNesting() else { skipBalanced(); leaveNesting(); return Expr(.error, t.range) }
            defer { leaveNesting() }
            advance()
            let inner = parseExpression()
            if !eat(.rParen) {
                error(.expectedToken, "I was expecting `)` to close the parenthesis that starts here", at: t.range,
                      label: "opened here")
            }
            return Expr(.paren(inner), SourceRange(t.start, lastEnd))
        case .kwIf: return parseConditional()
        case .invalid:
            // Already reported by the lexer.
            advance()
            recovering = true
            return Expr(.error, t.range)
        case .ordinal:
            error(.expectedExpression, "an ordinal like `\(text(t))` only goes in `every … on \(text(t)) mon`",
                  help: ["write a plain number here"])
            advance()
            return Expr(.error, t.range)
        default:
            error(.expectedExpression, "I was expecting a value here", label: "found \(describe(t))")
            if t.kind != .newline && t.kind != .eof && t.kind != .rBrace && t.kind != .semicolon
                && t.kind != .rParen && t.kind != .rBracket && t.kind != .comma {
                advance()
            }
            return Expr(.error, SourceRange(t.start, t.start))
        }
    }

    /// grammar: number_literal ::= (INT | DECIMAL) CURRENCY?
    mutating func parseNumberLiteral() -> Expr {
        let t = advance()
        let lexeme = text(t)
        // `5000 EUR`: a number followed by an ISO 4217 code is money.
        if at(.identifier) && current.spaceBefore && isCurrencyCode(current) {
            let c = advance()
            return Expr(.money(lexeme, currency: text(c)), SourceRange(t.start, c.end))
        }
        return Expr(t.kind == .int ? .int(lexeme) : .decimal(lexeme), t.range)
    }

    /// Three capital ASCII letters: an ISO 4217 currency code.
    func isCurrencyCode(_ t: Token) -> Bool {
        guard t.end - t.start == 3 else { return false }
        for k in t.start..<t.end where !(b[k] >= 0x41 && b[k] <= 0x5A) { return false }
        return true
    }

    /// grammar: quantity_literal ::= QUANTITY+
    mutating func parseQuantityLiteral() -> Expr {
        let first = current
        var parts: [QuantityPart] = []
        repeat {
            let t = advance()
            // The lexer made sure the token is digits (and `.`, `_`) followed by a known unit in lower-case letters.
            var split = t.end
            while split > t.start, b[split - 1] >= 0x61 && b[split - 1] <= 0x7A { split -= 1 }
            let unit = TimeUnit.named(b[split..<t.end]) ?? .minutes
            parts.append(QuantityPart(amount: String(decoding: b[t.start..<split], as: UTF8.self), unit: unit))
        } while at(.quantity)
        return Expr(.quantity(parts), SourceRange(first.start, lastEnd))
    }

    /// grammar: list ::= '[' (expression (',' expression)* ','?)? ']'
    mutating func parseList() -> Expr {
        let open = current
        guard enterNesting() else { skipBalanced(); leaveNesting(); return Expr(.error, open.range) }
        defer { leaveNesting() }
        advance()
        var items: [Expr] = []
        while !at(.rBracket) && !at(.eof) {
            items.append(parseExpression())
            if !eat(.comma) { break }
        }
        if !eat(.rBracket) {
            error(.expectedToken, "I was expecting `]` to close the list that starts here", at: open.range,
                  label: "opened here", help: ["separate list items with `,`"])
        }
        return Expr(.list(items), SourceRange(open.start, lastEnd))
    }

    // MARK: - Literal values

    func digitsValue(_ from: Int, _ count: Int) -> Int {
        var v = 0
        for k in from..<(from + count) { v = v * 10 + Int(b[k] - 0x30) }
        return v
    }

    mutating func dateLiteral(_ start: Int, _ range: SourceRange) -> DateLiteral {
        let d = DateLiteral(year: digitsValue(start, 4), month: digitsValue(start + 5, 2), day: digitsValue(start + 8, 2))
        if !d.isValid {
            let why: String
            if d.month < 1 || d.month > 12 { why = "there is no month \(d.month)" }
            else if d.day < 1 { why = "days start at 01" }
            else { why = "\(monthNames[d.month - 1]) \(d.year) has \(DateLiteral.daysIn(month: d.month, year: d.year)) days" }
            report(.invalidDate, "\(d) is not a date: \(why)", at: SourceRange(start, start + 10))
        }
        return d
    }

    mutating func timeLiteral(_ start: Int, _ end: Int, _ range: SourceRange) -> TimeLiteral {
        let colon = end - 3
        let t = TimeLiteral(hour: digitsValue(start, colon - start), minute: digitsValue(colon + 1, 2))
        if t.hour > 24 || t.minute > 59 || (t.hour == 24 && t.minute != 0) {
            report(.invalidTime, "\(text(Token(kind: .time, start: start, end: end, spaceBefore: false))) is not a time of day",
                   at: SourceRange(start, end), help: ["times run from 00:00 to 23:59; 24:00 may end a range"])
        }
        return t
    }
}
