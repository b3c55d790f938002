import Testing
@testable import PlanwerkChecking
import PlanwerkSyntax

/// The module loader on in-memory files: where imports resolve, load order,
/// diamonds, cycles, limits and the tracking sidecar.
@Suite struct ModuleLoaderTests {
    func load(_ files: [String: String], root: String = "main.plan", searchPath: [String] = []) -> ModuleGraph {
        ModuleLoader(provider: MemorySourceProvider(files), searchPath: searchPath).load(root: root)
    }

    func module(_ graph: ModuleGraph, _ path: String) -> LoadedModule? {
        graph.modules.first { $0.path == path }
    }

    /// The paths of the modules an import list resolved to ("-" for none).
    func targets(_ graph: ModuleGraph, of path: String) -> [String] {
        module(graph, path)?.imports.map { $0.target.map { graph[$0].path } ?? "-" } ?? []
    }

    func messages(_ graph: ModuleGraph) -> [String] { graph.diagnostics.map { "\($0.code) \($0.message)" } }

    // MARK: - Resolution

    @Test func importsAreRelativeToTheImportingFile() {
        let g = load([
            "plans/main.plan": "import \"shared/org.plan\"\nimport \"../lib/x.plan\"",
            "plans/shared/org.plan": "import \"people.plan\"",
            "plans/shared/people.plan": "person anna \"Anna\"",
            "lib/x.plan": "",
        ], root: "plans/main.plan")
        #expect(g.diagnostics.isEmpty, "\(messages(g))")
        #expect(g.modules.map(\.path) == ["plans/shared/people.plan", "plans/shared/org.plan", "lib/x.plan", "plans/main.plan"])
        #expect(targets(g, of: "plans/main.plan") == ["plans/shared/org.plan", "lib/x.plan"])
        #expect(g[g.root].path == "plans/main.plan")
        #expect(g.rootLoaded && g.sidecar == nil)
    }

    @Test func theRootKeepsThePathAsGiven() {
        let g = load(["plans/main.plan": "import \"org.plan\"", "plans/org.plan": ""], root: "./plans//main.plan")
        #expect(g.modules.map(\.path) == ["plans/org.plan", "./plans//main.plan"])
        #expect(g[g.root].plan.source.path == "./plans//main.plan")
    }

    @Test func theAliasIsKept() {
        let g = load(["main.plan": "import \"org.plan\" as org\nimport \"tpl.plan\"", "org.plan": "", "tpl.plan": ""])
        let imports = g[g.root].imports
        #expect(imports.map { $0.declaration.alias?.text } == ["org", nil])
        #expect(imports.map { $0.target.map { g[$0].path } } == ["org.plan", "tpl.plan"])
        #expect(g[g.root].plan.source.text(imports[0].range) == "import \"org.plan\" as org")
    }

    @Test func theImportersFolderComesBeforeTheSearchPathInOrder() {
        let g = load([
            "main.plan": "import \"org.plan\"\nimport \"tpl.plan\"\nimport \"only2.plan\"",
            "org.plan": "",
            "lib1/org.plan": "", "lib1/tpl.plan": "import \"helper.plan\"", "lib1/helper.plan": "",
            "lib2/tpl.plan": "", "lib2/only2.plan": "", "lib2/helper.plan": "",
        ], searchPath: ["lib1", "lib2"])
        #expect(g.diagnostics.isEmpty, "\(messages(g))")
        #expect(targets(g, of: "main.plan") == ["org.plan", "lib1/tpl.plan", "lib2/only2.plan"])
        #expect(targets(g, of: "lib1/tpl.plan") == ["lib1/helper.plan"])
    }

    @Test func theSearchPathPassesOverFolders() {
        let g = load(["main.plan": "import \"shared\"", "shared/a.plan": "", "lib/shared": ""], searchPath: ["lib"])
        #expect(g.diagnostics.isEmpty, "\(messages(g))")
        #expect(targets(g, of: "main.plan") == ["lib/shared"])
    }

    @Test func searchPathIsIncludeThenPlanwerkPath() {
        #expect(ModuleLoader.searchPath(include: ["a", "b"], environment: ["PLANWERK_PATH": "c::/d:"]) == ["a", "b", "c", "/d"])
        #expect(ModuleLoader.searchPath(include: ["a"], environment: [:]) == ["a"])
        #expect(ModuleLoader.searchPath(include: [], environment: ["PLANWERK_PATH": ""]) == [])
    }

    // MARK: - Order and sharing

