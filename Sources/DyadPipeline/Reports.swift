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
import DyadRendering

/// One line of the JSON Lines that `dyad extract` writes and `dyad merge` reads: what a build
/// holds between reading the documents and merging their reports, written out so that the two
/// halves can run in different processes (or on different machines, as a Spark job).
///
/// A line carries one of:
/// - a document's contribution (`document`, `names`, `events`): its summary, the names it wrote
///   actors as, and its event reports in the order it made them — one line per document, the
///   same whatever else is in the run;
/// - a slice of one (`path` and `events`): the reports of one pair from the document at `path`
///   (`dyad extract --by-pair` writes a document's summary and names on one line, each pair's
///   reports on another, so that the reports can be partitioned by pair);
/// - an input that could not be read (`problem`);
/// - a file to read (`file`), as `dyad extract --list` writes them, or a file already read
///   (`file` and its bytes in Base64, `content`);
/// - a merged event (`event`, with its `rank` among the events of its partition), as
///   `dyad merge --partial` writes them.
///
/// Every value comes back exactly as it was: dates as ISO text, numbers as JSON numbers (a
/// `Double` is written with the shortest digits that read back to it), absent optional values
/// as absent keys; keys are sorted, so the same value is always the same line.
public struct ReportRecord: Codable, Sendable {
    var document: Summary?
    var names: [Name]?
    var path: String?
    var events: [Report]?
    var problem: Problem?
    var file: String?
    /// The file's bytes, Base64, when the job read them (`dyad extract` then reads no file).
    var content: String?
    var event: Event?
    var rank: Int?

    init() {}

    /// A document's line.
    init(_ contribution: Builder.Contribution) {
        document = Summary(contribution.summary)
        names = contribution.names.map(Name.init)
        events = contribution.events.map(Report.init)
    }

    public init(_ problem: InputProblem) {
        self.problem = Problem(path: problem.path, reason: problem.reason)
    }

    init(file: String) {
        self.file = file
    }

    init(event: TimelineEvent, rank: Int) {
        self.event = Event(event)
        self.rank = rank
    }

    /// The line, without its line feed (``ReportLine`` writes it).
    public func line() throws -> Data {
        var line = ReportLine()
        write(to: &line)
        return Data(line.bytes)
    }

    /// The line as `JSONEncoder` writes it: what ``line()`` must give (a test compares them).
    func encodedLine() throws -> Data {
        try Self.encoder.encode(self)
    }

    /// The record of one line (a `KEY<tab>` in front of it, as `--by-pair` writes, is skipped).
    public init(line: some DataProtocol) throws {
        var bytes = Data(line)
        if let first = bytes.first, first != UInt8(ascii: "{"), let tab = bytes.firstIndex(of: UInt8(ascii: "\t")) {
            bytes = bytes[bytes.index(after: tab)...]
        }
        self = try Self.decoder().decode(ReportRecord.self, from: bytes)
    }

    private static let encoder: JSONEncoder = {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }()

    private static func decoder() -> JSONDecoder { JSONDecoder() }

    var contribution: Builder.Contribution? {
        get throws {
            guard let document else { return nil }
            return Builder.Contribution(summary: try document.value, events: try (events ?? []).map { try $0.value },
                                        names: (names ?? []).map(\.value))
        }
    }

    /// The path of a problem record.
    public var inputProblemPath: String? { problem?.path }

    var inputProblem: InputProblem? {
        problem.map { InputProblem(path: $0.path, reason: $0.reason) }
    }
}

/// A record's value could not be made back (a date that is not one, an unknown type).
public struct ReportError: Error, CustomStringConvertible {
    public let description: String
}

private func fuzzyDate(_ text: String) throws -> FuzzyDate {
    guard let date = FuzzyDate(iso: text) else { throw ReportError(description: "'\(text)' is not a date") }
    return date
}

private func calendarDay(_ text: String) throws -> CalendarDate {
    let date = try fuzzyDate(text)
    guard let day = date.day, let value = CalendarDate(year: date.year, month: date.month ?? 0, day: day) else {
        throw ReportError(description: "'\(text)' is not a day")
    }
    return value
}

private func enumValue<Value: RawRepresentable<String>>(_ text: String) throws -> Value {
    guard let value = Value(rawValue: text) else { throw ReportError(description: "unknown value '\(text)'") }
    return value
}

extension ReportRecord {
    struct Problem: Codable, Sendable {
        let path: String
        let reason: String
    }

    struct Name: Codable, Sendable {
        let code: String
        let text: String
        let key: UInt64

        init(_ name: SeenName) {
            code = name.code
            text = name.text
            key = name.key
        }

        var value: SeenName { SeenName(code: code, text: text, key: key) }
    }

    struct Mention: Codable, Sendable {
        let document: String
        let line: Int
        let text: String

        init(_ mention: EventMention) {
            document = mention.document
            line = mention.line
            text = mention.text
        }

        var value: EventMention { EventMention(document: document, line: line, text: text) }
    }

