import Foundation
import Testing
@testable import DyadText
@testable import DyadResources
@testable import DyadModel
@testable import DyadReading
@testable import DyadCleaning
@testable import DyadActors
@testable import DyadDates
@testable import DyadEvents
@testable import DyadMerging
@testable import DyadRendering
@testable import DyadPipeline
@testable import DyadTestSupport

/// `dyad build` ≡ `dyad extract` then `dyad merge` ≡ extract, merge by partitions of pairs, and
/// a final merge: the same outputs, byte for byte.
@Suite("Extract and merge: build in halves", .serialized)
struct DistributedTests {
    static let workspace: Workspace = {
        do { return try Workspace(configPath: nil, folder: Support.repository) } catch { fatalError("workspace: \(error)") }
    }()

    /// A corpus of about 1 MB made by scripts/make-corpus.py (about a hundred articles), once.
    static let corpus = Support.generatedCorpus(megabytes: 1, seed: 7)

    static let formats: [OutputFormat] = [.json, .md, .csv, .dot, .gexf, .timelineJS, .timelineSVG, .html, .svg]

    func builder(_ options: AnalysisOptions = AnalysisOptions(), filter: EventFilter = EventFilter()) -> Builder {
        Builder(languages: Self.workspace.languages, options: options, filter: filter)
    }

    /// The outputs, by file name.
    func outputs(_ timeline: Timeline) throws -> [String: Data] {
        let set = try OutputSet(timeline: timeline, gazetteer: Self.workspace.resources.gazetteer, options: RenderOptions(formats: Self.formats))
        return Dictionary(uniqueKeysWithValues: try set.files.map { ($0.name, try $0.contents()) })
    }

    /// The lines `dyad extract` writes for `paths`, problems first.
    func extracted(_ paths: [String], builder: Builder, byPair: Bool = false, contents: Bool = false) async throws -> [Data] {
        var (inputs, problems) = try Builder.inputs([], paths: paths)
        if contents {
            // As a job that reads the files itself hands them over.
            var records: [ReportRecord] = []
            for case .file(let url) in inputs {
                var record = ReportRecord(file: url.path)
                record.content = (try? Data(contentsOf: url))?.base64EncodedString() ?? "not base64"
                records.append(record)
            }
            inputs = try Builder.inputs(records, paths: []).inputs
        }
        var lines = try problems.map { try Builder.line(ReportRecord($0), key: byPair ? "-" : nil) }
        var output = Data()
        _ = try await builder.extract(inputs, reader: Self.workspace.reader, byPair: byPair) { output.append($0) }
        lines += output.split(separator: UInt8(ascii: "\n")).map { Data($0) }
        return lines
    }

    func records(_ lines: [Data]) throws -> () throws -> ReportRecord? {
        var iterator = try lines.map { try ReportRecord(line: $0) }.makeIterator()
        return { iterator.next() }
    }

    /// Build, extract + merge, and extract + merge in `partitions` partitions of pairs + final
    /// merge give the same outputs.
    func checkSame(_ paths: [String], options: AnalysisOptions = AnalysisOptions(), filter: EventFilter = EventFilter(),
                   partitions: Int = 3) async throws {
        let builder = builder(options, filter: filter)
        let built = await builder.build(paths: paths, reader: Self.workspace.reader)
        #expect(!built.events.isEmpty)
        let expected = try outputs(built)

        let lines = try await extracted(paths, builder: builder)
        #expect(try outputs(builder.merge(records(lines))) == expected)
        // Past a budget of one report, the merge keeps them on disk, as a build does.
        let spilled = try builder.merge(records(lines), reportBudget: 1)
        #expect(spilled.events.isStored)
        #expect(try outputs(spilled) == expected)

        // By pair, from the files' bytes: a document's summary goes to the final merge, each
        // pair's reports to one partition.
        var documents: [Data] = []
        var parts = [[Data]](repeating: [], count: partitions)
        for line in try await extracted(paths, builder: builder, byPair: true, contents: true) {
            let key = String(decoding: line.prefix { $0 != UInt8(ascii: "\t") }, as: UTF8.self)
            if key == "-" { documents.append(line) } else { parts[Int(key.utf8.reduce(0) { $0 &* 31 &+ Int($1) }.magnitude % UInt(partitions))].append(line) }
        }
        var merged: [Data] = []
        for part in parts.reversed() {
            var output = Data()
            try builder.mergePartially(records(part)) { output.append($0) }
            merged += output.split(separator: UInt8(ascii: "\n")).map { Data($0) }
        }
        let final = try builder.merge(records(documents + merged))
        // Reports and merged events together would count events twice.
        let eventLines = merged.filter { $0.starts(with: Data("{\"event\"".utf8)) }
        #expect(throws: ReportError.self) { try builder.merge(records(lines + eventLines)) }
        #expect(throws: ReportError.self) { try builder.merge(records(lines + eventLines), reportBudget: 3) }
        #expect(final.events.isStored, "merged events are read back from disk as they are rendered")
        #expect(try outputs(final) == expected)
        #expect(final.events.map(\.id) == built.events.map(\.id))
    }

