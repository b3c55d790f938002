import PlanwerkSyntax

/// The root's tracking sidecar (LANGUAGE.md §6, §10 "Tracking"): for
/// `NAME.plan`, `NAME.status.plan` beside it is read when present. It holds
/// tracking lines only, because the REPL appends to it and its lines belong
/// to the root's namespace; anything else in it is reported here (P0204),
/// where files are dealt with, and its imports are not followed.
extension LoadRun {
    /// Loads the sidecar at `path` as a module of its own, just before the
    /// root is finished, so that it gets the ID before the root's.
    mutating func loadSidecar(_ path: String, root: String) {
        let key = provider.canonicalPath(path)
        // Imported explicitly somewhere: it is an ordinary import then.
        guard states[key] == nil else { return }
        let read = provider.read(path)
        switch read {
        case .missing:
            return
        case .file(let source):
            let plan = Parser.parse(source)
            diagnostics += plan.diagnostics
            for decl in plan.declarations where !Self.isTracking(decl.kind) {
                diagnostics.append(nonTracking(decl, in: source, root: root))
            }
            let id = ModuleID(modules.count)
            modules.append(LoadedModule(id: id, path: source.path, plan: plan, imports: [], canonicalPath: key))
            states[key] = .loaded(id)
            sidecar = id
        case .directory, .unreadable, .tooLarge:
            let span = SourceSpan(file: path, range: .empty)
            var failure = importFailure(read, path: path, at: span)
            failure.message = "the tracking file of `\(root)`: " + failure.message
            diagnostics.append(failure)
        }
    }

    /// Whether a declaration may stand in a sidecar: `now`, `status`, `measure`.
    static func isTracking(_ kind: DeclarationKind) -> Bool {
        switch kind {
        case .status, .measure: return true
        case .setting(let s): return s.keyword.text == "now"
        default: return false
        }
    }

    /// P0204 at the first word of a declaration that is not a tracking line.
    func nonTracking(_ decl: Declaration, in source: SourceFile, root: String) -> Diagnostic {
        var end = decl.range.start
        while end < min(decl.range.end, source.bytes.count), Self.isWordByte(source.bytes[end]) { end += 1 }
        let span = SourceSpan(file: source.path, range: SourceRange(decl.range.start, max(end, decl.range.start + 1)))
        let what = Self.noun(decl.kind)
        return Diagnostic(
            .sidecarDeclaration, .error,
            "`\(source.path)` is the tracking file of `\(root)`; it may hold only `now`, `status` and `measure` lines, not \(what)",
            at: span, label: "not a tracking line",
            help: ["move this declaration to `\(root)`"])
    }

    static func isWordByte(_ b: UInt8) -> Bool {
        (b >= 0x61 && b <= 0x7A) || (b >= 0x41 && b <= 0x5A) || (b >= 0x30 && b <= 0x39) || b == 0x5F
    }

    /// The declaration in a few words: "a team", "an import", "the setting `timezone`".
    static func noun(_ kind: DeclarationKind) -> String {
        switch kind {
        case .importFile: return "an import"
        case .setting(let s): return "the setting `\(s.keyword.text)`"
        case .calendar: return "a calendar"
        case .team: return "a team"
        case .person: return "a person"
        case .channel: return "a channel"
        case .kpi: return "a KPI"
        case .approval: return "an approval flow"
        case .rule: return "a rule"
        case .campaign: return "a campaign"
        case .template: return "a template"
        case .report: return "a report"
        case .assertion: return "an assertion"
        case .binding: return "a `let`"
        case .status, .measure: return "a tracking line"
        }
    }
}
