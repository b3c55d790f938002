import Foundation
import PlanwerkTestSupport
import Testing

/// docs/cli.md is the `--help` of every command, as built: the page is run
/// like the tutorial (each `$ planwerk … --help` compared with its output),
/// and every subcommand that `planwerk --help` lists has its section.
@Suite struct CLIReferenceTests {
    /// The subcommands `planwerk --help` lists.
    static func subcommands() throws -> [String] {
        let help = try DocumentationPage.shell("planwerk --help", in: URL(fileURLWithPath: DocumentationPage.repository)).stdout
        guard let after = help.components(separatedBy: "SUBCOMMANDS:\n").dropFirst().first else { return [] }
        let list = after.components(separatedBy: "\n\n").first ?? ""
        return list.split(separator: "\n").compactMap { line in
            let words = line.split(separator: " ")
            // A subcommand's line starts with two spaces and its name; wrapped abstracts start further in.
            guard line.hasPrefix("  "), !line.hasPrefix("   "), let name = words.first else { return nil }
            return String(name)
        }
    }

    @Test func theHelpOfEveryCommandIsOnThePageAsItIsPrinted() throws {
        let counts = try DocumentationPage.run("docs/cli.md")
        let subcommands = try Self.subcommands()
        #expect(subcommands == ["check", "run", "export", "due", "fmt", "explain", "repl"])
        let page = try DocumentationPage.text("docs/cli.md")
        for s in subcommands {
            #expect(page.contains("\n## planwerk \(s)\n"), "docs/cli.md has no section for `planwerk \(s)`")
            #expect(page.contains("\n$ planwerk \(s) --help\n"), "docs/cli.md does not show `planwerk \(s) --help`")
        }
        #expect(counts["command", default: 0] >= subcommands.count + 1, "\(counts)")
    }
}

/// `planwerk --generate-completion-script bash|zsh|fish`, as docs/cli.md describes it.
@Suite struct CompletionScriptTests {
    static let shells = ["bash", "zsh", "fish"]

    @Test(arguments: shells)
    func theScriptNamesEverySubcommand(_ shell: String) throws {
        let r = try PlanwerkExecutable.run(["--generate-completion-script", shell])
        #expect(r.status == 0, "\(r.stderr)")
        let header = ["bash": "#!/bin/bash", "zsh": "#compdef planwerk", "fish": "function __planwerk_"][shell]!
        #expect(r.stdout.hasPrefix(header), "\(shell): \(r.stdout.prefix(80))")
        for s in try CLIReferenceTests.subcommands() { #expect(r.stdout.contains(s), "\(shell) completion lacks `\(s)`") }
        for value in ["json", "markdown", "sarif", "github", "expected"] {
            #expect(r.stdout.contains(value), "\(shell) completion lacks the option value `\(value)`")
        }
        let page = try DocumentationPage.text("docs/cli.md")
        #expect(page.contains("planwerk --generate-completion-script \(shell) >"), "docs/cli.md does not say how to install the \(shell) script")
    }

    @Test func theBashScriptIsValidAndCompletesTheSubcommands() throws {
        try inFolder { folder in
            let script = try PlanwerkExecutable.run(["--generate-completion-script", "bash"])
            try write(script.stdout, "planwerk.bash", in: folder)
            let syntax = try DocumentationPage.shell("bash -n planwerk.bash", in: folder)
            #expect(syntax.status == 0, "\(syntax.stderr)")
            let complete = try DocumentationPage.shell(
                #"source ./planwerk.bash; COMP_WORDS=(planwerk ""); COMP_CWORD=1; COMP_LINE="planwerk "; COMP_POINT=9; _planwerk; printf '%s\n' "${COMPREPLY[@]}""#,
                in: folder)
            let offered = complete.stdout.split(separator: "\n").map(String.init)
            for s in try CLIReferenceTests.subcommands() { #expect(offered.contains(s), "bash offers \(offered), not `\(s)`") }
        }
    }
}