    @Test func seedsGiveTheSameOutputsWholeAndInPartitions() async throws {
        try await checkSame([Support.repository.appendingPathComponent("seeds").path])
    }

    @Test func optionsAndFiltersGiveTheSameOutputs() async throws {
        let seeds = Support.repository.appendingPathComponent("seeds").path
        try await checkSame([seeds], options: AnalysisOptions(ignorePublished: true))
        try await checkSame([seeds], options: AnalysisOptions(includeRelated: true), partitions: 1)
        try await checkSame([seeds, "/no/such/file.txt"], filter: EventFilter(pairs: ["CHN-USA", "RUS-CHN"], since: CalendarDate(iso: "2020-01-01")))
    }

    @Test(.enabled(if: corpus != nil, "needs python3 for scripts/make-corpus.py"))
    func aGeneratedCorpusGivesTheSameOutputs() async throws {
        try await checkSame([try #require(Self.corpus).path], partitions: 4)
    }

    /// Every report, summary and name reads back equal, and its line is the same again.
    @Test func recordsRoundTripExactly() async throws {
        let builder = builder()
        let paths = [Support.repository.appendingPathComponent("seeds").path, Support.repository.appendingPathComponent("Tests/Regression").path]
        let files = InputCollector().collect(paths).files
        let analyzers = builder.analyzers()
        var reports = 0
        for file in files {
            let contribution = builder.contribution(of: try Self.workspace.reader.read(file), analyzers: analyzers)
            let line = try ReportRecord(contribution).line()
            let back = try #require(try ReportRecord(line: line).contribution)
            #expect(back.events == contribution.events)
            #expect(back.names == contribution.names)
            #expect(String(describing: back.summary) == String(describing: contribution.summary))
            #expect(try ReportRecord(back).line() == line)
            #expect(try ReportRecord(contribution).encodedLine() == line, "ReportLine writes what JSONEncoder writes")
            reports += back.events.count
        }
        #expect(reports > 20)
        // Doubles, optional values and dates at every precision.
        let meaning = TriggerMeaning(type: .appeal, cameo: "02", goldstein: -0.1 + 0.2 / 3, priority: 1)
        let report = ExtractedEvent(
            date: ResolvedDate(start: FuzzyDate(year: 2023, month: 2), end: FuzzyDate(year: 2024), basis: .inferred),
            actors: ["CHN", "USA"], meaning: meaning, trigger: "kêu gọi", future: true, summary: "\"a\"\n\\ b\u{1}",
            participants: ["USA": ["blinken", "biden"], "CHN": []], topics: ["PRK"], location: nil,
            mention: EventMention(document: "a/b.txt", line: 3, text: "x"), lowConfidence: true)
        var record = ReportRecord()
        record.path = "a/b.txt"
        record.events = [ReportRecord.Report(report)]
        #expect(try ReportRecord(line: record.line()).events?.first?.value == report)
        #expect(try record.line() == record.encodedLine())
        // An event, a problem and a file.
        let timeline = await builder.build(paths: [Support.repository.appendingPathComponent("seeds").path], reader: Self.workspace.reader)
        for record in timeline.events.map({ ReportRecord(event: $0, rank: 3) }) + [ReportRecord(InputProblem(path: "a\"b", reason: "c/d")), ReportRecord(file: "x/y.txt")] {
            #expect(try record.line() == record.encodedLine())
        }
    }

    /// A field added to a type that travels in the lines must be added to ``ReportRecord`` too:
    /// these are the fields it writes.
    @Test func recordsCarryEveryField() async throws {
        func fields(_ value: Any) -> Int { Mirror(reflecting: value).children.count }
        let timeline = await builder().build(paths: [Support.repository.appendingPathComponent("seeds").path], reader: Self.workspace.reader)
        let event = try #require(timeline.events.first)
        let files = InputCollector().collect([Support.repository.appendingPathComponent("seeds").path]).files
        let contribution = builder().contribution(of: try Self.workspace.reader.read(files[0]), analyzers: builder().analyzers())
        let report = try #require(contribution.events.first)
        #expect(fields(report) == 11, "ExtractedEvent: ReportRecord.Report")
        #expect(fields(report.meaning) == 4, "TriggerMeaning: ReportRecord.Report")
        #expect(fields(report.date) == 3, "ResolvedDate: ReportRecord.Report")
        #expect(fields(report.mention) == 3, "EventMention: ReportRecord.Mention")
        #expect(fields(event) == 15, "TimelineEvent: ReportRecord.Event")
        #expect(fields(contribution.summary) == 10, "DocumentSummary: ReportRecord.Summary")
        #expect(fields(contribution.summary.metadata) == 7, "DocumentMetadata: ReportRecord.Metadata")
        #expect(fields(YearInference.infer(statedYears: [], officeholders: [])) == 4, "YearInference: ReportRecord.Inference")
        #expect(fields(contribution) == 3, "Builder.Contribution: ReportRecord")
    }

    @Test(.enabled(if: CommandLineTests.executable != nil, "dyad is not built"))
    func theCommandsWriteWhatBuildWrites() throws {
        let cli = CommandLineTests()
        let folder = Support.temporaryFolder()
        let files = ["reports", "keyed", "events"].map { folder.appendingPathComponent($0 + ".jsonl").path }
        let (reports, keyed, events) = (files[0], files[1], files[2])
        let outputs = ["built", "merged", "partitioned"].map { folder.appendingPathComponent($0).path }
        #expect(try cli.dyad(["build", "seeds", "--out", outputs[0], "--types", "call,visit,talks,meet"]).status == 0)
        #expect(try cli.dyad(["extract", "seeds", "--jsonl", reports]).status == 0)
        #expect(try cli.dyad(["merge", reports, "--out", outputs[1], "--types", "call,visit,talks,meet"]).status == 0)
        #expect(try cli.dyad(["extract", "seeds", "--by-pair", "--jsonl", keyed]).status == 0)
        #expect(try cli.dyad(["merge", "--partial", keyed, "--jsonl", events]).status == 0)
        #expect(try cli.dyad(["merge", events, "--out", outputs[2], "--types", "call,visit,talks,meet"]).status == 0)
        for name in OutputFormat.defaults.map(\.fileName) {
            let built = try Data(contentsOf: URL(fileURLWithPath: outputs[0]).appendingPathComponent(name))
            for other in outputs.dropFirst() {
                #expect(try Data(contentsOf: URL(fileURLWithPath: other).appendingPathComponent(name)) == built, "\(other)/\(name)")
            }
        }
        let mixed = try cli.dyad(["merge", reports, events, "--out", folder.appendingPathComponent("mixed").path])
        #expect(mixed.status == 2 && mixed.errors.contains("twice"))
        let twice = try cli.dyad(["merge", reports, reports, "--out", folder.appendingPathComponent("twice").path])
        #expect(twice.status == 2 && twice.errors.contains("twice"))
        let pairsTwice = try cli.dyad(["merge", "--partial", keyed, keyed])
        #expect(pairsTwice.status == 2 && pairsTwice.errors.contains("twice"))
        let listed = try cli.dyad(["extract", "--list", "seeds", "no-such-folder"])
        #expect(listed.status == 2 && listed.output.split(separator: "\n").count == 6)
    }

    /// A folder of web archives: a gzip crawl of three articles, a plain one of one article, and
    /// one with no HTML page (a problem, for build as for extract).
    static func page(_ published: String, _ text: String) -> String {
        "<!DOCTYPE html><html lang=\"vi\"><head><meta charset=\"utf-8\"><title>Tin \(published)</title>"
            + "<meta property=\"article:published_time\" content=\"\(published)T08:00:00+07:00\"></head>"
            + "<body><article><h1>Tin \(published)</h1><p>\(text)</p></article></body></html>"
    }

    static func archives() throws -> URL {
        let folder = Support.temporaryFolder().appendingPathComponent("archives")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let page = Self.page
        let pages = [
            ("https://example.vn/a", page("2023-06-19", "Hôm 18/6, Ngoại trưởng Mỹ Antony Blinken đã có cuộc hội đàm với người đồng cấp Trung Quốc Tần Cương tại Bắc Kinh.")),
            ("https://example.vn/b", page("2021-06-08", "Hôm qua (7/6), đại diện của Trung Quốc và Nga đã có cuộc điện đàm về tình hình trên Bán đảo Triều Tiên.")),
            ("https://example.vn/c", page("2023-10-03", "Ngày 2/10, Mỹ kêu gọi Trung Quốc dùng sức ảnh hưởng để khuyến khích Triều Tiên giảm căng thẳng.")),
        ].map { (address: $0.0, html: $0.1) }
        try Data(WARCFixture.crawl(pages, gzip: true)).write(to: folder.appendingPathComponent("crawl.warc.gz"))
        try Data(WARCFixture.crawl([pages[1]], gzip: false)).write(to: folder.appendingPathComponent("one.warc"))
        try Data(WARCFixture.record("request", block: Array("GET / HTTP/1.1\r\n\r\n".utf8))).write(to: folder.appendingPathComponent("empty.warc"))
        return folder
    }

    /// Web pages handed over as bytes (a Spark job's `--contents`) are read as build reads the
    /// files: by their structure, their published date from their metadata.
    @Test func webPagesHandedOverAreReadAsBuildReadsThem() async throws {
        let folder = Support.temporaryFolder().appendingPathComponent("pages")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try Data(Self.page("2023-06-19", "Hôm 18/6, Ngoại trưởng Mỹ Antony Blinken đã có cuộc hội đàm với người đồng cấp Trung Quốc Tần Cương tại Bắc Kinh.").utf8)
            .write(to: folder.appendingPathComponent("a.html"))
        try Data(Self.page("2021-06-08", "Hôm qua (7/6), đại diện của Trung Quốc và Nga đã có cuộc điện đàm về tình hình trên Bán đảo Triều Tiên.").utf8)
            .write(to: folder.appendingPathComponent("b.htm"))
        try await checkSame([folder.path], partitions: 2)
        let handed = try await extracted([folder.path], builder: builder(), contents: true).map { try ReportRecord(line: $0) }
        #expect(handed.compactMap { $0.document?.metadata.published } == ["2023-06-19", "2021-06-08"])
    }

    /// A WARC file gives a line per HTML response, named and read as build reads it, whether
    /// extract reads the file or is handed its bytes; the outputs are build's.
    @Test func webArchivesGiveALinePerPageAsBuildReadsThem() async throws {
        let folder = try Self.archives()
        try await checkSame([folder.path])
        let records = try await extracted([folder.path], builder: builder()).map { try ReportRecord(line: $0) }
        let crawl = folder.appendingPathComponent("crawl.warc.gz").path, one = folder.appendingPathComponent("one.warc").path
        #expect(records.compactMap { $0.document?.path } == ["\(crawl)#3", "\(crawl)#5", "\(crawl)#7", "\(one)#3"])
        #expect(records.compactMap(\.inputProblemPath) == [folder.appendingPathComponent("empty.warc").path])
        #expect(records.filter { $0.document != nil }.allSatisfy { !($0.events ?? []).isEmpty }, "each page reports its event")
    }

    @Test(.enabled(if: CommandLineTests.executable != nil, "dyad is not built"))
    func extractThenMergeOfAWebArchiveIsItsBuild() throws {
        let cli = CommandLineTests()
        let crawl = try Self.archives().appendingPathComponent("crawl.warc.gz").path
        let folder = Support.temporaryFolder()
        let (reports, built, merged) = (folder.appendingPathComponent("reports.jsonl").path,
                                        folder.appendingPathComponent("built").path, folder.appendingPathComponent("merged").path)
        #expect(try cli.dyad(["build", crawl, "--out", built]).status == 0)
        let extract = try cli.dyad(["extract", crawl, "--jsonl", reports])
        #expect(extract.status == 0 && extract.errors.contains("note: \(crawl): 3 HTML pages read from 8 records"))
        #expect(try String(contentsOfFile: reports, encoding: .utf8).split(separator: "\n").count == 3)
        #expect(try cli.dyad(["merge", reports, "--out", merged]).status == 0)
        for name in OutputFormat.defaults.map(\.fileName) {
            let expected = try Data(contentsOf: URL(fileURLWithPath: built).appendingPathComponent(name))
            #expect(try Data(contentsOf: URL(fileURLWithPath: merged).appendingPathComponent(name)) == expected, "\(name)")
        }
    }

    @Test func aLineThatIsNoRecordIsNamedWithItsPlace() throws {
        let file = Support.temporaryFolder().appendingPathComponent("bad.jsonl")
        try Data("{\"problem\":{\"path\":\"a\",\"reason\":\"b\"}}\n\nnot json\n".utf8).write(to: file)
        var reader = ReportReader(paths: [file.path])
        #expect(try reader.next()?.inputProblemPath == "a")
        do {
            _ = try reader.next()
            Issue.record("a line that is not JSON was read")
        } catch {
            #expect("\(error)".contains("bad.jsonl:3"))
        }
    }
}
