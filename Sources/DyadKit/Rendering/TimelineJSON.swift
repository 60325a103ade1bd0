import Foundation

/// `timeline.json`: the contract other tools (and the scorer) read.
enum TimelineJSON {
    struct File: Encodable {
        let events: [Event]
        let documents: [Document]
        let actors: [ActorEntry]
        let problems: [Problem]
        let generator = "dyad"
        let schema = 1
    }

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

    static func render(_ timeline: Timeline) throws -> Data {
        let file = File(
            events: timeline.events.map { event in
                Event(id: event.id, date: event.date.iso, end: event.end?.iso, date_basis: event.basis.rawValue,
                      actors: event.actors, type: event.type.rawValue, cameo: event.cameo, goldstein: event.goldstein,
                      future: event.future, summary: event.summary, participants: event.participants, topics: event.topics,
                      location: event.location, low_confidence: event.lowConfidence ? true : nil, mentions: event.mentions)
            },
            documents: timeline.documents.map { document in
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
            },
            actors: timeline.actors.map {
                ActorEntry(code: $0.actor.code, name: $0.actor.name, kind: $0.actor.kind, names_seen: $0.namesSeen, events: $0.eventCount)
            },
            problems: timeline.problems.map { Problem(path: $0.path, reason: $0.reason) })
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        var data = try encoder.encode(file)
        data.append(0x0A)
        return data
    }
}
