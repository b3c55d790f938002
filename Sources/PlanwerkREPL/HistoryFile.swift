import Foundation

/// Where the REPL keeps its history and what goes into it (LANGUAGE.md §10):
/// `$XDG_STATE_HOME/planwerk/history`, by default
/// `~/.local/state/planwerk/history`; non-blank lines only, a line the same
/// as the one before it once, at most ``maxEntries`` lines.
public enum HistoryFile {
    /// Lines kept in the file, the newest.
    public static let maxEntries = 1000

    /// The history file's path for an environment; nil without a home (then there is no history).
    public static func path(environment: [String: String]) -> String? {
        if let state = environment["XDG_STATE_HOME"], state.hasPrefix("/") {
            return state + "/planwerk/history"
        }
        guard let home = environment["HOME"], !home.isEmpty else { return nil }
        return home + "/.local/state/planwerk/history"
    }

    /// Whether `line` goes into the history after `previous`.
    public static func keeps(_ line: String, after previous: String?) -> Bool {
        !line.allSatisfy(\.isWhitespace) && line != previous
    }

    /// Creates the folder the history file goes in (private to the user); false when that fails.
    static func prepareFolder(of path: String) -> Bool {
        let folder = (path as NSString).deletingLastPathComponent
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true,
                                                    attributes: [.posixPermissions: 0o700])
            return true
        } catch {
            return false
        }
    }
}
