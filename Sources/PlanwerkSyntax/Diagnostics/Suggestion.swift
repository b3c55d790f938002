/// "Did you mean …?": the closest known word to a misspelled one, used by
/// every name lookup in every stage so that suggestions feel the same everywhere.
public enum Suggestion {
    /// The candidate closest to `word` by edit distance (transpositions count
    /// as one edit), if it is close enough to be a plausible typo.
    public static func closest<S: Sequence>(to word: String, among candidates: S) -> String? where S.Element == String {
        let w = Array(word.lowercased().unicodeScalars)
        let limit = max(1, min(3, w.count / 3 + (w.count > 5 ? 1 : 0)))
        var best: (String, Int)? = nil
        for candidate in candidates where candidate != word {
            let c = Array(candidate.lowercased().unicodeScalars)
            if abs(c.count - w.count) > limit { continue }
            let d = distance(w, c)
            if d <= limit, best == nil || d < best!.1 || (d == best!.1 && candidate < best!.0) {
                best = (candidate, d)
            }
        }
        return best?.0
    }

    /// Optimal string alignment distance.
    static func distance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var prev2 = [Int](repeating: 0, count: b.count + 1)
        var prev = Array(0...b.count)
        var cur = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            cur[0] = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    cur[j] = min(cur[j], prev2[j - 2] + 1)
                }
            }
            (prev2, prev, cur) = (prev, cur, prev2)
        }
        return prev[b.count]
    }

    /// A `help:` line for a suggestion, or nothing.
    public static func help<S: Sequence>(for word: String, among candidates: S) -> [String] where S.Element == String {
        closest(to: word, among: candidates).map { ["did you mean `\($0)`?"] } ?? []
    }
}
