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

/// `timeline.json`: the contract other tools (and the scorer) read.
enum TimelineJSON {

    struct Event: Encodable {
        let id: String
        let date: String
        let end: String?
        let date_basis: String
        let actors: [String]
        let type: String
        let cameo: String
        let goldstein: Double
        let future: Bool
        let summary: String
        let participants: [String]
        let topics: [String]
        let location: String?
        let low_confidence: Bool?
        let mentions: [EventMention]
    }

    struct Document: Encodable {
        let path: String
        let title: String
        let published: String?
        let published_from: String?
        let url: String?
        let source: String?
        let language: String
        let language_basis: String
        let date_basis: String
        let year_inference: Inference?
        let body_lines: [[Int]]
        let events: Int
        let warnings: [String]
    }

    struct Inference: Encodable {
        let chosen: Int?
        let candidates: [Int]
        let note: String
        let evidence: [Evidence]
    }

    struct Evidence: Encodable {
        let kind: String
        let text: String
        let line: Int
        let years: [String]
    }

    struct ActorEntry: Encodable {
        let code: String
        let name: String
        let kind: String
        let names_seen: [String]
        let events: Int
    }

    struct Problem: Encodable {
        let path: String
        let reason: String
    }

    /// `timeline.json`, keys sorted, two-space indentation — the text `JSONEncoder` would give
    /// for the whole file (these types are its schema; `PrettyJSON` writes them faster). It is
    /// made when written: each array in chunks, a few written in parallel at a time, each
    /// handed on before the next are made.
    static func file(_ timeline: Timeline) -> OutputFile {
        OutputFile(name: OutputFormat.json.fileName) { sink in
            try sink(Data("{\n  \"actors\" : ".utf8))
            try array(timeline.actors.count, sink: sink) { range in timeline.actors[range].map(actor) }
            try sink(Data(",\n  \"documents\" : ".utf8))
            try array(timeline.documents.count, sink: sink) { range in timeline.documents[range].map(document) }
            try sink(Data(",\n  \"events\" : ".utf8))
            // Read in place: mapping the events themselves would copy each with all its fields.
            try timeline.events.withUnsafeBufferPointer { events in
                try array(events.count, sink: sink) { range in range.map { event(events.at($0)) } }
            }
            try sink(Data(",\n  \"generator\" : \"dyad\",\n  \"problems\" : ".utf8))
            try array(timeline.problems.count, sink: sink) { range in
                timeline.problems[range].map { Problem(path: $0.path, reason: $0.reason) }
            }
            try sink(Data(",\n  \"schema\" : 1\n}\n".utf8))
        }
    }

    /// The event's entry, read in place (see ``UnsafeBufferPointer/at(_:)``).
    static func event(_ event: UnsafePointer<TimelineEvent>) -> Event {
        Event(id: event.pointee.id, date: event.pointee.date.iso, end: event.pointee.end?.iso,
              date_basis: event.pointee.basis.rawValue, actors: event.pointee.actors, type: event.pointee.type.rawValue,
              cameo: event.pointee.cameo, goldstein: event.pointee.goldstein, future: event.pointee.future,
              summary: event.pointee.summary, participants: event.pointee.participants, topics: event.pointee.topics,
              location: event.pointee.location, low_confidence: event.pointee.lowConfidence ? true : nil,
              mentions: event.pointee.mentions)
    }

    static func document(_ document: DocumentSummary) -> Document {
        Document(path: document.path, title: document.title, published: document.metadata.published?.iso ?? document.metadata.publishedApproximately?.iso,
                 published_from: document.metadata.publishedOrigin?.rawValue, url: document.metadata.url,
                 source: document.metadata.source, language: document.language,
                 language_basis: document.languageBasis, date_basis: document.dateBasis,
                 year_inference: document.yearInference.map { inference in
                     Inference(chosen: inference.chosen, candidates: inference.candidates, note: inference.note,
                               evidence: inference.evidence.map { evidence in
                                   Evidence(kind: evidence.kind, text: evidence.text, line: evidence.line,
                                            years: evidence.years.map { $0.count == 1 ? "\($0.lowerBound)" : "\($0.lowerBound)-\($0.upperBound)" })
                               })
                 },
                 body_lines: document.bodyLines.map { [$0.lowerBound, $0.upperBound] },
                 events: document.eventCount, warnings: document.warnings)
    }

    static func actor(_ summary: ActorSummary) -> ActorEntry {
        ActorEntry(code: summary.actor.code, name: summary.actor.name, kind: summary.actor.kind,
                   names_seen: summary.namesSeen, events: summary.eventCount)
    }

