/// Text and numbers made safe for HTML and SVG.
enum HTMLText {
    static let entities: [Unicode.Scalar: String] = ["&": "&amp;", "<": "&lt;", ">": "&gt;", "\"": "&quot;", "'": "&#39;"]

    /// Escapes `&`, `<`, `>`, `"` and `'`.
    static func escape(_ s: String) -> String { Escaping.replacing(s) { entities[$0] } }

    /// At most `limit` characters, with `…` when cut.
    static func shortened(_ s: String, _ limit: Int) -> String {
        s.count <= limit ? s : String(s.prefix(limit - 1)) + "…"
    }

    /// A coordinate with one decimal place, the same on every machine.
    static func number(_ x: Double) -> String {
        let tenths = Int((x * 10).rounded())
        let sign = tenths < 0 ? "-" : ""
        let m = abs(tenths)
        return m % 10 == 0 ? "\(sign)\(m / 10)" : "\(sign)\(m / 10).\(m % 10)"
    }
}
