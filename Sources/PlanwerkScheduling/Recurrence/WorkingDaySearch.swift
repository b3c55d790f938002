import PlanwerkChecking

/// Finds the working day an `on holiday next workday | previous workday`
/// occurrence moves to. Questions come with ascending days, so each search
/// goes on from where the last one stopped and a whole series costs one walk
/// over its days, however long the calendar's runs of non-working days are.
struct WorkingDaySearch {
    /// How far back `previous workday` looks before giving up: ten years.
    static let lookback = 3660

    private let isWorkingDay: (CivilDate) -> Bool
    /// The last `next` question and its answer (nil: none up to the bound).
    private var lastNext: (asked: Int, answer: Int?, bound: Int)?
    /// The last day `previous` looked at, and the latest working day it saw up to then.
    private var previousScanned: Int?
    private var latestWorking: Int?

    init(isWorkingDay: @escaping (CivilDate) -> Bool) { self.isWorkingDay = isWorkingDay }

    /// The first working day on or after `day` and not after `bound`; nil if there is none.
    mutating func next(onOrAfter day: CivilDate, notAfter bound: CivilDate) -> CivilDate? {
        let d = day.dayNumber
        if let known = lastNext, known.asked <= d, known.bound == bound.dayNumber {
            if let answer = known.answer, d <= answer { return CivilDate(dayNumber: answer) }
            if known.answer == nil { return nil }
        }
        var n = d
        var answer: Int? = nil
        while n <= bound.dayNumber {
            if isWorkingDay(CivilDate(dayNumber: n)) { answer = n; break }
            n += 1
        }
        lastNext = (d, answer, bound.dayNumber)
        return answer.map { CivilDate(dayNumber: $0) }
    }

    /// The last working day on or before `day`, looking back at most ``lookback`` days; nil if there is none.
    mutating func previous(onOrBefore day: CivilDate) -> CivilDate? {
        let d = day.dayNumber
        if let scanned = previousScanned, scanned <= d, d - scanned <= Self.lookback {
            var n = scanned + 1
            while n <= d {
                if isWorkingDay(CivilDate(dayNumber: n)) { latestWorking = n }
                n += 1
            }
        } else {
            latestWorking = nil
            var n = d
            while d - n <= Self.lookback {
                if isWorkingDay(CivilDate(dayNumber: n)) { latestWorking = n; break }
                n -= 1
            }
        }
        previousScanned = d
        guard let latest = latestWorking, d - latest <= Self.lookback else { return nil }
        return CivilDate(dayNumber: latest)
    }
}
