/// What reading a line gave.
public enum LineEvent: Sendable, Equatable {
    /// A line, without its line break.
    case line(String)
    /// Ctrl-C: the line being typed is abandoned, the session goes on.
    case interrupted
    /// The end of the input: Ctrl-D on an empty line, or the end of a piped script.
    case end
}

/// Where the REPL's lines come from: GNU readline on a terminal
/// (``ReadlineEditor``), plain standard input otherwise (``PlainLineEditor``),
/// a list of lines in tests.
public protocol LineEditor {
    /// Reads one line, showing `prompt` if the editor shows prompts; Tab asks
    /// `completion` (the line so far and the cursor's byte offset) if the
    /// editor completes.
    mutating func readLine(prompt: String, completion: @escaping @Sendable (String, Int) -> Completion) -> LineEvent
    /// Called once when the session ends (readline saves its history).
    mutating func close()
}

/// Lines from standard input as they come, without prompts or editing: for
/// scripts and tests piped into `planwerk repl` (``REPLProgram`` uses it
/// when standard input is not a terminal).
public struct PlainLineEditor: LineEditor {
    public init() {}

    public mutating func readLine(prompt: String, completion: @escaping @Sendable (String, Int) -> Completion) -> LineEvent {
        guard var line = Swift.readLine(strippingNewline: true) else { return .end }
        if line.hasSuffix("\r") { line.removeLast() }
        return .line(line)
    }

    public mutating func close() {}
}
