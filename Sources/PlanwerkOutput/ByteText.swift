import PlanwerkChecking
import PlanwerkSyntax

/// An output text assembled as UTF-8 bytes. Reports with many thousands of
/// lines (the agenda of a large plan) grow it piece by piece, which is much
/// cheaper than `String` interpolation and `+=`.
struct ByteText {
    private(set) var bytes: [UInt8] = []

    init(capacity: Int) { bytes.reserveCapacity(capacity) }

    mutating func put(_ s: String) {
        if s.utf8.withContiguousStorageIfAvailable({ bytes.append(contentsOf: $0) }) == nil {
            bytes.append(contentsOf: s.utf8)
        }
    }

    mutating func put(byte: UInt8) { bytes.append(byte) }

    mutating func put(bytes more: UnsafeBufferPointer<UInt8>) { bytes.append(contentsOf: more) }

    /// `count` spaces (indentation).
    mutating func put(spaces count: Int) { bytes.append(contentsOf: repeatElement(UInt8(ascii: " "), count: count)) }

    /// The strings with `separator` between them.
    mutating func put(_ parts: [String], separator: String) {
        for (i, p) in parts.enumerated() {
            if i > 0 { put(separator) }
            put(p)
        }
    }

    /// `YYYY-MM-DD`.
    mutating func put(_ date: CivilDate) {
        let d = date.literal
        guard FixedDigits.fits(year: d.year, month: d.month, day: d.day) else { return put(date.description) }
        fixed(10) { buffer, i in FixedDigits.putDate(year: d.year, month: d.month, day: d.day, into: buffer, at: &i) }
    }

    /// `HH:MM`.
    mutating func put(time minute: Int) {
        fixed(5) { buffer, i in FixedDigits.putTime(hour: minute / 60, minute: minute % 60, into: buffer, at: &i) }
    }

    /// `YYYY-MM-DD HH:MM`.
    mutating func put(_ t: CivilDateTime) {
        put(t.date)
        put(" ")
        put(time: t.minute)
    }

    /// Appends `count` bytes written by `body` at a running index.
    private mutating func fixed(_ count: Int, _ body: (UnsafeMutableBufferPointer<UInt8>, inout Int) -> Void) {
        let start = bytes.count
        bytes.append(contentsOf: repeatElement(0, count: count))
        bytes.withUnsafeMutableBufferPointer { buffer in
            var i = start
            body(buffer, &i)
        }
    }

    var string: String { String(decoding: bytes, as: UTF8.self) }
}
