/// The argument of a tracking command taken apart (LANGUAGE.md §8):
/// `:done TASK [T]`, `:approve TASK STEP [by PERSON] [T]`, `:reject …`,
/// `:progress TASK P% [T]`, `:measure KPI VALUE [T]`. T is a date or a
/// date-time at the end (`2027-02-08 10:00` or `2027-02-08T10:00`); a step
/// is its label, in quotes when it has spaces. Values are kept as typed:
/// the line they make is checked as plan text before it is written.
struct TrackingArguments: Sendable, Equatable {
    /// The task (or KPI for `:measure`), as typed: `spring.greetings[2]`, `spring.reach`.
    var subject: String
    var label: String?
    var person: String?
    /// The percentage of `:progress`, the value of `:measure`.
    var value: String?
    /// The date or date-time, with a space between date and time.
    var time: String?

    /// What is wrong with an argument, as a sentence.
    struct Problem: Error, Equatable {
        var message: String
        init(_ message: String) { self.message = message }
    }

    /// Reads the argument of `command`; a sentence saying what is wrong otherwise.
    static func parse(_ command: SessionCommand, _ text: String) -> Result<TrackingArguments, Problem> {
        var rest = Substring(text)
        let time = trailingTime(&rest)
        let subject = word(&rest)
        guard !subject.isEmpty else { return .failure(Problem("I was expecting a task first")) }
        var out = TrackingArguments(subject: subject, time: time)
        switch command {
        case .done:
            break
        case .approve, .reject:
            guard let label = stepLabel(&rest) else { return .failure(Problem("I was expecting the step's label after the task, in quotes if it has spaces")) }
            out.label = label
            skipSpaces(&rest)
            if rest.hasPrefix("by ") || rest == "by" {
                rest = rest.dropFirst(2)
                let person = word(&rest)
                guard !person.isEmpty else { return .failure(Problem("I was expecting who decided after `by`")) }
                out.person = person
            }
        case .progress, .measure:
            skipSpaces(&rest)
            let value = rest.trimmingSpaces
            guard !value.isEmpty else {
                return .failure(Problem(command == .progress ? "I was expecting how much is done after the task, e.g. `40%`"
                                                     : "I was expecting the measured value after the KPI, e.g. `12500`"))
            }
            out.value = value
            rest = ""
        default:
            return .failure(Problem("`:\(command.rawValue)` does not record anything"))
        }
        let left = rest.trimmingSpaces
        guard left.isEmpty else { return .failure(Problem("I don't know what `\(left)` means here; a date and time may end the command")) }
        return .success(out)
    }

    /// Takes a date or date-time off the end of the text.
    static func trailingTime(_ text: inout Substring) -> String? {
        let trimmed = text.trimmingSpaces
        let parts = trimmed.split(separator: " ", omittingEmptySubsequences: true)
        guard let last = parts.last else { return nil }
        if parts.count >= 2, isTime(last), isDate(parts[parts.count - 2]) {
            text = Substring(parts.dropLast(2).joined(separator: " "))
            return "\(parts[parts.count - 2]) \(last)"
        }
        let joined = last.split(separator: "T", maxSplits: 1)
        if joined.count == 2, isDate(joined[0]), isTime(joined[1]) {
            text = Substring(parts.dropLast().joined(separator: " "))
            return "\(joined[0]) \(joined[1])"
        }
        if isDate(last) {
            text = Substring(parts.dropLast().joined(separator: " "))
            return String(last)
        }
        return nil
    }

    /// `2027-02-08`: digits and dashes in that shape (the parser checks the calendar).
    static func isDate(_ s: Substring) -> Bool {
        let p = s.split(separator: "-", omittingEmptySubsequences: false)
        return p.count == 3 && p[0].count == 4 && p[1].count == 2 && p[2].count == 2 && p.allSatisfy { $0.allSatisfy(\.isASCIIDigit) }
    }

    /// `10:00`.
    static func isTime(_ s: Substring) -> Bool {
        let p = s.split(separator: ":", omittingEmptySubsequences: false)
        return p.count == 2 && (1...2).contains(p[0].count) && p[1].count == 2 && p.allSatisfy { $0.allSatisfy(\.isASCIIDigit) }
    }

    /// The next word (up to a space).
    static func word(_ text: inout Substring) -> String {
        skipSpaces(&text)
        let w = text.prefix { $0 != " " && $0 != "\t" }
        text = text.dropFirst(w.count)
        return String(w)
    }

    /// A quoted label (`\"` and `\\` escape) or one word.
    static func stepLabel(_ text: inout Substring) -> String? {
        skipSpaces(&text)
        guard text.first == "\"" else {
            let w = word(&text)
            return w.isEmpty ? nil : w
        }
        var label = "", escaped = false
        var i = text.index(after: text.startIndex)
        while i < text.endIndex {
            let c = text[i]
            i = text.index(after: i)
            if escaped {
                label.append(c)
                escaped = false
            } else if c == "\\" {
                escaped = true
            } else if c == "\"" {
                text = text[i...]
                return label.isEmpty ? nil : label
            } else {
                label.append(c)
            }
        }
        return nil
    }

    static func skipSpaces(_ text: inout Substring) {
        text = text.drop { $0 == " " || $0 == "\t" }
    }
}

extension Substring {
    /// Without spaces and tabs at either end.
    var trimmingSpaces: String {
        String(drop { $0 == " " || $0 == "\t" }.reversed().drop { $0 == " " || $0 == "\t" }.reversed())
    }
}

extension Character {
    var isASCIIDigit: Bool { ("0"..."9").contains(self) }
}
