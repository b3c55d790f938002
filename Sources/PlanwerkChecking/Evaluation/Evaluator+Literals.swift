import Foundation
import PlanwerkSyntax

/// Literals (LANGUAGE.md §1): the source spelling kept by the parser becomes
/// an exact value here. Literals the parser already reported as invalid
/// (`2026-02-30`, `25:00`) fail without a second message.
extension Evaluator {
    mutating func literal(_ e: Expr) throws(Stop) -> Value {
        switch e.kind {
        case .int(let s):
            guard let n = s.utf8.contains(UInt8(ascii: "_")) ? Int(String(decoding: s.utf8.filter { $0 != UInt8(ascii: "_") }, as: UTF8.self)) : Int(s)
            else { throw tooLarge(s, e) }
            return .int(n)
        case .decimal(let s): return .number(try decimal(s, e))
        case .percent(let s): return .percent(try decimal(s, e))
        case .money(let s, let code):
            guard code == environment.currency else {
                throw fail(.currencyNotAccepted, "this plan counts money in \(environment.currency), not \(code)", at: e.range,
                           help: ["only the plan's currency is accepted: write `\(s) \(environment.currency)`, converted",
                                  "or set `currency \(code)` at the top of the plan"])
            }
            // More than two decimals are rounded half-even to cents (`0.125 EUR` is `0.12 EUR`).
            return .money(DecimalMath.cents(try decimal(s, e)))
        case .date(let d):
            guard let date = CivilDate(d), date.isWritable else { throw .failed }
            return .date(date)
        case .time(let t):
            if t.hour == 24 && t.minute == 0 {
                guard endOfDayAllowed else {
                    throw fail(.misplacedEndOfDay, "24:00 is the end of a day; it can end a range such as `20:00..24:00`, but it is not a time of day",
                               at: e.range, help: ["write `00:00` for midnight at the start of a day, or `23:59`"])
                }
                return .time(1440)
            }
            guard t.hour >= 0, t.hour < 24, t.minute >= 0, t.minute < 60 else { throw .failed }
            return .time(t.minutes)
        case .dateTime(let d, let t):
            if t.hour == 24 && t.minute == 0, let date = CivilDate(d), let next = date.adding(days: 1), next.isWritable {
                throw fail(.misplacedEndOfDay, "24:00 is not a time of day; the end of \(date) is the start of the next day", at: e.range,
                           help: ["write `\(next) 00:00`"])
            }
            guard let dt = CivilDateTime(d, t), dt.date.isWritable else { throw .failed }
            return .dateTime(dt)
        case .weekday(let w): return .weekday(w)
        case .quantity(let parts): return try quantity(parts, e)
        default: throw .failed
        }
    }

    mutating func decimal(_ s: String, _ e: Expr) throws(Stop) -> Decimal {
        guard let d = DecimalMath.parse(s) else { throw .failed }
        guard DecimalMath.fits(d) else { throw tooLarge(s, e) }
        return d
    }

    mutating func tooLarge(_ s: String, _ e: Expr) -> Stop {
        fail(.numberTooLarge, "`\(s)` is too large: numbers, amounts and durations go up to 9223372036854775807", at: e.range,
             help: ["check the number for a digit too many"])
    }

    /// `30min`, `1d 2h`, `1.5bd`, `1bd 2bh`. Whole days (and weeks) stay
    /// days; fractions of days, hours and minutes become minutes, rounded up
    /// to the minute for the literal as a whole. Business days convert at the
    /// plan calendar's day length; the result is normalised.
    mutating func quantity(_ parts: [QuantityPart], _ e: Expr) throws(Stop) -> Value {
        let working = parts.workingTimeCount
        if working > 0 && working < parts.count {
            throw fail(.cannotEvaluate, "working time and elapsed time cannot be mixed in one value", at: e.range,
                       help: ["use `bd` and `bh` together, or `w`, `d`, `h` and `min` together"])
        }
        if let (d, m) = Self.wholeQuantity(parts) {
            if working == 0 { return .duration(ElapsedTime(days: d, minutes: m)) }
            return .workTime(try normalized(WorkTime(days: d, minutes: m), e))
        }
        let dayLength = Decimal(environment.businessDayMinutes)
        var days = Decimal(0), minutes = Decimal(0)
        for part in parts {
            let amount = try decimal(part.amount, e)
            switch part.unit {
            case .weeks: days += amount * 7
            case .days, .businessDays: days += amount
            case .hours, .businessHours: minutes += amount * 60
            case .minutes: minutes += amount
            }
        }
        let wholeDays = DecimalMath.rounded(days, scale: 0, .down)
        minutes += (days - wholeDays) * (working > 0 ? dayLength : 1440)
        guard let d = DecimalMath.int(wholeDays), let m = DecimalMath.intAwayFromZero(minutes) else {
            throw fail(.numberTooLarge, "this amount of time is too large", at: e.range,
                       help: ["times are counted in minutes, up to 9223372036854775807; check the number for a digit too many"])
        }
        if working == 0 { return .duration(ElapsedTime(days: d, minutes: m)) }
        return .workTime(try normalized(WorkTime(days: d, minutes: m), e))
    }

    /// Days and minutes of a quantity written in whole numbers (`3bd`, `1bd 2bh`, `2w`), with
    /// integer arithmetic; nil for decimals or sizes near overflow, which take the exact decimal path.
    static func wholeQuantity(_ parts: [QuantityPart]) -> (days: Int, minutes: Int)? {
        var days = 0, minutes = 0
        for part in parts {
            var n = 0
            for byte in part.amount.utf8 {
                if byte == UInt8(ascii: "_") { continue }
                guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9"), n < 100_000_000 else { return nil }
                n = n * 10 + Int(byte - UInt8(ascii: "0"))
            }
            switch part.unit {
            case .weeks: days += n * 7
            case .days, .businessDays: days += n
            case .hours, .businessHours: minutes += n * 60
            case .minutes: minutes += n
            }
        }
        return (days, minutes)
    }

    /// A work time normalised for the plan calendar, or an overflow error.
    mutating func normalized(_ w: WorkTime, _ e: Expr) throws(Stop) -> WorkTime {
        guard let n = w.normalized(dayLength: environment.businessDayMinutes) else { throw overflow(e) }
        return n
    }

    mutating func overflow(_ e: Expr) -> Stop {
        fail(.arithmeticOverflow, "the result is too large: numbers, amounts and durations go up to 9223372036854775807", at: e.range)
    }
}

extension Array where Element == QuantityPart {
    /// How many parts are working time (`bd`, `bh`): counted, not filtered into a
    /// new array, as every `effort`, `length` and `duration` asks it.
    var workingTimeCount: Int {
        var n = 0
        for part in self where part.unit.isWorkingTime { n += 1 }
        return n
    }
}
