#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
/// One plan file's text as UTF-8 bytes, with a table of line starts so that
/// byte offsets turn into line and column numbers.
///
/// Bytes are kept as read: invalid UTF-8 stays in the buffer and the lexer
/// reports it. Columns count Unicode scalar values (an invalid byte counts as one).
public struct SourceFile: Sendable {
    /// The path as the user gave it (or `<repl>`, `<stdin>`).
    public let path: String
    public let bytes: [UInt8]
    /// Byte offset of the first byte of each line.
    public let lineStarts: [Int]

    public init(path: String, bytes: [UInt8]) {
        self.path = path
        self.bytes = bytes
        var starts = [0]
        starts.reserveCapacity(bytes.count / 12 + 1)  // generated plans run about 16 bytes a line
        bytes.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return }
            // memchr from one line break to the next: the C library scans many bytes at a time.
            var at = 0
            while at < buffer.count, let hit = memchr(base + at, 0x0A, buffer.count - at) {
                let i = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
                starts.append(i + 1)
                at = i + 1
            }
        }
        self.lineStarts = starts
    }

    /// Whether a line break lies in `range` (a block written on one line has none): a scan that stops at the first.
    public func hasLineBreak(in range: Range<Int>) -> Bool {
        let lower = max(0, range.lowerBound), upper = min(bytes.count, range.upperBound)
        guard lower < upper else { return false }
        return bytes.withUnsafeBufferPointer { memchr($0.baseAddress! + lower, 0x0A, upper - lower) != nil }
    }

    public init(path: String, text: String) {
        self.init(path: path, bytes: Array(text.utf8))
    }

    /// The 1-based line of a byte offset (without counting the column).
    public func line(of offset: Int) -> Int { lineIndex(of: offset) + 1 }

    /// The 0-based index into `lineStarts` of the line holding a byte offset (clamped to the file).
    func lineIndex(of offset: Int) -> Int {
        let offset = max(0, min(offset, bytes.count))
        var lo = 0, hi = lineStarts.count - 1
        while lo < hi {
            let mid = (lo + hi + 1) / 2
            if lineStarts[mid] <= offset { lo = mid } else { hi = mid - 1 }
        }
        return lo
    }

    /// 1-based line and column (in Unicode scalars) of a byte offset.
    public func location(of offset: Int) -> SourcePosition {
        let offset = max(0, min(offset, bytes.count))
        let lo = lineIndex(of: offset)
        let start = lineStarts[lo]
        return SourcePosition(line: lo + 1, column: scalarCount(from: start, to: offset) + 1)
    }

    /// Number of Unicode scalars in `bytes[from..<to]`; each invalid byte counts as one.
    public func scalarCount(from: Int, to: Int) -> Int {
        var count = 0
        var i = from
        while i < to {
            i += UTF8Scan.scalarLength(bytes, at: i)
            count += 1
        }
        return count
    }

    /// The text of a 1-based line, without its line break.
    public func lineText(_ line: Int) -> String {
        guard line >= 1, line <= lineStarts.count else { return "" }
        let start = lineStarts[line - 1]
        var end = line < lineStarts.count ? lineStarts[line] - 1 : bytes.count
        if end > start, bytes[end - 1] == 0x0D { end -= 1 }
        return String(decoding: bytes[start..<max(start, end)], as: UTF8.self)
    }

    /// The source text of a byte range, decoded leniently.
    public func text(_ range: SourceRange) -> String {
        let lo = max(0, min(range.start, bytes.count)), hi = max(lo, min(range.end, bytes.count))
        return String(decoding: bytes[lo..<hi], as: UTF8.self)
    }
}

/// A 1-based line and column (columns in Unicode scalar values).
public struct SourcePosition: Sendable, Hashable, CustomStringConvertible {
    public var line: Int
    public var column: Int
    public init(line: Int, column: Int) { self.line = line; self.column = column }
    public var description: String { "\(line):\(column)" }
}

