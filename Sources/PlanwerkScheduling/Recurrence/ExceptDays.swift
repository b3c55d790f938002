import PlanwerkChecking

/// The `except` days of a rule as sorted, disjoint ranges of day numbers,
/// so that asking about a day is a binary search however many were listed.
struct ExceptDays {
    private let ranges: [ClosedRange<Int>]

    init(_ ranges: [ClosedRange<Int>]) {
        var merged: [ClosedRange<Int>] = []
        for r in ranges.sorted(by: { $0.lowerBound < $1.lowerBound }) {
            if let lastRange = merged.last, r.lowerBound <= lastRange.upperBound {
                merged[merged.count - 1] = lastRange.lowerBound...max(lastRange.upperBound, r.upperBound)
            } else {
                merged.append(r)
            }
        }
        self.ranges = merged
    }

    /// Whether the day is one of the `except` days.
    func contains(_ day: CivilDate) -> Bool {
        let n = day.dayNumber
        var low = 0, high = ranges.count
        while low < high {
            let mid = (low + high) / 2
            if ranges[mid].upperBound < n { low = mid + 1 } else { high = mid }
        }
        return low < ranges.count && ranges[low].contains(n)
    }
}
