import Foundation
import Testing
@testable import PlanwerkSyntax
import PlanwerkTestSupport

/// Every diagnostic code has its explanation, once, and docs/diagnostics.md is the catalog.
@Suite struct DiagnosticCatalogTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The raw values of every `DiagnosticCode("P…")` constant in the sources.
    static func declaredCodes() throws -> Set<String> {
        let folder = root.appendingPathComponent("Sources")
        var codes = Set<String>()
        let files = FileManager.default.enumerator(atPath: folder.path)?.compactMap { $0 as? String }.filter { $0.hasSuffix(".swift") } ?? []
        let pattern = try Regex(#"DiagnosticCode\("(P\d{4})"\)"#)
        for file in files {
            let text = try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
            for match in text.matches(of: pattern) { codes.insert(String(text[match.range].dropFirst(16).prefix(5))) }
        }
        return codes
    }

    @Test func everyCodeIsExplainedExactlyOnce() throws {
        let declared = try Self.declaredCodes()
        let explained = DiagnosticCatalog.all.map(\.code.rawValue)
        #expect(declared.count >= 25)
        #expect(Set(explained) == declared, "missing: \(declared.subtracting(explained).sorted()), stale: \(Set(explained).subtracting(declared).sorted())")
        #expect(explained.count == Set(explained).count, "a code is explained twice")
    }

    @Test func lookupAcceptsLooseSpellings() {
        #expect(DiagnosticCatalog.entry(for: "p0105")?.code == .unknownClause)
        #expect(DiagnosticCatalog.entry(for: "0105")?.code == .unknownClause)
        #expect(DiagnosticCatalog.entry(for: "P9999") == nil)
    }

    @Test func examplesOfSyntaxCodesReallyProduceThem() {
        // The example of each parser-level code, parsed, gives that code; its fix does not.
        let parserCodes: Set<DiagnosticCode> = [.unexpectedCharacter, .unterminatedText, .invalidDate, .invalidTime, .unknownUnit,
                                                .expectedDeclaration, .expectedToken, .expectedExpression, .expectedName,
                                                .expectedStatementEnd, .nonAssociative, .negativeLag, .duplicateModifier, .invalidStatus]
        for e in DiagnosticCatalog.all where parserCodes.contains(e.code) {
            let bad = Parser.parse(SourceFile(path: "example", text: wrap(e.example)))
            #expect(bad.diagnostics.contains { $0.code == e.code }, "\(e.code)'s example does not produce it: \(bad.diagnostics.map(\.code))")
            let good = Parser.parse(SourceFile(path: "fix", text: wrap(e.fix)))
            #expect(good.diagnostics.isEmpty, "\(e.code)'s fix has errors: \(good.diagnostics.map(\.message))")
        }
    }

    /// Clause-level examples are wrapped in a block so that they are whole plans.
    func wrap(_ s: String) -> String {
        let first = s.split(separator: " ").first.map(String.init) ?? ""
        if ["task", "post", "milestone"].contains(first) { return "campaign c {\n\(s)\n}" }
        if first == "every" { return "report r { \(s) }" }
        if ["effort", "deadline", "at"].contains(first) { return "campaign c {\n task t { \(s) }\n}" }
        if first == "text" { return "campaign c {\n post p on x { \(s) }\n}" }
        return s
    }

    @Test func docsListEveryCode() {
        Golden.assertMatches(actual: DiagnosticCatalog.markdown(), expectedFile: Self.root.appendingPathComponent("docs/diagnostics.md").path)
    }
}