/// A half-open range of byte offsets into one source file. The offsets are
/// stored in 32 bits: a plan file is at most 64 MiB (P0703), and every node
/// of the syntax tree holds ranges, so the tree of a large plan is smaller
/// and its walks touch fewer cache lines.
public struct SourceRange: Sendable, Hashable {
    private var storedStart: UInt32
    private var storedEnd: UInt32
    public init(_ start: Int, _ end: Int) {
        storedStart = UInt32(truncatingIfNeeded: start)
        storedEnd = UInt32(truncatingIfNeeded: max(start, end))
    }
    public var start: Int {
        get { Int(storedStart) }
        set { storedStart = UInt32(truncatingIfNeeded: newValue) }
    }
    public var end: Int {
        get { Int(storedEnd) }
        set { storedEnd = UInt32(truncatingIfNeeded: newValue) }
    }
    public static let empty = SourceRange(0, 0)
    /// The smallest range covering both.
    public func union(_ other: SourceRange) -> SourceRange {
        SourceRange(min(start, other.start), max(end, other.end))
    }
    public var isEmpty: Bool { start == end }
}

extension SourceRange: CustomDebugStringConvertible {
    /// `SourceRange(start: 3, end: 9)`: the offsets, not how they are stored.
    public var debugDescription: String { "SourceRange(start: \(start), end: \(end))" }
}

/// A range in a named file: where a diagnostic or a declaration points.
public struct SourceSpan: Sendable, Hashable {
    public var file: String
    public var range: SourceRange
    public init(file: String, range: SourceRange) { self.file = file; self.range = range }
}

/// Lenient UTF-8 scanning shared by the lexer and location arithmetic.
public enum UTF8Scan {
    /// Length of the scalar starting at `i`, or 1 for an invalid byte.
    @inline(__always)
    public static func scalarLength<Bytes: RandomAccessCollection<UInt8>>(_ b: Bytes, at i: Int) -> Int where Bytes.Index == Int {
        let c = b[i]
        if c < 0x80 { return 1 }
        let need: Int
        if c & 0xE0 == 0xC0 && c >= 0xC2 { need = 2 }
        else if c & 0xF0 == 0xE0 { need = 3 }
        else if c & 0xF8 == 0xF0 && c <= 0xF4 { need = 4 }
        else { return 1 }
        if i + need > b.count { return 1 }
        for k in 1..<need where b[i + k] & 0xC0 != 0x80 { return 1 }
        // Reject overlong forms and surrogates.
        if need == 3 {
            if c == 0xE0 && b[i + 1] < 0xA0 { return 1 }
            if c == 0xED && b[i + 1] >= 0xA0 { return 1 }
        } else if need == 4 {
            if c == 0xF0 && b[i + 1] < 0x90 { return 1 }
            if c == 0xF4 && b[i + 1] >= 0x90 { return 1 }
        }
        return need
    }

    /// Whether the bytes at `i` start a valid multi-byte scalar.
    public static func isValidScalar<Bytes: RandomAccessCollection<UInt8>>(_ b: Bytes, at i: Int) -> Bool where Bytes.Index == Int {
        b[i] < 0x80 || scalarLength(b, at: i) > 1
    }

    /// Decodes the scalar at `i` (assumed valid).
    public static func scalar<Bytes: RandomAccessCollection<UInt8>>(_ b: Bytes, at i: Int, length: Int) -> Unicode.Scalar? where Bytes.Index == Int {
        var v: UInt32
        switch length {
        case 1: v = UInt32(b[i])
        case 2: v = UInt32(b[i] & 0x1F) << 6 | UInt32(b[i + 1] & 0x3F)
        case 3: v = UInt32(b[i] & 0x0F) << 12 | UInt32(b[i + 1] & 0x3F) << 6 | UInt32(b[i + 2] & 0x3F)
        default: v = UInt32(b[i] & 0x07) << 18 | UInt32(b[i + 1] & 0x3F) << 12 | UInt32(b[i + 2] & 0x3F) << 6 | UInt32(b[i + 3] & 0x3F)
        }
        return Unicode.Scalar(v)
    }
}
