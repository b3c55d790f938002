/// One piece of what the session says, for standard output or standard error.
public enum REPLOutput: Sendable, Equatable {
    /// Values, agendas, charts, help: standard output.
    case text(String)
    /// Diagnostics, rendered as the command line renders them: standard error.
    case diagnostics(String)

    /// The text, whichever stream it is for.
    public var content: String {
        switch self {
        case .text(let s), .diagnostics(let s): return s
        }
    }
}

/// What the session answers to one line of input.
public struct REPLReply: Sendable, Equatable {
    /// What to show, in order.
    public var parts: [REPLOutput] = []
    /// Whether the session ends (`:quit`).
    public var quit = false
    /// Whether the input goes on: the next line continues it (show the continuation prompt).
    public var needsMore = false

    public init(parts: [REPLOutput] = [], quit: Bool = false, needsMore: Bool = false) {
        self.parts = parts
        self.quit = quit
        self.needsMore = needsMore
    }

    /// Everything shown, in order, as one text.
    public var text: String { parts.map(\.content).joined() }

    /// Adds a line (or lines) of text; a line break is added when missing.
    mutating func say(_ s: String) {
        parts.append(.text(s.hasSuffix("\n") ? s : s + "\n"))
    }
}
