import Foundation
import PlanwerkSyntax

/// What reading one path gave: the file, or why there is none.
public enum SourceRead: Sendable {
    /// The file's bytes, with the path as it was asked for.
    case file(SourceFile)
    /// Nothing exists at that path.
    case missing
    /// The path names a folder.
    case directory
    /// Something is there but cannot be read; the reason in plain words.
    case unreadable(String)
    /// The file is larger than the provider's limit; its size in bytes (or
    /// the bytes read before giving up, for a stream).
    case tooLarge(Int)
}

/// Where the module loader gets plan files from: the disk for the command
/// line (``DiskSourceProvider``), a dictionary for tests and the REPL
/// (``MemorySourceProvider``).
///
/// Relative paths are relative to the current directory. The loader hands
/// over the root path as the user gave it and import paths normalised with
/// ``PlanPath``.
public protocol SourceProvider: Sendable {
    /// Reads the file at `path`; the ``SourceFile`` it returns carries `path` unchanged.
    func read(_ path: String) -> SourceRead
    /// The file's identity: two paths with the same canonical path are one
    /// file and are loaded once. Defaults to the lexically normalised path.
    func canonicalPath(_ path: String) -> String
    /// The names (last path component) of the `.plan` files directly in
    /// `directory`, for "did you mean" suggestions. Defaults to none.
    func planFiles(in directory: String) -> [String]
    /// The largest file ``read(_:)`` returns, in bytes; for messages about larger ones.
    var maxFileSize: Int { get }
}

extension SourceProvider {
    public func canonicalPath(_ path: String) -> String { PlanPath.normalize(path) }
    public func planFiles(in directory: String) -> [String] { [] }
    public var maxFileSize: Int { DiskSourceProvider.defaultMaxFileSize }
}

/// Lexical path arithmetic with `/` separators, the same on every provider:
/// no file system access, so `a/link/../b` is `a/b` whatever `link` is.
public enum PlanPath {
    /// Removes `.` components, empty components and trailing slashes, and
    /// folds `name/..`; keeps leading `..` of a relative path; an absolute
    /// path stays absolute (`/..` is `/`). The empty path is `.`.
    public static func normalize(_ path: String) -> String {
        let absolute = path.hasPrefix("/")
        var parts: [Substring] = []
        for part in path.split(separator: "/") {
            if part == "." { continue }
            if part == ".." {
                if let last = parts.last, last != ".." {
                    parts.removeLast()
                } else if !absolute {
                    parts.append(part)
                }
                continue
            }
            parts.append(part)
        }
        let body = parts.joined(separator: "/")
        if absolute { return "/" + body }
        return body.isEmpty ? "." : body
    }

    /// Whether the path starts at the file system root.
    public static func isAbsolute(_ path: String) -> Bool { path.hasPrefix("/") }

    /// The folder holding `path` (normalised): `a/b.plan` → `a`, `b.plan` → `.`, `/b.plan` → `/`.
    public static func directory(of path: String) -> String {
        let p = normalize(path)
        if p == "/" || p == "." { return p }
        if p == ".." || p.hasSuffix("/..") { return p + "/.." }
        guard let slash = p.lastIndex(of: "/") else { return "." }
        return slash == p.startIndex ? "/" : String(p[..<slash])
    }

    /// `path` taken relative to `directory` (an absolute `path` stands alone), normalised.
    public static func join(_ directory: String, _ path: String) -> String {
        if isAbsolute(path) || directory == "." || directory.isEmpty { return normalize(path) }
        return normalize(directory + "/" + path)
    }

    /// The last component: `a/b.plan` → `b.plan`.
    public static func lastComponent(_ path: String) -> String {
        let p = normalize(path)
        return p.split(separator: "/").last.map(String.init) ?? p
    }
}

/// Reads plan files from the file system. Relative paths are relative to the
/// process's current directory; files larger than ``maxFileSize`` are refused.
public struct DiskSourceProvider: SourceProvider {
    /// Largest plan file read: 64 MiB, as for the files named on the command line.
    public static let defaultMaxFileSize = 64 << 20
    public var maxFileSize: Int

