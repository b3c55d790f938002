/// A JSON document with keys in the order they were given, written by the
/// project's own writer so that key order and spacing are exactly as
/// documented (LANGUAGE.md §7): 2-space indent, UTF-8 with non-ASCII unescaped.
public indirect enum JSONValue: Sendable, Hashable {
    case null
    case bool(Bool)
    case int(Int)
    case string(String)
    case array([JSONValue])
    case object([(String, JSONValue)])

    public static func == (a: JSONValue, b: JSONValue) -> Bool { a.rendered() == b.rendered() }
    public func hash(into h: inout Hasher) { h.combine(rendered()) }

    /// A string, or null.
    public static func optional(_ s: String?) -> JSONValue { s.map(JSONValue.string) ?? .null }

    /// The document as text, ending without a newline.
    public func rendered(indent: Int = 0) -> String {
        var out = ByteText(capacity: 4096)
        write(into: &out, indent: indent)
        return out.string
    }

    func write(into out: inout ByteText, indent: Int) {
        switch self {
        case .null: out.put("null")
        case .bool(let b): out.put(b ? "true" : "false")
        case .int(let n): out.put(String(n))
        case .string(let s): Self.quote(s, into: &out)
        case .array(let items):
            if items.isEmpty { out.put("[]"); return }
            out.put("[\n")
            for (i, item) in items.enumerated() {
                out.put(spaces: indent + 2)
                item.write(into: &out, indent: indent + 2)
                out.put(i + 1 < items.count ? ",\n" : "\n")
            }
            out.put(spaces: indent)
            out.put("]")
        case .object(let pairs):
            if pairs.isEmpty { out.put("{}"); return }
            out.put("{\n")
            for (i, (key, value)) in pairs.enumerated() {
                out.put(spaces: indent + 2)
                Self.quote(key, into: &out)
                out.put(": ")
                value.write(into: &out, indent: indent + 2)
                out.put(i + 1 < pairs.count ? ",\n" : "\n")
            }
            out.put(spaces: indent)
            out.put("}")
        }
    }

    /// `s` as a JSON string: quotes, backslashes and control characters
    /// escaped, everything else (non-ASCII too) as it is.
    static func quote(_ s: String, into out: inout ByteText) {
        out.put(byte: 0x22)
        var s = s
        s.withUTF8 { text in
            var plain = 0
            for (i, byte) in text.enumerated() where byte < 0x20 || byte == 0x22 || byte == 0x5C {
                out.put(bytes: UnsafeBufferPointer(rebasing: text[plain..<i]))
                switch byte {
                case 0x22: out.put("\\\"")
                case 0x5C: out.put("\\\\")
                case 0x0A: out.put("\\n")
                case 0x0D: out.put("\\r")
                case 0x09: out.put("\\t")
                default:
                    let hex = String(byte, radix: 16)
                    out.put("\\u" + String(repeating: "0", count: 4 - hex.count) + hex)
                }
                plain = i + 1
            }
            out.put(bytes: UnsafeBufferPointer(rebasing: text[plain...]))
        }
        out.put(byte: 0x22)
    }
}
