import ArgumentParser
import PlanwerkSyntax

/// `planwerk explain CODE`: the long explanation of a diagnostic code.
struct ExplainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "explain",
        abstract: "Explain a diagnostic code, with an example and its fix.")

    @Argument(help: "A diagnostic code such as P0105.")
    var code: String?

    @Flag(help: "List every code with its title.")
    var list = false

    func run() throws {
        if list || code == nil {
            for e in DiagnosticCatalog.all { print("\(e.code)  \(e.title)") }
            return
        }
        guard let entry = DiagnosticCatalog.entry(for: code!) else {
            var err = StandardError()
            print("error: there is no diagnostic code `\(code!)`; `planwerk explain --list` lists them", to: &err)
            throw ExitCode(2)
        }
        print(DiagnosticCatalog.render(entry), terminator: "")
    }
}
