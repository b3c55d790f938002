import Foundation
import PlanwerkSyntax
import PlanwerkTestSupport
import Testing

/// Golden files for the formatter: each `Fixtures/format/NAME.plan` beside the
/// `NAME.expected` it formats to. `PLANWERK_RECORD=1` rewrites the expected files.
@Suite struct FormatterGoldenTests {
    static let folder = PlanFiles.folder(of: #filePath) + "/Fixtures/format"
    static let inputs = PlanFiles.all(under: folder).map { String($0.dropFirst(folder.count + 1)) }

    @Test(arguments: inputs)
    func formatsAsExpected(_ name: String) {
        let plan = PlanFiles.parse(Self.folder + "/" + name)
        #expect(plan.diagnostics.isEmpty, "\(name) has syntax errors: \(plan.diagnostics.map(\.message))")
        let formatted = PlanFormatter.format(plan)
        Golden.assertMatches(actual: formatted, expectedFile: Self.folder + "/" + name.dropLast(".plan".count) + ".expected")
        FormatLaws.check(plan.source)
    }

    /// The expected outputs are themselves canonical.
    @Test(arguments: inputs)
    func expectedOutputIsAFixedPoint(_ name: String) throws {
        let path = Self.folder + "/" + name.dropLast(".plan".count) + ".expected"
        let bytes = PlanFiles.bytes(path)
        try #require(!bytes.isEmpty, "missing \(path)")
        let plan = Parser.parse(SourceFile(path: path, bytes: bytes))
        let text = String(decoding: bytes, as: UTF8.self)
        #expect(Golden.firstDifference(expected: text, actual: PlanFormatter.format(plan)) == nil)
    }

    @Test func thereAreGoldenFiles() {
        #expect(Self.inputs.count >= 5)
    }
}
