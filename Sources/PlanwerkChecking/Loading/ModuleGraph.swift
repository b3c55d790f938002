import PlanwerkSyntax

/// Identifies a loaded plan file within one run: its index in ``ModuleGraph/modules``.
public struct ModuleID: Sendable, Hashable, Comparable {
    public let index: Int
    public init(_ index: Int) { self.index = index }
    public static func < (a: ModuleID, b: ModuleID) -> Bool { a.index < b.index }
}

/// One import of a module, resolved to the module it names (nil when it could not be loaded).
///
/// `target` is nil when the file is missing, unreadable, a folder, too deep
/// in the import chain, or when the import would close a cycle: the loader
/// has reported why, and later stages simply skip the import, so no stage
/// ever follows a cycle.
public struct ResolvedImport: Sendable {
    public var declaration: ImportDecl
    /// The whole `import …` line, for diagnostics.
    public var range: SourceRange
    public var target: ModuleID?

    public init(declaration: ImportDecl, range: SourceRange, target: ModuleID?) {
        self.declaration = declaration
        self.range = range
        self.target = target
    }
}

/// A parsed plan file and its resolved imports.
public struct LoadedModule: Sendable {
    public var id: ModuleID
    /// The path as the user would type it, and the one diagnostics show: the
    /// root as given on the command line, an import as the importer's folder
    /// joined with the import's text, normalised lexically (`a/./b/../c` is
    /// `a/c`). Equal to `plan.source.path`.
    public var path: String
    public var plan: PlanFile
    /// One entry per `import` declaration of the file, in source order.
    public var imports: [ResolvedImport]
    /// The file's identity within a run (for files on disk the absolute path
    /// with symbolic links resolved): two paths that reach the same file give
    /// one module. Empty for modules built by hand.
    public var canonicalPath: String = ""

    public init(id: ModuleID, path: String, plan: PlanFile, imports: [ResolvedImport], canonicalPath: String = "") {
        self.id = id
        self.path = path
        self.plan = plan
        self.imports = imports
        self.canonicalPath = canonicalPath
    }
}

/// The root plan and everything it imports, each file loaded once (diamond
/// imports share one module), in depth-first import order: a module's imports
/// come before it, and the root comes last. That is the declaration order the
/// scheduler uses for ties (LANGUAGE.md §10). Built by ``ModuleLoader``.
///
/// **The tracking sidecar.** For a root `NAME.plan`, the file
/// `NAME.status.plan` beside it is loaded when present as one more module,
/// placed just before the root (its ID is `root.index - 1`) and named by
/// ``sidecar``. It is not one of the root's ``LoadedModule/imports``: it
/// declares no names of its own, and its tracking lines (`now`, `status`,
/// `measure`) are to be resolved in the *root's* namespace, as if they were
/// written in the root file. It has no imports of its own (the loader
/// reports any declaration other than a tracking line in it, P0204).
///
/// **When the root cannot be read**, ``modules`` is empty, ``root`` is
/// `ModuleID(0)`, ``rootLoaded`` is false and ``diagnostics`` says why
/// (P0801, or P0703 for a file too large). Later stages find nothing to
/// check; do not subscript the graph with ``root`` then.
public struct ModuleGraph: Sendable {
    public var modules: [LoadedModule]
    public var root: ModuleID
    /// Diagnostics of loading: unreadable or missing imports, import cycles,
    /// plus every module's syntax diagnostics.
    public var diagnostics: [Diagnostic]
    /// The root's tracking sidecar (`NAME.status.plan`), when one was read.
    public var sidecar: ModuleID?

    public init(modules: [LoadedModule], root: ModuleID, diagnostics: [Diagnostic], sidecar: ModuleID? = nil) {
        self.modules = modules
        self.root = root
        self.diagnostics = diagnostics
        self.sidecar = sidecar
    }

    public subscript(id: ModuleID) -> LoadedModule {
        // Yields the module in place: `graph[m].plan.declarations[i]` reads one declaration without copying the module.
        _read { yield modules[id.index] }
    }

    /// Whether the root file was read; false only when it could not be.
    public var rootLoaded: Bool { modules.indices.contains(root.index) }

    /// Whether `id` is the root's tracking sidecar, whose lines belong to the root's namespace.
    public func isSidecar(_ id: ModuleID) -> Bool { sidecar == id }

    /// Source files by path, for rendering diagnostics.
    public var sources: [String: SourceFile] {
        Dictionary(modules.map { ($0.plan.source.path, $0.plan.source) }, uniquingKeysWith: { a, _ in a })
    }
}
