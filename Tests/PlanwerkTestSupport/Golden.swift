import Foundation
import Testing

/// Golden files: expected output kept beside the test input, compared byte for
/// byte, and re-recorded on purpose with `PLANWERK_RECORD=1`.
///
/// ```swift
/// Golden.assertMatches(actual: PlanFormatter.format(plan), expectedFile: dir + "/teams.expected")
/// ```
///
/// A mismatch is a test issue naming the first line that differs. When
/// recording, the file is (re)written with `actual` and no issue is raised
/// unless writing fails; run the tests again without the variable to confirm.
public enum Golden {
    /// Whether `PLANWERK_RECORD=1` asks to rewrite the golden files.
    public static var isRecording: Bool {
        ProcessInfo.processInfo.environment["PLANWERK_RECORD"] == "1"
    }

    /// Compares `actual` with the contents of `expectedFile` (or records it).
    public static func assertMatches(actual: String, expectedFile: String,
                                     sourceLocation: SourceLocation = #_sourceLocation) {
        if isRecording {
            do {
                try Data(actual.utf8).write(to: URL(fileURLWithPath: expectedFile), options: .atomic)
            } catch {
                Issue.record("cannot record \(expectedFile): \(error)", sourceLocation: sourceLocation)
            }
            return
        }
        guard let data = FileManager.default.contents(atPath: expectedFile) else {
            Issue.record("missing golden file \(expectedFile); run the tests with PLANWERK_RECORD=1 to create it",
                         sourceLocation: sourceLocation)
            return
        }
        let expected = String(decoding: data, as: UTF8.self)
        if let difference = firstDifference(expected: expected, actual: actual) {
            Issue.record("""
                \(expectedFile) does not match; \(difference)
                (run the tests with PLANWERK_RECORD=1 to accept the new output)
                """, sourceLocation: sourceLocation)
        }
    }

    /// Where two texts first differ, as a readable sentence with both lines;
    /// nil when they are equal.
    public static func firstDifference(expected: String, actual: String) -> String? {
        guard expected != actual else { return nil }
        let e = lines(expected), a = lines(actual)
        for k in 0..<max(e.count, a.count) {
            let x = k < e.count ? e[k] : nil
            let y = k < a.count ? a[k] : nil
            if x != y {
                return """
                    first difference at line \(k + 1):
                      expected: \(x.map(show) ?? "<end of text>")
                      actual:   \(y.map(show) ?? "<end of text>")
                    """
            }
        }
        return "the texts differ only in line endings or a final newline"
    }

    /// Lines split on `\n` only, so that `\r` and missing final newlines show.
    static func lines(_ s: String) -> [String] {
        s.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }

    /// A line quoted, with invisible characters made visible.
    static func show(_ line: String) -> String {
        var out = "\""
        for c in line.unicodeScalars {
            switch c {
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "\"": out += "\\\""
            default: out.unicodeScalars.append(c)
            }
        }
        return out + "\""
    }
}
