/// Where a date's year came from.
public enum DateBasis: String, Sendable, Codable, Comparable {
    /// The text states the year.
    case explicit
    /// The document's publication date anchors it.
    case published
    /// Neither: the year was inferred from the document's own evidence.
    case inferred

    private var rank: Int { self == .explicit ? 0 : self == .published ? 1 : 2 }
    public static func < (a: DateBasis, b: DateBasis) -> Bool { a.rank < b.rank }
}

/// A date expression placed on the calendar.
public struct ResolvedDate: Sendable, Hashable {
    public let start: FuzzyDate
    public let end: FuzzyDate?
    public let basis: DateBasis
}

/// A date expression of a document with what it resolved to.
public struct DatedExpression: Sendable {
    public let expression: TemporalExpression
    /// Index of the body sentence it is in.
    public let sentence: Int
    /// The file line.
    public let line: Int
    /// Nil when it cannot be placed on the calendar (a week, or no anchor).
    public let resolved: ResolvedDate?
    /// Why it resolved as it did, for `dyad dates` and `dyad explain`.
    public let note: String
}
