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