    @Test func aDiamondIsLoadedOnce() {
        let g = load([
            "main.plan": "import \"a.plan\"\nimport \"b.plan\"",
            "a.plan": "import \"c.plan\"", "b.plan": "import \"./sub/../c.plan\"", "c.plan": "team t",
        ])
        #expect(g.diagnostics.isEmpty, "\(messages(g))")
        #expect(g.modules.map(\.path) == ["c.plan", "a.plan", "b.plan", "main.plan"])
        #expect(module(g, "a.plan")?.imports.first?.target == module(g, "b.plan")?.imports.first?.target)
        #expect(module(g, "a.plan")?.imports.first?.target == ModuleID(0))
    }

    @Test func orderIsDepthFirstWithTheRootLast() {
        let g = load([
            "main.plan": "import \"a.plan\"\nimport \"d.plan\"",
            "a.plan": "import \"b.plan\"\nimport \"c.plan\"", "b.plan": "import \"e.plan\"",
            "c.plan": "", "d.plan": "import \"b.plan\"", "e.plan": "",
        ])
        #expect(g.modules.map(\.path) == ["e.plan", "b.plan", "c.plan", "a.plan", "d.plan", "main.plan"])
        #expect(g.root == ModuleID(5))
        for (index, m) in g.modules.enumerated() {
            #expect(m.id == ModuleID(index))
            for imp in m.imports { #expect(imp.target.map { $0 < m.id } == true) }
        }
    }

    // MARK: - Cycles

    @Test func aCycleOfTwoIsReportedOnceWithItsChain() {
        let g = load(["a.plan": "import \"b.plan\"", "b.plan": "team t\nimport \"a.plan\""], root: "a.plan")
        #expect(g.diagnostics.map(\.code) == [.importCycle])
        let d = g.diagnostics[0]
        #expect(d.message == "importing `a.plan` here makes a cycle: a.plan → b.plan → a.plan")
        #expect(d.span.file == "b.plan")
        #expect(module(g, "b.plan")?.plan.source.text(d.span.range) == "import \"a.plan\"")
        #expect(targets(g, of: "b.plan") == ["-"])
        #expect(targets(g, of: "a.plan") == ["b.plan"])
        #expect(g.modules.map(\.path) == ["b.plan", "a.plan"])
    }

    @Test func aCycleOfThreeBelowTheRoot() {
        let g = load([
            "main.plan": "import \"a.plan\"",
            "a.plan": "import \"b.plan\"", "b.plan": "import \"c.plan\"", "c.plan": "import \"a.plan\"",
        ])
        #expect(messages(g) == ["P0202 importing `a.plan` here makes a cycle: a.plan → b.plan → c.plan → a.plan"])
        #expect(g.diagnostics.first?.span.file == "c.plan")
        #expect(g.modules.map(\.path) == ["c.plan", "b.plan", "a.plan", "main.plan"])
    }

    @Test func eachImportThatClosesACycleIsReportedOnce() {
        let g = load([
            "main.plan": "import \"a.plan\"",
            "a.plan": "import \"b.plan\"\nimport \"c.plan\"", "b.plan": "import \"a.plan\"", "c.plan": "import \"a.plan\"\nimport \"b.plan\"",
        ])
        #expect(g.diagnostics.map(\.span.file) == ["b.plan", "c.plan"])
        #expect(targets(g, of: "c.plan") == ["-", "b.plan"])
    }

    @Test func aFileImportingItself() {
        let g = load(["main.plan": "import \"main.plan\"\nimport \"./main.plan\""])
        #expect(messages(g) == ["P0202 `main.plan` imports itself", "P0202 `main.plan` imports itself"])
        #expect(g.modules.count == 1)
    }

    @Test func aLongChainStopsAtTheDepthLimitWithoutCrashing() {
        var files: [String: String] = [:]
        for i in 0..<10_000 { files["f\(i).plan"] = i < 9_999 ? "import \"f\(i + 1).plan\"" : "" }
        let g = load(files, root: "f0.plan")
        #expect(g.diagnostics.map(\.code) == [.importTooDeep])
        #expect(g.modules.count == ModuleLoader.maxImportDepth + 1)
        let d = g.diagnostics[0]
        #expect(d.span.file == "f256.plan")
        #expect(d.message == "importing `f257.plan` here makes a chain of imports more than 256 files deep")
        #expect(d.notes == ["the chain: f0.plan → f1.plan → … → f255.plan → f256.plan → f257.plan"])
        #expect(g[g.root].path == "f0.plan")
    }

    // MARK: - Files that cannot be loaded

    @Test func aMissingImportSuggestsTheClosestFileAndSaysWhereItLooked() {
        let g = load([
            "plans/main.plan": "import \"shared/orgg.plan\"\nimport \"templates/lunch.plan\"",
            "plans/shared/org.plan": "", "plans/shared/channels.plan": "", "lib/templates/launch.plan": "",
        ], root: "plans/main.plan", searchPath: ["lib"])
        #expect(g.diagnostics.map(\.code) == [.importNotFound, .importNotFound])
        let d = g.diagnostics[0]
        #expect(d.message == "I cannot find the file `shared/orgg.plan` to import")
        #expect(d.help == ["did you mean `shared/org.plan`?"])
        #expect(d.notes == ["I looked for it at `plans/shared/orgg.plan`, `lib/shared/orgg.plan`"])
        #expect(g[g.root].plan.source.text(d.span.range) == "\"shared/orgg.plan\"")
        #expect(g.diagnostics[1].help == ["did you mean `templates/launch.plan`?"])
        #expect(g[g.root].imports.map(\.target) == [nil, nil])
    }

    @Test func withoutASearchPathTheHelpNamesIt() {
        let g = load(["main.plan": "import \"corporate/brand.plan\""])
        #expect(g.diagnostics.first?.help.first?.contains("--include DIR") == true)
        #expect(g.diagnostics.first?.notes == ["I looked for it at `corporate/brand.plan`"])
    }

    @Test func aFolderAnUnreadableFileAndAFileTooLarge() {
        var provider = MemorySourceProvider([
            "main.plan": "import \"shared\"\nimport \"secret.plan\"\nimport \"big.plan\"\nimport \"a.plan\"",
            "a.plan": "import \"big.plan\"",
            "shared/org.plan": "", "big.plan": String(repeating: "#", count: 200),
        ], maxFileSize: 100)
        provider.unreadable["secret.plan"] = "you do not have permission to read it"
        let g = ModuleLoader(provider: provider).load(root: "main.plan")
        #expect(messages(g) == [
            "P0203 `shared` is a folder; an import names one plan file",
            "P0203 I cannot read `secret.plan` to import it: you do not have permission to read it",
            "P0703 `big.plan` is 200 bytes; plans may be at most 100 bytes",
            "P0703 `big.plan` is 200 bytes; plans may be at most 100 bytes",
        ])
        #expect(g.diagnostics[0].help == ["import the files inside it one by one, e.g. `import \"shared/org.plan\"`"])
        #expect(g.diagnostics.map(\.span.file) == ["main.plan", "main.plan", "main.plan", "a.plan"])
    }

    @Test func anEmptyOrComputedPathIsReported() {
        let g = load(["main.plan": "import \"\"\nimport \"{x}.plan\""])
        #expect(g.diagnostics.map(\.code) == [.importUnreadable, .importUnreadable])
        #expect(g[g.root].imports.count == 2)
    }

    @Test func syntaxErrorsOfImportedFilesAreIncluded() {
        let g = load(["main.plan": "import \"bad.plan\"\nteam t {", "bad.plan": "budget 8000 EUR"])
        #expect(g.diagnostics.contains { $0.span.file == "bad.plan" && $0.code == .expectedDeclaration })
        #expect(g.diagnostics.contains { $0.span.file == "main.plan" && $0.code == .unbalancedDelimiter })
        #expect(targets(g, of: "main.plan") == ["bad.plan"])
    }

    @Test func aMissingRootGivesP0801AndNoModules() {
        let g = load(["plans/winter.plan": ""], root: "plans/wintr.plan")
        #expect(!g.rootLoaded)
        #expect(g.modules.isEmpty && g.sidecar == nil)
        #expect(messages(g) == ["P0801 there is no file `plans/wintr.plan`"])
        #expect(g.diagnostics[0].help == ["did you mean `plans/winter.plan`?"])
        #expect(Checker.check(g).diagnostics.map(\.code) == [.cannotReadFile])
    }

    @Test func aRootThatIsAFolderOrTooLarge() {
        #expect(messages(load(["plans/a.plan": ""], root: "plans")) == ["P0801 `plans` is a folder, not a plan file"])
        let big = ModuleLoader(provider: MemorySourceProvider(["main.plan": "#####"], maxFileSize: 4)).load(root: "main.plan")
        #expect(big.diagnostics.map(\.code) == [.fileTooLarge] && !big.rootLoaded)
    }

    @Test func aRootWithoutAFileOfItsOwn() {
        let loader = ModuleLoader(provider: MemorySourceProvider(["plans/org.plan": "", "<repl>.status.plan": "team x"]))
        let g = loader.load(source: SourceFile(path: "<repl>", text: "import \"org.plan\""), folder: "plans")
        #expect(g.diagnostics.isEmpty)
        #expect(g.modules.map(\.path) == ["plans/org.plan", "<repl>"])
        #expect(g.sidecar == nil)
    }

    // MARK: - The tracking sidecar

    @Test func theSidecarIsLoadedJustBeforeTheRoot() {
        let g = load([
            "plans/winter.plan": "import \"org.plan\"\ncampaign winter { start 2026-11-30 }",
            "plans/org.plan": "",
            "plans/winter.status.plan": "now 2026-12-08 12:00\nstatus winter.brief done 2026-12-03 16:00\nmeasure winter.reach 2026-12-07 = 12500\n",
        ], root: "plans/winter.plan")
        #expect(g.diagnostics.isEmpty, "\(messages(g))")
        #expect(g.modules.map(\.path) == ["plans/org.plan", "plans/winter.status.plan", "plans/winter.plan"])
        #expect(g.sidecar == ModuleID(1) && g.isSidecar(ModuleID(1)) && !g.isSidecar(g.root))
        #expect(g[g.root].imports.count == 1)
        #expect(g[ModuleID(1)].plan.declarations.count == 3)
    }

    @Test func aSidecarHoldsOnlyTrackingLines() {
        let g = load([
            "winter.plan": "",
            "winter.status.plan": "import \"org.plan\"\nstatus winter.brief done 2026-12-03\nteam t \"T\" {\n  lead x\n}\ntimezone \"UTC\"",
            "org.plan": "",
        ], root: "winter.plan")
        #expect(messages(g) == [
            "P0204 `winter.status.plan` is the tracking file of `winter.plan`; it may hold only `now`, `status` and `measure` lines, not an import",
            "P0204 `winter.status.plan` is the tracking file of `winter.plan`; it may hold only `now`, `status` and `measure` lines, not a team",
            "P0204 `winter.status.plan` is the tracking file of `winter.plan`; it may hold only `now`, `status` and `measure` lines, not the setting `timezone`",
        ])
        #expect(g.modules.map(\.path) == ["winter.status.plan", "winter.plan"])  // its import is not followed
        #expect(g[ModuleID(0)].plan.source.text(g.diagnostics[1].span.range) == "team")
        #expect(g[ModuleID(0)].imports.isEmpty)
    }

    @Test func onlyTheRootHasASidecar() {
        let g = load([
            "main.plan": "import \"org.plan\"", "org.plan": "", "org.status.plan": "team x", "main.status.plan": "",
        ])
        #expect(g.modules.map(\.path) == ["org.plan", "main.status.plan", "main.plan"])
        let direct = load(["winter.status.plan": "team x", "winter.status.status.plan": "team y"], root: "winter.status.plan")
        #expect(direct.modules.map(\.path) == ["winter.status.plan"] && direct.sidecar == nil && direct.diagnostics.isEmpty)
    }

    @Test func sidecarPaths() {
        #expect(ModuleLoader.sidecarPath(for: "plans/winter.plan") == "plans/winter.status.plan")
        #expect(ModuleLoader.sidecarPath(for: "winter.plan") == "winter.status.plan")
        #expect(ModuleLoader.sidecarPath(for: "winter.status.plan") == nil)
        #expect(ModuleLoader.sidecarPath(for: "notes.txt") == nil)
    }

    // MARK: - Paths

    @Test func pathsAreNormalisedLexically() {
        #expect(PlanPath.normalize("a/./b/../c") == "a/c")
        #expect(PlanPath.normalize("./a//b/") == "a/b")
        #expect(PlanPath.normalize("") == "." && PlanPath.normalize("a/..") == ".")
        #expect(PlanPath.normalize("../a/../../b") == "../../b")
        #expect(PlanPath.normalize("/../a") == "/a" && PlanPath.normalize("/") == "/")
        #expect(PlanPath.directory(of: "a/b.plan") == "a" && PlanPath.directory(of: "b.plan") == ".")
        #expect(PlanPath.directory(of: "/b.plan") == "/" && PlanPath.directory(of: "../b.plan") == "..")
        #expect(PlanPath.join("plans", "../lib/x.plan") == "lib/x.plan")
        #expect(PlanPath.join("plans", "/abs/x.plan") == "/abs/x.plan" && PlanPath.join(".", "./x.plan") == "x.plan")
        #expect(PlanPath.lastComponent("a/b.plan") == "b.plan")
    }
}
