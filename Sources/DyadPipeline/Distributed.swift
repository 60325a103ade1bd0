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

/// `dyad build` in two halves that may run in different processes: `extract` (per document:
/// read, analyse, write its contribution as a ``ReportRecord`` line) and `merge` (read the
/// lines back, merge the reports, make the timeline). Both halves call what `build` calls —
/// ``Builder/contribution(of:analyzers:)`` and ``Builder/assemble(_:names:problems:)`` — so the
/// outputs are the same byte for byte.
///
/// Events of different pairs never merge, so the merge can also be split by pair:
/// ``mergePartially(_:emit:)`` merges the reports of some pairs into events, and
/// ``merge(_:)`` orders and numbers the events of every partition as one merge would have.
extension Builder {
    /// The lines of `dyad extract --list`: a file record per file the paths name (as `build`
    /// collects them: folders searched, each file once), and a problem record per path that
    /// cannot be read.
    /// Folders in `excluding` (the output folder) are not read, as `build` does not read them.
    public static func listing(_ paths: [String], excluding: [URL] = []) -> [ReportRecord] {
        let (files, problems) = InputCollector(excluding: excluding).collect(paths)
        return problems.map(ReportRecord.init) + files.map { ReportRecord(file: $0.path) }
    }

    /// What `dyad extract` reads: file records and problem records, or plain paths (files or
    /// folders). Problems are passed on as they are.
    /// A file record with `content` carries the file's bytes: they are read instead of the file.
    public static func inputs(_ records: [ReportRecord], paths: [String], excluding: [URL] = []) throws -> (inputs: [ExtractInput], problems: [InputProblem]) {
        let (files, problems) = InputCollector(excluding: excluding).collect(paths)
        var inputs = files.map(ExtractInput.file)
        for record in records {
            guard let file = record.file else { continue }
            guard let content = record.content else {
                inputs.append(.file(URL(fileURLWithPath: file)))
                continue
            }
            guard let bytes = Data(base64Encoded: content) else { throw ReportError(description: "\(file): its content is not Base64") }
            inputs.append(.content(path: file, bytes: bytes))
        }
        return (inputs, problems + records.compactMap(\.inputProblem))
    }

    /// Reads and analyses `files` as `build` does, a few documents per core in flight, and hands
    /// each document's line (or lines, `byPair`) to `emit` in the order of `files`, so that
    /// memory holds a few documents, not the run. A WARC file gives a line per HTML response, as
    /// `build` reads it (``ExtractQueue``). Returns the files that could not be read (each also
    /// emitted as a problem record, a WARC file without pages after the documents); `warn`
    /// hears, as `build` prints them, of WARC files that ended early and of what each gave.
    ///
    /// With `byPair`, each line starts with a key and a tab: `-` for the document's summary and
    /// names (and for problems), the pair (`CHN-USA`) for the reports of that pair.
    public func extract(_ files: [ExtractInput], reader: DocumentReader, byPair: Bool,
                        warn: (String) -> Void = { _ in }, emit: (Data) throws -> Void) async throws -> Int {
        let work = Work(builder: self, analyzers: analyzers(), reader: reader)
        let inFlight = max(2, 2 * ProcessInfo.processInfo.activeProcessorCount)
        var queue = ExtractQueue(inputs: files, reader: reader)
        var ready: [Int: Data] = [:]
        var failures = 0
        try await withThrowingTaskGroup(of: (Int, Data, Bool).self) { group in
            var next = 0
            var written = 0
            while true {
                while next - written < inFlight, let job = queue.pop() {
                    let index = next
                    group.addTask {
                        switch work.contribution(of: job) {
                        case .success(let contribution): return (index, try Self.lines(of: contribution, byPair: byPair), true)
                        case .failure(let problem): return (index, try Self.line(ReportRecord(problem), key: byPair ? "-" : nil), false)
                        }
                    }
                    next += 1
                }
                guard let (index, lines, read) = try await group.next() else { break }
                if !read { failures += 1 }
                ready[index] = lines
                while let lines = ready.removeValue(forKey: written) {
                    try emit(lines)
                    written += 1
                }
            }
        }
        for problem in queue.problems {
            try emit(Self.line(ReportRecord(problem), key: byPair ? "-" : nil))
            failures += 1
        }
        for warning in queue.warnings { warn("warning: \(warning)") }
        for note in queue.notes { warn("note: \(note)") }
        return failures
    }

    /// A record's line, with its line feed, after `key` and a tab when given.
    public static func line(_ record: ReportRecord, key: String? = nil) throws -> Data {
        var data = Data()
        if let key { data.append(contentsOf: Array((key + "\t").utf8)) }
        data.append(try record.line())
        data.append(UInt8(ascii: "\n"))
        return data
    }

