import Foundation

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

    /// The file, keys sorted, two-space indentation. Each array is encoded in chunks in
    /// parallel (a large corpus has a hundred thousand events) and the chunks are joined, which
    /// gives the same text as encoding it whole.
    static func render(_ timeline: Timeline) throws -> Data {
        let events = timeline.events.map { event in
                Event(id: event.id, date: event.date.iso, end: event.end?.iso, date_basis: event.basis.rawValue,
                      actors: event.actors, type: event.type.rawValue, cameo: event.cameo, goldstein: event.goldstein,
                      future: event.future, summary: event.summary, participants: event.participants, topics: event.topics,
                      location: event.location, low_confidence: event.lowConfidence ? true : nil, mentions: event.mentions)
            }
        let documents = timeline.documents.map { document in
                Document(path: document.path, title: document.title, published: document.metadata.published?.iso,
                         published_from: document.metadata.publishedOrigin?.rawValue, url: document.metadata.url,
                         source: document.metadata.source, language: document.language, date_basis: document.dateBasis,
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
        let actors = timeline.actors.map {
            ActorEntry(code: $0.actor.code, name: $0.actor.name, kind: $0.actor.kind, names_seen: $0.namesSeen, events: $0.eventCount)
        }
        let problems = timeline.problems.map { Problem(path: $0.path, reason: $0.reason) }
        let fields: [(String, String)] = [
            ("actors", try array(actors)),
            ("documents", try array(documents)),
            ("events", try array(events)),
            ("generator", "\"dyad\""),
            ("problems", try array(problems)),
            ("schema", "1"),
        ]
        // Nest each value one level deeper; blank lines (inside empty arrays) stay blank.
        let body = fields.map { name, value in
            "  \"\(name)\" : " + value.split(separator: "\n", omittingEmptySubsequences: false)
                .enumerated().map { $0.offset == 0 || $0.element.isEmpty ? String($0.element) : "  " + $0.element }
                .joined(separator: "\n")
        }
        return Data(("{\n" + body.joined(separator: ",\n") + "\n}\n").utf8)
    }

    static func encoder() -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return encoder
    }

    /// A JSON array of `items` at top level: `[`, one element per block, `]`.
    static func array<Item: Encodable & Sendable>(_ items: [Item]) throws -> String {
        guard !items.isEmpty else { return "[\n\n]" }
        let chunkSize = 2_000
        let chunks = stride(from: 0, to: items.count, by: chunkSize).map { items[$0..<min($0 + chunkSize, items.count)] }
        let parts = EncodedChunks(count: chunks.count)
        DispatchQueue.concurrentPerform(iterations: chunks.count) { index in
            parts.set(index, Result { try encoder().encode(Array(chunks[index])) })
        }
        var inner: [String] = []
        for part in try parts.values() {
            // Drop the chunk's own `[` and `]` lines; keep its elements.
            var text = String(decoding: part, as: UTF8.self)
            text.removeFirst(2)
            text.removeLast(2)
            inner.append(text)
        }
        return "[\n" + inner.joined(separator: ",\n") + "\n]"
    }
}

/// The encoded chunks of one array, written by index from concurrent workers.
private final class EncodedChunks: @unchecked Sendable {
    private var storage: [Result<Data, Error>?]
    private let lock = NSLock()

    init(count: Int) {
        storage = Array(repeating: nil, count: count)
    }

    func set(_ index: Int, _ value: Result<Data, Error>) {
        lock.lock()
        storage[index] = value
        lock.unlock()
    }

    func values() throws -> [Data] {
        lock.lock()
        defer { lock.unlock() }
        return try storage.map { try $0!.get() }
    }
}
