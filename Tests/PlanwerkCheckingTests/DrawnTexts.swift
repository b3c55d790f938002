/// Short texts drawn from a few bytes, the same on every run: inputs for
/// property tests that hold a fast scan to a byte-by-byte reference. `count`
/// texts of each length from 0 to `maxLength`, `rounds` times over.
func drawnTexts(from alphabet: String, seed: UInt64, maxLength: Int, count: Int, rounds: Int = 10) -> [[UInt8]] {
    let bytes = Array(alphabet.utf8)
    var state = seed, texts: [[UInt8]] = []
    for _ in 0..<rounds {
        for length in 0...maxLength {
            for _ in 0..<count {
                var text: [UInt8] = []
                for _ in 0..<length {
                    state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407  // Knuth's 64-bit LCG
                    text.append(bytes[Int(state >> 33) % bytes.count])
                }
                texts.append(text)
            }
        }
    }
    return texts
}
