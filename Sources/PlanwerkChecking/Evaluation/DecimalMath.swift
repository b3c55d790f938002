import Foundation

/// Exact decimal arithmetic for numbers, percentages and money, on
/// Foundation's `Decimal` (38 significant digits, base 10). Every decimal
/// value of a plan stays within ±``limit`` (the bound of whole numbers,
/// LANGUAGE.md P0702), so money with cents keeps at most 21 digits and is
/// exact.
enum DecimalMath {
    /// 9223372036854775807: the largest magnitude of any number, percentage or amount.
    static let limit = Decimal(Int.max)

    /// The value of a literal as written (`10_000`, `3.5`), or nil if it is not one.
    static func parse(_ lexeme: String) -> Decimal? {
        if let fast = parseShort(lexeme) { return fast }
        let digits = lexeme.filter { $0 != "_" }
        var seenDot = false, seenDigit = false
        for c in digits {
            if c == "." {
                if seenDot { return nil }
                seenDot = true
            } else if c.isASCII && c.isNumber {
                seenDigit = true
            } else {
                return nil
            }
        }
        guard seenDigit, digits.last != ".", digits.first != "." else { return nil }
        return Decimal(string: digits, locale: Locale(identifier: "en_US_POSIX"))
    }

    /// A literal of at most 18 digits (`3.5`, `1_250.00`) read straight into
    /// a mantissa and an exponent: the same value as Foundation's parser,
    /// without its cost (thousands of instructions per literal in profiles).
    /// Nil for anything else, which the general parser then reads.
    static func parseShort(_ lexeme: String) -> Decimal? {
        var mantissa: UInt64 = 0, digits = 0, fraction = 0
        var seenDot = false, last: UInt8 = 0, first: UInt8? = nil
        for b in lexeme.utf8 where b != UInt8(ascii: "_") {
            if first == nil { first = b }
            last = b
            switch b {
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                digits += 1
                if digits > 18 { return nil }
                mantissa = mantissa * 10 + UInt64(b - UInt8(ascii: "0"))
                if seenDot { fraction += 1 }
            case UInt8(ascii: "."):
                if seenDot { return nil }
                seenDot = true
            default: return nil
            }
        }
        guard digits > 0, first != UInt8(ascii: "."), last != UInt8(ascii: ".") else { return nil }
        return Decimal(sign: .plus, exponent: -fraction, significand: Decimal(mantissa))
    }

    /// Whether a result is a number within ±``limit`` (not NaN from an overflow inside `Decimal`).
    static func fits(_ d: Decimal) -> Bool { !d.isNaN && d.magnitude <= limit }

    /// `d` rounded to `scale` decimal places with `mode`.
    static func rounded(_ d: Decimal, scale: Int, _ mode: NSDecimalNumber.RoundingMode) -> Decimal {
        var input = d, result = Decimal()
        NSDecimalRound(&result, &input, scale, mode)
        return result
    }

    /// An amount rounded half-even to cents (`0.125` → `0.12`, `0.135` → `0.14`).
    static func cents(_ d: Decimal) -> Decimal { rounded(d, scale: 2, .bankers) }

    /// Whether `d` has no fractional part.
    static func isIntegral(_ d: Decimal) -> Bool { rounded(d, scale: 0, .down) == d }

    /// `d` as an Int if it is whole and fits.
    static func int(_ d: Decimal) -> Int? {
        guard !d.isNaN, isIntegral(d), d.magnitude <= limit else { return nil }
        return Int(plain(d))
    }

    /// `d` rounded to a whole number away from zero (a magnitude rounded up), as an Int if it fits.
    static func intAwayFromZero(_ d: Decimal) -> Int? {
        int(rounded(d, scale: 0, d < 0 ? .down : .up))
    }

    /// `3.5`, `16000`, `-0.001`: plain digits, never an exponent.
    static func plain(_ d: Decimal) -> String {
        d.isZero ? "0" : d.description
    }

    /// A money amount as shown: whole amounts without decimals (`16000`), others with two (`12.50`).
    static func moneyAmount(_ d: Decimal) -> String {
        let c = cents(d)
        if isIntegral(c) { return plain(c) }
        var digits = plain(c.magnitude * 100)
        while digits.count < 3 { digits = "0" + digits }
        return (c < 0 ? "-" : "") + digits.dropLast(2) + "." + digits.suffix(2)
    }
}
