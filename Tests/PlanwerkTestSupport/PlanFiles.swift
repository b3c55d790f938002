import Foundation
import PlanwerkSyntax

/// Finding and reading the project's plan files from tests: fixtures beside
/// the test sources, and the `examples/` folder of the repository.
public enum PlanFiles {
    /// The folder holding `file` (pass `#filePath`).
    public static func folder(of file: String) -> String {
        URL(fileURLWithPath: file).deletingLastPathComponent().path
    }

    /// The repository's root, found from a test source file (pass `#filePath`):
    /// the nearest folder above it that holds `Package.swift`.
    public static func repositoryRoot(from file: String) -> String {
        var url = URL(fileURLWithPath: file).deletingLastPathComponent()
        while url.path != "/" {
            if FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) { return url.path }
            url = url.deletingLastPathComponent()
        }
        return URL(fileURLWithPath: file).deletingLastPathComponent().path
    }

    /// Every file under `folder` (recursively) whose name ends in `suffix`, sorted.
    public static func all(under folder: String, suffix: String = ".plan") -> [String] {
        guard let walker = FileManager.default.enumerator(atPath: folder) else { return [] }
        var found: [String] = []
        while let relative = walker.nextObject() as? String {
            if relative.hasSuffix(suffix) { found.append(folder + "/" + relative) }
        }
        return found.sorted()
    }

    /// The file's bytes ([] when it cannot be read).
    public static func bytes(_ path: String) -> [UInt8] {
        FileManager.default.contents(atPath: path).map { Array($0) } ?? []
    }

    /// The file parsed.
    public static func parse(_ path: String) -> PlanFile {
        Parser.parse(SourceFile(path: path, bytes: bytes(path)))
    }
}