    public init(maxFileSize: Int = DiskSourceProvider.defaultMaxFileSize) {
        self.maxFileSize = maxFileSize
    }

    public func read(_ path: String) -> SourceRead {
        let fm = FileManager.default
        var isDirectory: ObjCBool = false
        guard fm.fileExists(atPath: path, isDirectory: &isDirectory) else { return .missing }
        if isDirectory.boolValue { return .directory }
        let attributes = try? fm.attributesOfItem(atPath: path)
        if attributes?[.type] as? FileAttributeType == .typeRegular,
           let size = attributes?[.size] as? Int, size > maxFileSize {
            return .tooLarge(size)
        }
        guard let handle = FileHandle(forReadingAtPath: path) else {
            return .unreadable(fm.isReadableFile(atPath: path) ? "it cannot be opened" : "you do not have permission to read it")
        }
        defer { try? handle.close() }
        // Read in chunks, so that a pipe or a device that never ends is cut off at the limit.
        var bytes: [UInt8] = []
        while true {
            let chunk: Data?
            do { chunk = try handle.read(upToCount: 1 << 20) } catch {
                return .unreadable("reading it failed")
            }
            guard let chunk, !chunk.isEmpty else { break }
            bytes += chunk
            if bytes.count > maxFileSize { return .tooLarge(bytes.count) }
        }
        return .file(SourceFile(path: path, bytes: bytes))
    }

    /// The absolute path with symbolic links resolved when the file exists;
    /// otherwise the absolute path, normalised lexically.
    public func canonicalPath(_ path: String) -> String {
        if let resolved = realpath(path, nil) {
            defer { free(resolved) }
            return String(cString: resolved)
        }
        if PlanPath.isAbsolute(path) { return PlanPath.normalize(path) }
        return PlanPath.join(FileManager.default.currentDirectoryPath, path)
    }

    public func planFiles(in directory: String) -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
        return names.filter { $0.hasSuffix(".plan") }.sorted()
    }
}

/// Plan files held in memory, by path: for tests and the REPL. Paths are
/// normalised with ``PlanPath`` on the way in and on lookup, so
/// `./a/../b.plan` finds `b.plan`; a path is a folder when some file lies
/// beneath it.
public struct MemorySourceProvider: SourceProvider {
    /// File contents by normalised path.
    public var files: [String: [UInt8]]
    /// Paths that exist but cannot be read, with the reason to report.
    public var unreadable: [String: String] = [:]
    public var maxFileSize: Int

    public init(_ texts: [String: String], maxFileSize: Int = DiskSourceProvider.defaultMaxFileSize) {
        self.init(bytes: texts.mapValues { Array($0.utf8) }, maxFileSize: maxFileSize)
    }

    public init(bytes: [String: [UInt8]], maxFileSize: Int = DiskSourceProvider.defaultMaxFileSize) {
        self.files = Dictionary(bytes.map { (PlanPath.normalize($0.key), $0.value) }, uniquingKeysWith: { a, _ in a })
        self.maxFileSize = maxFileSize
    }

    public func read(_ path: String) -> SourceRead {
        let key = PlanPath.normalize(path)
        if let reason = unreadable[key] { return .unreadable(reason) }
        if let bytes = files[key] {
            return bytes.count > maxFileSize ? .tooLarge(bytes.count) : .file(SourceFile(path: path, bytes: bytes))
        }
        let isFolder: (String) -> Bool
        switch key {
        case ".": isFolder = { !PlanPath.isAbsolute($0) }
        case "/": isFolder = { PlanPath.isAbsolute($0) }
        default: isFolder = { $0.hasPrefix(key + "/") }
        }
        return files.keys.contains(where: isFolder) ? .directory : .missing
    }

    public func planFiles(in directory: String) -> [String] {
        let folder = PlanPath.normalize(directory)
        return files.keys.filter { $0.hasSuffix(".plan") && PlanPath.directory(of: $0) == folder }
            .map(PlanPath.lastComponent).sorted()
    }
}
