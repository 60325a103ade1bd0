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
    struct File: Encodable {
        let title: Slide
        let events: [Slide]
    }

    struct Slide: Encodable {
        let unique_id: String?
        let start_date: DateParts?
        let end_date: DateParts?
        let display_date: String?
        let text: Text
        let group: String?
    }

    struct Text: Encodable {
        let headline: String
        let text: String
    }

    struct DateParts: Encodable {
        let year: String
        let month: String?
        let day: String?

        init(_ date: FuzzyDate) {
            year = String(date.year)
            month = date.month.map(String.init)
            day = date.day.map(String.init)
        }
    }

    /// The file as `JSONEncoder` (pretty-printed, sorted keys, slashes unescaped) writes ``File``,
    /// made straight into bytes (``PrettyJSON``), with the events in parallel chunks.
    static func render(_ timeline: Timeline, names: ActorNaming) -> Data {
        let documents = Set(timeline.events.flatMap { $0.mentions.map(\.document) }).count
        let title = Slide(unique_id: "title", start_date: nil, end_date: nil, display_date: nil,
                          text: Text(headline: "Bilateral events",
                                     text: "\(timeline.events.count) events between \(timeline.actors.count) actors, from \(documents) documents."),
                          group: nil)
        let events = timeline.events
        let chunk = 2_000
        var labels: [String: String] = [:]
        for event in events where labels[event.pair] == nil { labels[event.pair] = names.label(of: event.actors) }
        let chunks = concurrentMap((events.count + chunk - 1) / chunk) { part -> [UInt8] in
            var json = PrettyJSON(depth: 2, capacity: chunk * 700)
            for index in (part * chunk)..<min(events.count, (part + 1) * chunk) {
                json.startElementOfRun()
                write(slide(events[index], pair: labels[events[index].pair]!), to: &json)
            }
            return json.bytes
        }
        var json = PrettyJSON(depth: 0, capacity: chunks.reduce(0) { $0 + $1.count } + 4096)
        var out: [UInt8] = []
        json.object { json in
            json.field("events") { json in
                if events.isEmpty { json.array([Int]()) { _, _ in } ; return }
                // The chunks hold the elements; the brackets and the newlines around them are the array's.
                json.appendRaw(Array("[\n".utf8))
                for (index, bytes) in chunks.enumerated() {
                    if index > 0 { json.appendRaw(Array(",\n".utf8)) }
                    json.appendRaw(bytes)
                }
                json.appendRaw(Array("\n  ]".utf8))
            }
            json.field("title") { write(title, to: &$0) }
        }
        out = json.bytes
        out.append(0x0A)
        return Data(out)
    }

    static func slide(_ event: TimelineEvent, pair: String) -> Slide {
        let sources = event.mentions.prefix(5).map { Escape.xml("\($0.document):\($0.line)") }.joined(separator: "<br>")
        return Slide(unique_id: event.id, start_date: DateParts(event.date), end_date: event.end.map(DateParts.init),
                     display_date: displayDate(event), text: Text(headline: Escape.xml("\(pair): \(event.type.rawValue)"),
                     text: "<p>\(Escape.xml(event.summary))</p><p><small>\(sources)</small></p>"),
                     group: pair)
    }

    /// A slide with its keys sorted, as `JSONEncoder` writes it.
    static func write(_ slide: Slide, to json: inout PrettyJSON) {
        json.object { json in
            json.field("display_date", slide.display_date)
            if let end = slide.end_date { json.field("end_date") { write(end, to: &$0) } }
            json.field("group", slide.group)
            if let start = slide.start_date { json.field("start_date") { write(start, to: &$0) } }
            json.field("text") { json in
                json.object { json in
                    json.field("headline", slide.text.headline)
                    json.field("text", slide.text.text)
                }
            }
            json.field("unique_id", slide.unique_id)
        }
    }

    static func write(_ date: DateParts, to json: inout PrettyJSON) {
        json.object { json in
            json.field("day", date.day)
            json.field("month", date.month)
            json.field("year", date.year)
        }
    }

    /// What `JSONEncoder` writes for the same file (the tests compare the two).
    static func encoded(_ timeline: Timeline, names: ActorNaming) throws -> Data {
        let documents = Set(timeline.events.flatMap { $0.mentions.map(\.document) }).count
        let title = Slide(unique_id: "title", start_date: nil, end_date: nil, display_date: nil,
                          text: Text(headline: "Bilateral events",
                                     text: "\(timeline.events.count) events between \(timeline.actors.count) actors, from \(documents) documents."),
                          group: nil)
        let slides = timeline.events.map { slide($0, pair: names.label(of: $0.actors)) }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(File(title: title, events: slides)) + Data("\n".utf8)
    }

    /// Written out when the date alone would mislead: spans, inferred years, planned events.
    static func displayDate(_ event: TimelineEvent) -> String? {
        event.dateNeedsLabel ? event.dateLabel : nil
    }
}
