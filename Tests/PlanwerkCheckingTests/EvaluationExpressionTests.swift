import Testing
import PlanwerkChecking
import PlanwerkSyntax

/// Names, members, texts, conditionals, built-ins with lambdas, and values
/// known only after scheduling.
@Suite struct EvaluationExpressionTests: EvaluationTesting {
    @Test(arguments: [
        ("\"Go-Live {product}\"", "\"Go-Live Frühjahr\""),
        ("\"Budget: {winter.budget}, doppelt {winter.budget * 2}\"", "\"Budget: 8000 EUR, doppelt 16000 EUR\""),
        ("\"{winter.brief.title} ab {2026-12-01 09:00}, {3bd}, {80%}, {[anna, ben]}\"", "\"Briefing ab 2026-12-01 09:00, 3bd, 80%, [anna, ben]\""),
        ("\"{{wörtlich} {\"innen {1 + 1}\"}\"", "\"{{wörtlich} innen 2\""),
        ("if winter.budget > 10000 EUR then \"Vorstand\" else \"CSMO\"", "\"CSMO\""),
        ("if true then 1 else 1 / 0", "1"),
        ("count([1, 2, 3])", "3"), ("count([])", "0"),
        ("sum([1, 2, 3])", "6"), ("sum([1, 2.5])", "3.5"), ("sum([anna, ben], p => p.capacity)", "150%"),
        ("sum(plan.campaigns, c => c.budget)", "20000 EUR"), ("sum([1h, 1d, 30min])", "1d 1h 30min"), ("sum([4bh, 5bh])", "1bd 1bh"),
        ("sum([])", "0"),
        ("min([3, 1, 2])", "1"), ("max([3, 1, 2])", "3"), ("max(2026-12-01, 2026-12-24, 2026-12-05)", "2026-12-24"),
        ("min([anna, ben], p => p.capacity)", "50%"), ("max(\"b\", \"a\")", "\"b\""), ("min(1, 0.5)", "0.5"),
        ("all([1, 2, 3], n => n > 0)", "true"), ("all([1, 2, 3], n => n > 1)", "false"), ("all([], n => n > 1)", "true"),
        ("any([1, 2, 3], n => n > 2)", "true"), ("any([], n => n > 2)", "false"),
        ("filter([1, 2, 3, 4], n => n > 2)", "[3, 4]"), ("map([1, 2], n => n * 2)", "[2, 4]"),
        ("map([anna, ben], p => p.capacity)", "[100%, 50%]"), ("map([1, 2], max => max + 1)", "[2, 3]"),
        ("count(filter(plan.campaigns, c => c.budget >= 10000 EUR))", "1"),
        ("assert_ok", "unknown"),
        ("winter.brief.end", "unknown"), ("x.start <= 2027-02-15", "unknown"), ("winter.brief.end + 1d", "unknown"),
        ("false and winter.brief.end <= 2027-02-15", "false"), ("winter.brief.end <= 2027-02-15 and false", "false"),
        ("winter.brief.end <= 2027-02-15 or true", "true"), ("winter.brief.end <= 2027-02-15 and true", "unknown"),
        ("all([x, y], t => t.start < t.end)", "unknown"), ("any([x, y], t => t.start < t.end or true)", "true"),
        ("[winter.brief.end, 1 / 0]", "failed P0320"),
        ("\"{winter.brief.end}\"", "unknown"),
    ])
    func expressions(_ source: String, _ expected: String) {
        #expect(shown(source) == expected, "\(source)")
    }

    @Test func theZeroOfAnEmptySumComesFromTheCheckersType() {
        struct Typed: EvaluationEnvironment {
            func value(ofName name: String) -> Value? { name == "none" ? .list([]) : nil }
            func inferredType(of expr: Expr) -> PlanType? { .money }
        }
        #expect(shown("sum(none, c => c.budget)", in: Typed()) == "0 EUR")
        #expect(shown("sum(none, c => c.budget)", in: FixedEnvironment(names: ["none": .list([])])) == "0")
    }

    @Test func lambdaParametersShadowAndDoNotLeak() {
        #expect(shown("map([1, 2], anna => anna * 10)") == "[10, 20]")
        #expect(shown("[map([1], anna => anna), [anna]]") == "[[1], [anna]]")
        #expect(codes("map([1], 2)") == ["P0329"])
    }

    @Test func syntaxErrorsFailWithoutASecondMessage() {
        let r = evaluate("1 +")
        #expect(r.outcome == .failed)
        #expect(r.diagnostics.map(\.code) == [.expectedExpression])
        #expect(evaluate("2026-02-30").diagnostics.map(\.code) == [.invalidDate])
    }

    @Test func callsOfTemplatesAreNotValues() {
        #expect(codes("post_review(social)") == ["P0329"])
        #expect(codes("count(1, 2)") == ["P0329"])
        #expect(codes("count(list: [1])") == ["P0329"])
        #expect(codes("sum([1, 1 EUR])") == ["P0329"])
    }
}
