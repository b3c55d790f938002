import PlanwerkSyntax

/// A post's text against its channel's `limit` (LANGUAGE.md §2, §9, §10
/// "Also decided"), counted in Unicode scalars, when the text is known at
/// check time: its literal parts and the interpolations whose values are
/// known (`let`s, template arguments). A text that depends on anything else
/// is not checked, never guessed (P0401).
///
/// A text in a template is checked where it is written when it does not
/// depend on the template's parameters, else in each campaign made from it.
enum TextLimitRule {
    static func check(_ facts: PlanFacts, _ report: inout RuleReport) {
        for c in facts.campaigns {
            for i in c.items.indices where c.items.kind(i) == .post {  // posts only, without copying every task
                let item = c.items[i]
                guard let channelExpr = item.channel,
                      let channel = c.scope.entity(channelExpr, .channel),
                      let fact = facts.channels[channel], let limit = fact.limit else { continue }
                for clause in item.body?.clauses ?? [] {
                    guard case .values(.text, let values) = clause.kind, values.count == 1 else { continue }
                    let at = c.span(values[0].range)
                    guard case .text(let text)? = c.scope.value(values[0]) else { continue }
                    let length = text.unicodeScalars.count
                    guard length > limit else { continue }
                    if c.madeFromTemplate && report.isSettled(.textTooLong, at) { continue }
                    var notes: [String] = []
                    if length != text.count {
                        notes.append("characters are counted as Unicode scalars: some emoji and accented letters count as two or more")
                    }
                    var interpolates = false
                    if case .text(let parts) = values[0].kind { interpolates = parts.contains { if case .interpolation = $0 { return true } else { return false } } }
                    if interpolates || c.madeFromTemplate { notes.append("the text of `\(c.itemName(item))` is \"\(shortened(text))\"") }
                    let limitLabel = fact.limitSpan.map { [DiagnosticLabel(span: $0, message: "\(fact.shownName) allows \(limit) characters")] } ?? []
                    report.add(Diagnostic(.textTooLong, .error, "post `\(c.itemName(item))` is \(length) character\(length == 1 ? "" : "s"); \(fact.shownName) allows \(limit)",
                                          at: at, label: "\(length - limit) character\(length - limit == 1 ? "" : "s") too long",
                                          secondary: limitLabel + c.madeHereLabel, notes: notes,
                                          help: ["shorten the text by \(length - limit) character\(length - limit == 1 ? "" : "s")"]),
                               settling: c.isTemplateBody ? at : nil)
                }
            }
        }
    }

    /// A long text cut for a note: its first 200 characters and `…`.
    static func shortened(_ text: String) -> String {
        text.unicodeScalars.count <= 200 ? text : String(String.UnicodeScalarView(text.unicodeScalars.prefix(200))) + "…"
    }
}
