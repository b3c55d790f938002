import ArgumentParser
import Foundation
import PlanwerkSyntax

/// `planwerk fmt FILE… [--check] [--stdout]`: rewrites plans in the canonical
/// layout of ``PlanFormatter`` (docs/fmt.md).
///
/// Files are rewritten in place, atomically, and only when their layout
/// changes; `formatted PATH` goes to standard error for each one rewritten.
/// With no file or `-`, the plan is read from standard input and the result
/// written to standard output. A file with syntax errors is never touched.
/// Exit status: 0 ok; 1 syntax errors, or unformatted files under `--check`;
/// 2 usage or I/O errors.
struct FormatCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "fmt",
        abstract: "Rewrite plans in the canonical layout.",
        discussion: """
            Each FILE is rewritten in place (atomically) if its layout is not canonical, \
            and `formatted FILE` is printed to standard error. With no FILE, or `-`, the \
            plan is read from standard input and written to standard output. A file with \
            syntax errors is left untouched and its errors are printed.
            Exit status: 0 ok, 1 syntax errors (or unformatted files with --check), \
            2 usage or I/O errors.
            """)

    @Flag(help: "Change nothing: print the files that are not formatted and exit 1 if there are any.")
    var check = false

    @Flag(name: .customLong("stdout"), help: "Print the formatted plans to standard output instead of rewriting the files.")
    var toStandardOutput = false

    @Argument(help: "Plan files to format; `-` (or none) reads standard input.")
    var files: [String] = []

    func run() throws {
        if check && toStandardOutput {
            var err = StandardError()
            print("error: --check and --stdout cannot be used together", to: &err)
            throw ExitCode(2)
        }
        var status: Int32 = 0
        for path in files.isEmpty ? ["-"] : files {
            status = max(status, format(path))
        }
        if status != 0 { throw ExitCode(status) }
    }

    /// Formats one file (or standard input for `-`); returns its exit status.
    func format(_ path: String) -> Int32 {
        let source: SourceFile
        switch SourceReader.read(path) {
        case .failure(let diagnostic):
            DiagnosticOutput.print([diagnostic], sources: [:])
            return 2
        case .success(let file):
            source = file
        }
        let plan = Parser.parse(source)
        DiagnosticOutput.print(plan.diagnostics, sources: [source.path: source])
        if plan.diagnostics.hasErrors { return 1 }
        let formatted = Array(PlanFormatter.format(plan).utf8)
        let unchanged = formatted == source.bytes
        if check {
            if !unchanged { writeStandardOutput(Array((source.path + "\n").utf8)) }
            return unchanged ? 0 : 1
        }
        if path == "-" || toStandardOutput {
            writeStandardOutput(formatted)
            return 0
        }
        if unchanged { return 0 }
        do {
            try AtomicFile.write(formatted, to: path)
        } catch {
            DiagnosticOutput.print([Diagnostic(.cannotWriteFile, .error, "I cannot write `\(path)`: \(error.reason)",
                                               at: SourceSpan(file: path, range: .empty))], sources: [:])
            return 2
        }
        var err = StandardError()
        print("formatted \(path)", to: &err)
        return 0
    }

    func writeStandardOutput(_ bytes: [UInt8]) {
        FileHandle.standardOutput.write(Data(bytes))
    }
}

/// Why a file could not be written: the system's words for `errno`.
struct FileWriteError: Error {
    var reason: String
    init(errno code: Int32) { reason = String(cString: strerror(code)) }
}

/// Replaces a file's contents so that a crash leaves either the old or the new
/// contents, never a mix: write a temporary file in the same folder, flush it
/// to disk, rename it over the original, flush the folder.
///
/// The file keeps its permissions; a symbolic link stays a link (its target
/// is replaced).
enum AtomicFile {
    static func write(_ bytes: [UInt8], to path: String) throws(FileWriteError) {
        let target = resolved(path)
        let slash = target.lastIndex(of: "/")
        let folder = slash.map { $0 == target.startIndex ? "/" : String(target[..<$0]) } ?? "."
        let name = slash.map { String(target[target.index(after: $0)...]) } ?? target
        var template = Array("\(folder)/.\(name).fmt-XXXXXX".utf8CString)
        let fd = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard fd >= 0 else { throw FileWriteError(errno: errno) }
        let temporary = String(decoding: template.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        var ok = false
        defer { if !ok { unlink(temporary) } }

        var info = stat()
        if stat(target, &info) == 0 { _ = fchmod(fd, info.st_mode & 0o7777) }
        var written = 0
        while written < bytes.count {
            let n = bytes.withUnsafeBytes { Foundation.write(fd, $0.baseAddress! + written, bytes.count - written) }
            if n < 0 {
                if errno == EINTR { continue }
                let code = errno
                close(fd)
                throw FileWriteError(errno: code)
            }
            written += n
        }
        if fsync(fd) != 0 {
            let code = errno
            close(fd)
            throw FileWriteError(errno: code)
        }
        guard close(fd) == 0 else { throw FileWriteError(errno: errno) }
        guard rename(temporary, target) == 0 else { throw FileWriteError(errno: errno) }
        ok = true
        let folderFD = open(folder, O_RDONLY)
        if folderFD >= 0 {
            _ = fsync(folderFD)
            close(folderFD)
        }
    }

    /// The path with symbolic links resolved (the path itself if that fails).
    static func resolved(_ path: String) -> String {
        guard let p = realpath(path, nil) else { return path }
        defer { free(p) }
        return String(cString: p)
    }
}
