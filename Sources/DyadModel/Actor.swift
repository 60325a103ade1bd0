/// A party to bilateral events: a state (ISO 3166-1 alpha-3 code) or an organisation.
public struct Actor: Sendable, Hashable, Codable {
    public let code: String
    /// English name, for labels.
    public let name: String
    /// `state` or `organisation`.
    public let kind: String
    /// Vietnamese (or other language) name used for `--labels vi`.
    public let localName: String?

    public init(code: String, name: String, kind: String, localName: String?) {
        self.code = code
        self.name = name
        self.kind = kind
        self.localName = localName
    }
}

/// One term of office: who held which role for which actor, from when to when.
public struct Term: Sendable, Hashable {
    public let actor: String
    public let role: String
    public let start: CalendarDate
    /// Nil while still in office.
    public let end: CalendarDate?

    public init(actor: String, role: String, start: CalendarDate, end: CalendarDate?) {
        self.actor = actor
        self.role = role
        self.start = start
        self.end = end
    }

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

    public init(id: String, displayName: String, terms: [Term]) {
        self.id = id
        self.displayName = displayName
        self.terms = terms
    }

    /// The actor the person acted for on `date` (in `role` when given). Without a date, the
    /// actor of their terms in that role, or of all their terms when they all served one actor.
    public func actor(on date: CalendarDate?, role: String?) -> String? {
        // Read in place, without filtered copies: this runs for every person a sentence names.
        if let date {
            var current: Term?
            for term in terms where term.covers(date) {
                if term.role == role { return term.actor }
                if current == nil { current = term }
            }
            if let current { return current.actor }
        }
        let inRole = terms.contains { $0.role == role }
        var first: String?
        var last: String?
        var oneActor = true
        for term in terms where !inRole || term.role == role {
            if first == nil { first = term.actor } else if term.actor != first { oneActor = false }
            last = term.actor
        }
        return oneActor ? first : last
    }

    /// Years the person could be mentioned in `role` (any role when nil or unknown for them).
    public func years(in role: String?, horizon: Int) -> Set<Int> {
        terms(in: role).reduce(into: Set<Int>()) { $0.formUnion($1.years(horizon: horizon)) }
    }

    /// Whether they held office (in `role`, when they held it at all) on `date`.
    public func served(in role: String?, on date: CalendarDate) -> Bool {
        terms(in: role).contains { $0.covers(date) }
    }

    /// Their terms in `role`, or all of them when they never held it (or none is given).
    func terms(in role: String?) -> [Term] {
        let inRole = terms.filter { $0.role == role }
        return inRole.isEmpty ? terms : inRole
    }
}
