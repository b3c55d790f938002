import Foundation
import PlanwerkSyntax

/// Values in source syntax (LANGUAGE.md §10 "values are displayed in source
/// syntax"): what the REPL prints and what `{…}` puts into a text. Every
/// displayed value parses back (``Parser/parseExpression(_:)``) to an
/// expression that evaluates to the same value; docs/values.md lists the
/// spellings and a property test holds them to it.
extension Value {
    /// The value as a plan would write it: `16000 EUR`, `12.50 EUR`, `80%`,
    /// `3.5`, `"text"`, `2026-12-09 10:00`, `1d 2h`, `1bd 2bh`, `[anna, ben]`,
    /// `mon..fri`. `currency` is the plan's currency code.
    public func display(currency: String = "EUR") -> String {
        switch self {
        case .int(let n):
            // -9223372036854775808 has no literal (its magnitude does not fit); write it as arithmetic.
            return n == Int.min ? "-9223372036854775807 - 1" : String(n)
        case .number(let d):
            let s = DecimalMath.plain(d)
            return s.contains(".") ? s : s + ".0"
        case .percent(let d): return DecimalMath.plain(d) + "%"
        case .money(let d): return DecimalMath.moneyAmount(d) + " " + currency
        case .text(let s): return Self.quoted(s)
        case .bool(let b): return b ? "true" : "false"
        case .date(let d): return d.description
        case .time(let m): return Self.clock(m)
        case .dateTime(let t): return t.description
        case .duration(let e): return Self.elapsed(e)
        case .workTime(let w): return Self.working(w)
        case .weekday(let w): return w.rawValue
        case .list(let items): return "[" + items.map { $0.display(currency: currency) }.joined(separator: ", ") + "]"
        case .range(let a, let b): return a.display(currency: currency) + ".." + b.display(currency: currency)
        case .entity(let e): return e.id
        }
    }

    /// The value as `{…}` puts it into a text: a text as it is (no quotes),
    /// everything else as ``display(currency:)`` shows it.
    public func interpolated(currency: String = "EUR") -> String {
        if case .text(let s) = self { return s }
        return display(currency: currency)
    }

    /// A text literal for `s`: quoted, with `\"`, `\\`, `\n`, `\t` and `{{` as the parser reads them.
    public static func quoted(_ s: String) -> String {
        "\"" + TextEscaping.escaped(s) + "\""
    }

    /// `09:00`; `24:00` for the end of the day.
    static func clock(_ minutes: Int) -> String {
        let h = minutes / 60, m = minutes % 60
        return (h < 10 && h >= 0 ? "0" : "") + "\(h):" + (m < 10 && m >= 0 ? "0" : "") + "\(m)"
    }

    /// `2w`, `10d`, `1d 2h`, `1h 30min`, `0min`. Days show as weeks when
    /// they are a whole number of weeks; minutes as hours and minutes; a
    /// negative value as `-1d 2h`. Days and minutes of opposite signs (from
    /// `1d - 2h`, which cannot be simplified) show as that subtraction.
    static func elapsed(_ e: ElapsedTime) -> String {
        if e.isZero { return "0min" }
        func days(_ d: UInt) -> String { d % 7 == 0 ? "\(d / 7)w" : "\(d)d" }
        func clock(_ m: UInt) -> String {
            [m / 60 > 0 ? "\(m / 60)h" : nil, m % 60 > 0 ? "\(m % 60)min" : nil].compactMap { $0 }.joined(separator: " ")
        }
        let parts = [e.days != 0 ? days(e.days.magnitude) : nil, e.minutes != 0 ? clock(e.minutes.magnitude) : nil]
        return signed(e.days, e.minutes, parts.compactMap { $0 })
    }

    /// `1bd 2bh`, `3bd`, `0bh`. Business minutes that are not whole hours show
    /// as decimal hours, which literals round up to the minute: 30 minutes are
    /// `0.5bh` (exact), 7 minutes `0.11bh` (6.6 minutes, rounded up to 7).
    static func working(_ w: WorkTime) -> String {
        if w.isZero { return "0bh" }
        let parts = [w.days != 0 ? "\(w.days.magnitude)bd" : nil, w.minutes != 0 ? businessHours(w.minutes.magnitude) : nil]
        return signed(w.days, w.minutes, parts.compactMap { $0 })
    }

    /// The shortest decimal count of business hours that reads back as exactly `m` minutes.
    static func businessHours(_ m: UInt) -> String {
        if m % 60 == 0 { return "\(m / 60)bh" }
        if m % 6 == 0 { return "\(m / 60).\(m % 60 / 6)bh" }
        // Hundredths of an hour are 0.6 minutes: the largest count not above m rounds up to m.
        let hundredths = m * 100 / 60
        return "\(hundredths / 100)." + (hundredths % 100 < 10 ? "0" : "") + "\(hundredths % 100)bh"
    }

    /// Joins a two-part quantity with its sign: `-1d 2h` when both parts are
    /// negative, `1d - 2h` or `-1d + 2h` when their signs differ.
    static func signed(_ major: Int, _ minor: Int, _ parts: [String]) -> String {
        if major >= 0 && minor >= 0 { return parts.joined(separator: " ") }
        if major <= 0 && minor <= 0 { return "-" + parts.joined(separator: " ") }
        return major > 0 ? parts[0] + " - " + parts[1] : "-" + parts[0] + " + " + parts[1]
    }
}
