import ArgumentParser

/// The `planwerk` command and its subcommands.
public struct PlanwerkCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "planwerk",
        abstract: "Plans as code for social media departments.",
        subcommands: [CheckCommand.self, ExplainCommand.self, FormatCommand.self])
    public init() {}
}
