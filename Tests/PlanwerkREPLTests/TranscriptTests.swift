import Foundation
import PlanwerkTestSupport
import Testing
@testable import PlanwerkREPL

/// Sessions typed line by line, compared with golden transcripts: each
/// `Fixtures/NAME.repl` holds the lines typed, `NAME.expected` what a user
/// sees, each line after its prompt followed by the session's answer
/// (values, then diagnostics as the command line renders them). Re-record
/// with `PLANWERK_RECORD=1 swift test`.
@Suite struct TranscriptTests {
    static let fixtures = PlanFiles.folder(of: #filePath) + "/Fixtures"

    /// What a session shows for these lines, typed in `folder` at a terminal 80 columns wide.
    static func transcript(_ lines: [String], folder: String = fixtures) -> String {
        var session = REPLSession(folder: folder)
        session.width = 80
        var out = ""
        for line in lines {
            out += session.currentPrompt + line + "\n"
            let reply = session.feed(line)
            out += reply.text
            if reply.quit { return out + "(the session ends)\n" }
        }
        out += session.endOfInput().text
        return out + "(end of input\(session.hadErrors ? "; a line had an error" : ""))\n"
    }

    static var names: [String] {
        PlanFiles.all(under: fixtures, suffix: ".repl").map { URL(fileURLWithPath: $0).deletingPathExtension().lastPathComponent }
    }

    @Test func thereAreTranscripts() {
        #expect(Self.names.count >= 5)
    }

    @Test(arguments: names) func transcriptMatches(_ name: String) throws {
        let input = try String(contentsOfFile: Self.fixtures + "/\(name).repl", encoding: .utf8)
        var lines = input.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if lines.last == "" { lines.removeLast() }
        Golden.assertMatches(actual: Self.transcript(lines), expectedFile: Self.fixtures + "/\(name).expected")
    }
}
