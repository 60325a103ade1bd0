import Foundation
import Testing
@testable import DyadModel
@testable import DyadEvents
@testable import DyadMerging
@testable import DyadRendering
@testable import DyadPipeline
@testable import DyadTestSupport

/// A build past its budget of reports (``Builder/reportBudget``) keeps them in temporary files,
/// partitioned, and merges a partition at a time (``ReportSpill``): the same outputs, byte for
/// byte, and no file left behind.
@Suite("Reports kept on disk past the budget", .serialized)
struct SpillTests {
    static var workspace: Workspace { DistributedTests.workspace }

    /// About 3 MB of articles: a few hundred.
    static let corpus = Support.generatedCorpus(megabytes: 3, seed: 9)

    func outputs(_ timeline: Timeline) throws -> [String: Data] {
        let set = try OutputSet(timeline: timeline, gazetteer: Self.workspace.resources.gazetteer,
                                options: RenderOptions(formats: DistributedTests.formats))
        return Dictionary(uniqueKeysWithValues: try set.files.map { ($0.name, try $0.contents()) })
    }

    /// In memory and spilled with each budget: the same events and outputs.
    func checkSame(_ paths: [String], filter: EventFilter = EventFilter(), budgets: [Int]) async throws {
        let builder = Builder(languages: Self.workspace.languages, filter: filter)
        let whole = await builder.build(paths: paths, reader: Self.workspace.reader)
        #expect(whole.events.count >= 5)
        let expected = try outputs(whole)
        for budget in budgets {
            let spilled = try await builder.build(paths: paths, reader: Self.workspace.reader, reportBudget: budget)
            #expect(spilled.events.map(\.id) == whole.events.map(\.id))
            #expect(spilled.documents.map(\.eventCount) == whole.documents.map(\.eventCount))
            let made = try outputs(spilled)
            #expect(made.keys.sorted() == expected.keys.sorted())
            for (name, data) in expected { #expect(made[name] == data, "\(name), budget \(budget)") }
        }
    }

    @Test func seedsSpilledGiveTheSameOutputs() async throws {
        let seeds = Support.repository.appendingPathComponent("seeds").path
        try await checkSame([seeds], budgets: [0, 5])
        try await checkSame([seeds], filter: EventFilter(pairs: ["CHN-USA", "RUS-CHN"], since: CalendarDate(iso: "2020-01-01")), budgets: [0])
    }

    @Test(.enabled(if: corpus != nil, "needs python3 for scripts/make-corpus.py"))
    func aCorpusOfAFewHundredArticlesSpilledGivesTheSameOutputs() async throws {
        try await checkSame([try #require(Self.corpus).path], budgets: [0, 300])
    }

    /// Reports of one pair and one date share a partition (they may merge); the spill's folder
    /// holds nothing once the events are made, and is gone once removed.
    @Test func thePartitionsFollowPairAndDateAndTheFolderIsRemoved() throws {
        let builder = Builder(languages: Self.workspace.languages)
        let spill = try ReportSpill()
        #expect(FileManager.default.fileExists(atPath: spill.folder))
        var contribution = Builder.Contribution(
            summary: DocumentSummary(path: "a.txt", title: "", metadata: DocumentMetadata(), language: "vi", languageBasis: "", dateBasis: "",
                                     yearInference: nil, bodyLines: [], eventCount: 0, warnings: []),
            events: Self.reports(), names: [])
        let reports = contribution.events
        #expect(!reports.isEmpty)
        for report in reports {
            let twin = reports.filter { $0.actors == report.actors && $0.date.start == report.date.start }
            #expect(Set(twin.map(ReportSpill.partition(of:))).count == 1)
        }
        try spill.add(&contribution)
        #expect(contribution.events.isEmpty && spill.count == reports.count)
        let events = try spill.events(merging: builder)
        #expect(events.count == EventMerger(gazetteer: Self.workspace.resources.gazetteer).merge(reports).count)
        #expect(try FileManager.default.contentsOfDirectory(atPath: spill.folder).isEmpty)
        spill.remove()
        #expect(!FileManager.default.fileExists(atPath: spill.folder))
    }

    /// The reports of a document of three pairs, a span and a month-only date.
    static func reports() -> [ExtractedEvent] {
        let text = """
        Ngày 3/5, Mỹ hội đàm với Trung Quốc về thương mại.
        Các ngày 18 - 19/6, Ngoại trưởng Mỹ hội đàm với người đồng cấp Trung Quốc tại Bắc Kinh.
        Trong tháng 4, Nga và Trung Quốc đã ký thỏa thuận hợp tác.
        Ngày 20/12, Tổng thống Nga sẽ thăm Ấn Độ.
        """
        let builder = Builder(languages: Self.workspace.languages)
        return builder.contribution(of: Support.document(text, published: "2023-06-20"), analyzers: builder.analyzers()).events
    }

    /// Events written to an event file in any order come back in the order given, numbered by
    /// their place; their outlines lack the texts and nothing else; a filter keeps the file's
    /// events and numbers them again — as events held in memory do.
    @Test func anEventFileGivesBackWhatWasWrittenInTheOrderGiven() throws {
        let merged = EventMerger(gazetteer: Self.workspace.resources.gazetteer).merge(Self.reports())
        #expect(merged.count >= 3)
        let folder = try TemporaryFiles.makeFolder()
        defer { TemporaryFiles.removeFolder(folder) }
        let file = try EventFile(in: folder)
        // Written backwards, in two parts: the order puts them right.
        let backwards = Array(merged.reversed())
        #expect(try file.append(Array(backwards.prefix(2))) == 0)
        #expect(try file.append(Array(backwards.dropFirst(2))) == 2)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder).isEmpty, "the file is unlinked at once")
        try file.finish(order: Array((0..<merged.count).reversed()))
        let stored = TimelineEvents(store: file), held = TimelineEvents(merged)
        #expect(stored.isStored && !held.isStored)
        #expect(Array(stored) == merged && Array(held) == merged)
        for (outline, event) in zip(stored.outlines, merged) {
            #expect(outline.summary.isEmpty && outline.mentions.allSatisfy(\.text.isEmpty))
            #expect(outline.mentions.map(\.document) == event.mentions.map(\.document))
            #expect(outline == event.outline && outline.id == event.id)
        }
        let keeps = { (event: TimelineEvent) in event.actors.contains("RUS") }
        let kept = stored.filter(keeping: keeps), keptHeld = held.filter(keeping: keeps)
        #expect(!kept.isEmpty && kept.count < merged.count)
        #expect(Array(kept) == Array(keptHeld))
        #expect(kept.map(\.id) == (1...kept.count).map { "e\($0)" })
    }

    /// Every text an event has — a place or none, participants, topics, empty and multi-byte
    /// texts, a mention with an empty sentence — comes back from the file as it went in.
    @Test func anEventFileKeepsEveryText() throws {
        func event(_ location: String?, _ summary: String, _ mentions: [EventMention]) -> TimelineEvent {
            TimelineEvent(id: "e9", date: FuzzyDate(iso: "2024-05-06")!, end: FuzzyDate(iso: "2024-05-07"), basis: .explicit,
                          actors: ["CHN", "VNM"], type: .meet, cameo: "036", goldstein: 4.5, future: true, summary: summary,
                          participants: ["Tập Cận Bình", ""], topics: ["biển Đông", "thương mại"], location: location,
                          mentions: mentions, lowConfidence: true)
        }
        let written = [
            event("Hà Nội", "Hai bên hội đàm “thẳng thắn” 😀", [EventMention(document: "a/b.txt", line: 3, text: "Câu một."),
                                                                  EventMention(document: "a/c.txt", line: 10, text: "")]),
            event(nil, "", []),
        ]
        let file = try EventFile()
        try file.append(written[0])
        try file.append(written[1])
        try file.finish(order: [1, 0])
        #expect(Array(TimelineEvents(store: file)).map { [$0.summary, $0.location ?? "-"] } == [["", "-"], [written[0].summary, "Hà Nội"]])
        #expect(file.event(at: 1) == written[0] && file.event(at: 0) == written[1])
    }

    /// `dyad build` past a budget of one report: the same files as a build in memory, and its
    /// temporary folder gone.
    @Test(.enabled(if: corpus != nil && Support.dyadExecutable != nil, "needs python3 and a built dyad"))
    func theCommandSpillsIntoAFolderItRemoves() throws {
        let corpus = try #require(Self.corpus).path
        let folder = Support.temporaryFolder()
        let temporary = folder.appendingPathComponent("tmp")
        try FileManager.default.createDirectory(at: temporary, withIntermediateDirectories: true)
        let inMemory = try Support.dyad(["build", corpus, "--out", folder.appendingPathComponent("memory").path])
        let spilled = try Support.dyad(["build", corpus, "--out", folder.appendingPathComponent("spilled").path, "--report-budget", "1"],
                                       environment: ["TMPDIR": temporary.path])
        #expect(inMemory.status == 0 && spilled.status == 0, "\(spilled.errors)")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent("memory").path).sorted()
        #expect(names.count == OutputFormat.defaults.count)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent("spilled").path).sorted() == names)
        for name in names {
            let a = try Data(contentsOf: folder.appendingPathComponent("memory").appendingPathComponent(name))
            let b = try Data(contentsOf: folder.appendingPathComponent("spilled").appendingPathComponent(name))
            #expect(a == b, "\(name)")
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: temporary.path).isEmpty)
        try? FileManager.default.removeItem(at: folder)
    }
}
