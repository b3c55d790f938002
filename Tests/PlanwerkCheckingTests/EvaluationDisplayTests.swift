import Foundation
import Testing
import PlanwerkChecking
import PlanwerkSyntax

/// Values are displayed in source syntax, and every displayed value parses
/// back to an expression that evaluates to the same value.
@Suite struct EvaluationDisplayTests: EvaluationTesting {
    @Test func spellings() {
        #expect(Value.money(16000).display() == "16000 EUR")
        #expect(Value.money(Decimal(string: "12.5")!).display(currency: "CHF") == "12.50 CHF")
        #expect(Value.money(Decimal(string: "-0.05")!).display() == "-0.05 EUR")
        #expect(Value.percent(80).display() == "80%")
        #expect(Value.number(Decimal(string: "3.5")!).display() == "3.5")
        #expect(Value.number(16000).display() == "16000.0")
        #expect(Value.int(Int.min).display() == "-9223372036854775807 - 1")
        #expect(Value.text("say \"hi\"\\ {x}\n\t").display() == #""say \"hi\"\\ {{x}\n\t""#)
        #expect(Value.text("a {b}").interpolated() == "a {b}")
        #expect(Value.time(540).display() == "09:00")
        #expect(Value.time(1440).display() == "24:00")
        #expect(Value.duration(.zero).display() == "0min")
        #expect(Value.duration(ElapsedTime(days: 1, minutes: 120)).display() == "1d 2h")
        #expect(Value.duration(ElapsedTime(days: 14)).display() == "2w")
        #expect(Value.duration(ElapsedTime(days: 15, minutes: 5)).display() == "15d 5min")
        #expect(Value.duration(ElapsedTime(days: -7, minutes: -61)).display() == "-1w 1h 1min")
        #expect(Value.workTime(.zero).display() == "0bh")
        #expect(Value.workTime(WorkTime(days: 1, minutes: 120)).display() == "1bd 2bh")
        #expect(Value.workTime(WorkTime(minutes: 30)).display() == "0.5bh")
        #expect(Value.workTime(WorkTime(minutes: 7)).display() == "0.11bh")
        #expect(Value.workTime(WorkTime(minutes: 1)).display() == "0.01bh")
        #expect(Value.workTime(WorkTime(days: 2, minutes: 63)).display() == "2bd 1.05bh")
        #expect(Value.list([.entity(.person("anna")), .entity(.person("ben"))]).display() == "[anna, ben]")
        #expect(Value.range(.weekday(.mon), .weekday(.fri)).display() == "mon..fri")
        #expect(Value.bool(true).description == "true")
        #expect(Value.entity(.task("winter.brief")).description == "winter.brief")
    }

    @Test func everyDisplayedValueParsesAndEvaluatesBack() {
        var rng = SplitMix64(seed: 2026)
        let env = EvaluationWorld.environment()
        var kinds = Set<String>()
        for round in 0..<4000 {
            let v = ValueGenerator.value(&rng, depth: 0)
            kinds.insert(String(v.type.description.prefix { $0 != "[" }))
            let text = v.display(currency: env.currency)
            let (expr, syntax) = Parser.parseExpression(SourceFile(path: "v", text: text))
            #expect(syntax.isEmpty, "round \(round): `\(text)` does not parse: \(syntax.map(\.message))")
            let back = Evaluator(environment: env, file: "v").evaluate(expr)
            #expect(back.diagnostics.isEmpty, "round \(round): `\(text)`: \(back.diagnostics.map(\.message))")
            #expect(back.value == v, "round \(round): `\(text)` evaluates to \(back.value.map { "\($0)" } ?? "nothing"), not \(v)")
        }
        #expect(kinds.count >= 19, "\(kinds.sorted())")
    }

    @Test func theDayLengthOfTheCalendarNormalisesWorkTime() {
        let office = EvaluationWorld.environment(hours: [ClockSpan(start: 540, end: 720), ClockSpan(start: 780, end: 1020)])
        var rng = SplitMix64(seed: 3)
        for _ in 0..<500 {
            let v = Value.workTime(WorkTime(totalMinutes: Int(rng.next() % 100_000) - 50_000, dayLength: 420))
            #expect(evaluate(v.display(), in: office).value == v, "\(v)")
        }
    }
}

