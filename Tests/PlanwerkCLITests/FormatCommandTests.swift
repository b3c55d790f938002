import Foundation
import PlanwerkTestSupport
import Testing

/// `planwerk fmt` end to end: the built executable run on files in a fresh
/// folder, checked by exit status, output and the files left behind.
@Suite struct FormatCommandTests {
    static let ugly = "team t{lead a;person b \"B\"}\n\n\ncurrency   EUR   # euros\n"
    static let canonical = "team t { lead a; person b \"B\" }\n\ncurrency EUR # euros\n"
    static let broken = "team t {\n  lead\n"

    func fmt(_ arguments: [String], stdin: String? = nil, in folder: URL) throws -> CommandResult {
        try PlanwerkExecutable.run(["fmt"] + arguments, stdin: stdin, in: folder)
    }

    // MARK: - Rewriting in place

    @Test func rewritesUnformattedFilesInPlace() throws {
        try inFolder { folder in
            try write(Self.ugly, "a.plan", in: folder)
            try write(Self.canonical, "b.plan", in: folder)
            let r = try fmt(["a.plan", "b.plan"], in: folder)
            #expect(r.status == 0)
            #expect(r.stdout == "")
            #expect(r.stderr == "formatted a.plan\n")
            #expect(try read("a.plan", in: folder) == Self.canonical)
            #expect(try read("b.plan", in: folder) == Self.canonical)
            // No temporary file is left behind.
            #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == ["a.plan", "b.plan"])
        }
    }

    @Test func formattedFilesAreNotTouched() throws {
        try inFolder { folder in
            try write(Self.canonical, "a.plan", in: folder)
            let path = folder.appendingPathComponent("a.plan").path
            let before = try FileManager.default.attributesOfItem(atPath: path)[.systemFileNumber] as? Int
            let r = try fmt(["a.plan"], in: folder)
            #expect(r == CommandResult(stdout: "", stderr: "", status: 0))
            let after = try FileManager.default.attributesOfItem(atPath: path)[.systemFileNumber] as? Int
            #expect(before == after, "the file was replaced although it was formatted")
        }
    }

    /// No data loss: `fmt` writes a new file and renames it over the old one,
    /// so a reader (or a crash) sees the old contents whole or the new ones
    /// whole, never a file cut short (a write in place would truncate first).
    @Test func rewritingReplacesTheFileWholeByRename() throws {
        try inFolder { folder in
            try write(Self.ugly, "a.plan", in: folder)
            let path = folder.appendingPathComponent("a.plan").path
            let before = try FileManager.default.attributesOfItem(atPath: path)[.systemFileNumber] as? Int
            // A hard link and an open handle keep the old file: both still read it whole.
            try FileManager.default.linkItem(atPath: path, toPath: folder.appendingPathComponent("old.plan").path)
            let reader = try #require(FileHandle(forReadingAtPath: path))
            defer { try? reader.close() }
            let r = try fmt(["a.plan"], in: folder)
            #expect(r.status == 0)
            #expect(try read("a.plan", in: folder) == Self.canonical)
            let after = try FileManager.default.attributesOfItem(atPath: path)[.systemFileNumber] as? Int
            #expect(before != nil && before != after, "the file was rewritten in place, not replaced")
            #expect(String(decoding: reader.readDataToEndOfFile(), as: UTF8.self) == Self.ugly)
            #expect(try read("old.plan", in: folder) == Self.ugly)
            #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == ["a.plan", "old.plan"])
        }
    }

    @Test func rewritingKeepsPermissionsAndSymbolicLinks() throws {
        try inFolder { folder in
            try write(Self.ugly, "real.plan", in: folder)
            let real = folder.appendingPathComponent("real.plan").path
            try FileManager.default.setAttributes([.posixPermissions: 0o640], ofItemAtPath: real)
            try FileManager.default.createSymbolicLink(atPath: folder.appendingPathComponent("link.plan").path,
                                                       withDestinationPath: "real.plan")
            let r = try fmt(["link.plan"], in: folder)
            #expect(r.status == 0)
            #expect(r.stderr == "formatted link.plan\n")
            #expect(try FileManager.default.destinationOfSymbolicLink(atPath: folder.appendingPathComponent("link.plan").path) == "real.plan")
            #expect(try read("real.plan", in: folder) == Self.canonical)
            #expect(try FileManager.default.attributesOfItem(atPath: real)[.posixPermissions] as? Int == 0o640)
        }
    }

    // MARK: - Errors

