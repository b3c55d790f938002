import CReadline
import Foundation

/// Lines from a terminal through GNU readline: line editing, history kept
/// in ``HistoryFile`` across sessions (read when the editor starts, saved by
/// ``close()``), Tab completion from the session, Ctrl-C abandons the line
/// being typed and the session goes on, Ctrl-D on an empty line ends it.
///
/// Readline's callback interface is used, with a `poll` loop around it, so
/// that Ctrl-C (caught by a C handler in the shim that only sets a flag)
/// interrupts the wait for a key instead of killing the process. Every call
/// into the shim is in this file (see `shim.h`).
public struct ReadlineEditor: LineEditor {
    let historyPath: String?
    /// Lines added to the history in this session, to append on ``close()``.
    var added = 0
    var previous: String?

    /// Starts readline and reads the history file at `historyPath` (if any).
    public init(historyPath: String?) {
        self.historyPath = historyPath
        let callback: @convention(c) (UnsafePointer<CChar>?, Int32, Int32) -> UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = { _, start, _ in
            ReadlineEditor.complete(from: Int(start))
        }
        planwerk_rl_configure(callback)
        _ = planwerk_catch_sigint()
        using_history()
        stifle_history(Int32(HistoryFile.maxEntries))
        if let historyPath {
            _ = read_history(historyPath)
            previous = planwerk_history_last().map { String(cString: $0) }
        }
    }

    public mutating func readLine(prompt: String, completion: @escaping @Sendable (String, Int) -> Completion) -> LineEvent {
        CompletionHook.shared.set(completion)
        _ = planwerk_take_interrupt()  // a Ctrl-C pressed while the REPL was busy is forgotten
        planwerk_rl_begin(prompt)
        while planwerk_rl_state() == 0 {
            var descriptor = pollfd(fd: 0, events: Int16(POLLIN), revents: 0)
            let ready = poll(&descriptor, 1, -1)
            if planwerk_take_interrupt() != 0 {
                planwerk_rl_abandon()
                FileHandle.standardOutput.write(Data("^C\n".utf8))
                return .interrupted
            }
            if ready > 0 {
                rl_callback_read_char()
            } else if ready < 0 && errno != EINTR {
                planwerk_rl_abandon()
                return .end
            }
        }
        guard planwerk_rl_state() == 1, let pointer = planwerk_rl_take_line() else {
            _ = planwerk_rl_take_line()
            FileHandle.standardOutput.write(Data("\n".utf8))
            return .end
        }
        let line = String(cString: pointer)
        free(pointer)
        if HistoryFile.keeps(line, after: previous) {
            add_history(line)
            added += 1
            previous = line
        }
        return .line(line)
    }

    /// Adds this session's lines to the history file, keeping it at ``HistoryFile/maxEntries`` lines.
    public mutating func close() {
        guard let path = historyPath, added > 0, HistoryFile.prepareFolder(of: path) else { return }
        if FileManager.default.fileExists(atPath: path) {
            _ = append_history(Int32(min(added, Int(planwerk_history_count()))), path)
        } else {
            _ = write_history(path)
        }
        _ = history_truncate_file(path, Int32(HistoryFile.maxEntries))
        added = 0
    }

    /// The completion callback's work: asks the session, then hands readline
    /// the candidates as replacements of *its* word (which begins at byte
    /// `start`), in the malloc'd array readline frees.
    static func complete(from start: Int) -> UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? {
        guard let completion = CompletionHook.shared.get(), let buffer = planwerk_rl_line() else {
            planwerk_rl_completion_settings(0)
            return nil
        }
        let line = Array(String(cString: buffer).utf8)
        let result = completion(String(decoding: line, as: UTF8.self), Int(planwerk_rl_point()))
        let candidates = readlineWords(result, line: line, wordStart: start)
        planwerk_rl_completion_settings(candidates.count == 1 && candidates[0].hasSuffix("/") ? 1 : 0)
        guard !candidates.isEmpty else { return nil }
        let words = candidates.count == 1 ? candidates : [commonPrefix(candidates)] + candidates
        guard let raw = malloc(MemoryLayout<UnsafeMutablePointer<CChar>?>.stride * (words.count + 1)) else { return nil }
        let array = raw.bindMemory(to: UnsafeMutablePointer<CChar>?.self, capacity: words.count + 1)
        for (k, word) in words.enumerated() { array[k] = strdup(word) }
        array[words.count] = nil
        return array
    }

    /// Candidates that replace the text from `completion.start` turned into
    /// ones that replace readline's word, which begins at `wordStart`.
    static func readlineWords(_ completion: Completion, line: [UInt8], wordStart: Int) -> [String] {
        guard completion.start <= line.count, wordStart <= line.count else { return [] }
        if completion.start >= wordStart {
            let lead = String(decoding: line[wordStart..<completion.start], as: UTF8.self)
            return completion.candidates.map { lead + $0 }
        }
        let extra = line[completion.start..<wordStart]
        return completion.candidates.compactMap { candidate in
            let bytes = Array(candidate.utf8)
            guard bytes.starts(with: extra) else { return nil }
            return String(decoding: bytes.dropFirst(extra.count), as: UTF8.self)
        }
    }

    /// The longest common beginning of all words (whole characters).
    static func commonPrefix(_ words: [String]) -> String {
        guard var prefix = words.first else { return "" }
        for word in words.dropFirst() {
            while !word.hasPrefix(prefix) { prefix.removeLast() }
        }
        return prefix
    }
}

/// The session's completion, for the C callback, which cannot capture
/// anything: set before each line is read. A lock keeps it safe to share.
final class CompletionHook: @unchecked Sendable {
    static let shared = CompletionHook()
    private let lock = NSLock()
    private var completion: (@Sendable (String, Int) -> Completion)?

    func set(_ completion: @escaping @Sendable (String, Int) -> Completion) {
        lock.lock()
        self.completion = completion
        lock.unlock()
    }

    func get() -> (@Sendable (String, Int) -> Completion)? {
        lock.lock()
        defer { lock.unlock() }
        return completion
    }
}
