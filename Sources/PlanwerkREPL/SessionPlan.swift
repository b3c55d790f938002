import PlanwerkChecking
import PlanwerkSyntax

/// The plan a session works on: the loaded file with its imports, and the
/// declarations typed so far. A declaration that names something again
/// replaces the earlier one, in the session or in the file (LANGUAGE.md §10),
/// with a note; a declaration that brings new errors is refused and the
/// plan stays as it was.
struct SessionPlan: Sendable {
    let folder: String
    let searchPath: [String]
    /// The loaded file, as the user named it.
    private(set) var file: String?
    private(set) var cache = FileCache()
    /// Everything typed, and which of it is the session's plan text.
    var text = SessionText()
    /// The session's declarations in the plan text.
    private var declarations: [SessionDeclaration] = []
    /// The file's declarations the session has replaced.
    private var replaced: Set<DeclarationKey> = []
    /// The plan as it stands, checked.
    var composition: Composition

    /// A declaration typed in the session, still part of the plan.
    struct SessionDeclaration: Sendable {
        var key: DeclarationKey
        /// The declaring word, in the transcript.
        var name: SourceRange
        /// The whole declaration, in the transcript.
        var range: SourceRange
    }

    /// What became of declarations typed.
    struct Outcome {
        var accepted: Bool
        /// New diagnostics (notes on replaced declarations first), spans in `<repl>` where typed.
        var diagnostics: [Diagnostic]
        /// The files the diagnostics may point into (a refused input may have imported new ones).
        var sources: [String: SourceFile]
    }

    init(folder: String, searchPath: [String]) {
        self.folder = folder
        self.searchPath = searchPath
        composition = Composition.make(file: nil, session: [], replaced: [], folder: folder, searchPath: searchPath, cache: cache)
    }

    /// Loads `path` in place of the current file; the session's declarations
    /// start afresh. When the file cannot be read, nothing changes and the
    /// diagnostic says why.
    mutating func load(_ path: String) -> [Diagnostic] {
        let cache = FileCache()
        var blank = text
        for d in declarations { blank.deactivate(d.range) }
        let next = Composition.make(file: path, session: blank.planText, replaced: [], folder: folder, searchPath: searchPath, cache: cache)
        guard next.graph.rootLoaded else { return next.diagnostics }
        (file, self.cache, text, declarations, replaced, composition) = (path, cache, blank, [], [], next)
        return next.diagnostics
    }

    /// Reads the file and its imports again, keeping the session's declarations.
    mutating func reload() -> [Diagnostic] {
        let cache = FileCache()
        let next = Composition.make(file: file, session: text.planText, replaced: replaced, folder: folder, searchPath: searchPath, cache: cache)
        guard file == nil || next.graph.rootLoaded else { return next.diagnostics }
        (self.cache, composition) = (cache, next)
        return next.diagnostics
    }

    /// The plan as it would be with one file (the tracking file) read as `overlay`, from the disk as it is now.
    func trying(_ overlay: SourceFile) -> Composition {
        Composition.make(file: file, session: text.planText, replaced: replaced, folder: folder, searchPath: searchPath,
                         cache: FileCache(), overlay: overlay)
    }

    /// Adds the declarations of one input (its range in the transcript),
    /// unless they bring errors the plan did not have.
    mutating func declare(_ parsed: [Declaration], input: SourceRange) -> Outcome {
        var candidate = self
        var notes: [Diagnostic] = []
        let typed = parsed.compactMap { d in DeclarationKey.of(d).map { SessionDeclaration(key: $0.key, name: $0.range, range: d.range) } }
        for declaration in typed {
            let key = declaration.key
            let here = SourceSpan(file: SessionText.path, range: declaration.name)
            for old in candidate.declarations where old.key == key {
                candidate.text.deactivate(old.range)
                notes.append(Self.replacement(key, here, SourceSpan(file: SessionText.path, range: old.name)))
            }
            candidate.declarations.removeAll { $0.key == key }
            if !candidate.replaced.contains(key), let earlier = composition.fileDeclarations[key] {
                candidate.replaced.insert(key)
                notes.append(Self.replacement(key, here, earlier))
            }
        }
        candidate.declarations += typed
        candidate.text.activate(input)
        candidate.composition = Composition.make(file: file, session: candidate.text.planText, replaced: candidate.replaced,
                                                 folder: folder, searchPath: searchPath, cache: cache)
        let new = Self.added(candidate.composition.diagnostics, to: composition.diagnostics)
        let sources = candidate.composition.sources(transcript: candidate.text.transcriptFile)
        if new.hasErrors { return Outcome(accepted: false, diagnostics: new, sources: sources) }
        self = candidate
        return Outcome(accepted: true, diagnostics: notes + new, sources: sources)
    }

    /// "`budget` is declared again: this declaration replaces the one before."
    static func replacement(_ key: DeclarationKey, _ here: SourceSpan, _ before: SourceSpan) -> Diagnostic {
        Diagnostic(.duplicateName, .note, "\(key.shown) is declared again; this declaration replaces the earlier one",
                   at: here, label: "replaces it from now on",
                   secondary: [DiagnosticLabel(span: before, message: "the earlier declaration")])
    }

    /// The diagnostics of `after` that `before` did not have (each as often as it is new).
    static func added(_ after: [Diagnostic], to before: [Diagnostic]) -> [Diagnostic] {
        var known: [Diagnostic: Int] = [:]
        for d in before { known[d, default: 0] += 1 }
        return after.filter { d in
            guard let n = known[d], n > 0 else { return true }
            known[d] = n - 1
            return false
        }
    }
}