    @Test func aFileWithSyntaxErrorsIsNeverRewritten() throws {
        try inFolder { folder in
            try write(Self.broken, "broken.plan", in: folder)
            try write(Self.ugly, "ugly.plan", in: folder)
            let r = try fmt(["broken.plan", "ugly.plan"], in: folder)
            #expect(r.status == 1)
            #expect(r.stderr.hasPrefix("broken.plan:1:8: error[P0"), "\(r.stderr)")
            #expect(r.stderr.contains("formatted ugly.plan"))
            #expect(try read("broken.plan", in: folder) == Self.broken)
            #expect(try read("ugly.plan", in: folder) == Self.canonical)
        }
    }

    @Test func aMissingFileExitsWithTwo() throws {
        try inFolder { folder in
            try write(Self.broken, "broken.plan", in: folder)
            let r = try fmt(["missing.plan", "broken.plan"], in: folder)
            #expect(r.status == 2)
            #expect(r.stderr.contains("error[P0801]"), "\(r.stderr)")
            #expect(r.stderr.contains("missing.plan"))
            #expect(r.stdout == "")
        }
    }

    @Test func checkAndStdoutTogetherAreAUsageError() throws {
        try inFolder { folder in
            try write(Self.ugly, "a.plan", in: folder)
            let r = try fmt(["--check", "--stdout", "a.plan"], in: folder)
            #expect(r.status == 2)
            #expect(try read("a.plan", in: folder) == Self.ugly)
        }
    }

    // MARK: - --check

    @Test func checkListsUnformattedFilesAndChangesNothing() throws {
        try inFolder { folder in
            try write(Self.ugly, "a.plan", in: folder)
            try write(Self.canonical, "b.plan", in: folder)
            try write(Self.ugly, "c.plan", in: folder)
            let r = try fmt(["--check", "a.plan", "b.plan", "c.plan"], in: folder)
            #expect(r.status == 1)
            #expect(r.stdout == "a.plan\nc.plan\n")
            #expect(r.stderr == "")
            #expect(try read("a.plan", in: folder) == Self.ugly)
            #expect(try read("c.plan", in: folder) == Self.ugly)
        }
    }

    @Test func checkPassesOnFormattedFiles() throws {
        try inFolder { folder in
            try write(Self.canonical, "b.plan", in: folder)
            #expect(try fmt(["--check", "b.plan"], in: folder) == CommandResult(stdout: "", stderr: "", status: 0))
        }
    }

    @Test func checkFailsOnSyntaxErrors() throws {
        try inFolder { folder in
            try write(Self.broken, "broken.plan", in: folder)
            let r = try fmt(["--check", "broken.plan"], in: folder)
            #expect(r.status == 1)
            #expect(r.stderr.contains("error[P0"))
        }
    }

    // MARK: - Standard input and --stdout

    @Test func standardInputGoesToStandardOutput() throws {
        try inFolder { folder in
            for arguments in [["-"], []] {
                let r = try fmt(arguments, stdin: Self.ugly, in: folder)
                #expect(r == CommandResult(stdout: Self.canonical, stderr: "", status: 0), "arguments \(arguments)")
            }
        }
    }

    @Test func standardInputWithErrorsPrintsNothing() throws {
        try inFolder { folder in
            let r = try fmt(["-"], stdin: Self.broken, in: folder)
            #expect(r.status == 1)
            #expect(r.stdout == "")
            #expect(r.stderr.hasPrefix("<stdin>:1:8: error[P0"), "\(r.stderr)")
        }
    }

    @Test func checkOnStandardInput() throws {
        try inFolder { folder in
            let unformatted = try fmt(["--check", "-"], stdin: Self.ugly, in: folder)
            #expect(unformatted == CommandResult(stdout: "<stdin>\n", stderr: "", status: 1))
            let formatted = try fmt(["--check"], stdin: Self.canonical, in: folder)
            #expect(formatted == CommandResult(stdout: "", stderr: "", status: 0))
        }
    }

    @Test func stdoutFlagPrintsAndLeavesTheFile() throws {
        try inFolder { folder in
            try write(Self.ugly, "a.plan", in: folder)
            let r = try fmt(["--stdout", "a.plan"], in: folder)
            #expect(r == CommandResult(stdout: Self.canonical, stderr: "", status: 0))
            #expect(try read("a.plan", in: folder) == Self.ugly)
        }
    }

    @Test func helpDescribesTheCommand() throws {
        try inFolder { folder in
            let r = try fmt(["--help"], in: folder)
            #expect(r.status == 0)
            #expect(r.stdout.contains("--check"))
            #expect(r.stdout.contains("--stdout"))
        }
    }
}
