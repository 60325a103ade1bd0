import DyadText
import DyadResources
import DyadModel
import DyadReading
import DyadCleaning
import DyadActors
import DyadDates

/// One event as one sentence reports it, before duplicates are merged.
public struct ExtractedEvent: Sendable, Hashable {
    public let date: ResolvedDate
    /// Exactly two actor codes, sorted.
    public let actors: [String]
    public let meaning: TriggerMeaning
    /// The event word as written.
    public let trigger: String
    public let future: Bool
    public let summary: String
    /// Officeholders taking part, by actor code, as ids.
    public let participants: [String: [String]]
    /// Actors the event is about without being a party to it.
    public let topics: [String]
    /// Where it took place, when the sentence says.
    public let location: String?
    public let mention: EventMention
    /// Whether it comes from page furniture (only with `--include-related`).
    public let lowConfidence: Bool

    public init(date: ResolvedDate, actors: [String], meaning: TriggerMeaning, trigger: String, future: Bool, summary: String, participants: [String: [String]], topics: [String], location: String?, mention: EventMention, lowConfidence: Bool) {
        self.date = date
        self.actors = actors
        self.meaning = meaning
        self.trigger = trigger
        self.future = future
        self.summary = summary
        self.participants = participants
        self.topics = topics
        self.location = location
        self.mention = mention
        self.lowConfidence = lowConfidence
    }
}
