import Foundation
import Testing
@testable import PlanwerkChecking

/// The short-literal reader agrees with Foundation's decimal parser on value and on display.
@Suite struct DecimalLiteralTests {
    @Test func shortLiteralsReadAsFoundationReadsThem() {
        var lexemes = ["0", "7", "3.5", "1.50", "0.05", "10_000", "1_250.00", "123456789012345678", "0.000000000000000001",
                       "99.990", "1.", ".5", "_.5", "1_.", "1..2", "12a", "", "_", "1234567890123456789", "00012.3400"]
        for k in 0..<2_000 { // a spread of whole parts and fractions of 0 to 8 digits, the same every run
            let whole = String((k &* 2_654_435_761) % 1_000_000_000)
            let fraction = k % 9
            let digits = String(String((k &* 40_503) % 1_000_000_000).reversed().prefix(fraction))
            lexemes.append(digits.isEmpty ? whole : whole + "." + digits)
        }
        for s in lexemes {
            let slow: Decimal? = {
                let digits = s.filter { $0 != "_" }
                guard !digits.isEmpty, digits.allSatisfy({ $0 == "." || ($0.isASCII && $0.isNumber) }),
                      digits.filter({ $0 == "." }).count <= 1, digits.contains(where: \.isNumber),
                      digits.first != ".", digits.last != "." else { return nil }
                return Decimal(string: digits, locale: Locale(identifier: "en_US_POSIX"))
            }()
            let read = DecimalMath.parse(s)
            #expect(read == slow, "\(s)")
            #expect(read.map { "\($0)" } == slow.map { "\($0)" }, "\(s)")
        }
    }
}
