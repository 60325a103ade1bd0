/// The events of a timeline, in timeline order, numbered `e1`… by their position: held in
/// memory, or kept by an ``EventStore`` (on disk, for a build of an archive) and made one at a
/// time as they are read, so that rendering an archive's timeline does not hold its events.
///
/// Reading an event from a store costs a read and a decoding: a writer of rows reads each event
/// once, by index, and keeps none. What counts, groups or draws events reads their
/// ``outlines`` instead, which a store holds in memory.
public struct TimelineEvents: RandomAccessCollection, Sendable, ExpressibleByArrayLiteral {
    private enum Storage: Sendable {
        case held([TimelineEvent])
        /// A store's events, those at `kept` only when given (a filter's), in that order.
        case stored(any EventStore, kept: [Int]?)
    }

    private let storage: Storage
    public let endIndex: Int
    public var startIndex: Int { 0 }

    /// Events held in memory, already numbered.
    public init(_ events: [TimelineEvent]) {
        storage = .held(events)
        endIndex = events.count
    }

    public init(arrayLiteral events: TimelineEvent...) {
        self.init(events)
    }

    /// The events of `store`, in its order.
    public init(store: any EventStore) {
        storage = .stored(store, kept: nil)
        endIndex = store.count
    }

    /// Whether the events are read from a store rather than held.
    public var isStored: Bool {
        if case .stored = storage { return true }
        return false
    }

    /// The event at `position`; a stored one is read and numbered by its position.
    public subscript(position: Int) -> TimelineEvent {
        event(at: position) { $0.event(at: $1) }
    }

    /// The event at `position` without its texts — its summary, participants, topics, place
    /// and its mentions' sentences left out; its dates, pair, type, scores and the documents
    /// and lines of its mentions as they are: what counting, grouping and drawing read. A
    /// held event is given whole.
    public func outline(at position: Int) -> TimelineEvent {
        event(at: position) { $0.outline(at: $1) }
    }

    /// A held event, or the stored one `read` gives, numbered by its position.
    private func event(at position: Int, read: (any EventStore, Int) -> TimelineEvent) -> TimelineEvent {
        switch storage {
        case .held(let events):
            return events[position]
        case .stored(let store, let kept):
            var event = read(store, kept?[position] ?? position)
            event.id = "e\(position + 1)"
            return event
        }
    }

    /// Every event's outline (``outline(at:)``), in order.
    public var outlines: Outlines { Outlines(events: self) }

    /// The events' outlines, in order.
    public struct Outlines: RandomAccessCollection, Sendable {
        let events: TimelineEvents
        public var startIndex: Int { 0 }
        public var endIndex: Int { events.endIndex }
        public subscript(position: Int) -> TimelineEvent { events.outline(at: position) }
    }

    /// The events `keeps` keeps, in order, numbered again without gaps. The choice reads
    /// outlines: a filter looks at no text. A store's events stay in the store.
    public func filter(keeping keeps: (TimelineEvent) -> Bool) -> TimelineEvents {
        switch storage {
        case .held(var events):
            events.removeAll { !keeps($0) }
            for index in events.indices { events[index].id = "e\(index + 1)" }
            return TimelineEvents(events)
        case .stored(let store, let kept):
            let chosen = (0..<endIndex).filter { keeps(store.outline(at: kept?[$0] ?? $0)) }.map { kept?[$0] ?? $0 }
            return TimelineEvents(storage: .stored(store, kept: chosen), count: chosen.count)
        }
    }

    private init(storage: Storage, count: Int) {
        self.storage = storage
        endIndex = count
    }
}

/// Events kept outside memory, in timeline order: each is made again when it is read.
public protocol EventStore: Sendable {
    /// How many events the store holds.
    var count: Int { get }
    /// The event at `index`, its `id` as stored (``TimelineEvents`` numbers it).
    func event(at index: Int) -> TimelineEvent
    /// The event at `index` without its texts (``TimelineEvents/outline(at:)``), from memory.
    func outline(at index: Int) -> TimelineEvent
}

extension TimelineEvent {
    /// The event without its texts (``TimelineEvents/outline(at:)``).
    public var outline: TimelineEvent { outline { $0 } }

    /// The same, each document's path given by `document` (a store gives one string per
    /// document for all its mentions).
    public func outline(document: (String) -> String) -> TimelineEvent {
        TimelineEvent(id: id, date: date, end: end, basis: basis, actors: actors, type: type, cameo: cameo, goldstein: goldstein,
                      future: future, summary: "", participants: [], topics: [], location: nil,
                      mentions: mentions.map { EventMention(document: document($0.document), line: $0.line, text: "") },
                      lowConfidence: lowConfidence)
    }
}
