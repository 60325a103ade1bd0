/// A party to bilateral events: a state (ISO 3166-1 alpha-3 code) or an organisation.
public struct Actor: Sendable, Hashable, Codable {
    public let code: String
    /// English name, for labels.
    public let name: String
    /// `state` or `organisation`.
    public let kind: String
    /// Vietnamese (or other language) name used for `--labels vi`.
    public let localName: String?
}

/// One term of office: who held which role for which actor, from when to when.
public struct Term: Sendable, Hashable {
    public let actor: String
    public let role: String
    public let start: CalendarDate
    /// Nil while still in office.
    public let end: CalendarDate?

    public func covers(_ date: CalendarDate) -> Bool {
        date >= start && (end.map { date <= $0 } ?? true)
    }

    /// The calendar years the term touches, up to `horizon` for a term still running.
    public func years(horizon: Int) -> ClosedRange<Int> {
        start.year...max(start.year, end?.year ?? horizon)
    }
}

/// A person whose actor depends on the date: they speak for whatever they held office in.
public struct Officeholder: Sendable, Hashable {
    public let id: String
    /// The first name form, used in outputs.
    public let displayName: String
    public let terms: [Term]

    /// The actor the person acted for on `date` (in `role` when given). Without a date, the
    /// actor of their terms in that role, or of all their terms when they all served one actor.
    public func actor(on date: CalendarDate?, role: String?) -> String? {
        if let date {
            let current = terms.filter { $0.covers(date) }
            if let match = current.first(where: { $0.role == role }) ?? current.first { return match.actor }
        }
        let inRole = terms.filter { $0.role == role }
        let pool = inRole.isEmpty ? terms : inRole
        let actors = Set(pool.map(\.actor))
        return actors.count == 1 ? actors.first : pool.last?.actor
    }

    /// Years the person could be mentioned in `role` (any role when nil or unknown for them).
    public func years(in role: String?, horizon: Int) -> Set<Int> {
        let inRole = terms.filter { $0.role == role }
        let pool = inRole.isEmpty ? terms : inRole
        return pool.reduce(into: Set<Int>()) { $0.formUnion($1.years(horizon: horizon)) }
    }
}
