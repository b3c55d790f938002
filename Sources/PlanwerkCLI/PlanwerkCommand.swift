import ArgumentParser

/// The `planwerk` command and its subcommands.
public struct PlanwerkCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "planwerk",
        abstract: "Plans as code for social media departments.",
        discussion: """
            Without a subcommand, `planwerk` starts the REPL. Exit statuses: 0 ok, 1 plan \
            errors or failed assertions, 2 usage or I/O errors. Shell completion: \
            `planwerk --generate-completion-script bash|zsh|fish` (docs/cli.md).
            """,
        subcommands: [CheckCommand.self, RunCommand.self, ExportCommand.self, DueCommand.self, FormatCommand.self, ExplainCommand.self, REPLCommand.self])
    public init() {}
}

extension PlanwerkCommand {
    /// Runs the command line as the `planwerk` executable does, with the
    /// exit statuses of LANGUAGE.md §7: 0 ok, 1 plan errors, 2 usage or I/O
    /// errors (swift-argument-parser's own 64 for usage errors becomes 2).
    /// `planwerk` without arguments starts the REPL.
    public static func runAsMain(_ arguments: [String]? = nil) -> Never {
        let given = arguments ?? Array(CommandLine.arguments.dropFirst())
        do {
            var command = try parseAsRoot(given.isEmpty ? ["repl"] : given)
            try command.run()
            exit(withError: nil)
        } catch {
            let code = exitCode(for: error)
            if code == .validationFailure {
                var err = StandardError()
                print(fullMessage(for: error), to: &err)
                exit(withError: ExitCode(2))
            }
            exit(withError: error)
        }
    }
}
