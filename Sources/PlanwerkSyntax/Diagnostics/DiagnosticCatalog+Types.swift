/// Catalog entries for types and units.
extension DiagnosticCatalog {
    static let types: [Entry] = [
        Entry(code: DiagnosticCode("P0301"), title: "an unknown type",
              explanation: "Parameters, `let x: T` and KPIs name their type: `Int`, `Number`, `Percent`, `Money`, `Text`, `Bool`, `Date`, `Time`, `DateTime`, `Duration`, `WorkTime`, `Weekday`, `Person`, `Team`, `Channel`, `Calendar`, `Kpi`, `Campaign`, `Task`, `Post`, `Milestone`, `Report`, `Approval`, and `List[T]`, `Range[T]` with one element type.",
              example: "kpi reach \"Reichweite\": Integer", fix: "kpi reach \"Reichweite\": Int"),
    ]
}
