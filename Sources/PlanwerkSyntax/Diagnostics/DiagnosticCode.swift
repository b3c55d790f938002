/// A stable diagnostic code such as `P0101`. Codes never change meaning once
/// released; `planwerk explain CODE` prints the long explanation from
/// ``DiagnosticCatalog``.
///
/// Ranges: P00xx reading and lexing, P01xx syntax, P02xx names and imports,
/// P03xx types and units, P04xx plan rules and domain checks, P05xx scheduling,
/// P06xx tracking, P07xx limits, P08xx files and I/O, P09xx the REPL's commands.
public struct DiagnosticCode: Sendable, Hashable, Comparable, CustomStringConvertible {
    public let rawValue: String
    public init(_ rawValue: String) { self.rawValue = rawValue }
    public var description: String { rawValue }
    public static func < (a: DiagnosticCode, b: DiagnosticCode) -> Bool { a.rawValue < b.rawValue }
}

extension DiagnosticCode {
    // Reading and lexing
    public static let invalidUTF8 = DiagnosticCode("P0001")
    public static let unexpectedCharacter = DiagnosticCode("P0002")
    public static let unterminatedText = DiagnosticCode("P0003")
    public static let invalidEscape = DiagnosticCode("P0004")
    public static let invalidDate = DiagnosticCode("P0005")
    public static let invalidTime = DiagnosticCode("P0006")
    public static let unknownUnit = DiagnosticCode("P0007")
    public static let malformedNumber = DiagnosticCode("P0008")
    public static let unbalancedDelimiter = DiagnosticCode("P0009")
    // Syntax
    public static let expectedDeclaration = DiagnosticCode("P0101")
    public static let expectedToken = DiagnosticCode("P0102")
    public static let expectedExpression = DiagnosticCode("P0103")
    public static let expectedName = DiagnosticCode("P0104")
    public static let unknownClause = DiagnosticCode("P0105")
    public static let expectedStatementEnd = DiagnosticCode("P0106")
    public static let invalidRecurrence = DiagnosticCode("P0107")
    public static let expectedType = DiagnosticCode("P0108")
    public static let invalidApprover = DiagnosticCode("P0109")
    public static let negativeLag = DiagnosticCode("P0110")
    public static let duplicateModifier = DiagnosticCode("P0111")
    public static let invalidStatus = DiagnosticCode("P0112")
    public static let nonAssociative = DiagnosticCode("P0113")
    public static let misplacedSetting = DiagnosticCode("P0114")
    // Limits
    public static let nestingTooDeep = DiagnosticCode("P0701")
    public static let numberTooLarge = DiagnosticCode("P0702")
    public static let fileTooLarge = DiagnosticCode("P0703")
    public static let tooManyErrors = DiagnosticCode("P0704")
    // Files
    public static let cannotReadFile = DiagnosticCode("P0801")
    public static let cannotWriteFile = DiagnosticCode("P0802")
}
