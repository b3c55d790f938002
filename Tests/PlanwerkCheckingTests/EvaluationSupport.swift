import Foundation
import PlanwerkChecking
import PlanwerkSyntax

/// A small plan world for evaluation tests: people, campaigns, tasks and a
/// post series, with members known at check time and some known only later.
enum EvaluationWorld {
    static let names: [String: Value] = [
        "vivian": .entity(.person("vivian")), "anna": .entity(.person("anna")), "ben": .entity(.person("ben")),
        "winter": .entity(.campaign("winter")), "spring": .entity(.campaign("spring")),
        "social": .entity(.team("social")), "twitter": .entity(.channel("twitter")),
        "product": .text("Frühjahr"), "limit": .int(280),
        "x": .entity(.task("x")), "y": .entity(.task("y")),
    ]

    static let members: [EntityReference: [String: Value]] = [
        .campaign("winter"): ["budget": .money(8000), "brief": .entity(.task("winter.brief")),
                              "series": .entity(.post("winter.series")), "title": .text("Winterkampagne")],
        .campaign("spring"): ["budget": .money(12000)],
        .plan: ["campaigns": .list([.entity(.campaign("winter")), .entity(.campaign("spring"))])],
        .person("anna"): ["capacity": .percent(100)],
        .person("ben"): ["capacity": .percent(50)],
        .task("winter.brief"): ["title": .text("Briefing")],
        .task("x"): ["end": .dateTime(CivilDateTime(date: CivilDate(year: 2027, month: 2, day: 15)!, minute: 17 * 60))],
        .task("y"): ["end": .dateTime(CivilDateTime(date: CivilDate(year: 2027, month: 2, day: 16)!, minute: 0))],
    ]

    static func environment(currency: String = "EUR", timeZone: any TimeZoneRules = FixedOffsetZone.utc,
                            hours: [ClockSpan] = [.standardHours], holidays: Set<CivilDate> = []) -> FixedEnvironment {
        FixedEnvironment(names: names, members: members, currency: currency, timeZone: timeZone, hours: hours, holidays: holidays)
    }

    static let berlin = FoundationTimeZone(identifier: "Europe/Berlin")!
}

/// Helpers of the evaluation suites, as methods so that their short names
/// stay out of the test target's global namespace.
protocol EvaluationTesting {}

extension EvaluationTesting {
    /// Evaluates source text in the test world (or another environment).
    func evaluate(_ source: String, in env: any EvaluationEnvironment = EvaluationWorld.environment()) -> Evaluation {
        Evaluator.evaluate(source, in: env)
    }

    /// The displayed value of source text, or a description of why there is none.
    func shown(_ source: String, in env: any EvaluationEnvironment = EvaluationWorld.environment()) -> String {
        let result = evaluate(source, in: env)
        switch result.outcome {
        case .value(let v): return v.display(currency: env.currency)
        case .unknown: return "unknown"
        case .failed: return "failed " + result.diagnostics.map(\.code.rawValue).joined(separator: " ")
        }
    }

    /// The diagnostic codes evaluating source text gives.
    func codes(_ source: String, in env: any EvaluationEnvironment = EvaluationWorld.environment()) -> [String] {
        evaluate(source, in: env).diagnostics.map(\.code.rawValue)
    }

    func date(_ y: Int, _ m: Int, _ d: Int) -> CivilDate { CivilDate(year: y, month: m, day: d)! }
}

/// A small seeded generator (SplitMix64), so that property tests are repeatable.
struct SplitMix64: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
