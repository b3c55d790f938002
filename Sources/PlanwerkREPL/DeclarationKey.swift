import PlanwerkSyntax

/// What a declaration declares, for replacing it when the session declares
/// it again: a top-level name (`let budget`, `campaign winter`, `team
/// social`) or a setting (`start`, `timezone`, `now`, …). Imports, rules,
/// assertions and tracking lines declare nothing and are never replaced;
/// people inside a team belong to their team.
struct DeclarationKey: Sendable, Hashable {
    /// The name, or the setting's keyword.
    var name: String
    var isSetting: Bool

    /// The key of a declaration and the range of the word that names it.
    static func of(_ declaration: Declaration) -> (key: DeclarationKey, range: SourceRange)? {
        let name: Name
        switch declaration.kind {
        case .setting(let s): return (DeclarationKey(name: s.keyword.text, isSetting: true), s.keyword.range)
        case .team(let t): name = t.name
        case .person(let p): name = p.name
        case .channel(let c): name = c.name
        case .calendar(let c): name = c.name
        case .kpi(let k): name = k.name
        case .approval(let a): name = a.name
        case .template(let t): name = t.name
        case .campaign(let c): name = c.name
        case .report(let r): name = r.name
        case .binding(let l): name = l.name
        case .importFile, .rule, .assertion, .status, .measure: return nil
        }
        guard !name.text.isEmpty else { return nil }
        return (DeclarationKey(name: name.text, isSetting: false), name.range)
    }

    /// How a message names it: "`budget`" or "the setting `start`".
    var shown: String { isSetting ? "the setting `\(name)`" : "`\(name)`" }
}
