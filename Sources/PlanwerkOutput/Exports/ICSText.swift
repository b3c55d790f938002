import PlanwerkChecking

/// The text rules of iCalendar (RFC 5545 §3.1, §3.3.11): TEXT values escape
/// backslash, semicolon, comma and line breaks; content lines are folded so
/// that none is longer than 75 octets (never inside a UTF-8 sequence), and
/// every line ends with CRLF.
enum ICSText {
    /// A TEXT value escaped.
    static func escape(_ s: String) -> String {
        Escaping.replacing(s) { c in
            switch c {
            case "\\": return "\\\\"
            case ";": return "\\;"
            case ",": return "\\,"
            case "\n": return "\\n"
            case "\r": return ""
            // Other control characters are not allowed in TEXT.
            default: return c.value < 0x20 && c != "\t" || c.value == 0x7F ? " " : nil
            }
        }
    }

    /// One content line, folded at 75 octets, with CRLF after each piece.
    static func line(_ content: String) -> String {
        var out = "", octets = 0
        for c in content.unicodeScalars {
            let size = UTF8.width(c)
            // The first line holds 75 octets; continuation lines start with a space, so they hold 74 more.
            if octets + size > 75 {
                out += "\r\n "
                octets = 1
            }
            out.unicodeScalars.append(c)
            octets += size
        }
        return out + "\r\n"
    }

    /// `20261130T090000` (a local DATE-TIME).
    static func local(_ t: CivilDateTime) -> String {
        let (y, m, d) = t.date.components
        return pad(y, 4) + pad(m, 2) + pad(d, 2) + "T" + pad(t.minute / 60, 2) + pad(t.minute % 60, 2) + "00"
    }

    /// `20261130T080000Z` (a UTC DATE-TIME) for an instant.
    static func utc(_ instant: Int) -> String { local(CivilDateTime(localMinutes: instant)) + "Z" }

    /// `+0100`, `-0330` (a UTC-OFFSET).
    static func offset(_ minutes: Int) -> String {
        (minutes < 0 ? "-" : "+") + pad(abs(minutes) / 60, 2) + pad(abs(minutes) % 60, 2)
    }

    static func pad(_ n: Int, _ width: Int) -> String {
        let s = String(n)
        return s.count >= width ? s : String(repeating: "0", count: width - s.count) + s
    }
}
