import PlanwerkChecking
import PlanwerkScheduling
import PlanwerkSyntax

/// One state of a session's plan, loaded and checked: the loaded file (if
/// any) with the session's declarations after it, as one root module.
///
/// The session's declarations are appended to the root file's text, so
/// that they share its names and its settings exactly as if they had been
/// written at its end. Spans in that appended part are moved back to
/// `<repl>` (``located(_:)``) before anyone sees them.
struct Composition: Sendable {
    var graph: ModuleGraph
    var checked: Checker.Result
    /// The root's path: the loaded file, or `<repl>` without one.
    var rootPath: String
    /// Where the session's text begins in the root's text.
    var sessionStart: Int
    /// Whether the session has no declarations yet: a problem at the end of
    /// the text then belongs to the file (a file that ends too early).
    var sessionIsBlank: Bool
    /// The file's own declarations by what they declare (before any was replaced), for notes.
    var fileDeclarations: [DeclarationKey: SourceSpan]
    /// What checking found, spans in the session's text moved to `<repl>`.
    var diagnostics: [Diagnostic]
    /// The schedule, once asked for, and the `now` it was made for.
    private var scheduled: (now: CivilDateTime?, run: PlanRun)?

    /// Loads the root (with `session` after the file's text), leaves out the
    /// file's declarations that the session replaces, and checks the result.
    /// `overlay` stands in for the file of its path (a tracking line tried before it is written).
    static func make(file: String?, session: [UInt8], replaced: Set<DeclarationKey>, folder: String,
                     searchPath: [String], cache: FileCache, overlay: SourceFile? = nil) -> Composition {
        var files = SessionFiles(folder: folder, cache: cache)
        files.overlay = overlay
        var graph: ModuleGraph
        var start = file == nil ? 0 : Int.max
        var fileDeclarations: [DeclarationKey: SourceSpan] = [:]
        if let file {
            if case .file(let source) = files.read(file) {
                start = source.bytes.count + 1
                files.root = SourceFile(path: file, bytes: source.bytes + [0x0A] + session)
            }
            graph = ModuleLoader(provider: files, searchPath: searchPath).load(root: file)
            if graph.rootLoaded {
                var kept: [Declaration] = []
                for declaration in graph[graph.root].plan.declarations {
                    if declaration.range.start < start, let (key, range) = DeclarationKey.of(declaration) {
                        if fileDeclarations[key] == nil { fileDeclarations[key] = SourceSpan(file: file, range: range) }
                        if replaced.contains(key) { continue }
                    }
                    kept.append(declaration)
                }
                graph.modules[graph.root.index].plan.declarations = kept
            }
        } else {
            let source = SourceFile(path: SessionText.path, bytes: session)
            graph = ModuleLoader(provider: files, searchPath: searchPath).load(source: source, folder: folder)
        }
        let checked = Checker.check(graph)
        var composition = Composition(graph: graph, checked: checked, rootPath: file ?? SessionText.path, sessionStart: start,
                                      sessionIsBlank: session.allSatisfy { $0 == 0x20 || $0 == 0x0A },
                                      fileDeclarations: fileDeclarations, diagnostics: [])
        composition.diagnostics = checked.diagnostics.map(composition.located)
        return composition
    }

    /// The diagnostic with its spans in the session's text named `<repl>`,
    /// at their offsets in the session's transcript.
    func located(_ d: Diagnostic) -> Diagnostic {
        guard rootPath != SessionText.path else { return d }
        var d = d
        d.primary.span = located(d.primary.span)
        d.secondary = d.secondary.map { DiagnosticLabel(span: located($0.span), message: $0.message) }
        return d
    }

    func located(_ span: SourceSpan) -> SourceSpan {
        guard span.file == rootPath, span.range.start >= sessionStart else { return span }
        if sessionIsBlank { return SourceSpan(file: rootPath, range: SourceRange(sessionStart - 1, sessionStart - 1)) }
        return SourceSpan(file: SessionText.path, range: SourceRange(span.range.start - sessionStart, span.range.end - sessionStart))
    }

    /// The plan's source files, for showing diagnostics; `<repl>` is the transcript.
    func sources(transcript: SourceFile) -> [String: SourceFile] {
        var sources = graph.sources
        sources[SessionText.path] = transcript
        return sources
    }

    /// The plan scheduled as of `now` (made once per `now`); nil while the plan has errors.
    mutating func schedule(now: CivilDateTime?) -> PlanRun? {
        guard !diagnostics.hasErrors else { return nil }
        if let scheduled, scheduled.now == now { return scheduled.run }
        var run = PlanRun.run(graph, checked: checked, now: now)
        run.diagnostics = run.diagnostics.map(located)
        if var schedule = run.schedule {
            schedule.diagnostics = schedule.diagnostics.map(located)
            run.schedule = schedule
        }
        scheduled = (now, run)
        return run
    }
}