    struct Metadata: Codable, Sendable {
        let published: String?
        let publishedApproximately: String?
        let publishedOrigin: String?
        let url: String?
        let source: String?
        let title: String?
        let language: String?

        init(_ metadata: DocumentMetadata) {
            published = metadata.published?.iso
            publishedApproximately = metadata.publishedApproximately?.iso
            publishedOrigin = metadata.publishedOrigin?.rawValue
            url = metadata.url
            source = metadata.source
            title = metadata.title
            language = metadata.language
        }

        var value: DocumentMetadata {
            get throws {
                var metadata = DocumentMetadata(published: try published.map(calendarDay), publishedOrigin: try publishedOrigin.map(enumValue),
                                                url: url, source: source, title: title, language: language)
                metadata.publishedApproximately = try publishedApproximately.map(fuzzyDate)
                return metadata
            }
        }
    }

    struct Inference: Codable, Sendable {
        let candidates: [Int]
        let chosen: Int?
        let evidence: [YearEvidence]
        let note: String

        init(_ inference: YearInference) {
            candidates = inference.candidates
            chosen = inference.chosen
            evidence = inference.evidence
            note = inference.note
        }

        var value: YearInference { YearInference(candidates: candidates, chosen: chosen, evidence: evidence, note: note) }
    }

    struct Summary: Codable, Sendable {
        let path: String
        let title: String
        let metadata: Metadata
        let language: String
        let languageBasis: String
        let dateBasis: String
        let yearInference: Inference?
        let bodyLines: [ClosedRange<Int>]
        let eventCount: Int
        let warnings: [String]

        init(_ summary: DocumentSummary) {
            path = summary.path
            title = summary.title
            metadata = Metadata(summary.metadata)
            language = summary.language
            languageBasis = summary.languageBasis
            dateBasis = summary.dateBasis
            yearInference = summary.yearInference.map(Inference.init)
            bodyLines = summary.bodyLines
            eventCount = summary.eventCount
            warnings = summary.warnings
        }

        var value: DocumentSummary {
            get throws {
                DocumentSummary(path: path, title: title, metadata: try metadata.value, language: language, languageBasis: languageBasis,
                                dateBasis: dateBasis, yearInference: yearInference?.value, bodyLines: bodyLines,
                                eventCount: eventCount, warnings: warnings)
            }
        }
    }

    /// An ``ExtractedEvent``.
    struct Report: Codable, Sendable {
        let date: String
        let end: String?
        let basis: String
        let actors: [String]
        let type: String
        let cameo: String
        let goldstein: Double
        let priority: Int
        let trigger: String
        let future: Bool
        let summary: String
        let participants: [String: [String]]
        let topics: [String]
        let location: String?
        let mention: Mention
        let lowConfidence: Bool

        init(_ report: ExtractedEvent) {
            date = report.date.start.iso
            end = report.date.end?.iso
            basis = report.date.basis.rawValue
            actors = report.actors
            type = report.meaning.type.rawValue
            cameo = report.meaning.cameo
            goldstein = report.meaning.goldstein
            priority = report.meaning.priority
            trigger = report.trigger
            future = report.future
            summary = report.summary
            participants = report.participants
            topics = report.topics
            location = report.location
            mention = Mention(report.mention)
            lowConfidence = report.lowConfidence
        }

        var value: ExtractedEvent {
            get throws {
                ExtractedEvent(
                    date: ResolvedDate(start: try fuzzyDate(date), end: try end.map(fuzzyDate), basis: try enumValue(basis)),
                    actors: actors,
                    meaning: TriggerMeaning(type: try enumValue(type), cameo: cameo, goldstein: goldstein, priority: priority),
                    trigger: trigger, future: future, summary: summary, participants: participants, topics: topics,
                    location: location, mention: mention.value, lowConfidence: lowConfidence)
            }
        }
    }

    /// A ``TimelineEvent``.
    struct Event: Codable, Sendable {
        let id: String
        let date: String
        let end: String?
        let basis: String
        let actors: [String]
        let type: String
        let cameo: String
        let goldstein: Double
        let future: Bool
        let summary: String
        let participants: [String]
        let topics: [String]
        let location: String?
        let mentions: [Mention]
        let lowConfidence: Bool

        init(_ event: TimelineEvent) {
            id = event.id
            date = event.date.iso
            end = event.end?.iso
            basis = event.basis.rawValue
            actors = event.actors
            type = event.type.rawValue
            cameo = event.cameo
            goldstein = event.goldstein
            future = event.future
            summary = event.summary
            participants = event.participants
            topics = event.topics
            location = event.location
            mentions = event.mentions.map(Mention.init)
            lowConfidence = event.lowConfidence
        }

        var value: TimelineEvent {
            get throws {
                TimelineEvent(id: id, date: try fuzzyDate(date), end: try end.map(fuzzyDate), basis: try enumValue(basis), actors: actors,
                              type: try enumValue(type), cameo: cameo, goldstein: goldstein, future: future, summary: summary,
                              participants: participants, topics: topics, location: location, mentions: mentions.map(\.value),
                              lowConfidence: lowConfidence)
            }
        }
    }
}
