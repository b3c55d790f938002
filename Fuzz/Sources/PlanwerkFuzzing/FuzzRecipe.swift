import Foundation
import PlanwerkSentences

/// The structure-aware mode: the fuzzer's bytes are not a plan but a recipe
/// for one, so that most inputs are plans (or near-plans) the checker and
/// scheduler get to see, rather than lexer errors.
///
/// - First byte ≡ 0 (mod 4): a sentence of `grammar/planwerk.ebnf` from the
///   tests' ``SentenceGenerator``: the next eight bytes are its seed, one byte
///   its depth budget, one its size budget; its token pools hold extreme
///   values (year 9999, 64-bit numbers, zero durations) besides normal ones.
/// - Otherwise: a seed plan (the examples, their tracking sidecar, every test
///   fixture), chosen by the second byte.
///
/// The rest of the recipe, five bytes at a time, mutates the plan's tokens:
/// delete, duplicate, swap, replace with a token of any seed or an extreme
/// value, insert, duplicate or delete a run of tokens.
public struct FuzzRecipe: Sendable {
    /// The seed plans, each a list of tokens (whitespace and comments are tokens too).
    public let seeds: [[[UInt8]]]
    /// Every distinct non-blank token of every seed, plus ``extremes``.
    public let dictionary: [[UInt8]]
    /// The grammar's sentence generator, when `grammar/planwerk.ebnf` was found.
    public let generator: SentenceGenerator?

    /// Values at the edges of what the language accepts.
    public static let extremes: [String] = [
        "0", "1", "-1", "9223372036854775807", "9223372036854775808", "99999999999999999999", "0.0000001",
        "9999-12-31", "0001-01-01", "2028-02-29", "2027-02-29", "1970-01-01", "23:59", "24:00", "00:00",
        "9999-12-31 23:59", "0bd", "0min", "100000bd", "99999w", "1min", "0%", "1000%", "999999999 EUR",
        "every day", "every 1 days", "every workday", "every hour", "horizon 9999-12-31", "start 0001-01-01",
        "count 0", "count 100000000", "until 0001-01-01", "until 9999-12-31", "on holiday next workday",
        "on holiday previous workday", "except", "parallel {", "{", "}", "(", ")", "[", "]", "\"", "\"{", "}\"",
        "\n", ";", ",", "..", "import \"fuzz.plan\"", "import \"templates/org.plan\"", "status", "done", "now 2026-12-08 12:00",
    ]

    /// Pools for the grammar's token rules, normal values and extreme ones.
    public static let pools: [String: [String]] = {
        var p = SentencePools.standard
        p["INT", default: []] += ["0", "31", "9999", "100000", "9223372036854775807"]
        p["DECIMAL", default: []] += ["0.0", "99999999999.99"]
        p["PERCENT", default: []] += ["0%", "1000%"]
        p["QUANTITY", default: []] += ["0bd", "0min", "100000bd", "9999w", "1min"]
        p["DATE", default: []] += ["9999-12-31", "0001-01-01", "2026-11-30"]
        p["DATETIME", default: []] += ["9999-12-31 23:59", "0001-01-01 00:00"]
        p["TIME", default: []] += ["00:00", "24:00"]
        return p
    }()

    /// Reads the seeds below `repository`: `examples/` (with `tracking.status.plan`
    /// appended to `tracking.plan` after the sidecar marker) and every `.plan`
    /// under a `Fixtures` folder of `Tests/`.
    public init(repository: String) {
        let fm = FileManager.default
        var texts: [[UInt8]] = []
        var paths: [String] = []
        for folder in ["examples", "Tests"] {
            let base = repository + "/" + folder
            guard let walk = fm.enumerator(atPath: base) else { continue }
            while let relative = walk.nextObject() as? String {
                if relative.hasSuffix(".plan"), folder == "examples" || relative.contains("Fixtures/") {
                    paths.append(base + "/" + relative)
                }
            }
        }
        for path in paths.sorted() where !path.hasSuffix(".status.plan") {
            guard var bytes = fm.contents(atPath: path).map(Array.init) else { continue }
            let sidecar = String(path.dropLast(".plan".count)) + ".status.plan"
            if let side = fm.contents(atPath: sidecar) { bytes += FuzzPipeline.sidecarMarker + Array(side) }
            if bytes.count <= 200_000 { texts.append(bytes) }
        }
        seeds = texts.map(Self.tokens)
        var seen = Set<[UInt8]>(), words: [[UInt8]] = []
        for t in seeds.joined() + Self.extremes.map({ Array($0.utf8) }) where !Self.isBlank(t) && seen.insert(t).inserted {
            words.append(t)
        }
        dictionary = words
        let ebnf = (try? String(contentsOfFile: repository + "/grammar/planwerk.ebnf", encoding: .utf8)) ?? ""
        generator = (try? Grammar(parsing: ebnf)).flatMap { try? SentenceGenerator(grammar: $0, pools: Self.pools) }
    }

