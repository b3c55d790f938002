/// A synthetic project, drawn once from a seed and then written out in more
/// than one language (`PlanGenerator` for Planwerk, `TaskJugglerWriter` for
/// TaskJuggler 3), so both tools schedule the same work.
public struct SyntheticProject: Sendable {
    /// A person: `p<index>`, in team `index / 10`.
    public struct Person: Sendable {
        public var index: Int
        /// Day offsets (from the project start) of a Monday–Friday week away.
        public var away: ClosedRange<Int>?
        /// Works at 50 % capacity.
        public var halfCapacity: Bool
    }

    /// How a task's amount of work is given.
    public enum Work: Sendable {
        case effort(days: Int), length(days: Int), duration(days: Int)
    }

    /// A predecessor: a task of the same campaign or of an earlier one.
    public struct Dependency: Sendable, Hashable, Comparable {
        public var campaign: Int?
        public var task: Int
        public static func < (a: Dependency, b: Dependency) -> Bool { a.text < b.text }
        /// The reference as both languages' generators spell it inside a campaign.
        var text: String { campaign.map { "c\($0).t\(task)" } ?? "t\(task)" }
    }

    /// A task, or (the last of a campaign, when posts are on) a post with an approval.
    public struct Task: Sendable {
        public var index: Int
        public var isPost: Bool
        public var work: Work
        public var assignees: [Int]
        public var dependencies: [Dependency]
        public var priority: Int?
    }

    public struct Campaign: Sendable {
        public var index: Int
        public var team: Int
        public var startOffset: Int
        public var budget: Int
        public var tasks: [Task]
    }

    public var people: [Person] = []
    public var teams = 0
    public var campaigns: [Campaign] = []

    /// Draws the project; the sequence of random draws is part of the format
    /// (benchmarks compare figures across versions for the same seed).
    public init(_ o: PlanGenerator.Options) {
        var rng = SplitMix64(seed: o.seed)
        let peopleCount = max(2, o.tasks / o.peopleRatio)
        teams = max(1, peopleCount / 10)
        for t in 0..<teams {
            for p in (t * 10)..<min(peopleCount, (t + 1) * 10 + (t == teams - 1 ? peopleCount : 0)) {
                var person = Person(index: p, away: nil, halfCapacity: false)
                if rng.next() % 10 == 0 {
                    let week = Int(rng.next() % 40) + 2
                    person.away = (week * 7)...(week * 7 + 4)
                } else if rng.next() % 8 == 0 {
                    person.halfCapacity = true
                }
                people.append(person)
            }
        }
        let campaignCount = (o.tasks + o.tasksPerCampaign - 1) / o.tasksPerCampaign
        var taskIndex = 0
        for c in 0..<campaignCount {
            let team = Int(rng.next() % UInt64(teams))
            let start = Int(rng.next() % 120)
            let budget = 1000 + Int(rng.next() % 9000)
            var campaign = Campaign(index: c, team: team, startOffset: start, budget: budget, tasks: [])
            let count = min(o.tasksPerCampaign, o.tasks - taskIndex)
            for k in 0..<count {
                if o.posts && k == count - 1 && count > 3 {
                    campaign.tasks.append(Task(index: k, isPost: true, work: .length(days: 0), assignees: [],
                                               dependencies: [Dependency(campaign: nil, task: k - 1)], priority: nil))
                } else {
                    let kind = rng.next() % 3
                    let days = Int(1 + rng.next() % 5)
                    let work: Work = kind == 0 ? .effort(days: days) : kind == 1 ? .length(days: days) : .duration(days: days)
                    let a = Int(rng.next() % UInt64(peopleCount))
                    let assignees = rng.next() % 4 == 0 ? [a, (a + 1) % peopleCount] : [a]
                    var deps: Set<Dependency> = []
                    if k > 0 { deps.insert(Dependency(campaign: nil, task: Int(rng.next() % UInt64(k)))) }
                    if k > 1 && rng.next() % 3 == 0 { deps.insert(Dependency(campaign: nil, task: k - 1)) }
                    if c > 0 && rng.next() % 7 == 0 {
                        let other = Int(rng.next() % UInt64(c))
                        deps.insert(Dependency(campaign: other, task: Int(rng.next() % UInt64(min(3, o.tasksPerCampaign)))))
                    }
                    let priority = rng.next() % 10 == 0 ? Int(100 + rng.next() % 800) : nil
                    campaign.tasks.append(Task(index: k, isPost: false, work: work, assignees: assignees,
                                               dependencies: deps.sorted(), priority: priority))
                }
                taskIndex += 1
            }
            campaigns.append(campaign)
        }
    }

    /// 2027-01-04 (the project start, a Monday) plus a number of days, as `YYYY-MM-DD`.
    public static func date(dayOffset: Int) -> String {
        var y = 2027, m = 1, d = 4 + dayOffset
        while d > daysIn(month: m, year: y) {
            d -= daysIn(month: m, year: y)
            m += 1
            if m > 12 { m = 1; y += 1 }
        }
        return "\(y)-\(m < 10 ? "0" : "")\(m)-\(d < 10 ? "0" : "")\(d)"
    }

    static func daysIn(month m: Int, year y: Int) -> Int {
        switch m {
        case 2: return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }
}
