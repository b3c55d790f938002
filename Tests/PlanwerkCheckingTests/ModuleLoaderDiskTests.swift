import Foundation
import Testing
@testable import PlanwerkChecking
import PlanwerkSyntax
import PlanwerkTestSupport

/// The module loader on real files in a temporary folder: symbolic links,
/// relative paths, the search path from `--include` and `PLANWERK_PATH`,
/// folders, limits and the sidecar.
@Suite struct ModuleLoaderDiskTests {
    /// A fresh temporary folder (symbolic links resolved) holding `files`; `->` in a text makes a symbolic link.
    func folder(_ files: [String: String]) throws -> String {
        let fm = FileManager.default
        let base = fm.temporaryDirectory.appendingPathComponent("planwerk-loader-\(UUID().uuidString)").path
        try fm.createDirectory(atPath: base, withIntermediateDirectories: true)
        let root = DiskSourceProvider().canonicalPath(base)
        for (path, text) in files.sorted(by: { $0.key < $1.key }) {
            let full = root + "/" + path
            try fm.createDirectory(atPath: PlanPath.directory(of: full), withIntermediateDirectories: true)
            if text.hasPrefix("-> ") {
                try fm.createSymbolicLink(atPath: full, withDestinationPath: String(text.dropFirst(3)))
            } else if text == "<folder>" {
                try fm.createDirectory(atPath: full, withIntermediateDirectories: true)
            } else {
                try Data(text.utf8).write(to: URL(fileURLWithPath: full))
            }
        }
        return root
    }

    func remove(_ folder: String) { try? FileManager.default.removeItem(atPath: folder) }

    func load(_ root: String, searchPath: [String] = [], provider: DiskSourceProvider = DiskSourceProvider()) -> ModuleGraph {
        ModuleLoader(provider: provider, searchPath: searchPath).load(root: root)
    }

    /// `target` written relative to the current directory, with `..` as needed.
    func relative(_ target: String) -> String {
        let here = DiskSourceProvider().canonicalPath(FileManager.default.currentDirectoryPath).split(separator: "/")
        let there = target.split(separator: "/")
        var common = 0
        while common < min(here.count, there.count), here[common] == there[common] { common += 1 }
        let ups = Array(repeating: "..", count: here.count - common)
        return (ups + there[common...].map(String.init)).joined(separator: "/")
    }

    @Test func twoPathsThroughASymbolicLinkAreOneModule() throws {
        let dir = try folder([
            "plans/main.plan": "import \"shared/org.plan\"\nimport \"linked/org.plan\"\nimport \"org-link.plan\"",
            "plans/shared/org.plan": "team social",
            "plans/linked": "-> shared",
            "plans/org-link.plan": "-> shared/org.plan",
        ])
        defer { remove(dir) }
        let g = load(dir + "/plans/main.plan")
        #expect(g.diagnostics.isEmpty, "\(g.diagnostics.map(\.message))")
        #expect(g.modules.count == 2)
        #expect(g[g.root].imports.map(\.target) == [ModuleID(0), ModuleID(0), ModuleID(0)])
        #expect(g[ModuleID(0)].path == dir + "/plans/shared/org.plan")
        #expect(g[ModuleID(0)].canonicalPath == dir + "/plans/shared/org.plan")
    }

    @Test func relativePathsStayRelativeForDisplay() throws {
        let dir = try folder(["plans/main.plan": "import \"../lib/x.plan\"", "lib/x.plan": "import \"y.plan\"", "lib/y.plan": ""])
        defer { remove(dir) }
        let root = relative(dir) + "/plans/main.plan"
        #expect(!root.hasPrefix("/"))
        let g = load(root)
        #expect(g.diagnostics.isEmpty, "\(g.diagnostics.map(\.message))")
        #expect(g.modules.map(\.path) == [relative(dir) + "/lib/y.plan", relative(dir) + "/lib/x.plan", root])
        #expect(g.modules.map(\.canonicalPath) == [dir + "/lib/y.plan", dir + "/lib/x.plan", dir + "/plans/main.plan"])
    }

