import Foundation
import Testing
@testable import DyadText
@testable import DyadModel
@testable import DyadRendering
@testable import DyadPipeline

/// A record's one list of members drives both fast writers and `Codable`.
@Suite("JSON records: one list of members")
struct JSONRecordTests {
    /// Every kind of member the files hold.
    struct Sample: JSONRecord, Equatable {
        var count = 0
        var flag = false
        var inner = Inner()
        var key: UInt64 = 0
        var map: [String: [String]] = [:]
        var maybe: String?
        var number = 0.0
        var ranges: [ClosedRange<Int>] = []
        var texts: [String] = []
        var unset: Int?

        init() {}

        mutating func members<Visitor: JSONMemberVisitor>(_ json: inout Visitor) {
            json.member("count", &count)
            json.member("flag", &flag)
            json.member("inner", &inner)
            json.member("key", &key)
            json.member("map", &map)
            json.member("maybe", &maybe)
            json.member("number", &number)
            json.member("ranges", &ranges)
            json.member("texts", &texts)
            json.member("unset", &unset)
        }

        struct Inner: JSONRecord, Equatable {
            var empty: [Int] = []
            var name = ""

            init() {}

            mutating func members<Visitor: JSONMemberVisitor>(_ json: inout Visitor) {
                json.member("empty", &empty)
                json.member("name", &name)
            }
        }

        static var filled: Sample {
            var sample = Sample()
            sample.count = -7
            sample.flag = true
            sample.inner.name = "a/b \"c\"\n\u{1}"
            sample.key = .max
            sample.map = ["USA": ["blinken", "biden"], "CHN": [], "AUS": ["x"]]
            sample.maybe = "Việt Nam"
            sample.number = 0.1 + 0.2
            sample.ranges = [2019...2019, 2020...2023]
            sample.texts = ["", "😀"]
            return sample
        }
    }

    /// The keys a record shows, in the order it shows them.
    struct KeyCollector: JSONMemberVisitor {
        var keys: [String] = []
        mutating func member<Value: JSONValue>(_ key: StaticString, _ value: inout Value) { keys.append(key.description) }
        mutating func member<Value: JSONValue>(_ key: StaticString, _ value: inout Value?) { keys.append(key.description) }
    }

    static func keys<Record: JSONRecord>(_ record: Record) -> [String] {
        var (record, collector) = (record, KeyCollector())
        record.members(&collector)
        return collector.keys
    }

    static func line<Record: JSONRecord>(_ record: Record) -> String {
        var (record, line) = (record, JSONLine())
        record.write(to: &line)
        return String(decoding: line.bytes, as: UTF8.self)
    }

    @Test func bothWritersWriteWhatTheEncoderWrites() throws {
        for var sample in [Sample(), Sample.filled] {
            var pretty = PrettyJSON()
            sample.write(to: &pretty)
            #expect(String(decoding: pretty.bytes, as: UTF8.self) == String(decoding: try TimelineJSON.encoder().encode(sample), as: UTF8.self))
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
            #expect(Self.line(sample) == String(decoding: try encoder.encode(sample), as: UTF8.self))
        }
        #expect(!Self.line(Sample()).contains("unset") && !Self.line(Sample()).contains("maybe"), "nil members are left out")
    }

    @Test func decodingFillsInEveryListedMember() throws {
        let filled = Sample.filled
        #expect(try JSONDecoder().decode(Sample.self, from: Data(Self.line(filled).utf8)) == filled)
        // An optional member may be missing; any other may not.
        #expect(try JSONDecoder().decode(Sample.self, from: Data(Self.line(Sample()).utf8)) == Sample())
        let withoutCount = Self.line(filled).replacingOccurrences(of: "\"count\":-7,", with: "")
        #expect(throws: Swift.DecodingError.self) { try JSONDecoder().decode(Sample.self, from: Data(withoutCount.utf8)) }
    }

