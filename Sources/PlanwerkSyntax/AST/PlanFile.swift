/// A parsed `.plan` file: its declarations in source order, its comments (for
/// the formatter) and the syntax diagnostics found while reading it.
///
/// This is the plan *as written*; the checker turns it into a checked plan.
public struct PlanFile: Sendable {
    public var source: SourceFile
    public var declarations: [Declaration]
    public var comments: [SourceRange]
    public var diagnostics: [Diagnostic]

    public init(source: SourceFile, declarations: [Declaration], comments: [SourceRange], diagnostics: [Diagnostic]) {
        self.source = source
        self.declarations = declarations
        self.comments = comments
        self.diagnostics = diagnostics
    }
}

/// One top-level statement of a plan file.
public struct Declaration: Sendable, Hashable {
    public var kind: DeclarationKind
    public var range: SourceRange
    public init(_ kind: DeclarationKind, _ range: SourceRange) { self.kind = kind; self.range = range }
}

/// Everything that may stand at the top level of a plan (LANGUAGE.md §2, §6).
/// Indirect: each declaration lives in one box, so that a `Declaration` is small to move and copy.
public indirect enum DeclarationKind: Sendable, Hashable {
    case importFile(ImportDecl)
    case setting(SettingDecl)
    case calendar(CalendarDecl)
    case team(TeamDecl)
    case person(PersonDecl)
    case channel(ChannelDecl)
    case kpi(KpiDecl)
    case approval(ApprovalDecl)
    case rule(RuleDecl)
    case campaign(CampaignDecl)
    case template(TemplateDecl)
    case report(ReportDecl)
    case assertion(AssertDecl)
    case binding(LetDecl)
    case status(StatusDecl)
    case measure(MeasureDecl)
}

/// `import "path" [as name]`.
public struct ImportDecl: Sendable, Hashable {
    public var path: Expr
    public var alias: Name?
}

/// A plan-wide setting: `timezone`, `currency`, `start`, `horizon`, `calendar NAME`, `now`.
public struct SettingDecl: Sendable, Hashable {
    public var keyword: Name
    public var value: Expr
}

/// `calendar NAME { weekdays …; hours …; holidays … }`.
public struct CalendarDecl: Sendable, Hashable {
    public var name: Name
    public var body: Block
}

/// `team NAME ["Title"] { lead …; reports_to …; person … }`.
public struct TeamDecl: Sendable, Hashable {
    public var name: Name
    public var title: Expr?
    public var body: Block?
}

/// `person NAME ["Title"] [{ role …; capacity …; away …; substitute … }]`.
public struct PersonDecl: Sendable, Hashable {
    public var name: Name
    public var title: Expr?
    public var body: Block?
    public var range: SourceRange
}

/// `channel NAME ["Title"] { limit …; owner …; window …; internal }`.
public struct ChannelDecl: Sendable, Hashable {
    public var name: Name
    public var title: Expr?
    public var body: Block?
}

/// `kpi NAME ["Title"]: Type`.
public struct KpiDecl: Sendable, Hashable {
    public var name: Name
    public var title: Expr?
    public var type: TypeSyntax
}

/// `let NAME [: Type] = value`, at the top level or in a campaign.
public struct LetDecl: Sendable, Hashable {
    public var name: Name
    public var type: TypeSyntax?
    public var value: Expr
    public var range: SourceRange
}

/// `campaign NAME ["Title"] { … }` or `campaign NAME ["Title"] = template(args)`.
public struct CampaignDecl: Sendable, Hashable {
    public var name: Name
    public var title: Expr?
    public var body: Block?
    public var instantiation: Expr?
}

/// `template campaign|report NAME(params) { … }`.
public struct TemplateDecl: Sendable, Hashable {
    /// `campaign` or `report`.
    public var kind: Name
    public var name: Name
    public var parameters: [Parameter]
    public var body: Block
}

/// `report NAME [(params)] ["Title"] { … }` (with parameters it is a template),
/// or `report NAME ["Title"] = template(args)`.
public struct ReportDecl: Sendable, Hashable {
    public var name: Name
    public var title: Expr?
    public var parameters: [Parameter]?
    public var body: Block?
    public var instantiation: Expr?
}

/// `assert CONDITION ["message"]`.
public struct AssertDecl: Sendable, Hashable {
    public var condition: Expr
    public var message: Expr?
}

/// The cross-department rules of §2 "Rules".
public enum RuleDecl: Sendable, Hashable {
    /// `require FLOW for posts [on CHANNELS]`.
    case requireApproval(flow: Expr, channels: Expr?)
    /// `require report to WHO every PERIOD`.
    case requireReport(to: Expr, every: Recurrence)
    /// `allow WHO to post on CHANNELS`.
    case allowPosting(who: Expr, channels: Expr)
}

/// A `{ … }` block of clauses.
public struct Block: Sendable, Hashable {
    public var clauses: [Clause]
    public var range: SourceRange
    /// Whether the block was written on one line (the formatter keeps short ones so).
    public var singleLine: Bool
    public init(clauses: [Clause], range: SourceRange, singleLine: Bool) {
        self.clauses = clauses; self.range = range; self.singleLine = singleLine
    }
}
