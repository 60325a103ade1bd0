import Foundation

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

    static func render(_ timeline: Timeline, names: ActorNaming) throws -> Data {
        let documents = Set(timeline.events.flatMap { $0.mentions.map(\.document) }).count
        let title = Slide(unique_id: "title", start_date: nil, end_date: nil, display_date: nil,
                          text: Text(headline: "Bilateral events",
                                     text: "\(timeline.events.count) events between \(timeline.actors.count) actors, from \(documents) documents."),
                          group: nil)
        let slides = timeline.events.map { event -> Slide in
            let pair = names.label(of: event.actors)
            let sources = event.mentions.prefix(5).map { Escape.xml("\($0.document):\($0.line)") }.joined(separator: "<br>")
            return Slide(unique_id: event.id, start_date: DateParts(event.date), end_date: event.end.map(DateParts.init),
                         display_date: displayDate(event), text: Text(headline: Escape.xml("\(pair): \(event.type.rawValue)"),
                         text: "<p>\(Escape.xml(event.summary))</p><p><small>\(sources)</small></p>"),
                         group: pair)
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(File(title: title, events: slides)) + Data("\n".utf8)
    }

    /// Written out when the date alone would mislead: spans, inferred years, planned events.
    static func displayDate(_ event: TimelineEvent) -> String? {
        event.dateNeedsLabel ? event.dateLabel : nil
    }
}
