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
    static func render(_ timeline: Timeline) throws -> [Data] {
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
        // The object's keys in sorted order; every value nested one level (two spaces) deeper.
        var parts: [Data] = [Data("{\n  \"actors\" : ".utf8)]
        parts += try array(actors)
        parts.append(Data(",\n  \"documents\" : ".utf8))
        parts += try array(documents)
        parts.append(Data(",\n  \"events\" : ".utf8))
        parts += try array(events)
        parts.append(Data(",\n  \"generator\" : \"dyad\",\n  \"problems\" : ".utf8))
        parts += try array(problems)
        parts.append(Data(",\n  \"schema\" : 1\n}\n".utf8))
        return parts
    }

    static func encoder() -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return encoder
    }

    /// A JSON array of `items` as the value of a top-level key, in pieces: the items are
    /// encoded in chunks in parallel, each chunk without its own brackets and indented one
    /// level deeper; the text is the same as encoding the whole file at once.
    static func array<Item: Encodable & Sendable>(_ items: [Item]) throws -> [Data] {
        guard !items.isEmpty else { return [Data("[\n\n  ]".utf8)] }
        let chunkSize = 2_000
        let chunks = stride(from: 0, to: items.count, by: chunkSize).map { items[$0..<min($0 + chunkSize, items.count)] }
        let parts = EncodedChunks(count: chunks.count)
        DispatchQueue.concurrentPerform(iterations: chunks.count) { index in
            parts.set(index, Result { nested(try encoder().encode(Array(chunks[index]))) })
        }
        var pieces: [Data] = [Data("[\n".utf8)]
        for (index, part) in try parts.values().enumerated() {
            if index > 0 { pieces.append(Data(",\n".utf8)) }
            pieces.append(part)
        }
        pieces.append(Data("\n  ]".utf8))
        return pieces
    }

    /// A top-level array's elements (its `[` and `]` lines dropped) with two more spaces before
    /// every non-blank line.
    static func nested(_ array: Data) -> Data {
        var output = Data()
        output.reserveCapacity(array.count + array.count / 8)
        let inner = array.dropFirst(2).dropLast(2)
        var lineStart = true
        for byte in inner {
            if lineStart, byte != 0x0A { output.append(contentsOf: [0x20, 0x20]) }
            output.append(byte)
            lineStart = byte == 0x0A
        }
        return output
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
