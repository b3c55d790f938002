import Foundation

/// The rules of a time zone as the evaluator and the scheduler need them:
/// the offset from UTC at an instant. Plans are written in local wall-clock
/// time (``CivilDateTime``); elapsed time (`h`, `min`) is counted between
/// instants, so `2027-03-28 01:00 + 2h` in Europe/Berlin is `04:00`.
///
/// Instants are minutes since 1970-01-01 00:00 UTC. Only
/// ``utcOffsetMinutes(atUTC:)`` must be implemented; the rest follows.
public protocol TimeZoneRules: Sendable {
    /// The zone's name, as a plan writes it (`Europe/Berlin`, `UTC`).
    var identifier: String { get }
    /// Local time minus UTC, in minutes, at the instant `utcMinutes`.
    func utcOffsetMinutes(atUTC utcMinutes: Int) -> Int
}

extension TimeZoneRules {
    /// The offset in effect at a wall-clock time. A time that the clock
    /// skips (02:30 on the spring-forward night) and a time it shows twice
    /// (02:30 on the autumn night) both take the offset from *before* the
    /// change: a skipped time moves forward by the gap (02:30 → 03:30) and a
    /// repeated one means its first occurrence, as java.time and RFC 5545 do.
    public func utcOffsetMinutes(at local: CivilDateTime) -> Int {
        let l = local.localMinutes
        // Offsets are under 24 hours, so a day either side lies before and after any change near `l`.
        let before = utcOffsetMinutes(atUTC: l - 1440), after = utcOffsetMinutes(atUTC: l + 1440)
        if before == after { return before }
        if utcOffsetMinutes(atUTC: l - before) == before { return before }
        if utcOffsetMinutes(atUTC: l - after) == after { return after }
        return before
    }

    /// The instant of a wall-clock time (see ``utcOffsetMinutes(at:)`` for skipped and repeated times).
    public func utcMinutes(of local: CivilDateTime) -> Int { local.localMinutes - utcOffsetMinutes(at: local) }

    /// The wall-clock time at an instant.
    public func local(atUTC utcMinutes: Int) -> CivilDateTime {
        CivilDateTime(localMinutes: utcMinutes + utcOffsetMinutes(atUTC: utcMinutes))
    }

    /// A wall-clock time as the clock really shows it: unchanged, except a
    /// skipped time, which moves forward by the gap.
    public func resolve(_ local: CivilDateTime) -> CivilDateTime { self.local(atUTC: utcMinutes(of: local)) }
}

/// A zone with one offset all year: `UTC` (the default of a plan), or a fixed
/// offset for tests.
public struct FixedOffsetZone: TimeZoneRules, Hashable {
    public var offsetMinutes: Int
    public var identifier: String

    public init(offsetMinutes: Int, identifier: String? = nil) {
        self.offsetMinutes = offsetMinutes
        if let identifier {
            self.identifier = identifier
        } else {
            let sign = offsetMinutes < 0 ? "-" : "+", m = abs(offsetMinutes)
            self.identifier = "UTC" + sign + (m / 60 < 10 ? "0" : "") + "\(m / 60):" + (m % 60 < 10 ? "0" : "") + "\(m % 60)"
        }
    }

    /// Coordinated Universal Time.
    public static let utc = FixedOffsetZone(offsetMinutes: 0, identifier: "UTC")

    public func utcOffsetMinutes(atUTC utcMinutes: Int) -> Int { offsetMinutes }
}

/// A zone of the IANA time zone database (`Europe/Berlin`), through
/// Foundation's `TimeZone`, with daylight saving time. Offsets are whole
/// minutes (historic local mean times with seconds are cut to the minute).
public struct FoundationTimeZone: TimeZoneRules {
    public let zone: TimeZone

    /// The zone of an IANA name, or nil if the system does not know it.
    public init?(identifier: String) {
        _ = Self.databaseVersion
        guard let zone = TimeZone(identifier: identifier) else { return nil }
        self.zone = zone
    }

    public var identifier: String { zone.identifier }

    /// The version of the time zone database (`2025b`). Reading it also
    /// keeps Foundation's ICU time zones in a statically linked `planwerk`:
    /// without a reference to that part of FoundationInternationalization,
    /// the linker leaves it out and every zone but UTC is unknown.
    public static let databaseVersion: String = TimeZone.timeZoneDataVersion

    public func utcOffsetMinutes(atUTC utcMinutes: Int) -> Int {
        zone.secondsFromGMT(for: Date(timeIntervalSince1970: TimeInterval(utcMinutes) * 60)) / 60
    }
}
