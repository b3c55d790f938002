import Foundation
import PlanwerkTestSupport
import Testing

/// Every example plan through the built `planwerk`, as CI and users run it:
/// `check` exits 0 with "no problems", and the agenda of `run` and the JSON
/// of `export` are golden files under `Fixtures/examples/NAME.run` and
/// `NAME.json` (re-record with `PLANWERK_RECORD=1`). The other export formats
/// are golden in `PlanwerkOutputTests` (`Fixtures/exports/`).
@Suite struct ExampleGoldenTests {
    static let repository = URL(fileURLWithPath: PlanFiles.repositoryRoot(from: #filePath))
    static let fixtures = repository.appendingPathComponent("Tests/PlanwerkCLITests/Fixtures/examples")

    /// `examples/NAME.plan` of every example that is a plan of its own (templates and sidecars excluded).
    static let names: [String] = ((try? FileManager.default.contentsOfDirectory(atPath: repository.appendingPathComponent("examples").path)) ?? [])
        .filter { $0.hasSuffix(".plan") && !$0.hasSuffix(".status.plan") }
        .map { String($0.dropLast(".plan".count)) }.sorted()

    @Test func theExamplesAreThere() {
        #expect(Self.names.count >= 6)
        #expect(Set(["csmo-department", "product-launch", "customer-care-channel", "crisis-communication", "recurrence", "tracking"])
            .isSubset(of: Set(Self.names)))
    }

    /// The one diagnostic an example shows on purpose: the tracking example has
    /// an approval step past its SLA (docs/tracking.md); every other example is clean.
    static let shownOnPurpose: [String: String] = ["tracking": "P0607"]

    /// What `check` and `run` print on standard error for an example.
    static func expectedSummary(_ path: String, _ stderr: String) -> Bool {
        let name = URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent
        guard let code = shownOnPurpose[name] else { return stderr.contains("\(path): no problems\n") }
        return stderr.contains("warning[\(code)]") && stderr.contains("\(path): 1 warning\n")
    }

    @Test func everyPlanOfTheExamplesFolderChecksClean() throws {
        // Imported files (templates/) are plans of their own too; sidecars are not.
        let all = PlanFiles.all(under: Self.repository.appendingPathComponent("examples").path)
            .filter { !$0.hasSuffix(".status.plan") }.map { String($0.dropFirst(Self.repository.path.count + 1)) }
        #expect(all.count >= 8)
        let r = try PlanwerkExecutable.run(["check"] + all, in: Self.repository)
        #expect(r.status == 0, "\(r.stderr)")
        for path in all { #expect(Self.expectedSummary(path, r.stderr), "\(path): \(r.stderr)") }
        #expect(r.stderr.components(separatedBy: "warning[").count - 1 == Self.shownOnPurpose.count)
    }

    @Test(arguments: names)
    func theAgendaOfRun(_ name: String) throws {
        let r = try PlanwerkExecutable.run(["run", "examples/\(name).plan"], in: Self.repository)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(Self.expectedSummary("examples/\(name).plan", r.stderr), "\(r.stderr)")
        #expect(r.stdout.hasPrefix("Agenda of \(name) ("))
        Golden.assertMatches(actual: r.stdout, expectedFile: Self.fixtures.appendingPathComponent("\(name).run").path)
        #expect(try PlanwerkExecutable.run(["run", "examples/\(name).plan"], in: Self.repository).stdout == r.stdout, "the same agenda twice")
    }

    @Test(arguments: names)
    func theJSONExport(_ name: String) throws {
        let r = try PlanwerkExecutable.run(["export", "examples/\(name).plan", "--format", "json"], in: Self.repository)
        #expect(r.status == 0, "\(r.stderr)")
        let object = try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any]
        #expect((object?["tasks"] as? [Any])?.isEmpty == false)
        let codes = (object?["diagnostics"] as? [[String: Any]])?.compactMap { $0["code"] as? String }
        #expect(codes == (Self.shownOnPurpose[name].map { [$0] } ?? []))
        Golden.assertMatches(actual: r.stdout, expectedFile: Self.fixtures.appendingPathComponent("\(name).json").path)
    }
}
