import Foundation
import PlanwerkChecking
import PlanwerkSyntax

/// The REPL without a terminal (LANGUAGE.md §8): lines in, text out. It
/// reads no keyboard and writes nowhere; a ``LineEditor`` and
/// ``REPLProgram`` put it on a terminal, tests feed it lines.
///
/// ```swift
/// var session = REPLSession(folder: "plans")
/// _ = session.feed(":load spring.plan")
/// session.feed("spring.budget * 2").text   // "24000 EUR : Money\n"
/// ```
///
/// Each line goes to ``feed(_:)``. A line starting with `:` is a command; a
/// line the parser finds unfinished (an open `{`, `(` or `[`) waits for the
/// next one (``isContinuing``); a declaration is added to the plan; an
/// expression is checked and computed. Errors are diagnostics rendered as
/// the command line renders them, pointing into `<repl>`, whose line N is
/// the N-th line typed; no error ends the session.
public struct REPLSession: Sendable {
    /// The prompt before a new input, and before each line that continues one.
    public static let prompt = "planwerk> "
    public static let continuationPrompt = "      ... "

    var plan: SessionPlan
    /// Lines of an input not finished yet.
    var pending: [String] = []
    /// The moment the plan is scheduled as of (`:now`); nil: the plan's own `now`, if any.
    public internal(set) var now: CivilDateTime?
    /// The width `:gantt` fits, in terminal columns.
    public var width = 80
    /// Whether diagnostics are coloured for a terminal.
    public var color: Bool
    /// Whether any input so far had an error (a script piped in then exits 1).
    public internal(set) var hadErrors = false

    /// A session with no file loaded. Relative paths (`:load`, imports) are
    /// taken from `folder`; imports are also looked for in `searchPath`.
    public init(folder: String = ".", searchPath: [String] = [], color: Bool = false) {
        plan = SessionPlan(folder: folder, searchPath: searchPath)
        self.color = color
    }

    /// Whether the next line continues an unfinished input.
    public var isContinuing: Bool { !pending.isEmpty }

    /// The prompt for the next line.
    public var currentPrompt: String { isContinuing ? Self.continuationPrompt : Self.prompt }

    /// Takes one line typed (without its line break).
    public mutating func feed(_ line: String) -> REPLReply {
        pending.append(line)
        let input = pending.joined(separator: "\n")
        if pending.count == 1, input.drop(while: { $0 == " " || $0 == "\t" }).hasPrefix(":") {
            pending = []
            return command(input, at: plan.text.append(input))
        }
        let kind = InputKind.of(input)
        if kind != .blank, Parser.needsMoreInput(SourceFile(path: SessionText.path, text: input), asExpression: kind == .expression) {
            return REPLReply(needsMore: true)
        }
        return finish()
    }

    /// Ctrl-C: forgets the unfinished input (its lines still count as typed).
    public mutating func abandonInput() {
        guard !pending.isEmpty else { return }
        _ = plan.text.append(pending.joined(separator: "\n"))
        pending = []
    }

    /// The end of the input (Ctrl-D, or the end of a script): an unfinished input is taken as it is.
    public mutating func endOfInput() -> REPLReply {
        pending.isEmpty ? REPLReply() : finish()
    }

    /// Runs the pending input as a whole.
    mutating func finish() -> REPLReply {
        let input = pending.joined(separator: "\n")
        pending = []
        let range = plan.text.append(input)
        switch InputKind.of(input) {
        case .blank: return REPLReply()
        case .declaration: return declare(at: range)
        case .expression: return evaluate(at: range)
        }
    }

    /// Loads a plan file as `:load FILE` does (for `planwerk repl FILE`).
    public mutating func load(_ path: String) -> REPLReply { load(path, typedAt: nil) }

    /// Loads a plan file; when it cannot be read, the diagnostic points at
    /// `typedAt` (where `:load` named it), if given.
    mutating func load(_ path: String, typedAt argument: SourceRange?) -> REPLReply {
        var reply = REPLReply()
        var diagnostics = plan.load(path)
        if plan.file != path, let argument {
            diagnostics = diagnostics.map { d in
                guard d.span.file == path else { return d }
                var moved = d
                moved.primary.span = SourceSpan(file: SessionText.path, range: argument)
                return moved
            }
        }
        show(diagnostics, in: &reply)
        if plan.file == path { reply.say("loaded " + diagnostics.summary(for: path)) }
        return reply
    }

    // MARK: - Showing diagnostics

    /// Adds diagnostics to a reply, rendered as the command line does; notes that an error happened.
    mutating func show(_ diagnostics: [Diagnostic], in reply: inout REPLReply, sources: [String: SourceFile]? = nil) {
        guard !diagnostics.isEmpty else { return }
        if diagnostics.hasErrors { hadErrors = true }
        let renderer = TerminalRenderer(sources: sources ?? self.sources, color: color)
        reply.parts.append(.diagnostics(renderer.render(diagnostics.sortedForDisplay())))
    }

    /// The files diagnostics may point into: the plan's, and the transcript as `<repl>`.
    var sources: [String: SourceFile] { plan.composition.sources(transcript: plan.text.transcriptFile) }

    /// A diagnostic about a command, pointing at the part of the line it concerns.
    static func problem(_ code: DiagnosticCode, _ message: String, at range: SourceRange, help: [String] = []) -> Diagnostic {
        Diagnostic(code, .error, message, at: SourceSpan(file: SessionText.path, range: range), help: help)
    }
}
