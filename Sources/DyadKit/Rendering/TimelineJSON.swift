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

    /// `timeline.json`, keys sorted, two-space indentation — the text `JSONEncoder` would give
    /// for the whole file. It is made when written: each array in chunks, a few encoded in
    /// parallel at a time, each handed on before the next are made.
    static func file(_ timeline: Timeline) -> OutputFile {
        OutputFile(name: OutputFormat.json.fileName) { sink in
            try sink(Data("{\n  \"actors\" : ".utf8))
            try array(timeline.actors.count, sink: sink) { range in timeline.actors[range].map(actor) }
            try sink(Data(",\n  \"documents\" : ".utf8))
            try array(timeline.documents.count, sink: sink) { range in timeline.documents[range].map(document) }
            try sink(Data(",\n  \"events\" : ".utf8))
            try array(timeline.events.count, sink: sink) { range in timeline.events[range].map(event) }
            try sink(Data(",\n  \"generator\" : \"dyad\",\n  \"problems\" : ".utf8))
            try array(timeline.problems.count, sink: sink) { range in
                timeline.problems[range].map { Problem(path: $0.path, reason: $0.reason) }
            }
            try sink(Data(",\n  \"schema\" : 1\n}\n".utf8))
        }
    }

    static func event(_ event: TimelineEvent) -> Event {
        Event(id: event.id, date: event.date.iso, end: event.end?.iso, date_basis: event.basis.rawValue,
              actors: event.actors, type: event.type.rawValue, cameo: event.cameo, goldstein: event.goldstein,
              future: event.future, summary: event.summary, participants: event.participants, topics: event.topics,
              location: event.location, low_confidence: event.lowConfidence ? true : nil, mentions: event.mentions)
    }

    static func document(_ document: DocumentSummary) -> Document {
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

    static func actor(_ summary: ActorSummary) -> ActorEntry {
        ActorEntry(code: summary.actor.code, name: summary.actor.name, kind: summary.actor.kind,
                   names_seen: summary.namesSeen, events: summary.eventCount)
    }

    static func encoder() -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return encoder
    }

    /// A JSON array of `count` items as the value of a top-level key: chunks of items (made by
    /// `items`) encoded as top-level arrays, without their own brackets and one level deeper.
    static func array<Item: Encodable>(_ count: Int, sink: (Data) throws -> Void,
                                       items: @escaping @Sendable (Range<Int>) -> [Item]) throws {
        guard count > 0 else { return try sink(Data("[\n\n  ]".utf8)) }
        try sink(Data("[\n".utf8))
        let chunkSize = 2_000
        let chunks = stride(from: 0, to: count, by: chunkSize).map { $0..<min($0 + chunkSize, count) }
        let width = max(2, ProcessInfo.processInfo.activeProcessorCount)
        for batchStart in stride(from: 0, to: chunks.count, by: width) {
            let batch = Array(chunks[batchStart..<min(batchStart + width, chunks.count)])
            let parts = ConcurrentResults<Data>(count: batch.count)
            DispatchQueue.concurrentPerform(iterations: batch.count) { index in
                parts.set(index, Result { nested(try encoder().encode(items(batch[index]))) })
            }
            for (index, part) in try parts.values().enumerated() {
                if batchStart + index > 0 { try sink(Data(",\n".utf8)) }
                try sink(part)
            }
        }
        try sink(Data("\n  ]".utf8))
    }

    /// A top-level array's elements (its `[` and `]` lines dropped) with two more spaces before
    /// every non-blank line.
    static func nested(_ array: Data) -> Data {
        var output = [UInt8]()
        output.reserveCapacity(array.count + array.count / 8)
        array.withUnsafeBytes { raw in
            let bytes = raw.bindMemory(to: UInt8.self)
            guard bytes.count >= 4 else { return }
            let inner = UnsafeBufferPointer(rebasing: bytes[2..<bytes.count - 2])
            var lineStart = 0
            // Each line (with its newline) is copied in one piece, indented unless blank.
            while lineStart < inner.count {
                let lineEnd = inner[lineStart...].firstIndex(of: 0x0A).map { $0 + 1 } ?? inner.count
                if inner[lineStart] != 0x0A { output.append(0x20); output.append(0x20) }
                output.append(contentsOf: UnsafeBufferPointer(rebasing: inner[lineStart..<lineEnd]))
                lineStart = lineEnd
            }
        }
        return Data(output)
    }
}
