import Foundation
import PlanwerkChecking

/// `planwerk repl [FILE]` on a real process: a ``REPLSession`` fed by
/// readline on a terminal, or by plain standard input without one (then no
/// prompt or banner is printed, so that scripts can be piped in), its
/// answers written to standard output and its diagnostics to standard error.
public enum REPLProgram {
    /// Runs the REPL until `:quit` or the end of the input; returns the exit
    /// status: 0, or 1 when input piped in had an error.
    public static func run(file: String?, includes: [String]) -> Int32 {
        let environment = ProcessInfo.processInfo.environment
        let interactive = isatty(0) == 1
        var session = REPLSession(searchPath: ModuleLoader.searchPath(include: includes, environment: environment),
                                  color: isatty(2) == 1 && environment["NO_COLOR"] == nil)
        if interactive {
            write(.text("Planwerk REPL. `:help` lists the commands, `:quit` or Ctrl-D leaves.\n"))
        }
        if let file { session.load(file).parts.forEach(write) }
        if interactive {
            var editor = ReadlineEditor(historyPath: HistoryFile.path(environment: environment))
            return loop(&session, editor: &editor, interactive: true)
        }
        var editor = PlainLineEditor()
        return loop(&session, editor: &editor, interactive: false)
    }

    /// Reads and answers lines until the session ends.
    static func loop<Editor: LineEditor>(_ session: inout REPLSession, editor: inout Editor, interactive: Bool) -> Int32 {
        reading: while true {
            session.width = terminalWidth()
            let snapshot = session
            switch editor.readLine(prompt: session.currentPrompt, completion: { snapshot.completions(line: $0, cursor: $1) }) {
            case .line(let line):
                let reply = session.feed(line)
                reply.parts.forEach(write)
                if reply.quit { break reading }
            case .interrupted:
                session.abandonInput()
            case .end:
                session.endOfInput().parts.forEach(write)
                break reading
            }
        }
        editor.close()
        return !interactive && session.hadErrors ? 1 : 0
    }

    static func write(_ output: REPLOutput) {
        switch output {
        case .text(let s): FileHandle.standardOutput.write(Data(s.utf8))
        case .diagnostics(let s): FileHandle.standardError.write(Data(s.utf8))
        }
    }

    /// The terminal's width in columns: the terminal's own, else `COLUMNS`, else 80.
    static func terminalWidth() -> Int {
        var size = winsize()
        if ioctl(1, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 { return Int(size.ws_col) }
        return ProcessInfo.processInfo.environment["COLUMNS"].flatMap { Int($0) }.flatMap { $0 > 0 ? $0 : nil } ?? 80
    }
}
