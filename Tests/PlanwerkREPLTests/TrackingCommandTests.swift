import Foundation
import PlanwerkTestSupport
import Testing
@testable import PlanwerkREPL

/// The tracking commands `:done`, `:approve`, `:reject`, `:progress` and
/// `:measure`: a session typed in a fresh folder holding
/// `Fixtures/tracking/shop.plan`, compared with a golden transcript
/// (`session.expected`) and the tracking file it leaves (`shop.status.expected`).
@Suite struct TrackingCommandTests {
    static let fixtures = PlanFiles.folder(of: #filePath) + "/Fixtures/tracking"

    /// A fresh folder with `shop.plan`, removed after `body`.
    func inShop(_ body: (String) throws -> Void) throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("planwerk-track-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try FileManager.default.copyItem(atPath: Self.fixtures + "/shop.plan", toPath: folder + "/shop.plan")
        try body(folder)
    }

    @Test func sessionRecordsCheckedLinesOnly() throws {
        try inShop { folder in
            let input = try String(contentsOfFile: Self.fixtures + "/session.lines", encoding: .utf8)
            var lines = input.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            if lines.last == "" { lines.removeLast() }
            var session = REPLSession(folder: folder)
            session.width = 80
            var out = session.load("shop.plan").text
            for line in lines { out += session.currentPrompt + line + "\n" + session.feed(line).text }
            Golden.assertMatches(actual: out, expectedFile: Self.fixtures + "/session.expected")
            let written = try String(contentsOfFile: folder + "/shop.status.plan", encoding: .utf8)
            Golden.assertMatches(actual: written, expectedFile: Self.fixtures + "/shop.status.expected")
            #expect(!FileManager.default.fileExists(atPath: folder + "/.shop.status.plan.tmp"), "the temporary file was renamed")
        }
    }

    @Test func withoutNowTheClockGivesTheTime() throws {
        try inShop { folder in
            var session = REPLSession(folder: folder)
            _ = session.load("shop.plan")
            let before = Date()
            let reply = session.feed(":done shop.write").text
            #expect(reply.contains("recorded in shop.status.plan: status shop.write done "), "\(reply)")
            let written = try String(contentsOfFile: folder + "/shop.status.plan", encoding: .utf8)
            let stamp = try #require(written.split(separator: "\n").last?.split(separator: " ").suffix(2).joined(separator: " "))
            // UTC plan: the clock's minute, or the next one if the minute turned meanwhile.
            let f = DateFormatter()
            f.dateFormat = "yyyy-MM-dd HH:mm"
            f.timeZone = TimeZone(identifier: "UTC")
            let recorded = try #require(f.date(from: stamp))
            #expect(abs(recorded.timeIntervalSince(before)) < 120, "\(stamp)")
        }
    }

    @Test func withoutAFileNothingIsRecorded() {
        var session = REPLSession(folder: FileManager.default.temporaryDirectory.path)
        let reply = session.feed(":done shop.write 2026-12-01 12:00")
        #expect(reply.text.contains("error[P0903]"))
        #expect(session.hadErrors)
    }

    @Test func trackingCommandsAreNeverShortened() {
        #expect(SessionCommand.named("a") == .agenda)
        #expect(SessionCommand.named("re") == .reload)
        #expect(SessionCommand.named("d") == nil)
        #expect(SessionCommand.named("prog") == nil)
        #expect(SessionCommand.named("measure") == .measure)
    }

    @Test func argumentsAreTakenApart() throws {
        #expect(try TrackingArguments.parse(.approve, "spring.teaser \"Fachliche Prüfung\" by anna 2027-02-08 10:00").get()
                == TrackingArguments(subject: "spring.teaser", label: "Fachliche Prüfung", person: "anna", time: "2027-02-08 10:00"))
        #expect(try TrackingArguments.parse(.reject, "spring.greetings[2] Recht 2027-02-08T10:00").get()
                == TrackingArguments(subject: "spring.greetings[2]", label: "Recht", time: "2027-02-08 10:00"))
        #expect(try TrackingArguments.parse(.measure, "spring.engagement 3.4% 2027-02-15").get()
                == TrackingArguments(subject: "spring.engagement", value: "3.4%", time: "2027-02-15"))
        #expect(try TrackingArguments.parse(.progress, "spring.shoot 40%").get() == TrackingArguments(subject: "spring.shoot", value: "40%"))
        #expect(try TrackingArguments.parse(.done, "spring.brief").get() == TrackingArguments(subject: "spring.brief"))
        #expect(throws: TrackingArguments.Problem.self) { try TrackingArguments.parse(.done, "spring.brief soon").get() }
        #expect(throws: TrackingArguments.Problem.self) { try TrackingArguments.parse(.approve, "spring.brief \"Recht").get() }
        #expect(throws: TrackingArguments.Problem.self) { try TrackingArguments.parse(.approve, "spring.brief Recht by").get() }
        #expect(throws: TrackingArguments.Problem.self) { try TrackingArguments.parse(.progress, "spring.brief").get() }
    }
}