    /// The plan a recipe stands for.
    public func plan(_ recipe: [UInt8]) -> [UInt8] {
        guard let kind = recipe.first else { return [] }
        var reader = ByteReader(bytes: recipe, at: 1)
        var tokens: [[UInt8]]
        if kind % 4 == 0, var generator {
            var seed: UInt64 = 0
            for _ in 0..<8 { seed = seed << 8 | UInt64(reader.byte()) }
            generator.depthBudget = 1 + Int(reader.byte() % 4)
            generator.sizeBudget = 20 + Int(reader.byte()) * 4
            tokens = Self.tokens(Array(generator.sentence(seed: seed).text.utf8))
        } else {
            guard !seeds.isEmpty else { return [] }
            tokens = seeds[Int(reader.byte()) % seeds.count]
        }
        while !reader.atEnd {
            mutate(&tokens, op: reader.byte(), reader.index(), reader.index())
        }
        return Array(tokens.joined())
    }

    /// Applies one mutation; `i` and `j` are taken modulo what they index.
    func mutate(_ tokens: inout [[UInt8]], op: UInt8, _ i: Int, _ j: Int) {
        guard !tokens.isEmpty else {
            tokens.append(dictionary[j % dictionary.count])
            return
        }
        let a = i % tokens.count, b = j % tokens.count, run = 1 + j % 24
        switch op % 8 {
        case 0: tokens.remove(at: a)
        case 1: tokens.insert(tokens[a], at: a)
        case 2: tokens.swapAt(a, b)
        case 3: tokens[a] = dictionary[j % dictionary.count]
        case 4: tokens.insert(dictionary[j % dictionary.count], at: a)
        case 5: tokens[a] = Array(Self.extremes[j % Self.extremes.count].utf8)
        case 6: tokens.insert(contentsOf: tokens[a..<min(tokens.count, a + run)], at: a)
        default: tokens.removeSubrange(a..<min(tokens.count, a + run))
        }
    }

    static func isBlank(_ token: [UInt8]) -> Bool { token.allSatisfy { $0 == 32 || $0 == 9 || $0 == 10 || $0 == 13 } }

    /// A rough lexer: runs of blanks, comments, texts (to their closing quote
    /// or the line's end), words of letters, digits and `_ . : % -` (any byte
    /// of 0x80 or more counts as a letter), and single other bytes.
    static func tokens(_ bytes: [UInt8]) -> [[UInt8]] {
        func isWord(_ b: UInt8) -> Bool {
            b >= 0x80 || (b >= 48 && b <= 57) || (b >= 65 && b <= 90) || (b >= 97 && b <= 122) || b == 95 || b == 46 || b == 58 || b == 37 || b == 45
        }
        var out: [[UInt8]] = []
        var k = 0
        while k < bytes.count {
            let start = k
            let b = bytes[k]
            if b == 32 || b == 9 || b == 10 || b == 13 {
                while k < bytes.count, [32, 9, 10, 13].contains(bytes[k]) { k += 1 }
            } else if b == 35 {
                while k < bytes.count, bytes[k] != 10 { k += 1 }
            } else if b == 34 {
                k += 1
                while k < bytes.count, bytes[k] != 34, bytes[k] != 10 { k += bytes[k] == 92 ? 2 : 1 }
                k = min(bytes.count, k + 1)
            } else if isWord(b) {
                while k < bytes.count, isWord(bytes[k]) { k += 1 }
            } else {
                k += 1
            }
            out.append(Array(bytes[start..<min(k, bytes.count)]))
        }
        return out
    }
}

/// Reads a recipe front to back; past its end every byte is zero.
struct ByteReader {
    let bytes: [UInt8]
    var at: Int
    var atEnd: Bool { at >= bytes.count }

    mutating func byte() -> UInt8 {
        defer { at += 1 }
        return at < bytes.count ? bytes[at] : 0
    }

    /// Two bytes as an index.
    mutating func index() -> Int { Int(byte()) << 8 | Int(byte()) }
}
