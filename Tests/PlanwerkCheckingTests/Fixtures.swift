import Foundation

/// Reads a file relative to the calling test file.
func readFixture(_ testFile: String, _ relative: String) -> String {
    let url = URL(fileURLWithPath: testFile).deletingLastPathComponent().appendingPathComponent(relative)
    return (try? String(contentsOf: url, encoding: .utf8)) ?? ""
}
