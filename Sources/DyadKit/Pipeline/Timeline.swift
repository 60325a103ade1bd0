/// What `timeline.json` says about one input document.
public struct DocumentSummary: Sendable {
    public let path: String
    public let title: String
    public let metadata: DocumentMetadata
    public let language: String
    /// `published`, `inferred` or `none`: what anchors the years of its dates.
    public let dateBasis: String
    public let yearInference: YearInference?
    public let bodyLines: [ClosedRange<Int>]
    public var eventCount: Int
    public let warnings: [String]
}

/// An actor that takes part in at least one event, with the names the text used for it.
public struct ActorSummary: Sendable {
    public let actor: Actor
    public let namesSeen: [String]
    public let eventCount: Int
}

/// The result of a build: the merged events, the documents they came from, and the actors.
public struct Timeline: Sendable {
    public let events: [TimelineEvent]
    public let documents: [DocumentSummary]
    public let actors: [ActorSummary]
    /// Inputs that could not be read, each with its reason.
    public let problems: [InputProblem]
}

/// Which events to keep in every output.
public struct EventFilter: Sendable, Hashable {
    /// Pairs as `USA-CHN` in either order; empty keeps all.
    public var pairs: Set<String> = []
    public var since: CalendarDate?
    public var until: CalendarDate?
    /// Empty keeps all.
    public var types: Set<EventType> = []

    public init(pairs: Set<String> = [], since: CalendarDate? = nil, until: CalendarDate? = nil, types: Set<EventType> = []) {
        self.pairs = Set(pairs.map { $0.split(separator: "-").map(String.init).sorted().joined(separator: "-") })
        self.since = since
        self.until = until
        self.types = types
    }

    public func keeps(_ event: TimelineEvent) -> Bool {
        if !pairs.isEmpty && !pairs.contains(event.pair) { return false }
        if !types.isEmpty && !types.contains(event.type) { return false }
        if let since, (event.end ?? event.date).lastDay < since { return false }
        if let until, event.date.firstDay > until { return false }
        return true
    }
}