    @Test func theSearchPathComesFromIncludeAndPlanwerkPath() throws {
        let dir = try folder([
            "plans/main.plan": "import \"brand.plan\"\nimport \"templates/launch.plan\"",
            "include/brand.plan": "", "env/brand.plan": "", "env/templates/launch.plan": "",
        ])
        defer { remove(dir) }
        let path = ModuleLoader.searchPath(include: [dir + "/include"], environment: ["PLANWERK_PATH": "\(dir)/missing:\(dir)/env"])
        let g = load(dir + "/plans/main.plan", searchPath: path)
        #expect(g.diagnostics.isEmpty, "\(g.diagnostics.map(\.message))")
        #expect(g.modules.map(\.path) == [dir + "/include/brand.plan", dir + "/env/templates/launch.plan", dir + "/plans/main.plan"])
    }

    @Test func aFolderAsImportAndAsRoot() throws {
        let dir = try folder(["main.plan": "import \"shared\"", "shared/org.plan": "", "empty": "<folder>"])
        defer { remove(dir) }
        let g = load(dir + "/main.plan")
        #expect(g.diagnostics.map(\.code) == [.importUnreadable])
        #expect(g.diagnostics.first?.message == "`\(dir)/shared` is a folder; an import names one plan file")
        #expect(g.diagnostics.first?.help == ["import the files inside it one by one, e.g. `import \"shared/org.plan\"`"])
        let root = load(dir + "/empty")
        #expect(root.diagnostics.map(\.code) == [.cannotReadFile] && !root.rootLoaded)
    }

    @Test func missingFilesAndLimits() throws {
        let dir = try folder(["main.plan": "import \"big.plan\"\nimport \"orgg.plan\"", "big.plan": String(repeating: "#", count: 80), "org.plan": ""])
        defer { remove(dir) }
        let g = load(dir + "/main.plan", provider: DiskSourceProvider(maxFileSize: 60))
        #expect(g.diagnostics.map(\.code) == [.fileTooLarge, .importNotFound])
        #expect(g.diagnostics.last?.help == ["did you mean `org.plan`?"])
        let missing = load(dir + "/nothing.plan")
        #expect(missing.diagnostics.map(\.message) == ["there is no file `\(dir)/nothing.plan`"])
    }

    @Test func theExamplesLoadWithoutLoaderErrors() throws {
        let folder = PlanFiles.repositoryRoot(from: #filePath) + "/examples"
        let roots = try FileManager.default.contentsOfDirectory(atPath: folder)
            .filter { $0.hasSuffix(".plan") && !$0.hasSuffix(".status.plan") }.sorted()
        #expect(roots.contains("product-launch.plan") && roots.contains("tracking.plan"))
        for root in roots {
            let g = load(folder + "/" + root)
            let loading = g.diagnostics.filter { ["P020", "P070", "P080"].contains(String($0.code.rawValue.prefix(4))) }
            #expect(loading.isEmpty, "\(root): \(loading.map(\.message))")
            #expect(g.sidecar != nil || root != "tracking.plan")
        }
        // product-launch imports templates/org.plan directly and through templates/launch.plan.
        let launch = load(folder + "/product-launch.plan")
        #expect(launch.modules.map { PlanPath.lastComponent($0.path) } == ["org.plan", "launch.plan", "product-launch.plan"])
    }

    @Test func theSidecarBesideTheRoot() throws {
        let dir = try folder([
            "winter.plan": "campaign winter { start 2026-11-30 }",
            "winter.status.plan": "now 2026-12-08 12:00\nstatus winter.brief done 2026-12-03 16:00\nperson tom \"Tom\"",
        ])
        defer { remove(dir) }
        let g = load(dir + "/winter.plan")
        #expect(g.sidecar == ModuleID(0))
        #expect(g.modules.map(\.path) == [dir + "/winter.status.plan", dir + "/winter.plan"])
        #expect(g.diagnostics.map(\.code) == [.sidecarDeclaration])
    }
}
