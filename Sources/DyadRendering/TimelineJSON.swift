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
///
/// Each kind of entry is one ``JSONRecord``: its members, in the order of their keys, are listed
/// once, and ``PrettyJSON`` writes them from that list as `JSONEncoder` would encode them.
package enum TimelineJSON {
    /// An entry of `events`.
    struct Event: JSONRecord, Sendable {
        var actors: [String] = []
        var cameo = ""
        var date = ""
        var date_basis = ""
        var end: String?
        var future = false
        var goldstein = 0.0
        var id = ""
        var location: String?
        /// Only there when true.
        var low_confidence: Bool?
        var mentions: [Mention] = []
        var participants: [String] = []
        var summary = ""
        var topics: [String] = []
        var type = ""

        init() {}

        /// The event's entry.
        init(_ event: TimelineEvent) {
            actors = event.actors
            cameo = event.cameo
            date = event.date.iso
            date_basis = event.basis.rawValue
            end = event.end?.iso
            future = event.future
            goldstein = event.goldstein
            id = event.id
            location = event.location
            low_confidence = event.lowConfidence ? true : nil
            mentions = event.mentions.map(Mention.init)
            participants = event.participants
            summary = event.summary
            topics = event.topics
            type = event.type.rawValue
        }

        mutating func members<Visitor: JSONMemberVisitor>(_ json: inout Visitor) {
            json.member("actors", &actors)
            json.member("cameo", &cameo)
            json.member("date", &date)
            json.member("date_basis", &date_basis)
            json.member("end", &end)
            json.member("future", &future)
            json.member("goldstein", &goldstein)
            json.member("id", &id)
            json.member("location", &location)
            json.member("low_confidence", &low_confidence)
            json.member("mentions", &mentions)
            json.member("participants", &participants)
            json.member("summary", &summary)
            json.member("topics", &topics)
            json.member("type", &type)
        }
    }

    /// Where an event is reported (``EventMention``); the lines of `dyad extract` write it so too.
    package struct Mention: JSONRecord, Sendable {
        package var document = ""
        package var line = 0
        package var text = ""

        package init() {}

        package init(_ mention: EventMention) {
            document = mention.document
            line = mention.line
            text = mention.text
        }

        package var value: EventMention { EventMention(document: document, line: line, text: text) }

        package mutating func members<Visitor: JSONMemberVisitor>(_ json: inout Visitor) {
            json.member("document", &document)
            json.member("line", &line)
            json.member("text", &text)
        }
    }

    /// An entry of `documents`.
    struct Document: JSONRecord, Sendable {
        var body_lines: [ClosedRange<Int>] = []
        var date_basis = ""
        var events = 0
        var language = ""
        var language_basis = ""
        var path = ""
        var published: String?
        var published_from: String?
        var source: String?
        var title = ""
        var url: String?
        var warnings: [String] = []
        var year_inference: InferenceRecord<String>?

        init() {}

        init(_ document: DocumentSummary) {
            body_lines = document.bodyLines
            date_basis = document.dateBasis
            events = document.eventCount
            language = document.language
            language_basis = document.languageBasis
            path = document.path
            published = document.metadata.published?.iso ?? document.metadata.publishedApproximately?.iso
            published_from = document.metadata.publishedOrigin?.rawValue
            source = document.metadata.source
            title = document.title
            url = document.metadata.url
            warnings = document.warnings
            year_inference = document.yearInference.map(InferenceRecord.init)
        }

        mutating func members<Visitor: JSONMemberVisitor>(_ json: inout Visitor) {
            json.member("body_lines", &body_lines)
            json.member("date_basis", &date_basis)
            json.member("events", &events)
            json.member("language", &language)
            json.member("language_basis", &language_basis)
            json.member("path", &path)
            json.member("published", &published)
            json.member("published_from", &published_from)
            json.member("source", &source)
            json.member("title", &title)
            json.member("url", &url)
            json.member("warnings", &warnings)
            json.member("year_inference", &year_inference)
        }
    }

    /// An entry of `actors`.
    struct ActorEntry: JSONRecord, Sendable {
        var code = ""
        var events = 0
        var kind = ""
        var name = ""
        var names_seen: [String] = []

        init() {}

        init(_ summary: ActorSummary) {
            code = summary.actor.code
            events = summary.eventCount
            kind = summary.actor.kind
            name = summary.actor.name
            names_seen = summary.namesSeen
        }

        mutating func members<Visitor: JSONMemberVisitor>(_ json: inout Visitor) {
            json.member("code", &code)
            json.member("events", &events)
            json.member("kind", &kind)
            json.member("name", &name)
            json.member("names_seen", &names_seen)
        }
    }

    /// An entry of `problems`: an input that could not be read (the lines of `dyad extract`
    /// write it so too).
    package struct Problem: JSONRecord, Sendable {
        package var path = ""
        package var reason = ""

        package init() {}

        package init(_ problem: InputProblem) {
            path = problem.path
            reason = problem.reason
        }

        package var value: InputProblem { InputProblem(path: path, reason: reason) }

        package mutating func members<Visitor: JSONMemberVisitor>(_ json: inout Visitor) {
            json.member("path", &path)
            json.member("reason", &reason)
        }
    }

    /// `timeline.json`, keys sorted, two-space indentation — the text `JSONEncoder` would give
    /// for the whole file (the records above are its schema; `PrettyJSON` writes them faster).
    /// It is made when written: each array in chunks, a few written in parallel at a time, each
    /// handed on before the next are made.
    static func file(_ timeline: Timeline) -> OutputFile {
        OutputFile(name: OutputFormat.json.fileName) { sink in
            try sink(Data("{\n  \"actors\" : ".utf8))
            try array(timeline.actors.count, sink: sink) { ActorEntry(timeline.actors[$0]) }
            try sink(Data(",\n  \"documents\" : ".utf8))
            try array(timeline.documents.count, sink: sink) { Document(timeline.documents[$0]) }
            try sink(Data(",\n  \"events\" : ".utf8))
            try array(timeline.events.count, sink: sink) { Event(timeline.events[$0]) }
            try sink(Data(",\n  \"generator\" : \"dyad\",\n  \"problems\" : ".utf8))
            try array(timeline.problems.count, sink: sink) { Problem(timeline.problems[$0]) }
            try sink(Data(",\n  \"schema\" : 1\n}\n".utf8))
        }
    }

    /// The encoder whose text `PrettyJSON` reproduces (tests compare the two).
    static func encoder() -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return encoder
    }

    /// A JSON array of `count` items as the value of a top-level key, made in chunks (each
    /// item by `item`, from its index) on every core, each handed on as soon as those before it
    /// are: writing one chunk overlaps making the next, and each thread reuses its chunk's buffer.
    static func array<Item: JSONValue>(_ count: Int, sink: (Data) throws -> Void, item: (Int) -> Item) throws {
        guard count > 0 else { return try sink(Data("[\n\n  ]".utf8)) }
        try sink(Data("[\n".utf8))
        let chunkSize = 2_000
        let chunks = (count + chunkSize - 1) / chunkSize
        try makeInOrder(chunks, width: max(2, ProcessInfo.processInfo.activeProcessorCount)) {
            // About a kilobyte an item (an event with its mentions runs to about 900 bytes).
            PrettyJSON(depth: 2, capacity: 1_024 * min(count, chunkSize))
        } make: { json, chunk in
            json.startRun()
            for index in chunk * chunkSize..<min(count, (chunk + 1) * chunkSize) {
                json.startElementOfRun()
                var entry = item(index)
                entry.write(to: &json)
            }
        } deliver: { json, chunk in
            if chunk > 0 { try sink(Data(",\n".utf8)) }
            try StreamedRows.handOver(json.bytes, to: sink)
        }
        try sink(Data("\n  ]".utf8))
    }
}