/// Random values of every kind, as the evaluator makes them (money in cents,
/// work time normalised for a 480-minute day, dates a plan can write).
enum ValueGenerator {
    static func pick<T>(_ items: [T], _ rng: inout SplitMix64) -> T { items[Int(rng.next() % UInt64(items.count))] }
    static func int(_ rng: inout SplitMix64, _ bound: Int) -> Int { Int(rng.next() % UInt64(2 * bound + 1)) - bound }

    static func decimal(_ rng: inout SplitMix64, scale: Int) -> Decimal {
        let digits = int(&rng, 999_999_999_999)
        return Decimal(sign: digits < 0 ? .minus : .plus, exponent: -Int(rng.next() % UInt64(scale + 1)), significand: Decimal(digits.magnitude))
    }

    static let textPool: [String] = ["a", "Z", " ", "\"", "\\", "{", "}", "{{", "\n", "\t", "ü", "ß", "€", "😀", "#", "'", "$", "%", "..", "x", "\r", "\u{0}", "\u{7F}", "\u{200B}", "e\u{301}"]

    static func scalar(_ rng: inout SplitMix64, kind: Int) -> Value {
        switch kind {
        case 0: return .int(pick([0, 1, -1, Int.max, Int.min, Int.max - 1, int(&rng, 1_000_000), int(&rng, Int.max / 2)], &rng))
        case 1: return .number(decimal(&rng, scale: 8))
        case 2: return .percent(decimal(&rng, scale: 4))
        case 3: return .money(decimal(&rng, scale: 2))
        case 4: return .text((0..<Int(rng.next() % 8)).map { _ in pick(textPool, &rng) }.joined())
        case 5: return .bool(rng.next() % 2 == 0)
        case 6: return .date(date(&rng))
        case 7: return .time(Int(rng.next() % 1440))
        case 8: return .dateTime(CivilDateTime(date: date(&rng), minute: Int(rng.next() % 1440)))
        case 9:
            let days = pick([0, int(&rng, 30), int(&rng, 5000), 7 * int(&rng, 10)], &rng)
            return .duration(ElapsedTime(days: days, minutes: pick([0, int(&rng, 59), int(&rng, 100_000), 60 * int(&rng, 30)], &rng)))
        case 10: return .workTime(WorkTime(totalMinutes: pick([0, int(&rng, 480), int(&rng, 1_000_000), 60 * int(&rng, 100)], &rng), dayLength: 480))
        case 11: return .weekday(pick(Weekday.allCases, &rng))
        default:
            return .entity(pick([.person("vivian"), .person("anna"), .campaign("winter"), .task("winter.brief"), .team("social"),
                                 .post("winter.series"), .post("winter.series[\(1 + rng.next() % 50)]"), .plan], &rng))
        }
    }

    static func date(_ rng: inout SplitMix64) -> CivilDate {
        let span = UInt64(CivilDate.maximum.dayNumber - CivilDate.minimum.dayNumber + 1)
        return CivilDate(dayNumber: CivilDate.minimum.dayNumber + Int(rng.next() % span))
    }

    static func value(_ rng: inout SplitMix64, depth: Int) -> Value {
        switch rng.next() % 16 {
        case 13 where depth < 2:
            let kind = Int(rng.next() % 13)
            return .list((0..<Int(rng.next() % 4)).map { _ in scalar(&rng, kind: kind) })
        case 14 where depth < 2:
            return .list((0..<Int(rng.next() % 3)).map { _ in value(&rng, depth: depth + 1) })
        case 15:
            let kind = pick([0, 1, 6, 7, 8, 11], &rng)
            var high = scalar(&rng, kind: kind)
            if kind == 7 && rng.next() % 4 == 0 { high = .time(1440) }
            return .range(scalar(&rng, kind: kind), high)
        default:
            return scalar(&rng, kind: Int(rng.next() % 13))
        }
    }
}
