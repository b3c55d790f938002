import Foundation
import PlanwerkSyntax

/// A value known when the plan is checked: the result of evaluating an
/// expression (``Evaluator``), shown by the REPL in source syntax
/// (``display(currency:)``) and used by checks (`N of TEAM`, channel limits).
///
/// One case per value type of LANGUAGE.md §3. Numbers are exact decimals
/// (Foundation's `Decimal`, 38 significant digits); money is kept rounded
/// half-even to cents and carries no currency, since a plan has exactly one.
/// Equal values are the same value: decimals compare by value
/// (`3.50 == 3.5`), work times are normalised for the plan calendar, dates
/// and times are wall-clock values in the plan's zone.
public indirect enum Value: Sendable, Hashable, CustomStringConvertible {
    case int(Int)
    case number(Decimal)
    /// The number written before `%`: `80%` is `.percent(80)`.
    case percent(Decimal)
    /// An amount in the plan's currency units, rounded half-even to cents.
    case money(Decimal)
    case text(String)
    case bool(Bool)
    case date(CivilDate)
    /// Minutes since midnight, 0–1439; 1440 (`24:00`) only as the end of a range.
    case time(Int)
    case dateTime(CivilDateTime)
    case duration(ElapsedTime)
    case workTime(WorkTime)
    case weekday(Weekday)
    case list([Value])
    /// `a..b`, both bounds included (a time range's end is excluded, as in `hours`).
    case range(Value, Value)
    /// A person, team, channel, campaign, task… named by its dotted id.
    case entity(EntityReference)

    /// The value in source syntax with the plan's currency in EUR; see ``display(currency:)``.
    public var description: String { display() }

    /// The type of the value (a list's element type is that of its elements; an empty list's is unknown).
    public var type: PlanType {
        switch self {
        case .int: return .int
        case .number: return .number
        case .percent: return .percent
        case .money: return .money
        case .text: return .text
        case .bool: return .bool
        case .date: return .date
        case .time: return .time
        case .dateTime: return .dateTime
        case .duration: return .duration
        case .workTime: return .workTime
        case .weekday: return .weekday
        case .list(let items):
            let element = items.dropFirst().reduce(items.first?.type ?? .error) { PlanType.join($0, $1.type) ?? .error }
            return .list(element)
        case .range(let a, let b): return .range(PlanType.join(a.type, b.type) ?? a.type)
        case .entity(let e): return e.kind.type
        }
    }
}

/// What kind of plan entity a reference names.
public enum EntityKind: String, Sendable, Hashable, CaseIterable {
    case person, team, channel, calendar, kpi, campaign, task, post, milestone, report, approval
    /// The built-in value `plan`.
    case plan

    /// The entity's type.
    public var type: PlanType {
        switch self {
        case .person: return .person
        case .team: return .team
        case .channel: return .channel
        case .calendar: return .calendar
        case .kpi: return .kpi
        case .campaign: return .campaign
        case .task: return .task
        case .post: return .post
        case .milestone: return .milestone
        case .report: return .report
        case .approval: return .approval
        case .plan: return .plan
        }
    }

    /// Tasks, posts and milestones: the kinds of `Task`.
    public var isSchedulable: Bool { self == .task || self == .post || self == .milestone }
}

/// A reference to a declared entity: its kind and its dotted id, as ids are
/// written in output (`vivian`, `winter`, `winter.brief`; a series occurrence
/// `winter.series[2]`). Entities are shown by their id, which is also how a
/// plan names them.
public struct EntityReference: Sendable, Hashable, CustomStringConvertible {
    public var kind: EntityKind
    /// The dotted path that names the entity in the root module.
    public var id: String

    public init(kind: EntityKind, id: String) { self.kind = kind; self.id = id }

    public var description: String { id }

    public static func person(_ id: String) -> EntityReference { EntityReference(kind: .person, id: id) }
    public static func team(_ id: String) -> EntityReference { EntityReference(kind: .team, id: id) }
    public static func channel(_ id: String) -> EntityReference { EntityReference(kind: .channel, id: id) }
    public static func calendar(_ id: String) -> EntityReference { EntityReference(kind: .calendar, id: id) }
    public static func kpi(_ id: String) -> EntityReference { EntityReference(kind: .kpi, id: id) }
    public static func campaign(_ id: String) -> EntityReference { EntityReference(kind: .campaign, id: id) }
    public static func task(_ id: String) -> EntityReference { EntityReference(kind: .task, id: id) }
    public static func post(_ id: String) -> EntityReference { EntityReference(kind: .post, id: id) }
    public static func milestone(_ id: String) -> EntityReference { EntityReference(kind: .milestone, id: id) }
    public static func report(_ id: String) -> EntityReference { EntityReference(kind: .report, id: id) }
    public static func approval(_ id: String) -> EntityReference { EntityReference(kind: .approval, id: id) }
    /// The built-in `plan`.
    public static let plan = EntityReference(kind: .plan, id: "plan")

    /// Whether two references name the same entity (a task, post or milestone may be referred to as any `Task`).
    public func isSame(as other: EntityReference) -> Bool {
        id == other.id && (kind == other.kind || (kind.isSchedulable && other.kind.isSchedulable))
    }
}
