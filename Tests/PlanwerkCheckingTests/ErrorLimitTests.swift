import PlanwerkChecking
import PlanwerkSyntax
import Testing

/// The limit of P0704 holds for the checker too: a hundred errors of one
/// file, then one P0704, however many the file has (docs/limits.md).
@Suite struct ErrorLimitTests {
    func check(_ files: [String: String], root: String = "a.plan") -> [Diagnostic] {
        Checker.check(ModuleLoader(provider: MemorySourceProvider(files)).load(root: root)).diagnostics
    }

    @Test func aHundredErrorsOfOneFileThenP0704() {
        // Found with a 10 MB file of one example repeated: 100,000 duplicate names, all printed.
        let text = (0..<300).map { "let x = \($0)\n" }.joined()
        let d = check(["a.plan": text])
        #expect(d.count == Parser.maxErrors + 1)
        #expect(d.filter { $0.code == .tooManyErrors }.count == 1)
        #expect(d.last?.code == .tooManyErrors)
        #expect(d.last?.span.file == "a.plan")
    }

    @Test func eachFileHasItsOwnLimit() {
        let many = (0..<150).map { "let y = \($0)\n" }.joined()
        let d = check(["a.plan": "import \"b.plan\"\n" + (0..<150).map { "let x = \($0)\n" }.joined(), "b.plan": many])
        for file in ["a.plan", "b.plan"] {
            #expect(d.filter { $0.span.file == file && $0.code != .tooManyErrors }.count == Parser.maxErrors, "\(file)")
            #expect(d.filter { $0.span.file == file && $0.code == .tooManyErrors }.count == 1, "\(file)")
        }
    }

    @Test func fewErrorsAreAllReported() {
        let d = check(["a.plan": "let x = 1\nlet x = 2\nlet x = 3\n"])
        #expect(d.count == 2)
        #expect(!d.contains { $0.code == .tooManyErrors })
    }

    /// A parser that stopped already (P0704 of its own) is not followed by the checker's errors of that file.
    @Test func oneP0704PerFile() {
        let text = String(repeating: "@ ", count: 300) + "\n" + (0..<300).map { "let x = \($0)\n" }.joined()
        let d = check(["a.plan": text])
        #expect(d.filter { $0.code == .tooManyErrors }.count == 1)
        #expect(d.count <= Parser.maxErrors + 1)
    }
}
