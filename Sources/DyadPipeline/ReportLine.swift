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

/// A ``ReportRecord`` as one line of JSON, written straight into a byte buffer: the text
/// `JSONEncoder` gives with `.sortedKeys` and `.withoutEscapingSlashes` (a test compares them),
/// without its intermediate tree — through `JSONEncoder`, encoding took about 13 % of
/// `dyad extract`'s time. Keys are written in sorted order by hand.
struct ReportLine {
    private(set) var bytes: [UInt8] = []
    /// Whether the innermost open container has a member yet.
    private var hasMember = false

    init(capacity: Int = 1024) {
        bytes.reserveCapacity(capacity)
    }

    // MARK: Structure

    mutating func object(_ body: (inout ReportLine) -> Void) {
        container(UInt8(ascii: "{"), UInt8(ascii: "}"), body)
    }

    mutating func array<Items: Sequence>(_ items: Items, _ element: (inout ReportLine, Items.Element) -> Void) {
        container(UInt8(ascii: "["), UInt8(ascii: "]")) { line in
            for item in items {
                line.separate()
                element(&line, item)
            }
        }
    }

    private mutating func container(_ open: UInt8, _ close: UInt8, _ body: (inout ReportLine) -> Void) {
        bytes.append(open)
        let outer = hasMember
        hasMember = false
        body(&self)
        bytes.append(close)
        hasMember = outer
    }

    private mutating func separate() {
        if hasMember { bytes.append(UInt8(ascii: ",")) }
        hasMember = true
    }

    private mutating func key(_ name: StaticString) {
        separate()
        bytes.append(UInt8(ascii: "\""))
        bytes.append(contentsOf: UnsafeBufferPointer(start: name.utf8Start, count: name.utf8CodeUnitCount))
        bytes.append(UInt8(ascii: "\""))
        bytes.append(UInt8(ascii: ":"))
    }

    // MARK: Values

    mutating func string(_ value: String) { PrettyJSON.append(value, to: &bytes) }
    mutating func integer(_ value: some BinaryInteger) { bytes.append(contentsOf: String(value).utf8) }

    mutating func field(_ name: StaticString, _ value: String) { key(name); string(value) }
    mutating func field(_ name: StaticString, _ value: String?) { if let value { field(name, value) } }
    mutating func field(_ name: StaticString, _ value: Int) { key(name); integer(value) }
    mutating func field(_ name: StaticString, _ value: Int?) { if let value { field(name, value) } }
    mutating func field(_ name: StaticString, _ value: UInt64) { key(name); integer(value) }
    mutating func field(_ name: StaticString, _ value: Double) { key(name); PrettyJSON.append(value, to: &bytes) }
    mutating func field(_ name: StaticString, _ value: Bool) { key(name); bytes.append(contentsOf: (value ? "true" : "false").utf8) }
    mutating func field(_ name: StaticString, _ values: [String]) { key(name); array(values) { $0.string($1) } }
    /// A member whose key is not known in advance (a map's).
    mutating func field(named name: String, _ values: [String]) {
        separate()
        string(name)
        bytes.append(UInt8(ascii: ":"))
        array(values) { $0.string($1) }
    }

    mutating func field(_ name: StaticString, _ values: [Int]) { key(name); array(values) { $0.integer($1) } }
    mutating func field(_ name: StaticString, _ ranges: [ClosedRange<Int>]) {
        key(name)
        array(ranges) { line, range in line.array([range.lowerBound, range.upperBound]) { $0.integer($1) } }
    }

    /// A member whose value `body` writes; nothing when `value` is nil.
    mutating func field<Value>(_ name: StaticString, _ value: Value?, _ body: (inout ReportLine, Value) -> Void) {
        guard let value else { return }
        key(name)
        body(&self, value)
    }
}

