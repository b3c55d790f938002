import PlanwerkSyntax

/// The loader's diagnostics, in the plan writer's words: files that cannot be
/// found or read, import cycles with their chain, chains too deep.
extension LoadRun {
    /// Why the root file could not be read: P0801, or P0703 when it is too large.
    func rootFailure(_ read: SourceRead, path: String) -> Diagnostic {
        let span = SourceSpan(file: path, range: .empty)
        switch read {
        case .missing:
            let folder = PlanPath.directory(of: path)
            let nearby = provider.planFiles(in: folder).map { PlanPath.join(folder, $0) }
            return Diagnostic(.cannotReadFile, .error, "there is no file `\(path)`", at: span,
                              help: Suggestion.help(for: PlanPath.normalize(path), among: nearby))
        case .directory:
            return Diagnostic(.cannotReadFile, .error, "`\(path)` is a folder, not a plan file", at: span,
                              help: ["name the .plan files inside it, e.g. `\(PlanPath.join(path, "*.plan"))`"])
        case .unreadable(let reason):
            return Diagnostic(.cannotReadFile, .error, "I cannot read `\(path)`: \(reason)", at: span,
                              help: ["check the file's permissions"])
        case .tooLarge(let size):
            return tooLarge(path, size: size, at: span)
        case .file:
            return Diagnostic(.cannotReadFile, .error, "I cannot read `\(path)`", at: span)
        }
    }

    /// An import whose file exists but cannot be used: a folder, unreadable, too large.
    func importFailure(_ read: SourceRead, path: String, at span: SourceSpan) -> Diagnostic {
        switch read {
        case .directory:
            let inside = provider.planFiles(in: path).first.map { PlanPath.join(PlanPath.lastComponent(path), $0) }
            return Diagnostic(.importUnreadable, .error, "`\(path)` is a folder; an import names one plan file", at: span,
                              label: "a folder",
                              help: ["import the files inside it one by one, e.g. `import \"\(inside ?? PlanPath.join(PlanPath.lastComponent(path), "name.plan"))\"`"])
        case .unreadable(let reason):
            return Diagnostic(.importUnreadable, .error, "I cannot read `\(path)` to import it: \(reason)", at: span,
                              label: "cannot be read", help: ["check the file's permissions"])
        case .tooLarge(let size):
            return tooLarge(path, size: size, at: span)
        case .missing, .file:
            return Diagnostic(.importNotFound, .error, "I cannot find the file `\(path)` to import", at: span)
        }
    }

    /// A file over the provider's size limit (P0703, as for files named on the command line).
    func tooLarge(_ path: String, size: Int, at span: SourceSpan) -> Diagnostic {
        Diagnostic(.fileTooLarge, .error,
                   "`\(path)` is \(Self.sizeText(size)); plans may be at most \(Self.sizeText(provider.maxFileSize))", at: span,
                   help: ["split the plan into files that import each other"])
    }

    /// `import "text"` found nowhere: the places looked at, and the closest
    /// `.plan` file in those folders.
    func notFound(_ text: String, at span: SourceSpan, looked: [String], from folder: String) -> Diagnostic {
        let written = PlanPath.normalize(text)
        let subfolder = PlanPath.directory(of: written)
        var nearby = Set<String>()
        let bases = PlanPath.isAbsolute(written) ? ["/"] : [folder] + searchPath
        for base in bases {
            for name in provider.planFiles(in: PlanPath.join(base, subfolder)) {
                nearby.insert(PlanPath.join(subfolder, name))
            }
        }
        var help = Suggestion.help(for: written, among: nearby.sorted())
        if help.isEmpty && searchPath.isEmpty && !PlanPath.isAbsolute(written) {
            help.append("files shared between teams can live in a library folder named with `--include DIR` or `PLANWERK_PATH`")
        }
        return Diagnostic(.importNotFound, .error, "I cannot find the file `\(text)` to import", at: span,
                          label: "no such file",
                          notes: ["I looked for it at " + looked.map { "`\($0)`" }.joined(separator: ", ")],
                          help: help)
    }

    /// An import of a file still being loaded: the chain from that file to
    /// the importer and back.
    func cycle(closedBy pending: PendingImport, text: String, backTo index: Int) -> Diagnostic {
        let importer = stack[stack.count - 1]
        let span = SourceSpan(file: importer.path, range: pending.range)
        let help = ["a file cannot import a file that imports it, directly or through others; move what both need into a third file and import that from both"]
        if index == stack.count - 1 {
            return Diagnostic(.importCycle, .error, "`\(importer.path)` imports itself", at: span,
                              label: "this is the file itself", help: ["remove this import"])
        }
        let chain = (stack[index...].map(\.path) + [stack[index].path]).joined(separator: " → ")
        return Diagnostic(.importCycle, .error, "importing `\(text)` here makes a cycle: \(chain)", at: span,
                          label: "leads back to `\(stack[index].path)`", help: help)
    }

    /// An import that would load a file more than ``ModuleLoader/maxImportDepth`` imports below the root.
    func tooDeep(_ pending: PendingImport, text: String) -> Diagnostic {
        let importer = stack[stack.count - 1]
        let paths = stack.map(\.path)
        let shown = paths.count <= 5 ? paths : Array(paths.prefix(2)) + ["…"] + Array(paths.suffix(2))
        return Diagnostic(
            .importTooDeep, .error,
            "importing `\(text)` here makes a chain of imports more than \(ModuleLoader.maxImportDepth) files deep",
            at: SourceSpan(file: importer.path, range: pending.range), label: "one import too many",
            notes: ["the chain: " + (shown + [text]).joined(separator: " → ")],
            help: ["import shared files from the files that use them directly instead of through a long chain"])
    }

    /// A size for people: `812 bytes`, `3 KiB`, `64 MiB`, `64.1 MiB` (rounded up).
    static func sizeText(_ bytes: Int) -> String {
        if bytes < 1 << 10 { return "\(bytes) bytes" }
        let (unit, shift) = bytes < 1 << 20 ? ("KiB", 10) : ("MiB", 20)
        let tenths = (bytes * 10 + (1 << shift) - 1) >> shift
        return tenths % 10 == 0 ? "\(tenths / 10) \(unit)" : "\(tenths / 10).\(tenths % 10) \(unit)"
    }
}
