/// Catalog entries for the REPL's commands (P09xx). The examples are lines typed in `planwerk repl`.
extension DiagnosticCatalog {
    static let repl: [Entry] = [
        Entry(code: DiagnosticCode("P0901"), title: "an unknown REPL command",
              explanation: "A line that starts with `:` is a command of the REPL (`:help` lists them). There is no command of that name, and it is not the beginning of exactly one command (`:a` is `:agenda`, `:q` is `:quit`). The message suggests the closest command.",
              example: ":agneda 2026-12-01..2026-12-07",
              fix: ":agenda 2026-12-01..2026-12-07"),
        Entry(code: DiagnosticCode("P0902"), title: "a REPL command without what it needs",
              explanation: "The command needs an argument of a certain kind, and got none or another kind: `:load` a file, `:type` an expression, `:critical` a campaign, `:explain` a task, post or milestone, `:agenda` a day or a range of days, `:now` a date and time. `:help` shows what each command takes.",
              example: ":now next week",
              fix: ":now 2026-12-08 12:00"),
        Entry(code: DiagnosticCode("P0903"), title: "a tracking command without a plan file",
              explanation: "`:done`, `:approve`, `:reject`, `:progress` and `:measure` append a line to the tracking file beside the loaded plan: for `winter.plan` it is `winter.status.plan`. Without a loaded file there is nowhere to write. Load the plan first (or start `planwerk repl winter.plan`); declarations typed in the session are not saved, so they have no tracking file either.",
              example: ":done winter.brief 2026-12-03 16:00",
              fix: ":load winter.plan\n:done winter.brief 2026-12-03 16:00"),
    ]
}