extension ReportRecord {
    /// The line (``line()``), written by ``ReportLine``.
    func write(to line: inout ReportLine) {
        line.object { line in
            line.field("content", content)
            line.field("document", document) { line, summary in summary.write(to: &line) }
            line.field("event", event) { line, event in event.write(to: &line) }
            line.field("events", events) { line, events in line.array(events) { $1.write(to: &$0) } }
            line.field("file", file)
            line.field("names", names) { line, names in
                line.array(names) { line, name in
                    line.object { line in
                        line.field("code", name.code)
                        line.field("key", name.key)
                        line.field("text", name.text)
                    }
                }
            }
            line.field("path", path)
            line.field("problem", problem) { line, problem in
                line.object { line in
                    line.field("path", problem.path)
                    line.field("reason", problem.reason)
                }
            }
            line.field("rank", rank)
        }
    }
}

extension ReportRecord.Summary {
    func write(to line: inout ReportLine) {
        line.object { line in
            line.field("bodyLines", bodyLines)
            line.field("dateBasis", dateBasis)
            line.field("eventCount", eventCount)
            line.field("language", language)
            line.field("languageBasis", languageBasis)
            line.field("metadata", metadata) { line, metadata in
                line.object { line in
                    line.field("language", metadata.language)
                    line.field("published", metadata.published)
                    line.field("publishedApproximately", metadata.publishedApproximately)
                    line.field("publishedOrigin", metadata.publishedOrigin)
                    line.field("source", metadata.source)
                    line.field("title", metadata.title)
                    line.field("url", metadata.url)
                }
            }
            line.field("path", path)
            line.field("title", title)
            line.field("warnings", warnings)
            line.field("yearInference", yearInference) { line, inference in
                line.object { line in
                    line.field("candidates", inference.candidates)
                    line.field("chosen", inference.chosen)
                    line.field("evidence", inference.evidence) { line, evidence in
                        line.array(evidence) { line, item in
                            line.object { line in
                                line.field("kind", item.kind)
                                line.field("line", item.line)
                                line.field("text", item.text)
                                line.field("years", item.years)
                            }
                        }
                    }
                    line.field("note", inference.note)
                }
            }
        }
    }
}

extension ReportRecord.Mention {
    func write(to line: inout ReportLine) {
        line.object { line in
            line.field("document", document)
            line.field("line", self.line)
            line.field("text", text)
        }
    }
}

extension ReportLine {
    /// The first members of a report and of an event, which they share.
    mutating func fields(actors: [String], basis: String, cameo: String, date: String, end: String?, future: Bool, goldstein: Double) {
        field("actors", actors)
        field("basis", basis)
        field("cameo", cameo)
        field("date", date)
        field("end", end)
        field("future", future)
        field("goldstein", goldstein)
    }
}

extension ReportRecord.Report {
    func write(to line: inout ReportLine) {
        line.object { line in
            line.fields(actors: actors, basis: basis, cameo: cameo, date: date, end: end, future: future, goldstein: goldstein)
            line.field("location", location)
            line.field("lowConfidence", lowConfidence)
            line.field("mention", mention) { $1.write(to: &$0) }
            line.field("participants", participants) { line, participants in
                line.object { line in
                    for code in participants.keys.sorted() {
                        line.field(named: code, participants[code]!)
                    }
                }
            }
            line.field("priority", priority)
            line.field("summary", summary)
            line.field("topics", topics)
            line.field("trigger", trigger)
            line.field("type", type)
        }
    }
}

extension ReportRecord.Event {
    func write(to line: inout ReportLine) {
        line.object { line in
            line.fields(actors: actors, basis: basis, cameo: cameo, date: date, end: end, future: future, goldstein: goldstein)
            line.field("id", id)
            line.field("location", location)
            line.field("lowConfidence", lowConfidence)
            line.field("mentions", mentions) { line, mentions in line.array(mentions) { $1.write(to: &$0) } }
            line.field("participants", participants)
            line.field("summary", summary)
            line.field("topics", topics)
            line.field("type", type)
        }
    }
}
