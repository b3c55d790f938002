import PlanwerkSyntax
import Testing

/// The parser finds clause words through a table of packed bytes; it must
/// agree with the words themselves (`ClauseKeyword(rawValue:)`) on every
/// clause word and on everything else.
@Suite struct ClauseKeywordTests {
    @Test func everyClauseWordIsFound() {
        for keyword in ClauseKeyword.allCases {
            #expect(ClauseKeyword.named(Array(keyword.rawValue.utf8)) == keyword, "\(keyword.rawValue)")
        }
    }

    @Test func otherWordsAreNot() {
        var words = ["", "a", "_", "effor", "efforts", "Effort", "reports_to_", "reportsto", "timezone", "now", "horizon",
                     "currency", "owner1", "ow ner", "approvals", "substitutes", "weekday", "tasks", "aaaaaaaaaaa"]
        // Every clause word with a letter changed, dropped or added.
        for keyword in ClauseKeyword.allCases {
            let w = Array(keyword.rawValue.utf8)
            words.append(String(decoding: w.dropLast(), as: UTF8.self))
            words.append(keyword.rawValue + "s")
            words.append("_" + keyword.rawValue)
            for k in w.indices {
                var changed = w
                changed[k] = changed[k] == UInt8(ascii: "z") ? UInt8(ascii: "a") : changed[k] + 1
                words.append(String(decoding: changed, as: UTF8.self))
            }
        }
        // Drawn words of lower-case letters and `_`, of every length up to 11.
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        for _ in 0..<20_000 {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            let length = Int(state >> 60) % 12
            var word: [UInt8] = []
            for _ in 0..<length {
                state = state &* 6364136223846793005 &+ 1442695040888963407
                let c = Int(state >> 58) % 27
                word.append(c == 26 ? UInt8(ascii: "_") : UInt8(ascii: "a") + UInt8(c))
            }
            words.append(String(decoding: word, as: UTF8.self))
        }
        for word in words {
            #expect(ClauseKeyword.named(Array(word.utf8)) == ClauseKeyword(rawValue: word), "\(word)")
        }
    }
}
