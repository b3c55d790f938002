import PlanwerkSyntax

/// One run of ``ModuleLoader``: a depth-first walk over imports with an
/// explicit stack of files being loaded, so that a long chain of imports
/// cannot overflow the call stack.
///
/// A file's module ID is given when the file is finished (all its imports
/// loaded), which makes the numbering depth-first with the root last. An
/// import waiting for a file pushed above it on the stack gets its target
/// when that file finishes.
struct LoadRun {
    let provider: any SourceProvider
    let searchPath: [String]
    var modules: [LoadedModule] = []
    var diagnostics: [Diagnostic] = []
    /// What is known about each file, by canonical path.
    var states: [String: FileState] = [:]
    /// The files being loaded, the root at the bottom.
    var stack: [Frame] = []
    var sidecar: ModuleID?

    init(provider: any SourceProvider, searchPath: [String]) {
        self.provider = provider
        self.searchPath = searchPath
    }

    /// Where a file stands in this run.
    enum FileState {
        /// On the loading stack at this index: importing it now closes a cycle.
        case loading(Int)
        case loaded(ModuleID)
        /// It exists but could not be read; reported again at each import of it.
        case failed(SourceRead)
    }

    /// An `import` declaration not yet resolved.
    struct PendingImport {
        var declaration: ImportDecl
        var range: SourceRange
    }

    /// A file being loaded: parsed, with its imports resolved up to `next`.
    struct Frame {
        var path: String
        var key: String
        /// The folder its imports are relative to.
        var folder: String
        var plan: PlanFile
        var pending: [PendingImport]
        var next = 0
        var imports: [ResolvedImport] = []
        /// The index in the importer's `imports` that waits for this file's ID.
        var slot: Int?
    }

    /// Loads `root` and everything reachable from it.
    mutating func run(root: SourceFile, key: String, folder: String, sidecar sidecarPath: String?) -> ModuleGraph {
        push(root, key: key, folder: folder, slot: nil)
        while !stack.isEmpty {
            let top = stack.count - 1
            if stack[top].next < stack[top].pending.count {
                let pending = stack[top].pending[stack[top].next]
                stack[top].next += 1
                let slot = stack[top].imports.count
                stack[top].imports.append(ResolvedImport(declaration: pending.declaration, range: pending.range, target: nil))
                if let target = resolve(pending, slot: slot) {
                    stack[top].imports[slot].target = target
                }
            } else {
                if top == 0, let sidecarPath { loadSidecar(sidecarPath, root: stack[0].path) }
                finishTop()
            }
        }
        return ModuleGraph(modules: modules, root: ModuleID(modules.count - 1), diagnostics: diagnostics, sidecar: sidecar)
    }

    /// Parses a file and puts it on top of the stack.
    mutating func push(_ source: SourceFile, key: String, folder: String, slot: Int?) {
        let plan = Parser.parse(source)
        diagnostics += plan.diagnostics
        let pending = plan.declarations.compactMap { decl -> PendingImport? in
            if case .importFile(let imp) = decl.kind { return PendingImport(declaration: imp, range: decl.range) }
            return nil
        }
        states[key] = .loading(stack.count)
        stack.append(Frame(path: source.path, key: key, folder: folder, plan: plan, pending: pending, slot: slot))
    }

    /// Gives the top file its module ID and hands the ID to the import waiting for it.
    mutating func finishTop() {
        let frame = stack.removeLast()
        let id = ModuleID(modules.count)
        modules.append(LoadedModule(id: id, path: frame.path, plan: frame.plan, imports: frame.imports, canonicalPath: frame.key))
        states[frame.key] = .loaded(id)
        if let slot = frame.slot, !stack.isEmpty {
            stack[stack.count - 1].imports[slot].target = id
        }
    }

    /// Resolves one import of the top file: the module it names when that is
    /// already known, nil when it cannot be loaded (reported) or when its
    /// file was pushed to be loaded now (the ID arrives in ``finishTop()``).
    mutating func resolve(_ pending: PendingImport, slot: Int) -> ModuleID? {
        let importer = stack[stack.count - 1]
        guard let text = importText(pending.declaration, in: importer.path) else { return nil }
        let here = SourceSpan(file: importer.path, range: pending.declaration.path.range)
        let candidates = self.candidates(for: text, from: importer.folder)
        var folder: String?
        for candidate in candidates {
            let key = provider.canonicalPath(candidate)
            switch states[key] {
            case .loaded(let id):
                return id
            case .loading(let index):
                diagnostics.append(cycle(closedBy: pending, text: text, backTo: index))
                return nil
            case .failed(let read):
                diagnostics.append(importFailure(read, path: candidate, at: here))
                return nil
            case nil:
                break
            }
            if stack.count > ModuleLoader.maxImportDepth {
                diagnostics.append(tooDeep(pending, text: text))
                return nil
            }
            let read = provider.read(candidate)
            switch read {
            case .missing:
                continue
            case .directory:
                folder = folder ?? candidate
                continue
            case .file(let source):
                push(source, key: key, folder: PlanPath.directory(of: candidate), slot: slot)
                return nil
            case .unreadable, .tooLarge:
                states[key] = .failed(read)
                diagnostics.append(importFailure(read, path: candidate, at: here))
                return nil
            }
        }
        if let folder {
            diagnostics.append(importFailure(.directory, path: folder, at: here))
        } else {
            diagnostics.append(notFound(text, at: here, looked: candidates, from: importer.folder))
        }
        return nil
    }

    /// Where `import "text"` is looked for, in order: the importer's folder,
    /// then each search-path folder; an absolute path only where it says.
    func candidates(for text: String, from folder: String) -> [String] {
        if PlanPath.isAbsolute(text) { return [PlanPath.normalize(text)] }
        var seen = Set<String>()
        return ([folder] + searchPath).map { PlanPath.join($0, text) }.filter { seen.insert($0).inserted }
    }

    /// The path an import names, or nil (reported) when it is empty or computed.
    mutating func importText(_ decl: ImportDecl, in file: String) -> String? {
        guard case .text(let parts) = decl.path.kind else { return nil }  // the parser reported it
        var text = ""
        for part in parts {
            switch part {
            case .literal(let s):
                text += s
            case .interpolation:
                diagnostics.append(Diagnostic(
                    .importUnreadable, .error, "the file to import must be written out; `{…}` cannot be used in an import",
                    at: SourceSpan(file: file, range: decl.path.range), label: "a computed path",
                    help: ["write the path in full, e.g. `import \"shared/org.plan\"`"]))
                return nil
            }
        }
        if text.isEmpty {
            diagnostics.append(Diagnostic(
                .importUnreadable, .error, "this import names no file",
                at: SourceSpan(file: file, range: decl.path.range), label: "an empty path",
                help: ["write the file to import, e.g. `import \"shared/org.plan\"`"]))
            return nil
        }
        return text
    }
}
