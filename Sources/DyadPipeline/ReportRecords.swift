import Foundation
import DyadText
import DyadModel
import DyadDates
import DyadEvents
import DyadRendering

// The records a ``ReportRecord`` line holds, each a ``JSONRecord``: its members listed once, in
// the order of their keys, and written, encoded and decoded from that list. Each is made from
// the value it carries and gives it back (`value`) exactly.

extension ReportRecord {
    /// An input that could not be read, as `timeline.json` writes it.
    typealias Problem = TimelineJSON.Problem
    /// Where an event is reported, as `timeline.json` writes it.
    typealias Mention = TimelineJSON.Mention

    /// An actor's name as a document writes it (``SeenName``).
    struct Name: JSONRecord, Sendable {
        var code = ""
        var key: UInt64 = 0
        var text = ""

        init() {}

        init(_ name: SeenName) {
            code = name.code
            key = name.key
            text = name.text
        }

        var value: SeenName { SeenName(code: code, text: text, key: key) }

        mutating func members<Visitor: JSONMemberVisitor>(_ json: inout Visitor) {
            json.member("code", &code)
            json.member("key", &key)
            json.member("text", &text)
        }
    }

    /// A ``DocumentSummary``.
    struct Summary: JSONRecord, Sendable {
        var bodyLines: [ClosedRange<Int>] = []
        var dateBasis = ""
        var eventCount = 0
        var language = ""
        var languageBasis = ""
        var metadata = Metadata()
        var path = ""
        var title = ""
        var warnings: [String] = []
        var yearInference: InferenceRecord<ClosedRange<Int>>?

        init() {}

        init(_ summary: DocumentSummary) {
            bodyLines = summary.bodyLines
            dateBasis = summary.dateBasis
            eventCount = summary.eventCount
            language = summary.language
            languageBasis = summary.languageBasis
            metadata = Metadata(summary.metadata)
            path = summary.path
            title = summary.title
            warnings = summary.warnings
            yearInference = summary.yearInference.map(InferenceRecord.init)
        }

        var value: DocumentSummary {
            get throws {
                DocumentSummary(path: path, title: title, metadata: try metadata.value, language: language, languageBasis: languageBasis,
                                dateBasis: dateBasis, yearInference: yearInference?.value, bodyLines: bodyLines,
                                eventCount: eventCount, warnings: warnings)
            }
        }

        mutating func members<Visitor: JSONMemberVisitor>(_ json: inout Visitor) {
            json.member("bodyLines", &bodyLines)
            json.member("dateBasis", &dateBasis)
            json.member("eventCount", &eventCount)
            json.member("language", &language)
            json.member("languageBasis", &languageBasis)
            json.member("metadata", &metadata)
            json.member("path", &path)
            json.member("title", &title)
            json.member("warnings", &warnings)
            json.member("yearInference", &yearInference)
        }
    }

    /// A ``DocumentMetadata``.
    struct Metadata: JSONRecord, Sendable {
        var language: String?
        var published: String?
        var publishedApproximately: String?
        var publishedOrigin: String?
        var source: String?
        var title: String?
        var url: String?

        init() {}

        init(_ metadata: DocumentMetadata) {
            language = metadata.language
            published = metadata.published?.iso
            publishedApproximately = metadata.publishedApproximately?.iso
            publishedOrigin = metadata.publishedOrigin?.rawValue
            source = metadata.source
            title = metadata.title
            url = metadata.url
        }

        var value: DocumentMetadata {
            get throws {
                var metadata = DocumentMetadata(published: try published.map(calendarDay), publishedOrigin: try publishedOrigin.map(enumValue),
                                                url: url, source: source, title: title, language: language)
                metadata.publishedApproximately = try publishedApproximately.map(fuzzyDate)
                return metadata
            }
        }

        mutating func members<Visitor: JSONMemberVisitor>(_ json: inout Visitor) {
            json.member("language", &language)
            json.member("published", &published)
            json.member("publishedApproximately", &publishedApproximately)
            json.member("publishedOrigin", &publishedOrigin)
            json.member("source", &source)
            json.member("title", &title)
            json.member("url", &url)
        }
    }

    /// The members a report and an event share, whose keys sort before all their others:
    /// shown inline among the record's own members, not as an object of their own.
    struct SharedMembers: Sendable {
        var actors: [String] = []
        var basis = ""
        var cameo = ""
        var date = ""
        var end: String?
        var future = false
        var goldstein = 0.0

