#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// Appends tracking lines to a plan's sidecar (`NAME.status.plan`) so that
/// no line is ever half written or lost (LANGUAGE.md §6):
///
/// 1. take an exclusive `flock` on the lock file `.NAME.status.plan.lock`
///    beside it, so that writers (two REPLs) take turns;
/// 2. read the sidecar as it is now (another writer may just have added to it);
/// 3. write its text and the new line to the temporary file
///    `.NAME.status.plan.tmp` in the same folder, flush it and `fsync` it;
/// 4. `rename` it over the sidecar (atomic: readers see the old file or the
///    new one, never a mixture), and `fsync` the folder so the rename lasts;
/// 5. release the lock (closing its file also releases it if the process dies).
///
/// A writer killed at any moment leaves the sidecar as it was before or after
/// its line, and at worst a stale temporary file that the next append replaces.
/// The lock file stays; deleting it would let two writers lock different files.
public enum SidecarAppender {
    /// Why an append failed, in words for a diagnostic.
    public struct Failure: Error, Sendable, Equatable {
        public var message: String
    }

    /// Appends `line` (without its line break) to the file at `path`, creating
    /// it (with `header` first, if given) when it does not exist.
    public static func append(_ line: String, to path: String, header: String? = nil) -> Result<Void, Failure> {
        let url = URL(fileURLWithPath: path)
        let folder = url.deletingLastPathComponent().path
        let name = url.lastPathComponent
        let lockPath = folder + "/." + name + ".lock", temporary = folder + "/." + name + ".tmp"

        let lock = open(lockPath, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard lock >= 0 else { return failure("cannot create the lock file \(lockPath)") }
        defer { close(lock) }
        while flock(lock, LOCK_EX) != 0 {
            guard errno == EINTR else { return failure("cannot lock \(lockPath)") }
        }
        defer { _ = flock(lock, LOCK_UN) }

        var bytes: [UInt8]
        var mode: mode_t = 0o644
        switch contents(of: path) {
        case .success(let current?):
            bytes = current.bytes
            mode = current.mode
            if let last = bytes.last, last != 0x0A { bytes.append(0x0A) }
        case .success(nil):
            bytes = header.map { Array(($0.hasSuffix("\n") ? $0 : $0 + "\n").utf8) } ?? []
        case .failure(let f):
            return .failure(f)
        }
        bytes += Array(line.utf8) + [0x0A]

        let out = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, mode)
        guard out >= 0 else { return failure("cannot write \(temporary)") }
        var written = 0
        while written < bytes.count {
            let n = bytes[written...].withUnsafeBytes { write(out, $0.baseAddress, $0.count) }
            if n < 0 && errno == EINTR { continue }
            guard n > 0 else {
                close(out)
                unlink(temporary)
                return failure("cannot write \(temporary)")
            }
            written += n
        }
        guard fsync(out) == 0 else {
            close(out)
            unlink(temporary)
            return failure("cannot flush \(temporary) to the disk")
        }
        close(out)
        guard rename(temporary, path) == 0 else {
            unlink(temporary)
            return failure("cannot replace \(path)")
        }
        let directory = open(folder, O_RDONLY | O_CLOEXEC)
        if directory >= 0 {
            _ = fsync(directory)
            close(directory)
        }
        return .success(())
    }

    /// The sidecar's bytes and permissions; nil when it does not exist.
    static func contents(of path: String) -> Result<(bytes: [UInt8], mode: mode_t)?, Failure> {
        let input = open(path, O_RDONLY | O_CLOEXEC)
        guard input >= 0 else { return errno == ENOENT ? .success(nil) : failure("cannot read \(path)") }
        defer { close(input) }
        var info = stat()
        let mode: mode_t = fstat(input, &info) == 0 ? info.st_mode & 0o7777 : 0o644
        var bytes: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65_536)
        while true {
            let n = buffer.withUnsafeMutableBytes { read(input, $0.baseAddress, $0.count) }
            if n < 0 && errno == EINTR { continue }
            guard n >= 0 else { return failure("cannot read \(path)") }
            if n == 0 { break }
            bytes += buffer[0..<n]
        }
        return .success((bytes, mode))
    }

    static func failure<T>(_ message: String) -> Result<T, Failure> {
        .failure(Failure(message: message + " (\(String(cString: strerror(errno))))"))
    }
}