    /// The document's line; or, `byPair`, its summary's line and a line per pair of its reports
    /// (pairs in the order of their first report, each pair's reports in the document's order).
    static func lines(of contribution: Contribution, byPair: Bool) throws -> Data {
        guard byPair else { return try line(ReportRecord(contribution)) }
        var summary = ReportRecord(contribution)
        summary.events = nil
        var data = try line(summary, key: "-")
        var pairs: [String] = []
        var reports: [String: [ExtractedEvent]] = [:]
        for report in contribution.events {
            let pair = TimelineEvent.pair(of: report.actors)
            if reports[pair] == nil { pairs.append(pair) }
            reports[pair, default: []].append(report)
        }
        for pair in pairs {
            var slice = ReportRecord()
            slice.path = contribution.summary.path
            slice.events = reports[pair]!.map(ReportRecord.Report.init)
            data.append(try line(slice, key: pair))
        }
        return data
    }

    /// `dyad merge --partial`: merges the reports of `records` (those of whole pairs: a pair's
    /// reports must all be here) into events, and emits an event record per event with its rank
    /// in timeline order. Documents (without their reports) and problems are passed on, so that
    /// the final ``merge(_:)`` reads them from the same stream.
    public func mergePartially(_ next: () throws -> ReportRecord?, emit: (Data) throws -> Void) throws {
        var parts: [Contribution] = []
        var seen = Set<String>()
        while var record = try next() {
            if record.event != nil { throw ReportError(description: "an event record: --partial merges reports, not events") }
            if let part = try reportsOnly(record, seen: &seen) { parts.append(part) }
            if record.document != nil || record.problem != nil {
                record.events = nil
                try emit(Self.line(record))
            }
        }
        for (rank, event) in mergeReports(&parts).enumerated() {
            try emit(Self.line(ReportRecord(event: event, rank: rank)))
        }
    }

    /// The reports of a document record or of a slice, with the document's path. A document's
    /// reports of one pair given twice (the same lines read twice) are an error: merged, they
    /// would count twice. `seen` holds the document and pair of every report so far.
    private func reportsOnly(_ record: ReportRecord, seen: inout Set<String>) throws -> Contribution? {
        guard let path = record.document?.path ?? record.path, let events = record.events, !events.isEmpty else { return nil }
        var pairs = Set<String>()
        for report in events where pairs.insert(report.shared.actors.joined(separator: "-")).inserted {
            guard seen.insert(path + "\t" + report.shared.actors.joined(separator: "-")).inserted else {
                throw ReportError(description: "the reports of \(path) for \(report.shared.actors.joined(separator: "-")) are in the input twice")
            }
        }
        return try Self.reports(of: path, events)
    }

    /// The reports of the document at `path`, as a contribution of nothing else.
    static func reports(of path: String, _ events: [ReportRecord.Report]) throws -> Contribution {
        let summary = DocumentSummary(path: path, title: "", metadata: DocumentMetadata(), language: "", languageBasis: "",
                                      dateBasis: "", yearInference: nil, bodyLines: [], eventCount: 0, warnings: [])
        return Contribution(summary: summary, events: try events.map { try $0.value }, names: [])
    }

