/// One comment of a plan, with what the formatter needs to put it back where
/// it was.
struct PlacedComment: Sendable, Hashable {
    var range: SourceRange
    /// The comment from `#`, without trailing whitespace.
    var text: String
    /// Whether only whitespace stands before it on its line.
    var ownLine: Bool
    /// For a trailing comment: the offset of the last byte of code before it.
    var previousByte: Int
    /// For an own-line comment: the offset of the next code after it (after
    /// whitespace, further comments and `;`), or the file's length at its end.
    var nextCode: Int
}

/// The source bytes as the formatter reads them between the syntax tree's
/// ranges: line numbers, blank lines, the code around comments.
struct SourceText: Sendable {
    let file: SourceFile
    var bytes: [UInt8] { file.bytes }

    init(_ file: SourceFile) { self.file = file }

    static func isBlank(_ c: UInt8) -> Bool { c == 0x20 || c == 0x09 || c == 0x0D || c == 0x0C || c == 0x0B }

    /// The 0-based line of a byte offset.
    func line(of offset: Int) -> Int {
        let starts = file.lineStarts
        var lo = 0, hi = starts.count - 1
        while lo < hi {
            let mid = (lo + hi + 1) / 2
            if starts[mid] <= offset { lo = mid } else { hi = mid - 1 }
        }
        return lo
    }

    /// Whether a blank line separates `offset` from the code or comment before it.
    func blankLineBefore(_ offset: Int) -> Bool {
        var i = min(offset, bytes.count) - 1
        var newlines = 0
        while i >= 0 {
            let c = bytes[i]
            if c == 0x0A { newlines += 1 } else if !Self.isBlank(c) { break }
            i -= 1
        }
        return i >= 0 && newlines >= 2
    }

    /// The first byte at or after `offset` that is not whitespace, a comment
    /// or `;` (the file's length if there is none).
    func nextCode(from offset: Int) -> Int { skipBlankAndComments(from: offset, alsoSemicolons: true) }

    /// The first byte at or after `offset` that is not whitespace or part of a comment.
    func nextToken(from offset: Int) -> Int { skipBlankAndComments(from: offset, alsoSemicolons: false) }

    private func skipBlankAndComments(from offset: Int, alsoSemicolons: Bool) -> Int {
        var i = offset
        while i < bytes.count {
            let c = bytes[i]
            if Self.isBlank(c) || c == 0x0A || (alsoSemicolons && c == UInt8(ascii: ";")) {
                i += 1
            } else if c == UInt8(ascii: "#") {
                while i < bytes.count && bytes[i] != 0x0A { i += 1 }
            } else {
                return i
            }
        }
        return bytes.count
    }

    /// The comments of `plan`, in source order, classified.
    func comments(_ ranges: [SourceRange]) -> [PlacedComment] {
        ranges.sorted { $0.start < $1.start }.map { r in
            var i = r.start - 1
            while i >= 0 && Self.isBlank(bytes[i]) { i -= 1 }
            let ownLine = i < 0 || bytes[i] == 0x0A
            return PlacedComment(range: r, text: Self.trimmed(file.text(r)), ownLine: ownLine,
                                 previousByte: ownLine ? r.start : i, nextCode: nextCode(from: r.end))
        }
    }

    /// `text` without trailing whitespace.
    static func trimmed(_ text: String) -> String {
        var s = Substring(text)
        while let last = s.last, last.isWhitespace { s = s.dropLast() }
        return String(s)
    }
}
