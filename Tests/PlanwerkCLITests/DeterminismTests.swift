import Foundation
import PlanwerkTestSupport
import Testing

/// The same plan gives the same bytes from `run` and every export, in
/// separate processes: Swift seeds hashing per process, so a dictionary's
/// order that leaked into output would show here, and the two processes run
/// in different time zones and locales, so a clock or locale read would too.
@Suite struct DeterminismTests {
    static let repository = URL(fileURLWithPath: PlanFiles.repositoryRoot(from: #filePath))
    static let formats = ["json", "ics", "csv", "mermaid", "html", "markdown"]

    static func run(_ arguments: [String], zone: String, locale: String) throws -> CommandResult {
        var environment = ProcessInfo.processInfo.environment
        environment["NO_COLOR"] = "1"
        environment["TZ"] = zone
        environment["LANG"] = locale
        environment["LC_ALL"] = locale
        return try TestProcess.run(try PlanwerkExecutable.url(), arguments, in: repository, environment: environment)
    }

    @Test(arguments: ExampleGoldenTests.names)
    func runAndEveryExportTwice(_ name: String) throws {
        for command in [["run"]] + Self.formats.map({ ["export", "--format", $0] }) {
            let arguments = command + ["examples/\(name).plan"]
            let first = try Self.run(arguments, zone: "UTC", locale: "C")
            let second = try Self.run(arguments, zone: "Pacific/Kiritimati", locale: "de_DE.UTF-8")
            #expect(first.status == 0, "\(arguments): \(first.stderr)")
            #expect(first.stdout.count > 100)
            #expect(first.stdout == second.stdout, "\(arguments.joined(separator: " ")) differs between two processes")
            #expect(first.stderr == second.stderr)
        }
    }
}
