/// `timeline.md`: the timeline as a Markdown table, ready to paste into a report, and a Mermaid
/// `timeline` block that GitHub draws.
enum MarkdownTimeline {
    static func render(_ timeline: Timeline, names: ActorNaming) -> String {
        var lines: [String] = ["# Timeline", ""]
        let documents = Set(timeline.events.flatMap { $0.mentions.map(\.document) }).count
        lines.append("\(timeline.events.count) events between \(timeline.actors.count) actors, from \(documents) documents.")
        lines.append("")
        lines.append("| Date | Actors | Type | Summary | Source |")
        lines.append("|---|---|---|---|---|")
        for event in timeline.events {
            let date = event.dateLabel
            let actors = names.label(of: event.actors)
            let sources = event.mentions.map { "\($0.document):\($0.line)" }
            let source = sources.prefix(3).joined(separator: ", ") + (sources.count > 3 ? " (+\(sources.count - 3))" : "")
            lines.append("| \(Escape.markdownCell(date)) | \(Escape.markdownCell(actors)) | \(event.type.rawValue) | \(Escape.markdownCell(event.summary)) | \(Escape.markdownCell(source)) |")
        }
        if !timeline.events.isEmpty {
            lines += ["", "```mermaid", "timeline", "    title Bilateral events"]
            var currentPeriod = ""
            for event in timeline.events {
                let period = event.date.iso.count >= 7 ? String(event.date.iso.prefix(7)) : event.date.iso
                if period != currentPeriod {
                    lines.append("    section \(period)")
                    currentPeriod = period
                }
                let label = "\(event.date.iso) : \(event.actors.map(names.label).joined(separator: "–")) \(event.type.rawValue)"
                lines.append("        " + mermaid(label))
            }
            lines.append("```")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Mermaid timeline text: `:` separates fields and `#`, `;` start comments or entities.
    private static func mermaid(_ text: String) -> String {
        var parts = text.split(separator: ":", maxSplits: 1).map(String.init)
        parts = parts.map { $0.filter { !"#;:`\n".contains($0) } }
        return parts.joined(separator: ":")
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
        public static let vi = Language(canonical: "vi")

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
