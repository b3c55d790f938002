import Foundation
import PlanwerkChecking
import PlanwerkSyntax

/// What Tab offers for a line: the candidates for the text from ``start``
/// to the cursor. Each candidate replaces that text whole.
public struct Completion: Sendable, Equatable {
    /// Byte offset in the line (UTF-8) where the text to replace begins.
    public var start: Int
    /// The replacements, sorted, without duplicates.
    public var candidates: [String]

    public init(start: Int, candidates: [String]) {
        self.start = start
        self.candidates = candidates
    }
}

/// Tab completion from the live session: `:commands`, file paths after
/// `:load`, campaigns after `:gantt` and `:critical`, members after `.`
/// (`spring.bu` → `spring.budget`), and otherwise keywords and the names in
/// scope. Pure: the readline callback only forwards to it.
extension REPLSession {
    /// Completions for `line` with the cursor at byte offset `cursor`.
    public func completions(line: String, cursor: Int) -> Completion {
        let bytes = Array(line.utf8)
        let before = String(decoding: bytes[..<max(0, min(cursor, bytes.count))], as: UTF8.self)
        let lead = before.prefix { $0 == " " || $0 == "\t" }
        let rest = before.dropFirst(lead.count)
        guard rest.hasPrefix(":") else { return expression(before) }
        let afterColon = rest.dropFirst()
        guard let space = afterColon.firstIndex(where: { $0 == " " || $0 == "\t" }) else {
            let typed = String(rest)
            return Completion(start: lead.utf8.count,
                              candidates: SessionCommand.allCases.map { ":" + $0.rawValue }.filter { $0.hasPrefix(typed) })
        }
        let argument = afterColon[space...].drop { $0 == " " || $0 == "\t" }
        switch SessionCommand.named(String(afterColon[..<space])) {
        case .load?: return paths(before, argument: String(argument))
        case .gantt?, .critical?: return names(before, word: Self.lastWord(before), kinds: [.campaign])
        case .explain?, .done?, .approve?, .reject?, .progress?: return tasks(before)
        case .measure?: return expression(before)
        case .type?, .agenda?, .now?: return expression(before)
        default: return Completion(start: bytes.count, candidates: [])
        }
    }

    /// The name or dotted path the cursor ends (`spring.bu`), possibly empty.
    static func lastWord(_ text: String) -> Substring {
        var start = text.endIndex
        while start > text.startIndex {
            let c = text[text.index(before: start)]
            guard c.isLetter || c.isNumber || c == "_" || c == "." else { break }
            start = text.index(before: start)
        }
        return text[start...]
    }

    /// Members after a `.`, else names and keywords.
    func expression(_ before: String) -> Completion {
        let word = Self.lastWord(before)
        guard let dot = word.lastIndex(of: ".") else {
            if word.first?.isNumber == true { return Completion(start: before.utf8.count, candidates: []) }
            return names(before, word: word, kinds: nil)
        }
        let base = String(word[..<dot]), partial = word[word.index(after: dot)...]
        let candidates = members(of: base).filter { $0.hasPrefix(partial) }.map { base + "." + $0 }
        return Completion(start: before.utf8.count - word.utf8.count, candidates: Array(Set(candidates)).sorted())
    }

    /// Campaigns, then their tasks, posts and milestones (`:explain spring.la` → `spring.launch`).
    func tasks(_ before: String) -> Completion {
        let word = Self.lastWord(before)
        guard let dot = word.lastIndex(of: "."), word[..<dot].firstIndex(of: ".") == nil else {
            return names(before, word: word, kinds: [.campaign])
        }
        let campaign = String(word[..<dot]), partial = word[word.index(after: dot)...]
        let composition = plan.composition
        let items = PlanChecker(graph: composition.graph, namespaces: composition.checked.namespaces)
            .itemNames(ofCampaign: campaign, namesOf: composition.graph.root) ?? []
        return Completion(start: before.utf8.count - word.utf8.count,
                          candidates: items.filter { $0.hasPrefix(partial) }.map { campaign + "." + $0 })
    }

    /// Names in scope (of the given kinds, or all with keywords and built-ins) that begin with `word`.
    func names(_ before: String, word: Substring, kinds: Set<SymbolKind>?) -> Completion {
        let composition = plan.composition
        var pool = composition.checked.namespaces.indices.contains(composition.graph.root.index)
            ? composition.checked.namespaces[composition.graph.root.index].visible.values.filter { kinds?.contains($0.kind) ?? true }.map(\.name)
            : []
        if kinds == nil { pool += Self.keywords }
        let candidates = Set(pool.filter { $0.hasPrefix(word) })
        return Completion(start: before.utf8.count - word.utf8.count, candidates: candidates.sorted())
    }

    /// What may follow `base.`: a campaign's tasks, posts and milestones and
    /// its members, the public names of a file imported `as base`, or the
    /// members of base's type.
    func members(of base: String) -> [String] {
        let composition = plan.composition
        let root = composition.graph.root
        let spaces = composition.checked.namespaces
        guard spaces.indices.contains(root.index) else { return [] }
        if let symbol = spaces[root.index].lookup(base), symbol.kind == .module, let target = symbol.target {
            return spaces[target.index].own.values.filter(\.isPublic).map(\.name)
        }
        let source = SourceFile(path: SessionText.path, text: base)
        let (expr, syntax) = Parser.parseExpression(source)
        guard syntax.isEmpty else { return [] }
        let type = composition.type(of: expr, in: source).0
        var found = Members.names(of: type)
        if type == .campaign {
            let checker = PlanChecker(graph: composition.graph, namespaces: spaces)
            found += checker.itemNames(ofCampaign: base, namesOf: root) ?? []
        }
        return found
    }

    /// Files and folders for `:load`: folders end in `/`, files are `.plan` files.
    func paths(_ before: String, argument: String) -> Completion {
        let typed = argument.hasPrefix("\"") ? String(argument.dropFirst()) : argument
        let slash = typed.lastIndex(of: "/")
        let folderPart = slash.map { String(typed[...$0]) } ?? ""
        let namePart = slash.map { String(typed[typed.index(after: $0)...]) } ?? typed
        let folder = PlanPath.join(plan.folder, folderPart.isEmpty ? "." : folderPart)
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        var candidates: [String] = []
        for name in entries where name.hasPrefix(namePart) && (!name.hasPrefix(".") || namePart.hasPrefix(".")) {
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: folder + "/" + name, isDirectory: &isFolder) else { continue }
            if isFolder.boolValue { candidates.append(folderPart + name + "/") }
            else if name.hasSuffix(".plan") { candidates.append(folderPart + name) }
        }
        return Completion(start: before.utf8.count - typed.utf8.count, candidates: candidates.sorted())
    }

    /// Words of the language: declaration and clause words, reserved words,
    /// weekdays, built-in functions and type names.
    static let keywords: [String] = {
        var words = Set(Parser.declarationWords)
        words.formUnion(ClauseKeyword.allCases.map(\.rawValue))
        words.formUnion(["true", "false", "and", "or", "not", "if", "then", "else", "plan", "of", "within", "as", "every"])
        words.formUnion(["mon", "tue", "wed", "thu", "fri", "sat", "sun"])
        words.formUnion(builtinFunctions)
        words.formUnion(PlanType.named.keys)
        return words.sorted()
    }()
}