/// A document's year inference: `year_inference` in `timeline.json`, which writes the years
/// its evidence allows as text (`Years` is `String`: `2019`, `2019-2021`), and `yearInference`
/// in the lines of `dyad extract`, which write them as ranges (`ClosedRange<Int>`).
package struct InferenceRecord<Years: YearsWritten>: JSONRecord, Sendable {
    var candidates: [Int] = []
    var chosen: Int?
    var evidence: [Evidence] = []
    var note = ""

    package init() {}

    package init(_ inference: YearInference) {
        candidates = inference.candidates
        chosen = inference.chosen
        evidence = inference.evidence.map(Evidence.init)
        note = inference.note
    }

    package mutating func members<Visitor: JSONMemberVisitor>(_ json: inout Visitor) {
        json.member("candidates", &candidates)
        json.member("chosen", &chosen)
        json.member("evidence", &evidence)
        json.member("note", &note)
    }

    /// One piece of evidence (``YearEvidence``).
    struct Evidence: JSONRecord, Sendable {
        var kind = ""
        var line = 0
        var text = ""
        var years: [Years] = []

        init() {}

        init(_ evidence: YearEvidence) {
            kind = evidence.kind
            line = evidence.line
            text = evidence.text
            years = evidence.years.map(Years.init(years:))
        }

        mutating func members<Visitor: JSONMemberVisitor>(_ json: inout Visitor) {
            json.member("kind", &kind)
            json.member("line", &line)
            json.member("text", &text)
            json.member("years", &years)
        }
    }
}

extension InferenceRecord where Years == ClosedRange<Int> {
    /// The inference the record was made from (its years were written as they are).
    package var value: YearInference {
        YearInference(candidates: candidates, chosen: chosen,
                      evidence: evidence.map { YearEvidence(kind: $0.kind, text: $0.text, line: $0.line, years: $0.years) }, note: note)
    }
}

/// How a piece of year evidence's years are written: as text, or as ranges.
package protocol YearsWritten: JSONValue, Sendable {
    init(years: ClosedRange<Int>)
}

extension String: YearsWritten {
    /// `2019`, or `2019-2021`.
    package init(years: ClosedRange<Int>) {
        self = years.count == 1 ? "\(years.lowerBound)" : "\(years.lowerBound)-\(years.upperBound)"
    }
}

extension ClosedRange: YearsWritten where Bound == Int {
    package init(years: ClosedRange<Int>) {
        self = years
    }
}
