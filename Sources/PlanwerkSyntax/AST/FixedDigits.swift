/// Zero-padded decimal fields written straight into a string's UTF-8 bytes.
/// Dates and times are printed once per line of every agenda and export, so
/// they skip `String` interpolation and padding.
public enum FixedDigits {
    /// `n` (in `0 ..< 10^width`) as exactly `width` digits at `buffer[i…]`; advances `i`.
    @inline(__always)
    public static func put(_ n: Int, width: Int, into buffer: UnsafeMutableBufferPointer<UInt8>, at i: inout Int) {
        var v = n
        var k = i + width - 1
        while k >= i {
            buffer[k] = UInt8(truncatingIfNeeded: 48 + v % 10)
            v /= 10
            k -= 1
        }
        i += width
    }

    /// One ASCII byte at `buffer[i]`; advances `i`.
    @inline(__always)
    public static func put(byte: UInt8, into buffer: UnsafeMutableBufferPointer<UInt8>, at i: inout Int) {
        buffer[i] = byte
        i += 1
    }

    /// `YYYY-MM-DD` at `buffer[i…]` (10 bytes); the caller checks ``fits(year:month:day:)``.
    @inline(__always)
    public static func putDate(year: Int, month: Int, day: Int, into buffer: UnsafeMutableBufferPointer<UInt8>, at i: inout Int) {
        put(year, width: 4, into: buffer, at: &i)
        put(byte: 45, into: buffer, at: &i)
        put(month, width: 2, into: buffer, at: &i)
        put(byte: 45, into: buffer, at: &i)
        put(day, width: 2, into: buffer, at: &i)
    }

    /// `HH:MM` at `buffer[i…]` (5 bytes); hour and minute in 0…99.
    @inline(__always)
    public static func putTime(hour: Int, minute: Int, into buffer: UnsafeMutableBufferPointer<UInt8>, at i: inout Int) {
        put(hour, width: 2, into: buffer, at: &i)
        put(byte: 58, into: buffer, at: &i)
        put(minute, width: 2, into: buffer, at: &i)
    }

    /// Whether a date prints in the fixed `YYYY-MM-DD` form.
    @inline(__always)
    public static func fits(year: Int, month: Int, day: Int) -> Bool {
        (0...9999).contains(year) && (0...99).contains(month) && (0...99).contains(day)
    }
}
