import Foundation

/// A small TextMate grammar engine, enough for `grammar/planwerk.tmLanguage.json`:
/// `match` rules with `name` and `captures`, `begin`/`end` rules with
/// `beginCaptures`, `endCaptures` and nested `patterns`, `include` of `#NAME`
/// and `$self`. Lines are scanned one at a time, as editors do; at each
/// position the earliest match wins, the enclosing rule's `end` first, then
/// the patterns in order. Regexes run on ICU (NSRegularExpression), which
/// reads the grammar's patterns like Oniguruma does for the constructs used.
struct TextMateGrammar {
    /// One rule of the grammar, includes resolved lazily.
    final class Rule {
        var match: NSRegularExpression?
        var begin: NSRegularExpression?
        var end: NSRegularExpression?
        var name: String?
        var captures: [Int: String] = [:]
        var beginCaptures: [Int: String] = [:]
        var endCaptures: [Int: String] = [:]
        var patterns: [Rule] = []
        var include: String?
    }

    enum Failure: Error, CustomStringConvertible {
        case malformed(String)
        var description: String { if case .malformed(let m) = self { return m } else { return "" } }
    }

    let scopeName: String
    let top: [Rule]
    let repository: [String: Rule]

    init(json: Data) throws {
        guard let object = try JSONSerialization.jsonObject(with: json) as? [String: Any],
              let scope = object["scopeName"] as? String else { throw Failure.malformed("no scopeName") }
        scopeName = scope
        top = try (object["patterns"] as? [[String: Any]] ?? []).map(Self.rule)
        var repository: [String: Rule] = [:]
        for (key, value) in object["repository"] as? [String: [String: Any]] ?? [:] { repository[key] = try Self.rule(value) }
        self.repository = repository
    }

    static func rule(_ d: [String: Any]) throws -> Rule {
        let r = Rule()
        func regex(_ key: String) throws -> NSRegularExpression? {
            guard let pattern = d[key] as? String else { return nil }
            do { return try NSRegularExpression(pattern: pattern) } catch { throw Failure.malformed("bad \(key) regex \(pattern): \(error)") }
        }
        func captures(_ key: String) -> [Int: String] {
            var out: [Int: String] = [:]
            for (k, v) in d[key] as? [String: [String: Any]] ?? [:] { if let i = Int(k), let n = v["name"] as? String { out[i] = n } }
            return out
        }
        r.match = try regex("match")
        r.begin = try regex("begin")
        r.end = try regex("end")
        r.name = d["name"] as? String
        r.captures = captures("captures")
        r.beginCaptures = captures("beginCaptures")
        r.endCaptures = captures("endCaptures")
        r.include = d["include"] as? String
        r.patterns = try (d["patterns"] as? [[String: Any]] ?? []).map(rule)
        return r
    }

    /// The rules a pattern list stands for, includes replaced by what they name.
    func expand(_ rules: [Rule], depth: Int = 0) -> [Rule] {
        var out: [Rule] = []
        for r in rules {
            if let include = r.include {
                guard depth < 20 else { continue }
                if include == "$self" { out += expand(top, depth: depth + 1) }
                else if include.hasPrefix("#"), let target = repository[String(include.dropFirst())] {
                    out += target.match == nil && target.begin == nil ? expand(target.patterns, depth: depth + 1) : [target]
                }
            } else if r.match == nil && r.begin == nil {
                out += expand(r.patterns, depth: depth + 1)
            } else {
                out.append(r)
            }
        }
        return out
    }

    /// The scopes of every UTF-16 unit of every line of `text`, innermost last
    /// (the grammar's own scope first).
    func scopes(of text: String) -> [[[String]]] {
        var stack: [(rule: Rule, scopes: [String])] = []
        var result: [[[String]]] = []
        let options: NSRegularExpression.MatchingOptions = [.withTransparentBounds, .withoutAnchoringBounds]
        for line in text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) {
            let ns = line as NSString
            let length = ns.length
            var base = [scopeName] + (stack.last?.scopes ?? [])
            var units = Array(repeating: base, count: length)
            var pos = 0
            func paint(_ range: NSRange, _ scopes: [String]) {
                guard range.location != NSNotFound else { return }
                for k in range.location..<min(range.location + range.length, length) { units[k] = scopes }
            }
            func paint(_ m: NSTextCheckingResult, name: String?, captures: [Int: String], under scopes: [String]) {
                let outer = scopes + (name.map { [$0] } ?? [])
                paint(m.range, outer)
                for (i, n) in captures.sorted(by: { $0.key < $1.key }) where i < m.numberOfRanges {
                    paint(m.range(at: i), outer + [n])
                }
            }
            while pos <= length {
                let current = stack.last
                let candidates = expand(current?.rule.patterns ?? top)
                var best: (m: NSTextCheckingResult, rule: Rule?, isEnd: Bool)?
                let searchRange = NSRange(location: pos, length: length - pos)
                if let end = current?.rule.end, let m = end.firstMatch(in: line, options: options, range: searchRange) {
                    best = (m, nil, true)
                }
                for r in candidates {
                    guard let regex = r.match ?? r.begin,
                          let m = regex.firstMatch(in: line, options: options, range: searchRange) else { continue }
                    if best == nil || m.range.location < best!.m.range.location { best = (m, r, false) }
                }
                guard let (m, rule, isEnd) = best else { break }
                let after = m.range.location + m.range.length
                if isEnd, let current {
                    paint(m, name: nil, captures: current.rule.endCaptures, under: [scopeName] + current.scopes)
                    stack.removeLast()
                    base = [scopeName] + (stack.last?.scopes ?? [])
                    // What follows is outside the rule again.
                    for k in after..<max(after, length) { units[k] = base }
                } else if let rule, rule.begin != nil {
                    let inner = (stack.last?.scopes ?? []) + (rule.name.map { [$0] } ?? [])
                    paint(m, name: nil, captures: rule.beginCaptures, under: [scopeName] + inner)
                    stack.append((rule, inner))
                    base = [scopeName] + inner
                    // What follows is inside the rule until its end matches.
                    for k in after..<max(after, length) { units[k] = base }
                } else if let rule {
                    paint(m, name: rule.name, captures: rule.captures, under: base)
                }
                let next = m.range.location + m.range.length
                pos = next > pos ? next : pos + 1
            }
            result.append(units)
        }
        return result
    }
}
