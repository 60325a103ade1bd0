import Foundation
import DyadText
import DyadResources
import DyadModel
import DyadReading
import DyadCleaning
import DyadActors
import DyadDates
import DyadEvents
import DyadMerging

/// `timelinejs.json`: the timeline in Knight Lab TimelineJS's JSON format. Dates carry only
/// the precision known (a month-only date has no day); spans get an `end_date`; a
/// `display_date` spells out spans, inferred years and planned events; each actor pair is a
/// `group`. TimelineJS renders the text fields as HTML, so they are escaped.
enum TimelineJS {
    /// The whole file; ``render(_:names:)`` writes it with the events made in parallel.
    struct File: JSONRecord {
        var events: [Slide] = []
        var title = Slide()

        init() {}

        init(events: [Slide], title: Slide) {
            self.events = events
            self.title = title
        }

        mutating func members<Visitor: JSONMemberVisitor>(_ json: inout Visitor) {
            json.member("events", &events)
            json.member("title", &title)
        }
    }

    /// One slide: the title's, or an event's.
    struct Slide: JSONRecord {
        var display_date: String?
        var end_date: DateParts?
        var group: String?
        var start_date: DateParts?
        var text = Text()
        var unique_id: String?

        init() {}

        /// An event's slide, or the title's (no dates, no group).
        init(id: String, text: Text, start: FuzzyDate? = nil, end: FuzzyDate? = nil, displayDate: String? = nil, group: String? = nil) {
            display_date = displayDate
            end_date = end.map(DateParts.init)
            self.group = group
            start_date = start.map(DateParts.init)
            self.text = text
            unique_id = id
        }

        mutating func members<Visitor: JSONMemberVisitor>(_ json: inout Visitor) {
            json.member("display_date", &display_date)
            json.member("end_date", &end_date)
            json.member("group", &group)
            json.member("start_date", &start_date)
            json.member("text", &text)
            json.member("unique_id", &unique_id)
        }
    }

    struct Text: JSONRecord {
        var headline = ""
        var text = ""

        init() {}

        init(headline: String, text: String) {
            self.headline = headline
            self.text = text
        }

        mutating func members<Visitor: JSONMemberVisitor>(_ json: inout Visitor) {
            json.member("headline", &headline)
            json.member("text", &text)
        }
    }

    /// A date with only the precision known: a month-only date has no day.
    struct DateParts: JSONRecord {
        var day: String?
        var month: String?
        var year = ""

        init() {}

        init(_ date: FuzzyDate) {
            year = String(date.year)
            month = date.month.map(String.init)
            day = date.day.map(String.init)
        }

        mutating func members<Visitor: JSONMemberVisitor>(_ json: inout Visitor) {
            json.member("day", &day)
            json.member("month", &month)
            json.member("year", &year)
        }
    }

    /// The file, made as it is written.
    static func file(_ timeline: Timeline, names: ActorNaming) -> OutputFile {
        OutputFile(name: OutputFormat.timelineJS.fileName) { sink in try write(timeline, names: names, to: sink) }
    }

    /// The whole file in one buffer (tests).
    static func render(_ timeline: Timeline, names: ActorNaming) -> Data {
        var data = Data()
        try! write(timeline, names: names) { data.append($0) }
        return data
    }

    /// The file as `JSONEncoder` (pretty-printed, sorted keys, slashes unescaped) writes ``File``,
    /// made straight into bytes (``PrettyJSON``), with the events in parallel chunks handed to
    /// `sink` in order (``TimelineJSON/array(_:sink:item:)``).
    static func write(_ timeline: Timeline, names: ActorNaming, to sink: (Data) throws -> Void) throws {
        var title = Self.title(timeline)
        let events = timeline.events
        var labels: [String: String] = [:]
        for event in events.outlines where labels[event.pair] == nil { labels[event.pair] = names.label(of: event.actors) }
        // The file without its events, and where they go: between `"events" : ` and `,`.
        var json = PrettyJSON(depth: 0, capacity: 4096)
        var split = 0
        json.object { json in
            json.key("events")
            split = json.bytes.count
            json.appendRaw([])
            json.key("title")
            title.write(to: &json)
        }
        try sink(Data(json.bytes[..<split]))
        try TimelineJSON.array(events.count, sink: sink) { index in
            let event = events[index]
            return slide(event, pair: labels[event.pair]!)
        }
        try sink(Data(json.bytes[split...] + [0x0A]))
    }

    static func slide(_ event: TimelineEvent, pair: String) -> Slide {
        let sources = event.mentions.prefix(5).map { Escape.xml("\($0.document):\($0.line)") }.joined(separator: "<br>")
        return Slide(id: event.id, text: Text(headline: Escape.xml("\(pair): \(event.type.rawValue)"),
                                              text: "<p>\(Escape.xml(event.summary))</p><p><small>\(sources)</small></p>"),
                     start: event.date, end: event.end, displayDate: displayDate(event), group: pair)
    }

    /// The title slide: what the timeline holds.
    static func title(_ timeline: Timeline) -> Slide {
        let documents = Set(timeline.events.outlines.flatMap { $0.mentions.map(\.document) }).count
        return Slide(id: "title", text: Text(headline: "Bilateral events",
                                             text: "\(timeline.events.count) events between \(timeline.actors.count) actors, from \(documents) documents."))
    }

    /// What `JSONEncoder` writes for the same file (the tests compare the two).
    static func encoded(_ timeline: Timeline, names: ActorNaming) throws -> Data {
        let slides = timeline.events.map { slide($0, pair: names.label(of: $0.actors)) }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(File(events: slides, title: Self.title(timeline))) + Data("\n".utf8)
    }

    /// Written out when the date alone would mislead: spans, inferred years, planned events.
    static func displayDate(_ event: TimelineEvent) -> String? {
        event.dateNeedsLabel ? event.dateLabel : nil
    }
}