    /// The encoder whose text `PrettyJSON` reproduces (tests compare the two).
    static func encoder() -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return encoder
    }

    /// A JSON array of `count` items as the value of a top-level key, made in chunks (by
    /// `items`) on every core, each handed on as soon as those before it are: writing one
    /// chunk overlaps making the next, and each thread reuses its chunk's buffer.
    static func array<Item: JSONWritable>(_ count: Int, sink: (Data) throws -> Void,
                                          items: (Range<Int>) -> [Item]) throws {
        guard count > 0 else { return try sink(Data("[\n\n  ]".utf8)) }
        try sink(Data("[\n".utf8))
        let chunkSize = 2_000
        let chunks = (count + chunkSize - 1) / chunkSize
        try makeInOrder(chunks, width: max(2, ProcessInfo.processInfo.activeProcessorCount)) {
            // About a kilobyte an item (an event with its mentions runs to about 900 bytes).
            PrettyJSON(depth: 2, capacity: 1_024 * min(count, chunkSize))
        } make: { json, chunk in
            json.startRun()
            for item in items(chunk * chunkSize..<min(count, (chunk + 1) * chunkSize)) {
                json.startElementOfRun()
                item.write(to: &json)
            }
        } deliver: { json, chunk in
            if chunk > 0 { try sink(Data(",\n".utf8)) }
            // Handed over without a copy: the sink is done with it before the buffer is reused.
            try json.bytes.withUnsafeBytes { bytes in
                guard let start = bytes.baseAddress, !bytes.isEmpty else { return }
                try sink(Data(bytesNoCopy: UnsafeMutableRawPointer(mutating: start), count: bytes.count, deallocator: .none))
            }
        }
        try sink(Data("\n  ]".utf8))
    }
}

/// A value of `timeline.json` that writes itself as `JSONEncoder` would encode it: its keys
/// sorted, optional keys left out when nil.
protocol JSONWritable: Encodable, Sendable {
    func write(to json: inout PrettyJSON)
}

extension TimelineJSON.Event: JSONWritable {
    func write(to json: inout PrettyJSON) {
        json.object { json in
            json.field("actors", actors)
            json.field("cameo", cameo)
            json.field("date", date)
            json.field("date_basis", date_basis)
            json.field("end", end)
            json.field("future", future)
            json.field("goldstein", goldstein)
            json.field("id", id)
            json.field("location", location)
            json.field("low_confidence", low_confidence)
            json.field("mentions") { json in json.array(mentions) { json, mention in mention.write(to: &json) } }
            json.field("participants", participants)
            json.field("summary", summary)
            json.field("topics", topics)
            json.field("type", type)
        }
    }
}

extension EventMention: JSONWritable {
    func write(to json: inout PrettyJSON) {
        json.object { json in
            json.field("document", document)
            json.field("line", line)
            json.field("text", text)
        }
    }
}

extension TimelineJSON.Document: JSONWritable {
    func write(to json: inout PrettyJSON) {
        json.object { json in
            json.field("body_lines") { json in json.array(body_lines) { json, range in json.array(range) { $0.integer($1) } } }
            json.field("date_basis", date_basis)
            json.field("events", events)
            json.field("language", language)
            json.field("language_basis", language_basis)
            json.field("path", path)
            json.field("published", published)
            json.field("published_from", published_from)
            json.field("source", source)
            json.field("title", title)
            json.field("url", url)
            json.field("warnings", warnings)
            if let year_inference { json.field("year_inference") { year_inference.write(to: &$0) } }
        }
    }
}

extension TimelineJSON.Inference: JSONWritable {
    func write(to json: inout PrettyJSON) {
        json.object { json in
            json.field("candidates") { json in json.array(candidates) { $0.integer($1) } }
            json.field("chosen", chosen)
            json.field("evidence") { json in json.array(evidence) { json, evidence in evidence.write(to: &json) } }
            json.field("note", note)
        }
    }
}

extension TimelineJSON.Evidence: JSONWritable {
    func write(to json: inout PrettyJSON) {
        json.object { json in
            json.field("kind", kind)
            json.field("line", line)
            json.field("text", text)
            json.field("years", years)
        }
    }
}

extension TimelineJSON.ActorEntry: JSONWritable {
    func write(to json: inout PrettyJSON) {
        json.object { json in
            json.field("code", code)
            json.field("events", events)
            json.field("kind", kind)
            json.field("name", name)
            json.field("names_seen", names_seen)
        }
    }
}

extension TimelineJSON.Problem: JSONWritable {
    func write(to json: inout PrettyJSON) {
        json.object { json in
            json.field("path", path)
            json.field("reason", reason)
        }
    }
}
