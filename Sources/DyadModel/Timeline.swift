/// What `timeline.json` says about one input document.
public struct DocumentSummary: Sendable {
    public let path: String
    public let title: String
    public let metadata: DocumentMetadata
    public let language: String
    /// How the language was decided: `given` (front matter or `dyad.yml`), `detected` from
    /// the words, or the build's `default`.
    public let languageBasis: String
    /// `published`, `inferred` or `none`: what anchors the years of its dates.
    public let dateBasis: String
    public let yearInference: YearInference?
    public var bodyLines: [ClosedRange<Int>]
    public var eventCount: Int
    public let warnings: [String]

    public init(path: String, title: String, metadata: DocumentMetadata, language: String, languageBasis: String, dateBasis: String, yearInference: YearInference?, bodyLines: [ClosedRange<Int>], eventCount: Int, warnings: [String]) {
        self.path = path
        self.title = title
        self.metadata = metadata
        self.language = language
        self.languageBasis = languageBasis
        self.dateBasis = dateBasis
        self.yearInference = yearInference
        self.bodyLines = bodyLines
        self.eventCount = eventCount
        self.warnings = warnings
    }
}

/// An actor that takes part in at least one event, with the names the text used for it.
public struct ActorSummary: Sendable {
    public let actor: Actor
    public let namesSeen: [String]
    public let eventCount: Int

    public init(actor: Actor, namesSeen: [String], eventCount: Int) {
        self.actor = actor
        self.namesSeen = namesSeen
        self.eventCount = eventCount
    }
}

/// The result of a build: the merged events, the documents they came from, and the actors.
public struct Timeline: Sendable {
    public let events: TimelineEvents
    public let documents: [DocumentSummary]
    public let actors: [ActorSummary]
    /// Inputs that could not be read, each with its reason.
    public let problems: [InputProblem]
    /// Inputs read only in part (a WARC file that ends inside a record), each with what happened.
    public var inputWarnings: [InputProblem] = []
    /// What each WARC file gave and skipped, for the record.
    public var inputNotes: [InputProblem] = []

    public init(events: TimelineEvents, documents: [DocumentSummary], actors: [ActorSummary], problems: [InputProblem], inputWarnings: [InputProblem] = [], inputNotes: [InputProblem] = []) {
        self.events = events
        self.documents = documents
        self.actors = actors
        self.problems = problems
        self.inputWarnings = inputWarnings
        self.inputNotes = inputNotes
    }

    /// A timeline of events held in memory.
    public init(events: [TimelineEvent], documents: [DocumentSummary], actors: [ActorSummary], problems: [InputProblem], inputWarnings: [InputProblem] = [], inputNotes: [InputProblem] = []) {
        self.init(events: TimelineEvents(events), documents: documents, actors: actors, problems: problems,
                  inputWarnings: inputWarnings, inputNotes: inputNotes)
    }
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

extension Timeline {
    /// Broken promises of the timeline, for self-checks and fuzzing: every event has two distinct
    /// parties in sorted order, at least one mention, and a span that does not end before it
    /// starts; ids are unique. Empty when all hold.
    public func invariantViolations() -> [String] {
        var problems: [String] = []
        var ids: Set<String> = []
        for event in events {
            if event.actors.count != 2 || event.actors[0] >= event.actors[1] {
                problems.append("\(event.id): parties \(event.actors) are not two distinct sorted codes")
            }
            if event.mentions.isEmpty { problems.append("\(event.id): no mention behind it") }
            if let end = event.end, end < event.date { problems.append("\(event.id): ends before it starts") }
            if !ids.insert(event.id).inserted { problems.append("\(event.id): id used twice") }
        }
        return problems
    }
}
