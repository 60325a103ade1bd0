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
public struct ReportRecord: JSONRecord, Sendable {
    /// The file's bytes, Base64, when the job read them (`dyad extract` then reads no file).
    var content: String?
    var document: Summary?
    var event: Event?
    var events: [Report]?
    var file: String?
    var names: [Name]?
    var path: String?
    var problem: Problem?
    var rank: Int?

    /// An empty line, for decoding to fill in.
    public init() {}

    /// A document's line.
    init(_ contribution: Builder.Contribution) {
        document = Summary(contribution.summary)
        names = contribution.names.map(Name.init)
        events = contribution.events.map(Report.init)
    }

    /// The line of an input that could not be read.
    public init(_ problem: InputProblem) {
        self.problem = Problem(problem)
    }

    init(file: String) {
        self.file = file
    }

    init(event: TimelineEvent, rank: Int) {
        self.event = Event(event)
        self.rank = rank
    }

    /// The line's members, in key order: the one list the line is written and read by.
    public mutating func members<Visitor: JSONMemberVisitor>(_ json: inout Visitor) {
        json.member("content", &content)
        json.member("document", &document)
        json.member("event", &event)
        json.member("events", &events)
        json.member("file", &file)
        json.member("names", &names)
        json.member("path", &path)
        json.member("problem", &problem)
        json.member("rank", &rank)
    }

    /// The line, without its line feed, written by ``JSONLine``.
    public func line() throws -> Data {
        var line = JSONLine(), record = self
        record.write(to: &line)
        return Data(line.bytes)
    }

    /// The line as `JSONEncoder` writes it: what ``line()`` must give (a test compares them).
    func encodedLine() throws -> Data {
        try Self.encoder.encode(self)
    }

    /// The record of one line (a `KEY<tab>` in front of it, as `--by-pair` writes, is skipped).
    /// Read by ``JSONReader`` from the members' list, in one pass: a member no Dyad writes is
    /// refused, naming it.
    /// `checkingUTF8: false` for lines Dyad wrote itself a moment before (its temporary files).
    public init(line: some DataProtocol, checkingUTF8: Bool = true) throws {
        var bytes = [UInt8](line)
        if let first = bytes.first, first != UInt8(ascii: "{"), let tab = bytes.firstIndex(of: UInt8(ascii: "\t")) {
            bytes.removeSubrange(...tab)
        }
        self = try bytes.withUnsafeBytes { try JSONReader.read(ReportRecord.self, from: $0, checkingUTF8: checkingUTF8) }
    }

    private static let encoder: JSONEncoder = {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }()

    var contribution: Builder.Contribution? {
        get throws {
            guard let document else { return nil }
            return Builder.Contribution(summary: try document.value, events: try (events ?? []).map { try $0.value },
                                        names: (names ?? []).map(\.value))
        }
    }

    /// The path of a problem record.
    public var inputProblemPath: String? { problem?.path }

    var inputProblem: InputProblem? { problem?.value }
}

/// A record's value could not be made back (a date that is not one, an unknown type).
public struct ReportError: Error, CustomStringConvertible {
    public let description: String
}

func fuzzyDate(_ text: String) throws -> FuzzyDate {
    guard let date = FuzzyDate(iso: text) else { throw ReportError(description: "'\(text)' is not a date") }
    return date
}

func calendarDay(_ text: String) throws -> CalendarDate {
    let date = try fuzzyDate(text)
    guard let day = date.day, let value = CalendarDate(year: date.year, month: date.month ?? 0, day: day) else {
        throw ReportError(description: "'\(text)' is not a day")
    }
    return value
}

func enumValue<Value: RawRepresentable<String>>(_ text: String) throws -> Value {
    guard let value = Value(rawValue: text) else { throw ReportError(description: "unknown value '\(text)'") }
    return value
}
