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

/// `timeline.md`: the timeline as a Markdown table, ready to paste into a report, and a Mermaid
/// `timeline` block that GitHub draws.
enum MarkdownTimeline {
    /// The file, made as it is written (``StreamedRows``).
    static func file(_ timeline: Timeline, names: ActorNaming) -> OutputFile {
        OutputFile(name: OutputFormat.md.fileName) { sink in try write(timeline, names: names, to: sink) }
    }

    /// Made in bytes, the rows in parallel chunks handed to `sink` in order; each cell escaped
    /// by a table over its bytes (``ByteText/markdownCell(_:)``).
    static func write(_ timeline: Timeline, names: ActorNaming, to sink: (Data) throws -> Void) throws {
        let events = timeline.events
        var labels: [String: String] = [:]
        for event in events.outlines where labels[event.pair] == nil { labels[event.pair] = names.label(of: event.actors) }
        var out = StreamedRows.Flushing()
        out.text.add("# Timeline\n\n")
        let documents = Set(events.outlines.flatMap { $0.mentions.map(\.document) }).count
        out.text.add(events.count); out.text.add(" events between "); out.text.add(timeline.actors.count); out.text.add(" actors, from ")
        out.text.add(documents); out.text.add(" documents.\n\n| Date | Actors | Type | Summary | Source |\n|---|---|---|---|---|\n")
        try out.flush(to: sink)
        try StreamedRows.write(events.count, bytesPerRow: 300, to: sink) { rows, index in
            let event = events[index]
            let mentions = event.mentions
            var source = ""
            for (position, mention) in mentions.prefix(3).enumerated() {
                source += (position > 0 ? ", " : "") + mention.document + ":" + String(mention.line)
            }
            if mentions.count > 3 { source += " (+\(mentions.count - 3))" }
            rows.add("| "); rows.markdownCell(event.dateLabel); rows.add(" | "); rows.markdownCell(labels[event.pair]!)
            rows.add(" | "); rows.add(event.type.rawValue); rows.add(" | "); rows.markdownCell(event.summary)
            rows.add(" | "); rows.markdownCell(source); rows.add(" |\n")
        }
        if !events.isEmpty {
            out.text.add("\n```mermaid\ntimeline\n    title Bilateral events\n")
            var currentPeriod = ""
            var shortLabels: [String: String] = [:]
            for event in events.outlines {
                let iso = event.date.iso
                let period = iso.utf8.count >= 7 ? String(iso.utf8.prefix(7))! : iso
                if period != currentPeriod {
                    out.text.add("    section "); out.text.add(period); out.text.add("\n")
                    currentPeriod = period
                }
                let actors = shortLabels[event.pair] ?? {
                    let label = mermaid(event.actors.map(names.label).joined(separator: "–"))
                    shortLabels[event.pair] = label
                    return label
                }()
                // `date : actors type`, with `#;:` and backquotes taken out of the actors and the type.
                out.text.add("        "); out.text.add(iso); out.text.add(" : "); out.text.add(actors); out.text.add(" ")
                out.text.add(mermaid(event.type.rawValue)); out.text.add("\n")
                try out.flushIfFull(to: sink)
            }
            out.text.add("```\n")
        }
        try out.flush(to: sink)
    }

    /// Mermaid timeline text: `:` separates fields and `#`, `;` start comments or entities.
    private static func mermaid(_ text: String) -> String {
        text.utf8.contains { $0 == UInt8(ascii: "#") || $0 == UInt8(ascii: ";") || $0 == UInt8(ascii: ":") || $0 == UInt8(ascii: "`") || $0 == 0x0A }
            ? text.filter { !"#;:`\n".contains($0) } : text
    }
}

/// How actors are labelled in outputs: English names (those of `common/actors.json`), or the
/// names of another language that has resources.
public struct ActorNaming: Sendable {
    /// A language actors can be labelled in: any with a folder of resources.
    public struct Language: RawRepresentable, Sendable, Hashable {
        public let rawValue: String

        public init?(rawValue: String) {
            guard ResourceLoader.availableLanguages().contains(rawValue) else { return nil }
            self.rawValue = rawValue
        }

        /// English: the names `common/actors.json` gives every actor.
        public static let en = Language(canonical: "en")

        private init(canonical: String) { rawValue = canonical }

        /// Every language with resources.
        public static var available: [Language] { ResourceLoader.availableLanguages().map(Language.init(canonical:)) }
    }

    let gazetteer: Gazetteer
    let language: Language

    public init(gazetteer: Gazetteer, language: Language) {
        self.gazetteer = gazetteer
        self.language = language
    }

    func label(_ code: String) -> String {
        guard let actor = gazetteer.actor(code) else { return code }
        return language == .en ? actor.name : (actor.localName ?? actor.name)
    }

    /// The names of `codes` (an event's or a pair's actors) joined by an en dash.
    func label(of codes: [String]) -> String {
        codes.map(label).joined(separator: " – ")
    }
}
