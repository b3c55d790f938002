import PlanwerkSyntax

/// A command line taken apart: the command word and its argument, with where each stands in the transcript.
struct CommandInput: Sendable {
    /// The word after `:`.
    var word: String
    var wordRange: SourceRange
    /// The rest of the line, trimmed.
    var argument: String
    var argumentRange: SourceRange

    /// Reads `input` (which begins, after spaces, with `:`), found at `range` of the transcript.
    init(_ input: String, at range: SourceRange) {
        let bytes = Array(input.utf8)
        var i = 0
        while i < bytes.count, bytes[i] == 0x20 || bytes[i] == 0x09 { i += 1 }
        i += 1  // the colon
        let wordStart = i
        while i < bytes.count, bytes[i] != 0x20, bytes[i] != 0x09 { i += 1 }
        word = String(decoding: bytes[wordStart..<i], as: UTF8.self)
        wordRange = SourceRange(range.start + wordStart - 1, range.start + i)
        while i < bytes.count, bytes[i] == 0x20 || bytes[i] == 0x09 { i += 1 }
        var end = bytes.count
        while end > i, bytes[end - 1] == 0x20 || bytes[end - 1] == 0x09 || bytes[end - 1] == 0x0D { end -= 1 }
        argument = String(decoding: bytes[i..<end], as: UTF8.self)
        argumentRange = SourceRange(range.start + i, range.start + end)
    }
}
