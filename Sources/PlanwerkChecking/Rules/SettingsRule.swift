import Foundation
import PlanwerkSyntax

/// The plan-wide settings (LANGUAGE.md §2, §10 "Names and modules",
/// "Tracking"): `timezone currency start horizon now calendar` come from the
/// root file only, so the same setting with another value in an imported
/// file is ignored with a warning (P0420); a setting written twice in one
/// file, or `now` in more than one file, is an error (P0421); the horizon
/// may not lie before the start (P0422); the time zone must be an IANA name
/// (P0423, with the closest known name); the currency three capital letters
/// (P0424).
enum SettingsRule {
    static let defaults: [String: String] = ["timezone": "\"UTC\"", "currency": "EUR", "calendar": "standard"]

    static func check(_ facts: PlanFacts, _ report: inout RuleReport) {
        repeated(facts, &report)
        ignoredImports(facts, &report)
        let root = facts.settings.filter(\.isRoot)
        let first = { (keyword: String) in root.first { $0.declaration.keyword.text == keyword } }
        if let start = first("start"), let horizon = first("horizon"),
           let a = facts.plan.scope(start.module).date(start.declaration.value),
           let b = facts.plan.scope(horizon.module).date(horizon.declaration.value), b < a {
            report.add(Diagnostic(.horizonBeforeStart, .error, "the horizon \(b) lies before the plan's start \(a)",
                                  at: span(horizon), label: "before the start",
                                  secondary: [DiagnosticLabel(span: span(start), message: "the plan starts here")],
                                  help: ["the horizon is where open series end; give a date after \(a), such as \(a.year + 1)-\(pad(a.month))-\(pad(a.day))"]))
        }
        if let zone = first("timezone") { timeZone(zone, facts, &report) }
        if let currency = first("currency") { self.currency(currency, facts, &report) }
    }

    static func span(_ s: SettingFact) -> SourceSpan { SourceSpan(file: s.span.file, range: s.declaration.value.range) }
    static func pad(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }

    /// The value as written, for messages.
    static func written(_ s: SettingFact, _ facts: PlanFacts) -> String {
        facts.graph[s.module].plan.source.text(s.declaration.value.range)
    }

    static func repeated(_ facts: PlanFacts, _ report: inout RuleReport) {
        var firstIn: [String: SettingFact] = [:]
        let nows = facts.settings.filter { $0.declaration.keyword.text == "now" }
        if nows.count > 1 {
            // The root's own line stays; the others are the extra ones.
            let kept = nows.first { $0.module == facts.graph.root } ?? nows[0]
            for extra in nows where extra.span != kept.span {
                report.add(Diagnostic(.repeatedSetting, .error, "`now` is set more than once; a plan has one `now` in all its files",
                                      at: extra.span, label: "another `now`",
                                      secondary: [DiagnosticLabel(span: kept.span, message: "`now` is set here")],
                                      help: ["keep one `now` line, in the plan or in its tracking file"]))
            }
        }
        for s in facts.settings {
            let key = "\(s.module.index) \(s.declaration.keyword.text)"
            guard let earlier = firstIn[key] else { firstIn[key] = s; continue }
            guard s.declaration.keyword.text != "now" || nows.count <= 1 else { continue }
            report.add(Diagnostic(.repeatedSetting, .error, "`\(s.declaration.keyword.text)` is set twice in this file",
                                  at: s.span, label: "set again here",
                                  secondary: [DiagnosticLabel(span: earlier.span, message: "first set here")],
                                  help: ["keep one `\(s.declaration.keyword.text)` line"]))
        }
    }

    static func ignoredImports(_ facts: PlanFacts, _ report: inout RuleReport) {
        let root = facts.settings.filter(\.isRoot)
        let nows = facts.settings.filter { $0.declaration.keyword.text == "now" }.count
        for s in facts.settings where !s.isRoot {
            let keyword = s.declaration.keyword.text
            if keyword == "now" && nows > 1 { continue }  // P0421 says it
            let mine = written(s, facts)
            let file = "`" + (s.span.file.split(separator: "/").last.map(String.init) ?? s.span.file) + "`"
            if let r = root.first(where: { $0.declaration.keyword.text == keyword }) {
                if sameValue(s, r, facts) { continue }
                report.add(Diagnostic(.importedSettingIgnored, .warning,
                                      "`\(keyword) \(mine)` in \(file) is ignored; the plan uses `\(keyword) \(written(r, facts))` from the root file",
                                      at: span(s), label: "ignored",
                                      secondary: [DiagnosticLabel(span: span(r), message: "the plan's `\(keyword)`")],
                                      help: ["settings come from the file being checked; remove this line, or make it agree"]))
            } else if let d = defaults[keyword] {
                if mine == d { continue }
                report.add(Diagnostic(.importedSettingIgnored, .warning,
                                      "`\(keyword) \(mine)` in \(file) is ignored; the plan has no `\(keyword)` and uses \(d)",
                                      at: span(s), label: "ignored",
                                      help: ["settings come from the file being checked: write `\(keyword) \(mine)` there if the plan needs it"]))
            } else {
                report.add(Diagnostic(.importedSettingIgnored, .warning,
                                      "`\(keyword) \(mine)` in \(file) is ignored; settings come from the root file, which has no `\(keyword)`",
                                      at: span(s), label: "ignored",
                                      help: ["write `\(keyword) \(mine)` in the file being checked if the plan needs it"]))
            }
        }
    }

    static func sameValue(_ a: SettingFact, _ b: SettingFact, _ facts: PlanFacts) -> Bool {
        if let x = facts.plan.scope(a.module).value(a.declaration.value), let y = facts.plan.scope(b.module).value(b.declaration.value) {
            return x == y
        }
        return written(a, facts) == written(b, facts)
    }

    static func timeZone(_ s: SettingFact, _ facts: PlanFacts, _ report: inout RuleReport) {
        guard case .text(let name)? = facts.plan.scope(s.module).value(s.declaration.value),
              TimeZone(identifier: name) == nil else { return }
        var help = Suggestion.help(for: name, among: TimeZone.knownTimeZoneIdentifiers)
        help.append("time zones are IANA names such as \"Europe/Berlin\", \"America/New_York\" or \"UTC\"")
        report.add(Diagnostic(.unknownTimeZone, .error, "I don't know the time zone \"\(name)\"", at: span(s), label: "not an IANA time zone", help: help))
    }

    static func currency(_ s: SettingFact, _ facts: PlanFacts, _ report: inout RuleReport) {
        if case .name(let code) = s.declaration.value.kind, isCurrencyCode(code) { return }
        let written = written(s, facts)
        let bare = written.trimmingCharacters(in: CharacterSet(charactersIn: "\"")).uppercased()
        let help = isCurrencyCode(bare) ? ["write `currency \(bare)`"] : ["write a three-letter ISO 4217 code in capitals, such as `currency EUR`"]
        report.add(Diagnostic(.invalidCurrency, .error, "`\(written)` is not a currency code", at: span(s),
                              label: "a currency is three capital letters", help: help))
    }

    static func isCurrencyCode(_ s: String) -> Bool {
        s.unicodeScalars.count == 3 && s.unicodeScalars.allSatisfy { $0.value >= 0x41 && $0.value <= 0x5A }
    }
}
