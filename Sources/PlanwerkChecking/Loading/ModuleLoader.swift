import PlanwerkSyntax

/// Loads a root plan and every file it imports into a ``ModuleGraph``
/// (LANGUAGE.md §10 "Names and modules", `docs/imports.md`).
///
/// ```swift
/// let loader = ModuleLoader(provider: DiskSourceProvider(),
///                           searchPath: ModuleLoader.searchPath(include: includes, environment: env))
/// let graph = loader.load(root: "plans/winter.plan")
/// ```
///
/// - `import "p"` is looked for at the importer's folder joined with `p`,
///   then at each search-path folder joined with `p`, in order; the first
///   that is a file wins (folders are passed over). An absolute `p` is
///   looked for only where it says.
/// - Each file is loaded once per run, identified by
///   ``SourceProvider/canonicalPath(_:)``: a diamond, or two paths to one
///   file through a symbolic link, give one module.
/// - Modules are numbered in depth-first order: a module's imports get
///   smaller IDs than it, and the root comes last.
/// - An import that leads back to a file still being loaded closes a cycle:
///   it is reported once, at that import, with the chain of files, and its
///   target stays nil, so no later stage follows it.
/// - Files more than ``maxImportDepth`` imports below the root are refused
///   (P0705). Loading uses an explicit stack, never recursion.
/// - For a root `NAME.plan`, the tracking sidecar `NAME.status.plan` beside
///   it is loaded when present (see ``ModuleGraph``); only the root's.
///
/// Every problem is a diagnostic in ``ModuleGraph/diagnostics``, together
/// with each loaded file's syntax diagnostics; nothing is thrown.
public struct ModuleLoader: Sendable {
    /// How deep a chain of imports may go below the root: a file reached
    /// through more imports than this is not loaded (P0705).
    public static let maxImportDepth = 256

    public var provider: any SourceProvider
    /// Folders searched, in order, after the importing file's own folder.
    public var searchPath: [String]

    public init(provider: any SourceProvider, searchPath: [String] = []) {
        self.provider = provider
        self.searchPath = searchPath
    }

    /// The search path of a run: the `--include` folders in the order given,
    /// then the folders of `PLANWERK_PATH` (separated by `:`; empty parts are ignored).
    public static func searchPath(include: [String], environment: [String: String]) -> [String] {
        let fromEnvironment = (environment["PLANWERK_PATH"] ?? "").split(separator: ":").map(String.init)
        return include + fromEnvironment
    }

    /// The tracking sidecar of a root file: `plans/winter.plan` →
    /// `plans/winter.status.plan`. Nil for a file that does not end in
    /// `.plan` and for a sidecar itself (`NAME.status.plan` has none).
    public static func sidecarPath(for root: String) -> String? {
        let name = PlanPath.lastComponent(root)
        guard name.hasSuffix(".plan"), name != ".plan", !name.hasSuffix(".status.plan") else { return nil }
        return String(root.dropLast(".plan".count)) + ".status.plan"
    }

    /// Loads the plan at `root` (as the user gave it; that is how
    /// diagnostics name it), its imports and its sidecar. When `root` cannot
    /// be read the graph has no modules (``ModuleGraph/rootLoaded`` is false)
    /// and one diagnostic saying why.
    public func load(root: String) -> ModuleGraph {
        var run = LoadRun(provider: provider, searchPath: searchPath)
        switch provider.read(root) {
        case .file(let source):
            return run.run(root: source, key: provider.canonicalPath(root),
                           folder: PlanPath.directory(of: root), sidecar: Self.sidecarPath(for: root))
        case let failure:
            return ModuleGraph(modules: [], root: ModuleID(0), diagnostics: [run.rootFailure(failure, path: root)])
        }
    }

    /// Loads a root that is not a file of its own: standard input or the
    /// REPL's text. Its imports are relative to `folder`; it has no sidecar.
    public func load(source: SourceFile, folder: String = ".") -> ModuleGraph {
        var run = LoadRun(provider: provider, searchPath: searchPath)
        return run.run(root: source, key: "<source \(source.path)>", folder: PlanPath.normalize(folder), sidecar: nil)
    }
}
