/// The one loop behind every escaping rule of the exports (HTML, iCalendar
/// TEXT, GitHub workflow commands): text with some Unicode scalars replaced.
enum Escaping {
    /// `s` with each scalar for which `replacement` gives a text replaced by it.
    static func replacing(_ s: String, _ replacement: (Unicode.Scalar) -> String?) -> String {
        var out = ""
        for c in s.unicodeScalars {
            if let r = replacement(c) { out += r } else { out.unicodeScalars.append(c) }
        }
        return out
    }
}