    /// `dyad merge`: the timeline of the records, as `build` makes it. They may hold reports
    /// (documents' lines from `dyad extract`, with or without `--by-pair`), which are merged
    /// here; or events merged by `dyad merge --partial` (with the documents' lines it passes
    /// on), which are put in timeline order — by the merger's order key, then by rank within
    /// their partition, which holds every event of their pair — and numbered. Not both.
    ///
    /// Past `reportBudget` reports, they go to disk as a build's do (``ReportSpill``), and
    /// merged events are always kept on disk until they are rendered (``EventFile``): memory
    /// holds the documents' summaries, not the archive's reports or events.
    public func merge(_ next: () throws -> ReportRecord?, reportBudget: Int? = Builder.reportBudget) throws -> Timeline {
        var documents: [DocumentSummary] = []
        var reports: [Contribution] = []
        // Merged events go to a file as they are read, each with its key: they are read back
        // from it as they are rendered.
        var events: [(key: EventMerger.OrderKey, rank: Int, number: Int)] = []
        var eventFile: EventFile?
        var held = 0
        var spill: ReportSpill?
        defer { spill?.remove() }
        var names = NamesSeen()
        var problems: [InputProblem] = []
        var seen = Set<String>()
        while let record = try next() {
            if let document = record.document {
                guard seen.insert(document.path).inserted else {
                    throw ReportError(description: "the document \(document.path) is in the input twice")
                }
                var contribution = Contribution(summary: try document.value, events: [], names: (record.names ?? []).map(\.value))
                names.gather(&contribution)
                documents.append(contribution.summary)
            }
            if var part = try reportsOnly(record, seen: &seen) {
                held += part.events.count
                if spill == nil, let reportBudget, held > reportBudget {
                    spill = try ReportSpill()
                    for index in reports.indices { try spill!.add(&reports[index]) }
                    reports = []
                    releaseFreedMemory()
                }
                if let spill { try spill.add(&part) } else { reports.append(part) }
            }
            if let problem = record.inputProblem { problems.append(problem) }
            if let merged = record.event {
                if eventFile == nil { eventFile = try EventFile() }
                let event = try merged.value
                events.append((EventMerger.OrderKey(event), record.rank ?? 0, try eventFile!.append(event)))
            }
        }
        guard held == 0 || events.isEmpty else {
            throw ReportError(description: "the input holds both reports and merged events: merge the reports with --partial first, or merge them all together")
        }
        if let spill {
            return timeline(events: try spill.events(merging: self), documents: &documents, names: names, problems: problems)
        }
        if events.isEmpty {
            return timeline(events: mergeReports(&reports), documents: documents, names: names, problems: problems)
        }
        events.sort { $0.key < $1.key || ($0.key == $1.key && $0.rank < $1.rank) }
        try eventFile!.finish(order: events.map(\.number))
        events = []
        return timeline(events: TimelineEvents(store: eventFile!), documents: &documents, names: names, problems: problems)
    }
}

/// A document for `dyad extract`: a file to read, or a file's bytes with its path (a job that
/// reads the files itself, from HDFS or S3, hands them over so).
public enum ExtractInput: Sendable {
    case file(URL)
    /// A path with a scheme (`hdfs://…`) is shown as it is; another as a file's path is.
    case content(path: String, bytes: Data)
}

extension Builder.Work {
    /// What the document contributes, or why it cannot be read: a file as `build` reads it,
    /// bytes as `build` would read them from that file, a WARC file's page as `build` reads it.
    func contribution(of job: ExtractJob) -> Result<Builder.Contribution, InputProblem> {
        switch job {
        case .page(let page):
            return contribution(of: InputJob.page(page))
        case .input(.file(let url)):
            return contribution(of: InputJob.file(url))
        case .input(.content(let path, let bytes)):
            do {
                return .success(builder.contribution(of: try reader.read(path: reader.shownPath(path), bytes: [UInt8](bytes)),
                                                     analyzers: analyzers))
            } catch {
                return .failure(error)
            }
        }
    }
}

/// JSON Lines read from files or standard input a megabyte at a time, each line decoded as it
/// is reached, so that a merge never holds the whole input.
public struct ReportReader {
    private var paths: [String]
    private var handle: FileHandle?
    private var name = ""
    private var buffer = Data()
    private var start = 0
    private var atEnd = false
    private var lineNumber = 0

    /// `-` is standard input.
    public init(paths: [String]) {
        self.paths = paths
    }

    /// The next line's record, or nil after the last file; blank lines are skipped. A line that
    /// is not a record is an error naming its file and line.
    public mutating func next() throws -> ReportRecord? {
        while true {
            guard let line = try nextLine() else { return nil }
            if line.allSatisfy({ $0 == 32 || $0 == 13 || $0 == 9 }) { continue }
            do {
                return try ReportRecord(line: line)
            } catch {
                throw ReportError(description: "\(name):\(lineNumber): not a Dyad record (\(error))")
            }
        }
    }

    private mutating func nextLine() throws -> Data? {
        while true {
            if handle == nil {
                guard !paths.isEmpty else { return nil }
                let path = paths.removeFirst()
                name = path == "-" ? "standard input" : path
                do {
                    handle = path == "-" ? FileHandle.standardInput : try FileHandle(forReadingFrom: URL(fileURLWithPath: path))
                } catch {
                    throw ReportError(description: "\(path): cannot be read")
                }
                (buffer, start, atEnd, lineNumber) = (Data(), 0, false, 0)
            }
            if let newline = buffer[start...].firstIndex(of: UInt8(ascii: "\n")) {
                defer { start = newline + 1 }
                lineNumber += 1
                return buffer[start..<newline]
            }
            if atEnd {
                handle = nil
                guard start < buffer.count else { continue }
                defer { start = buffer.count }
                lineNumber += 1
                return buffer[start...]
            }
            let chunk = try handle!.read(upToCount: 1 << 20) ?? Data()
            if chunk.isEmpty { atEnd = true }
            buffer = Data(buffer[start...]) + chunk
            start = 0
        }
    }
}
