import PlanwerkSyntax

/// Everything typed in a session, kept as one source file named `<repl>`:
/// line N of it is the N-th line typed, so a diagnostic's `<repl>:N:C`
/// points at the line and column where the user typed it.
///
/// Beside the transcript it keeps the **plan text**: the same bytes at the
/// same offsets, but with everything that is not a declaration of the
/// session blanked to spaces (commands, expressions, rejected input,
/// declarations replaced by later ones). The plan text is what the session
/// adds to the plan; because offsets agree, a span in it is a span in the
/// transcript.
struct SessionText: Sendable {
    /// The name diagnostics give the session's input.
    static let path = "<repl>"

    private(set) var transcript: [UInt8] = []
    private(set) var planText: [UInt8] = []

    /// Appends one input (one or more lines) and returns its byte range in the transcript.
    mutating func append(_ input: String) -> SourceRange {
        if !transcript.isEmpty {
            transcript.append(0x0A)
            planText.append(0x0A)
        }
        let start = transcript.count
        let bytes = Array(input.utf8)
        transcript += bytes
        planText += Self.blanked(bytes[...])
        return SourceRange(start, transcript.count)
    }

    /// Makes a range of the transcript part of the plan text.
    mutating func activate(_ range: SourceRange) {
        planText.replaceSubrange(range.start..<range.end, with: transcript[range.start..<range.end])
    }

    /// Takes a range out of the plan text again.
    mutating func deactivate(_ range: SourceRange) {
        planText.replaceSubrange(range.start..<range.end, with: Self.blanked(transcript[range.start..<range.end]))
    }

    /// The transcript as a source file, for showing lines in diagnostics.
    var transcriptFile: SourceFile { SourceFile(path: Self.path, bytes: transcript) }

    /// A source file holding only `range` of the transcript, everything before it blanked:
    /// parsing it gives spans at the input's true place in the transcript.
    func isolated(_ range: SourceRange) -> SourceFile {
        SourceFile(path: Self.path, bytes: Self.blanked(transcript[0..<range.start]) + transcript[range.start..<range.end])
    }

    /// Bytes replaced by spaces, line breaks kept, so offsets and line numbers stay.
    static func blanked(_ bytes: ArraySlice<UInt8>) -> [UInt8] {
        bytes.map { $0 == 0x0A ? 0x0A : 0x20 }
    }
}