        init() {}

        init(actors: [String], basis: DateBasis, cameo: String, date: FuzzyDate, end: FuzzyDate?, future: Bool, goldstein: Double) {
            self.actors = actors
            self.basis = basis.rawValue
            self.cameo = cameo
            self.date = date.iso
            self.end = end?.iso
            self.future = future
            self.goldstein = goldstein
        }

        mutating func members<Visitor: JSONMemberVisitor>(_ json: inout Visitor) {
            json.member("actors", &actors)
            json.member("basis", &basis)
            json.member("cameo", &cameo)
            json.member("date", &date)
            json.member("end", &end)
            json.member("future", &future)
            json.member("goldstein", &goldstein)
        }
    }

    /// An ``ExtractedEvent``.
    struct Report: JSONRecord, Sendable {
        var shared = SharedMembers()
        var location: String?
        var lowConfidence = false
        var mention = Mention()
        var participants: [String: [String]] = [:]
        var priority = 0
        var summary = ""
        var topics: [String] = []
        var trigger = ""
        var type = ""

        init() {}

        init(_ report: ExtractedEvent) {
            shared = SharedMembers(actors: report.actors, basis: report.date.basis, cameo: report.meaning.cameo, date: report.date.start,
                                   end: report.date.end, future: report.future, goldstein: report.meaning.goldstein)
            location = report.location
            lowConfidence = report.lowConfidence
            mention = Mention(report.mention)
            participants = report.participants
            priority = report.meaning.priority
            summary = report.summary
            topics = report.topics
            trigger = report.trigger
            type = report.meaning.type.rawValue
        }

        var value: ExtractedEvent {
            get throws {
                ExtractedEvent(
                    date: ResolvedDate(start: try fuzzyDate(shared.date), end: try shared.end.map(fuzzyDate), basis: try enumValue(shared.basis)),
                    actors: shared.actors,
                    meaning: TriggerMeaning(type: try enumValue(type), cameo: shared.cameo, goldstein: shared.goldstein, priority: priority),
                    trigger: trigger, future: shared.future, summary: summary, participants: participants, topics: topics,
                    location: location, mention: mention.value, lowConfidence: lowConfidence)
            }
        }

        mutating func members<Visitor: JSONMemberVisitor>(_ json: inout Visitor) {
            shared.members(&json)
            json.member("location", &location)
            json.member("lowConfidence", &lowConfidence)
            json.member("mention", &mention)
            json.member("participants", &participants)
            json.member("priority", &priority)
            json.member("summary", &summary)
            json.member("topics", &topics)
            json.member("trigger", &trigger)
            json.member("type", &type)
        }
    }

    /// A ``TimelineEvent``.
    struct Event: JSONRecord, Sendable {
        var shared = SharedMembers()
        var id = ""
        var location: String?
        var lowConfidence = false
        var mentions: [Mention] = []
        var participants: [String] = []
        var summary = ""
        var topics: [String] = []
        var type = ""

        init() {}

        init(_ event: TimelineEvent) {
            shared = SharedMembers(actors: event.actors, basis: event.basis, cameo: event.cameo, date: event.date, end: event.end,
                                   future: event.future, goldstein: event.goldstein)
            id = event.id
            location = event.location
            lowConfidence = event.lowConfidence
            mentions = event.mentions.map(Mention.init)
            participants = event.participants
            summary = event.summary
            topics = event.topics
            type = event.type.rawValue
        }

        var value: TimelineEvent {
            get throws {
                TimelineEvent(id: id, date: try fuzzyDate(shared.date), end: try shared.end.map(fuzzyDate), basis: try enumValue(shared.basis),
                              actors: shared.actors, type: try enumValue(type), cameo: shared.cameo, goldstein: shared.goldstein,
                              future: shared.future, summary: summary, participants: participants, topics: topics, location: location,
                              mentions: mentions.map(\.value), lowConfidence: lowConfidence)
            }
        }

        mutating func members<Visitor: JSONMemberVisitor>(_ json: inout Visitor) {
            shared.members(&json)
            json.member("id", &id)
            json.member("location", &location)
            json.member("lowConfidence", &lowConfidence)
            json.member("mentions", &mentions)
            json.member("participants", &participants)
            json.member("summary", &summary)
            json.member("topics", &topics)
            json.member("type", &type)
        }
    }
}
