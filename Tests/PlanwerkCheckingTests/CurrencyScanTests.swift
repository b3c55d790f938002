@testable import PlanwerkChecking
import Testing

/// The quick scan that lets the currency rule skip its walk of the syntax tree must never miss a foreign amount.
@Suite struct CurrencyScanTests {
    func scan(_ text: String, _ plan: String = "EUR") -> Bool { CurrencyRule.mayHoldForeignMoney(Array(text.utf8), plan: plan) }

    @Test func foreignAmountsAreSeenWithAnySpacing() {
        #expect(scan("budget 5000 USD"))
        #expect(scan("budget 5000   USD"))
        #expect(scan("budget 5000\tUSD\n"))
        #expect(scan("budget 10_000 CHF"))
        #expect(scan("budget 12.50 GBP"))
        #expect(scan("let a = [1 EUR, 2 USD]"))
        #expect(scan("budget 5000 EUR", "USD"))
    }

    @Test func planCurrencyAndWordsAreNot() {
        #expect(!scan("budget 5000 EUR"))
        #expect(!scan("budget 5000EUR"))
        #expect(!scan("text \"2 USDollars\""))
        #expect(!scan("task t { length 3bd }"))
        #expect(!scan(""))
        #expect(!scan("5 US"))
    }

    /// The byte-by-byte scan the sampled one replaced: the reference it must agree with.
    static func reference(_ bytes: [UInt8], plan: String) -> Bool {
        let code = Array(plan.utf8), n = bytes.count
        func isUpper(_ b: UInt8) -> Bool { b >= 65 && b <= 90 }
        func isWordByte(_ b: UInt8) -> Bool { isUpper(b) || (b >= 97 && b <= 122) || (b >= 48 && b <= 57) || b == 95 || b >= 0x80 }
        for i in 0..<n where bytes[i] >= 48 && bytes[i] <= 57 {
            var j = i + 1
            while j < n && (bytes[j] == 32 || bytes[j] == 9) { j += 1 }
            guard j > i + 1, j + 2 < n, isUpper(bytes[j]), isUpper(bytes[j + 1]), isUpper(bytes[j + 2]) else { continue }
            if j + 3 < n && isWordByte(bytes[j + 3]) { continue }
            if code.count != 3 || bytes[j] != code[0] || bytes[j + 1] != code[1] || bytes[j + 2] != code[2] { return true }
        }
        return false
    }

    @Test func sampledScanAgreesWithTheByteByByteOne() {
        // Texts drawn from the bytes that matter (digits, blanks, capitals, letters, `_`, newlines).
        var agreed = 0
        for bytes in drawnTexts(from: "0 9\tEURUSDAZa_\n.x", seed: 0x9E37_79B9_7F4A_7C15, maxLength: 39, count: 25) {
            for plan in ["EUR", "USD"] {
                #expect(CurrencyRule.mayHoldForeignMoney(bytes, plan: plan) == Self.reference(bytes, plan: plan),
                        "\(String(decoding: bytes, as: UTF8.self).debugDescription) in \(plan)")
                agreed += 1
            }
        }
        #expect(agreed == 20_000)
    }
}
