import Testing
@testable import PlanwerkChecking
@testable import PlanwerkSyntax

/// The catalog's example of each evaluation code (P0320–P0339) really gives
/// that code when its values are computed, and its fix gives none.
@Suite struct EvaluationCatalogTests: EvaluationTesting {
    /// Computes every `let` of a plan in order (each sees the earlier ones),
    /// with the plan's `currency` and its calendar's `hours`, and every
    /// `status` target; returns the codes found.
    func evaluationCodes(_ text: String) -> [DiagnosticCode] {
        let plan = Parser.parse(SourceFile(path: "example", text: text))
        #expect(plan.diagnostics.isEmpty, "\(text): \(plan.diagnostics.map(\.message))")
        var env = EvaluationWorld.environment()
        var found: [DiagnosticCode] = []
        func run(_ e: Expr) -> Value? {
            let r = Evaluator(environment: env, file: "example").evaluate(e)
            found += r.diagnostics.map(\.code)
            return r.value
        }
        for decl in plan.declarations {
            switch decl.kind {
            case .setting(let s) where s.keyword.text == "currency":
                if case .name(let code) = s.value.kind { env.currency = code }
            case .calendar(let c):
                for clause in c.body.clauses {
                    guard case .values(let keyword, let values) = clause.kind else { continue }
                    if keyword == .hours {
                        env.hours = values.compactMap {
                            guard case .range(.time(let a), .time(let b)) = run($0) else { return nil }
                            return ClockSpan(start: a, end: b)
                        }
                    }
                    if keyword == .holidays, case .list(let items) = run(values[0]) {
                        for case .range(.date(let a), .date(let b)) in items {
                            for n in a.dayNumber...b.dayNumber { env.holidays.insert(CivilDate(dayNumber: n)) }
                        }
                    }
                }
            case .binding(let b):
                env.names[b.name.text] = run(b.value)
            case .status(let s):
                _ = run(s.target)
            default:
                break
            }
        }
        return found
    }

    @Test func examplesGiveTheirCodeAndFixesDoNot() {
        let entries = DiagnosticCatalog.all.filter { $0.code.rawValue >= "P0320" && $0.code.rawValue <= "P0339" }
        #expect(entries.count == 11)
        for e in entries {
            #expect(evaluationCodes(e.example) == [e.code], "\(e.code)'s example")
            #expect(evaluationCodes(e.fix) == [], "\(e.code)'s fix")
        }
    }

    @Test func everyEvaluationCodeIsInTheCatalog() {
        let codes: [DiagnosticCode] = [.divisionByZero, .arithmeticOverflow, .currencyNotAccepted, .misplacedEndOfDay, .timeOutsideDay,
                                       .fractionalDayShift, .emptyList, .dateOutOfRange, .noWorkingTime, .cannotEvaluate, .invalidOccurrence]
        for c in codes { #expect(DiagnosticCatalog.entry(for: c.rawValue) != nil, "\(c)") }
    }
}
