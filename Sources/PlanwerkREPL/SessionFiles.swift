import Foundation
import PlanwerkChecking
import PlanwerkSyntax

/// The plan files a session reads: relative paths are taken from the
/// session's folder but keep the spelling the user typed (that is how
/// diagnostics name them), and each file is read once and remembered until
/// `:reload` (``FileCache/clear()``), so a session sees one consistent state
/// of its files. The root file may be replaced by the text the session
/// composes (the file followed by the session's declarations).
struct SessionFiles: SourceProvider {
    let folder: String
    let cache: FileCache
    var disk = DiskSourceProvider()
    /// The root file's text as the session composes it, by path.
    var root: SourceFile?
    /// A file read as this text instead of from the disk: the tracking file with a line not yet written.
    var overlay: SourceFile?

    init(folder: String, cache: FileCache, root: SourceFile? = nil) {
        self.folder = folder
        self.cache = cache
        self.root = root
    }

    func read(_ path: String) -> SourceRead {
        if let root, root.path == path { return .file(root) }
        if let overlay, overlay.path == path { return .file(overlay) }
        let read = cache.read(located(path)) { disk.read($0) }
        if case .file(let file) = read, file.path != path { return .file(SourceFile(path: path, bytes: file.bytes)) }
        return read
    }

    func canonicalPath(_ path: String) -> String { disk.canonicalPath(located(path)) }
    func planFiles(in directory: String) -> [String] { disk.planFiles(in: located(directory)) }
    var maxFileSize: Int { disk.maxFileSize }

    /// Where a path the user typed lies on disk.
    func located(_ path: String) -> String { PlanPath.join(folder, path) }
}

/// What reading each path gave, kept for a session. A reference type on
/// purpose: module loaders hold providers by value, and every copy of a
/// session's provider must see the same memory; a lock keeps it safe.
final class FileCache: @unchecked Sendable {
    private var reads: [String: SourceRead] = [:]
    private let lock = NSLock()

    /// The remembered read of `path`, or a new one from `load`.
    func read(_ path: String, _ load: (String) -> SourceRead) -> SourceRead {
        lock.lock()
        defer { lock.unlock() }
        if let known = reads[path] { return known }
        let read = load(path)
        reads[path] = read
        return read
    }

    /// Forgets every file, so that the next reads see the disk again.
    func clear() {
        lock.lock()
        reads = [:]
        lock.unlock()
    }
}
