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
}
