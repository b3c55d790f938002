import Foundation

/// Reads a fixture as UTF-8 text (lenient), or "" if missing.
func readFixture(_ path: String) -> String {
    guard let data = FileManager.default.contents(atPath: path) else { return "" }
    return String(decoding: data, as: UTF8.self)
}
