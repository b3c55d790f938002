/// An identifier as written, with where it stands.
public struct Name: Sendable, Hashable {
    public var text: String
    public var range: SourceRange
    public init(_ text: String, _ range: SourceRange) { self.text = text; self.range = range }
}

/// An expression with its source range.
public struct Expr: Sendable, Hashable {
    public var kind: ExprKind
    public var range: SourceRange
    public init(_ kind: ExprKind, _ range: SourceRange) { self.kind = kind; self.range = range }
}

/// The expression forms of LANGUAGE.md §1 and §3. Literals keep their source
/// spelling where it matters for exactness (numbers, money) so that the
/// checker decides their values and the formatter prints them as written.
///
/// Only the larger and the recursive cases are boxed (`indirect`): names,
/// numbers, texts, quantities and lists, most of a plan's expressions, are
/// stored in place, without an allocation each and a pointer to follow.
public enum ExprKind: Sendable, Hashable {
    case name(String)
    /// `plan`, the built-in value with `.campaigns`, `.reports`, `.teams`, `.people`.
    case plan
    case bool(Bool)
    /// Whole number as written (`10_000`).
    case int(String)
    /// Decimal number as written (`3.5`).
    case decimal(String)
    /// Percentage, the number as written without `%` (`2.5`).
    case percent(String)
    /// Money: amount as written and ISO 4217 code (`5000`, `EUR`).
    indirect case money(String, currency: String)
    case text([TextPart])
    indirect case date(DateLiteral)
    indirect case time(TimeLiteral)
    indirect case dateTime(DateLiteral, TimeLiteral)
    /// Elapsed or working time, one or more parts side by side (`1bd 2bh`).
    case quantity([QuantityPart])
    case weekday(Weekday)
    case list([Expr])
    indirect case range(Expr, Expr)
    indirect case unary(UnaryOperator, Expr)
    indirect case binary(BinaryOperator, Expr, Expr)
    indirect case conditional(Expr, then: Expr, else: Expr)
    indirect case member(Expr, Name)
    indirect case call(Expr, [CallArgument])
    /// `series[2]`: an occurrence, accepted only where a task reference is expected.
    indirect case index(Expr, Expr)
    indirect case lambda([Name], Expr)
    indirect case paren(Expr)
    /// Stands where an expression failed to parse (the error is already reported).
    case error
}

/// A piece of a text literal: literal characters or an interpolated `{expr}`.
public enum TextPart: Sendable, Hashable {
    case literal(String)
    case interpolation(Expr)
}

/// A call argument, positional or `name: value`.
public struct CallArgument: Sendable, Hashable {
    public var label: Name?
    public var value: Expr
    public init(label: Name?, value: Expr) { self.label = label; self.value = value }
}

/// A calendar date as written; validated by the parser (no 2026-02-30).
public struct DateLiteral: Sendable, Hashable, Comparable, CustomStringConvertible {
    public var year: Int, month: Int, day: Int
    public init(year: Int, month: Int, day: Int) { self.year = year; self.month = month; self.day = day }
    public var description: String {
        guard FixedDigits.fits(year: year, month: month, day: day) else {
            return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
        }
        return String(unsafeUninitializedCapacity: 10) { buffer in
            var i = 0
            FixedDigits.putDate(year: year, month: month, day: day, into: buffer, at: &i)
            return i
        }
    }
    public static func < (a: DateLiteral, b: DateLiteral) -> Bool {
        (a.year, a.month, a.day) < (b.year, b.month, b.day)
    }
    public static func isLeap(_ y: Int) -> Bool { (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 }
    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }
    public var isValid: Bool {
        year >= 1 && month >= 1 && month <= 12 && day >= 1 && day <= Self.daysIn(month: month, year: year)
    }
}