    /// The JSON reader reads a record from the same member list, as the decoder does: every
    /// member back (a key past `Int.max`, escapes, ranges), in a line or pretty-printed; and,
    /// unlike the decoder, a member the list does not name is an error that names it.
    @Test func theReaderReadsWhatTheWritersWrite() throws {
        func read(_ text: String) throws -> Sample {
            try Array(text.utf8).withUnsafeBytes { try JSONReader.read(Sample.self, from: $0) }
        }
        for var sample in [Sample(), Sample.filled] {
            #expect(try read(Self.line(sample)) == sample)
            var pretty = PrettyJSON()
            sample.write(to: &pretty)
            #expect(try read(String(decoding: pretty.bytes, as: UTF8.self)) == sample)
        }
        let typo = Self.line(Sample.filled).replacingOccurrences(of: "\"flag\":", with: "\"flags\":")
        #expect { try read(typo) } throws: { "\($0)".contains("unknown field 'flags'") }
        let withoutCount = Self.line(Sample.filled).replacingOccurrences(of: "\"count\":-7,", with: "")
        #expect { try read(withoutCount) } throws: { "\($0)".contains("missing field 'count'") }
        let reversed = Self.line(Sample.filled).replacingOccurrences(of: "[2020,2023]", with: "[2023,2020]")
        #expect(throws: JSONReadError.self) { try read(reversed) }
        // A report line read back holds what was written (the line writer's bytes again).
        var record = ReportRecord(InputProblem(path: "a/b.txt", reason: "not UTF-8"))
        record.rank = 3
        #expect(try ReportRecord(line: record.line()).line() == record.line())
        #expect(throws: JSONReadError.self) { try ReportRecord(line: Data("{\"rank\":1,\"extra\":2}".utf8)) }
    }

    /// Every record of `timeline.json`, `timelinejs.json` and `dyad extract`'s lines lists its
    /// members in the order of their keys, as the fast writers need.
    @Test func everyRecordListsItsMembersInKeyOrder() {
        let lists: [[String]] = [
            Self.keys(TimelineJSON.Event()), Self.keys(TimelineJSON.Mention()), Self.keys(TimelineJSON.Document()),
            Self.keys(TimelineJSON.ActorEntry()), Self.keys(TimelineJSON.Problem()), Self.keys(InferenceRecord<String>()),
            Self.keys(InferenceRecord<String>.Evidence()), Self.keys(InferenceRecord<ClosedRange<Int>>.Evidence()),
            Self.keys(TimelineJS.File()), Self.keys(TimelineJS.Slide()), Self.keys(TimelineJS.Text()), Self.keys(TimelineJS.DateParts()),
            Self.keys(ReportRecord()), Self.keys(ReportRecord.Name()), Self.keys(ReportRecord.Summary()),
            Self.keys(ReportRecord.Metadata()), Self.keys(ReportRecord.Report()), Self.keys(ReportRecord.Event()),
        ]
        for keys in lists {
            #expect(keys == keys.sorted() && Set(keys).count == keys.count, "\(keys)")
        }
        #expect(Self.keys(ReportRecord.Report()).prefix(3) == ["actors", "basis", "cameo"], "the shared members are shown inline")
    }

    /// `timeline.json` reads back into the records it was written from.
    @Test func timelineJSONReadsBackIntoItsRecords() async throws {
        struct File: Decodable {
            let actors: [TimelineJSON.ActorEntry]
            let documents: [TimelineJSON.Document]
            let events: [TimelineJSON.Event]
            let problems: [TimelineJSON.Problem]
        }
        let timeline = await EndToEndTests.build(AnalysisOptions(ignorePublished: true))
        let file = try JSONDecoder().decode(File.self, from: try TimelineJSON.file(timeline).contents())
        #expect(file.events.map(Self.line) == timeline.events.map { Self.line(TimelineJSON.Event($0)) })
        #expect(file.documents.map(Self.line) == timeline.documents.map { Self.line(TimelineJSON.Document($0)) })
        #expect(file.documents.contains { $0.year_inference != nil })
        #expect(file.actors.map(Self.line) == timeline.actors.map { Self.line(TimelineJSON.ActorEntry($0)) })
    }
}
