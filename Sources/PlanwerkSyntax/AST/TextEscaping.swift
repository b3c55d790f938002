/// How literal characters are written inside a text literal: the one spelling
/// the parser reads back (`\"`, `\\`, `\n`, `\t`, and `{{` for a brace).
/// Shared by the formatter and by value display, so both write texts alike.
public enum TextEscaping {
    /// `s` escaped for use between the quotes of a text literal.
    public static func escaped(_ s: String) -> String {
        var out = ""
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            case "{": out += "{{"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
