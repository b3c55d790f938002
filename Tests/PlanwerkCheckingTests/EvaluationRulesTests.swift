import Testing
import PlanwerkChecking
import PlanwerkSyntax

/// Every literal kind and each unit rule of LANGUAGE.md §3, by the value shown.
@Suite struct EvaluationRulesTests: EvaluationTesting {
    @Test(arguments: [
        ("42", "42"), ("10_000", "10000"), ("3.5", "3.5"), ("3.50", "3.5"), ("3.0", "3.0"), ("80%", "80%"), ("2.5%", "2.5%"),
        ("5000 EUR", "5000 EUR"), ("12.50 EUR", "12.50 EUR"), ("12.5 EUR", "12.50 EUR"), ("16000.00 EUR", "16000 EUR"),
        ("\"Go-Live\"", "\"Go-Live\""), ("\"a \\\"b\\\" {{c} \\\\ \\n\\t\"", "\"a \\\"b\\\" {{c} \\\\ \\n\\t\""),
        ("2026-12-01", "2026-12-01"), ("09:00", "09:00"), ("17:30", "17:30"),
        ("2026-12-01 09:00", "2026-12-01 09:00"), ("2026-12-01T09:00", "2026-12-01 09:00"),
        ("30min", "30min"), ("4h", "4h"), ("3d", "3d"), ("2w", "2w"), ("14d", "2w"), ("1w 3d", "10d"), ("90min", "1h 30min"),
        ("24h", "24h"), ("1d 2h", "1d 2h"), ("1.5d", "1d 12h"), ("1.5h", "1h 30min"), ("0.5min", "1min"), ("0min", "0min"),
        ("3bd", "3bd"), ("4bh", "4bh"), ("1bd 2bh", "1bd 2bh"), ("10bh", "1bd 2bh"), ("8bh", "1bd"), ("1.5bd", "1bd 4bh"),
        ("0.5bh", "0.5bh"), ("0.1bh", "0.1bh"), ("0bd", "0bh"),
        ("true", "true"), ("false", "false"), ("[anna, ben]", "[anna, ben]"), ("[]", "[]"),
        ("mon..fri", "mon..fri"), ("09:00..17:00", "09:00..17:00"), ("20:00..24:00", "20:00..24:00"),
        ("2026-12-24..2026-12-26", "2026-12-24..2026-12-26"), ("1..2.5", "1.0..2.5"), ("sat", "sat"),
        ("vivian", "vivian"), ("winter.brief", "winter.brief"), ("winter.series[2]", "winter.series[2]"), ("plan", "plan"),
        ("-5", "-5"), ("-(3.5)", "-3.5"), ("-5 EUR", "-5 EUR"), ("-2h", "-2h"), ("-(1bd 2bh)", "-1bd 2bh"),
    ])
    func literalsEvaluate(_ source: String, _ expected: String) {
        #expect(shown(source) == expected, "\(source)")
    }

    @Test(arguments: [
        // Int and Number: Int stays Int under + - *; `/` gives a Number; an Int widens.
        ("2 + 3", "5"), ("2 * 3 - 10", "-4"), ("7 / 2", "3.5"), ("6 / 2", "3.0"), ("1 / 3 * 3", "0.99999999999999999999999999999999999999"),
        ("2 + 0.5", "2.5"), ("10_000 * 2", "20000"), ("0.1 + 0.2", "0.3"),
        // Money: in cents, half-even.
        ("8000 EUR * 2", "16000 EUR"), ("winter.budget * 2", "16000 EUR"), ("8000 EUR * 10%", "800 EUR"), ("10% * 8000 EUR", "800 EUR"),
        ("2 * 8000 EUR", "16000 EUR"), ("12.345 EUR", "12.34 EUR"), ("12.355 EUR", "12.36 EUR"), ("0.125 EUR * 1", "0.12 EUR"),
        ("0.135 EUR", "0.14 EUR"), ("0.05 EUR * 0.5", "0.02 EUR"), ("0.15 EUR * 0.5", "0.08 EUR"), ("10 EUR / 3", "3.33 EUR"),
        ("10 EUR / 4 EUR", "2.5"), ("5000 EUR + 2.50 EUR", "5002.50 EUR"), ("5000 EUR - 5000.01 EUR", "-0.01 EUR"),
        ("-(12.5 EUR)", "-12.50 EUR"), ("8000 EUR * 2.5%", "200 EUR"),
        // Percent with Percent, and scaled by numbers.
        ("80% + 2.5%", "82.5%"), ("50% * 50%", "25%"), ("10% * 3", "30%"), ("3 * 10%", "30%"), ("30% / 10%", "3.0"), ("30% / 4", "7.5%"),
        // Durations: days and minutes kept apart; scaling rounds up to the minute.
        ("3h + 30min", "3h 30min"), ("2w - 1d", "13d"), ("1d - 2h", "1d - 2h"), ("-1d + 2h", "-1d + 2h"), ("1d * 1.5", "1d 12h"),
        ("90min / 4", "23min"), ("-(90min) / 4", "-23min"), ("4h / 30min", "8.0"), ("1d / 2", "12h"), ("2 * 3d", "6d"), ("1w / 7", "1d"),
        // Work time: normalised for the calendar's day (480 minutes).
        ("4bh + 4bh", "1bd"), ("1bd - 2bh", "6bh"), ("2bh - 1bd", "-6bh"), ("1bd * 1.5", "1bd 4bh"), ("3bd / 2", "1bd 4bh"),
        ("1bd / 4bh", "2.0"), ("1bh / 7", "0.15bh"),
        // Dates and times.
        ("2026-12-24 - 2026-12-01", "23d"), ("2026-12-01 - 2026-12-24", "-23d"), ("2026-12-29 - 2026-12-01", "4w"), ("2026-12-01 + 2w", "2026-12-15"),
        ("2026-12-01 + 3d", "2026-12-04"), ("3d + 2026-12-01", "2026-12-04"), ("2026-12-04 - 3d", "2026-12-01"),
        ("2026-12-01 + 2h", "2026-12-01 02:00"), ("2026-12-01 + 1d 2h", "2026-12-02 02:00"), ("2026-12-01 + 90min", "2026-12-01 01:30"),
        ("2026-12-01 09:00 + 1d", "2026-12-02 09:00"), ("2026-12-01 09:00 + 36h", "2026-12-02 21:00"), ("2026-12-01 09:00 - 10h", "2026-11-30 23:00"),
        ("2026-12-01 09:00 - 2026-11-30 09:00", "1d"), ("2026-12-01 09:00 - 2026-11-30 17:00", "16h"),
        ("2026-11-30 17:00 - 2026-12-01 09:00", "-16h"), ("2026-12-03 10:30 - 2026-12-01 09:00", "2d 1h 30min"),
        ("2026-12-01 09:00 - 2026-12-03 10:30", "-2d 1h 30min"), ("09:00 + 90min", "10:30"), ("17:00 - 8h", "09:00"), ("09:00..17:00 + 7h", "09:00..24:00"),
    ])
    func unitRules(_ source: String, _ expected: String) {
        #expect(shown(source) == expected, "\(source)")
    }