/// A time of day `HH:MM`; `24:00` may end a range.
public struct TimeLiteral: Sendable, Hashable, Comparable, CustomStringConvertible {
    public var hour: Int, minute: Int
    public init(hour: Int, minute: Int) { self.hour = hour; self.minute = minute }
    public var minutes: Int { hour * 60 + minute }
    public var description: String {
        guard (0...99).contains(hour), (0...99).contains(minute) else { return "\(pad(hour, 2)):\(pad(minute, 2))" }
        return String(unsafeUninitializedCapacity: 5) { buffer in
            var i = 0
            FixedDigits.putTime(hour: hour, minute: minute, into: buffer, at: &i)
            return i
        }
    }
    public static func < (a: TimeLiteral, b: TimeLiteral) -> Bool { a.minutes < b.minutes }
}

func pad(_ n: Int, _ width: Int) -> String {
    let s = String(n)
    return s.count >= width ? s : String(repeating: "0", count: width - s.count) + s
}

/// Units of time literals: elapsed (`min h d w`) and working (`bd bh`).
public enum TimeUnit: String, Sendable, Hashable, CaseIterable {
    case minutes = "min", hours = "h", days = "d", weeks = "w"
    case businessDays = "bd", businessHours = "bh"
    public var isWorkingTime: Bool { self == .businessDays || self == .businessHours }

    /// The unit spelled by `bytes` (`min`, `h`, `d`, `w`, `bd`, `bh`), if any: the lexer's and parser's hot path, without making a String.
    public static func named<Bytes: Collection<UInt8>>(_ bytes: Bytes) -> TimeUnit? {
        guard let first = bytes.first else { return nil }
        switch bytes.count {
        case 1:
            switch first {
            case UInt8(ascii: "h"): return .hours
            case UInt8(ascii: "d"): return .days
            case UInt8(ascii: "w"): return .weeks
            default: return nil
            }
        case 2:
            guard first == UInt8(ascii: "b") else { return nil }
            switch bytes[bytes.index(after: bytes.startIndex)] {
            case UInt8(ascii: "d"): return .businessDays
            case UInt8(ascii: "h"): return .businessHours
            default: return nil
            }
        case 3: return bytes.elementsEqual("min".utf8) ? .minutes : nil
        default: return nil
        }
    }
}

/// One part of a time literal: the number as written and its unit.
public struct QuantityPart: Sendable, Hashable {
    public var amount: String
    public var unit: TimeUnit
    public init(amount: String, unit: TimeUnit) { self.amount = amount; self.unit = unit }
}

/// The days of the week, Monday first (weeks start on Monday, as in RFC 5545 WKST=MO).
public enum Weekday: String, Sendable, Hashable, CaseIterable, Comparable {
    case mon, tue, wed, thu, fri, sat, sun
    public var index: Int { Self.allCases.firstIndex(of: self)! }
    public static func < (a: Weekday, b: Weekday) -> Bool { a.index < b.index }
}

public enum UnaryOperator: String, Sendable, Hashable {
    case negate = "-", not = "not"
}

/// Binary operators, lowest precedence first.
public enum BinaryOperator: String, Sendable, Hashable {
    case or, and
    case equal = "==", notEqual = "!=", less = "<", lessEqual = "<=", greater = ">", greaterEqual = ">="
    case add = "+", subtract = "-", multiply = "*", divide = "/"

    public var precedence: Int {
        switch self {
        case .or: return 1
        case .and: return 2
        case .equal, .notEqual, .less, .lessEqual, .greater, .greaterEqual: return 3
        case .add, .subtract: return 5
        case .multiply, .divide: return 6
        }
    }
    public var isComparison: Bool { precedence == 3 }
}

/// A type as written: `Int`, `List[Person]`, `Range[Date]`.
public struct TypeSyntax: Sendable, Hashable {
    public var name: Name
    public var arguments: [TypeSyntax]
    public var range: SourceRange
    public init(name: Name, arguments: [TypeSyntax], range: SourceRange) {
        self.name = name; self.arguments = arguments; self.range = range
    }
}

/// A parameter of a template, approval flow or report template.
public struct Parameter: Sendable, Hashable {
    public var name: Name
    public var type: TypeSyntax
    public var defaultValue: Expr?
    public var range: SourceRange
    public init(name: Name, type: TypeSyntax, defaultValue: Expr?, range: SourceRange) {
        self.name = name; self.type = type; self.defaultValue = defaultValue; self.range = range
    }
}
