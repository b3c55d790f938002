import Foundation
import PlanwerkSyntax

/// A plan's syntax tree as text, without anything that depends on where the
/// source put its code: source ranges and whether blocks were written on one
/// line. Two plans with the same shape mean the same thing; this is how the
/// formatter's tests check `parse(fmt(x))` against `parse(x)`.
public enum ASTShape {
    /// The declarations of `plan`, described without ranges and `singleLine` flags.
    public static func of(_ plan: PlanFile) -> String {
        strip(String(describing: plan.declarations))
    }

    /// Every `NAME: SourceRange(start: N, end: M)` and every
    /// `singleLine: true|false` field, with the `, ` before it.
    static let positional = try! NSRegularExpression(
        pattern: #"(, )?\w+: (PlanwerkSyntax\.)?SourceRange\(start: \d+, end: \d+\)|(, )?singleLine: (true|false)"#)

    /// `description` without the fields that ``positional`` matches.
    public static func strip(_ description: String) -> String {
        let all = NSRange(description.startIndex..., in: description)
        return positional.stringByReplacingMatches(in: description, range: all, withTemplate: "")
    }
}