    @Test(arguments: [
        ("5000 EUR > 4999.99 EUR", true), ("5000 EUR == 5000.00 EUR", true), ("2 < 2.5", true), ("2 == 2.0", true), ("3% > 2.5%", true),
        ("mon < fri", true), ("sun > sat", true), ("\"a\" < \"b\"", true), ("\"b\" < \"a\"", false), ("\"a\" == \"a\"", true),
        ("1d == 24h", true), ("1d 2h > 25h", true), ("30min < 1h", true), ("2bd == 16bh", true), ("1bd > 7bh", true),
        ("09:00 < 17:00", true), ("2026-12-01 < 2026-12-02", true), ("2026-12-01 09:00 < 2026-12-01 10:00", true),
        ("x.end <= 2027-02-15", true), ("x.end < 2027-02-15", false), ("x.end == 2027-02-15", true), ("2027-02-15 >= x.end", true),
        ("y.end <= 2027-02-15", false), ("y.end > 2027-02-15", true), ("x.end < y.end", true),
        ("[anna, ben] == [anna, ben]", true), ("[anna] != [ben]", true), ("mon..fri == mon..fri", true), ("winter.brief == winter.brief", true),
        ("true and not false", true), ("false or false", false), ("not (1 > 2)", true), ("anna == ben", false),
    ])
    func comparisons(_ source: String, _ expected: Bool) {
        #expect(evaluate(source).value == .bool(expected), "\(source)")
    }

    @Test(arguments: [
        ("1 / 0", "P0320"), ("5 EUR / 0", "P0320"), ("5 EUR / 0 EUR", "P0320"), ("3h / 0", "P0320"), ("1bd / 0bh", "P0320"), ("10% / 0.0", "P0320"),
        ("9223372036854775807 + 1", "P0321"), ("-9223372036854775807 - 2", "P0321"), ("-(-9223372036854775807 - 1)", "P0321"),
        ("4294967296 * 4294967296", "P0321"), ("9223372036854775807 EUR * 2", "P0321"), ("9000000000000000000.5 * 2", "P0321"),
        ("99999999999999999999", "P0702"), ("99999999999999999999.5", "P0702"),
        ("5 USD", "P0322"), ("24:00", "P0323"), ("2026-12-01 24:00", "P0323"), ("17:00 + 8h", "P0324"), ("09:00 - 10h", "P0324"),
        ("2026-12-01 + 1.5d", "P0325"), ("2026-12-01 + 1.5bd", "P0325"), ("min([])", "P0326"), ("max(filter([1], n => n > 1))", "P0326"),
        ("9999-12-31 + 1d", "P0327"), ("0001-01-01 - 1bd", "P0327"), ("9999-12-31 23:00 + 2h", "P0327"),
        ("5 EUR + 2026-12-01", "P0329"), ("2026-12-01 + 2026-12-02", "P0329"), ("5 EUR < 5", "P0329"), ("5% == 5", "P0329"),
        ("1d 2bh", "P0329"), ("x => x", "P0329"), ("-mon", "P0329"),
        ("winter.series[0]", "P0330"),
    ])
    func errorsAreDiagnostics(_ source: String, _ code: String) {
        let result = evaluate(source)
        #expect(result.outcome == .failed, "\(source)")
        #expect(result.diagnostics.map(\.code.rawValue) == [code], "\(source): \(result.diagnostics.map(\.message))")
    }

    @Test func everyErrorInAnExpressionIsReportedOnce() {
        #expect(codes("[1 / 0, 5 USD, 2 + 3]") == ["P0320", "P0322"])
        #expect(codes("(1 / 0) + (2 / 0)") == ["P0320", "P0320"])
        let r = evaluate("1 / 0")
        #expect(r.diagnostics.first?.span.range == SourceRange(4, 5))
    }

    @Test func moneyInThePlansCurrency() {
        let usd = EvaluationWorld.environment(currency: "USD")
        #expect(shown("5 USD * 3", in: usd) == "15 USD")
        #expect(codes("5 EUR", in: usd) == ["P0322"])
        #expect(evaluate("5 EUR", in: usd).diagnostics.first?.message == "this plan counts money in USD, not EUR")
    }
}
