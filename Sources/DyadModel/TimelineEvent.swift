/// One event of the timeline: every report of it merged, with all its mentions.
public struct TimelineEvent: Sendable, Hashable {
    /// `e1`, `e2`… in timeline order; stable for the same inputs.
    public var id: String
    public let date: FuzzyDate
    public let end: FuzzyDate?
    public let basis: DateBasis
    /// Exactly two actor codes, sorted.
    public let actors: [String]
    public let type: EventType
    public let cameo: String
    public let goldstein: Double
    public let future: Bool
    public let summary: String
    /// Display names of the officeholders taking part.
    public let participants: [String]
    public let topics: [String]
    public let location: String?
    public let mentions: [EventMention]
    public let lowConfidence: Bool

    public init(id: String, date: FuzzyDate, end: FuzzyDate?, basis: DateBasis, actors: [String], type: EventType, cameo: String, goldstein: Double, future: Bool, summary: String, participants: [String], topics: [String], location: String?, mentions: [EventMention], lowConfidence: Bool) {
        self.id = id
        self.date = date
        self.end = end
        self.basis = basis
        self.actors = actors
        self.type = type
        self.cameo = cameo
        self.goldstein = goldstein
        self.future = future
        self.summary = summary
        self.participants = participants
        self.topics = topics
        self.location = location
        self.mentions = mentions
        self.lowConfidence = lowConfidence
    }

    /// The pair as one string, `CHN-USA`.
    public var pair: String { Self.pair(of: actors) }

    /// Sorted actor codes as one string, `CHN-USA`.
    package static func pair(of actors: [String]) -> String { actors.joined(separator: "-") }
}
