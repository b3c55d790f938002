/// Catalog entries for names: duplicates, clashes, unknown names and members.
extension DiagnosticCatalog {
    static let names: [Entry] = [
        Entry(code: DiagnosticCode("P0210"), title: "a name declared twice",
              explanation: "Every team, person (also those inside teams), channel, calendar, KPI, approval flow, template, campaign, report and `let` of a file needs its own name, and so does every task, post and milestone within a campaign. The message points at both declarations.",
              example: "team legal \"Recht\" { lead lena; person lena \"Lena Kurz\" }\nperson lena \"Lena Berg\"",
              fix: "team legal \"Recht\" { lead lena; person lena \"Lena Kurz\" }\nperson lena_berg \"Lena Berg\""),
        Entry(code: DiagnosticCode("P0211"), title: "an imported name clashes with another",
              explanation: "`import \"file.plan\"` brings every public name of that file into this one. When two files bring the same name, or a file brings a name this file declares itself, Planwerk cannot tell which is meant. Import one of them with a name (`import \"file.plan\" as q`) and write `q.name`.",
              example: "import \"marketing.plan\"   # declares team social\nteam social \"Social Media\"",
              fix: "import \"marketing.plan\" as mkt\nteam social \"Social Media\"   # mkt.social is the other one"),
        Entry(code: DiagnosticCode("P0212"), title: "an unknown name",
              explanation: "A name was used that is declared neither in this file nor in the files it imports (nor, inside a campaign or template, among its tasks, posts, milestones and parameters). Often it is a typo; the message suggests the closest name.",
              example: "team legal \"Recht\" { lead lena; person lena \"Lena Kurz\" }\napproval check() { step by any of legl within 1bd }",
              fix: "team legal \"Recht\" { lead lena; person lena \"Lena Kurz\" }\napproval check() { step by any of legal within 1bd }"),
        Entry(code: DiagnosticCode("P0214"), title: "a campaign has no such task, post or milestone",
              explanation: "`campaign.item` names a task, post or milestone of a campaign (or a member such as `start`, `end`, `budget`, `tasks`, `posts`). The campaign has none by that name.",
              example: "campaign winter { start 2026-11-30; milestone launch { at 2026-12-18 } }\nassert winter.lanch.end <= 2026-12-18",
              fix: "campaign winter { start 2026-11-30; milestone launch { at 2026-12-18 } }\nassert winter.launch.end <= 2026-12-18"),
    ]
}
