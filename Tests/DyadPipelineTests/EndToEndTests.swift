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

@Suite("End to end on the seed articles", .serialized)
struct EndToEndTests {
    static let workspace: Workspace = {
        do {
            return try Workspace(configPath: "dyad.yml", folder: Support.repository)
        } catch {
            fatalError("workspace: \(error)")
        }
    }()

    static func build(_ options: AnalysisOptions = AnalysisOptions()) async -> Timeline {
        await Builder(resources: workspace.resources, options: options)
            .build(paths: workspace.inputs([]), reader: workspace.reader)
    }

    /// The seeds' timeline, built once for all the tests.
    static let seedsTask = Task { await build() }
    static var timeline: Timeline { get async { await seedsTask.value } }

    @Test func everySeedIsReadAndGivesEvents() async {
        let seeds = await Self.timeline
        #expect(seeds.problems.isEmpty)
        #expect(seeds.documents.count == 5)
        #expect(seeds.documents.allSatisfy { $0.eventCount > 0 })
        #expect(seeds.documents.allSatisfy { $0.dateBasis == "published" })
    }

    /// Counting in parallel parts (as a large archive is counted) gives the counts of one pass,
    /// and those are what the documents and actors report.
    @Test func countsInPartsAddUpToTheCountsOfOnePass() async {
        let timeline = await Self.timeline
        let whole = Tally(timeline.events, parts: 1)
        #expect(whole.perActor.values.reduce(0, +) == 2 * timeline.events.count)
        for parts in [2, 3, timeline.events.count + 5] {
            let split = Tally(timeline.events, parts: parts)
            #expect(split.perDocument == whole.perDocument, "\(parts) parts")
            #expect(split.perActor == whole.perActor, "\(parts) parts")
        }
        #expect(timeline.documents.allSatisfy { $0.eventCount == whole.perDocument[$0.path] ?? 0 })
        #expect(timeline.actors.allSatisfy { $0.eventCount == whole.perActor[$0.actor.code] })
    }

    /// Each actor lists every name the seeds wrote it as, once and sorted: what the actor
    /// matcher's mentions give, gathered here plainly by document.
    @Test func namesSeenAreEveryMentionsTextOnce() async throws {
        let timeline = await Self.timeline
        let analyzer = Analyzer(resources: Self.workspace.resources)
        var expected: [String: Set<String>] = [:]
        for url in InputCollector().collect(Self.workspace.inputs([])).files {
            for mentions in analyzer.analyze(try Self.workspace.reader.read(url)).actors {
                for mention in mentions { if let code = mention.code { expected[code, default: []].insert(mention.text) } }
            }
        }
        #expect(timeline.actors.count >= 3)
        for actor in timeline.actors {
            #expect(actor.namesSeen == (expected[actor.actor.code] ?? []).sorted(), "\(actor.actor.code)")
        }
        // The seeds write the United States at least as a country and as its capital.
        #expect(try #require(timeline.actors.first { $0.actor.code == "USA" }).namesSeen.count >= 2)
    }

    @Test func everyMentionIsInTheMainBody() async {
        let seeds = await Self.timeline
        let bodies = Dictionary(uniqueKeysWithValues: seeds.documents.map { ($0.path, $0.bodyLines) })
        for event in seeds.events {
            #expect(event.actors.count == 2 && event.actors[0] < event.actors[1])
            for mention in event.mentions {
                #expect(bodies[mention.document]?.contains { $0.contains(mention.line) } == true,
                        "\(mention.document):\(mention.line) is outside the main body")
            }
        }
    }

    @Test func datesStayNearTheirPublicationDate() async throws {
        let seeds = await Self.timeline
        let published = Dictionary(uniqueKeysWithValues: seeds.documents.map { ($0.path, $0.metadata.published!) })
        for event in seeds.events {
            let document = try #require(event.mentions.first?.document)
            let distance = abs(event.date.firstDay.dayNumber - published[document]!.dayNumber)
            #expect(distance < 120, "\(event.date) is far from \(published[document]!)")
        }
    }

    @Test func knownEventsOfTheSeedsAreFound() async {
        let seeds = await Self.timeline
        let keys = Set(seeds.events.map { "\($0.date.iso) \($0.pair)" })
        // The phone call of 7 June 2021 reported as 'hôm qua (7/6)' in a 8 June article.
        #expect(keys.contains("2021-06-07 CHN-RUS"))
        // 'Trước đó cùng ngày' after 'ngày 19/6'.
        #expect(keys.contains("2023-06-19 CHN-USA"))
        // Nothing from the related lists: their 2025 and 2026 dates never reach the timeline.
        #expect(!seeds.events.contains { $0.date.year >= 2024 })
    }

    @Test func withoutPublicationDatesYearsAreInferredFromTheText() async throws {
        let seeds = await Self.timeline
        let timeline = await Self.build(AnalysisOptions(ignorePublished: true))
        #expect(timeline.documents.allSatisfy { $0.dateBasis == "inferred" })
        for document in timeline.documents {
            let inference = try #require(document.yearInference)
            #expect(!inference.candidates.isEmpty)
            #expect(!inference.evidence.isEmpty)
            let truth = try #require(seeds.documents.first { $0.path == document.path }?.metadata.published)
            // The chosen year is the publication year wherever the text allows it to be known.
            #expect(inference.candidates.contains(truth.year), "\(document.path): \(inference.candidates)")
        }
        let years = Dictionary(grouping: timeline.events, by: { $0.mentions[0].document }).mapValues { Set($0.map(\.date.year)) }
        #expect(years.first { $0.key.hasPrefix("seeds/000") }?.value == [2017])
        #expect(years.first { $0.key.hasPrefix("seeds/001") }?.value == [2023])
    }

    @Test func buildingTwiceGivesIdenticalBytes() async throws {
        let first = try OutputSet(timeline: await Self.build(), gazetteer: Self.workspace.resources.gazetteer, options: RenderOptions())
        let second = try OutputSet(timeline: await Self.build(), gazetteer: Self.workspace.resources.gazetteer, options: RenderOptions())
        #expect(try first.files.map { try $0.contents() } == second.files.map { try $0.contents() })
    }
}

@Suite("timeline.json is the text JSONEncoder would give")
struct TimelineJSONTextTests {
    /// The whole file as `JSONEncoder` encodes it from the schema types.
    struct Reference: Encodable {
        let actors: [TimelineJSON.ActorEntry]
        let documents: [TimelineJSON.Document]
        let events: [TimelineJSON.Event]
        let generator = "dyad"
        let problems: [TimelineJSON.Problem]
        let schema = 1

        init(_ timeline: Timeline) {
            actors = timeline.actors.map(TimelineJSON.ActorEntry.init)
            documents = timeline.documents.map(TimelineJSON.Document.init)
            events = timeline.events.map(TimelineJSON.Event.init)
            problems = timeline.problems.map(TimelineJSON.Problem.init)
        }
    }

    func expectSameText(_ timeline: Timeline) throws {
        let written = try TimelineJSON.file(timeline).contents()
        let encoded = try TimelineJSON.encoder().encode(Reference(timeline)) + Data("\n".utf8)
        #expect(written == encoded)
        if written != encoded, let line = zip(written.split(separator: 0x0A), encoded.split(separator: 0x0A)).first(where: { $0 != $1 }) {
            Issue.record("first different line: \(String(decoding: line.0, as: UTF8.self)) ≠ \(String(decoding: line.1, as: UTF8.self))")
        }
    }

    @Test(arguments: [false, true])
    func seedsTimeline(ignoringPublished: Bool) async throws {
        let timeline = await EndToEndTests.build(AnalysisOptions(ignorePublished: ignoringPublished))
        // With publication dates ignored, the documents carry their year inference too.
        #expect(timeline.documents.contains { $0.yearInference != nil } == ignoringPublished)
        try expectSameText(timeline)
    }

    /// Large arrays are written in chunks of 2,000 items made in parallel: across the chunks'
    /// seams the text is still the encoder's.
    @Test func aTimelineOfManyChunks() throws {
        let names = ["Mỹ", "Trung Quốc", "Nga", "Nhật Bản", "Pháp", "Đức", "Ấn Độ"]
        let documents = (0..<3).map { part in
            let sentences = (0..<1_700).map { index in
                let day = index % 28 + 1, month = index / 28 % 12 + 1, pair = index / 336 + part
                return "Ngày \(day)/\(month), \(names[pair % 7]) hội đàm với \(names[(pair + 1 + part) % 7])."
            }
            return Support.document(sentences.joined(separator: "\n"), path: "p\(part).txt", published: "2023-12-31")
        }
        let timeline = Support.timeline(documents)
        #expect(timeline.events.count > 4_000)
        try expectSameText(timeline)
    }

    @Test func emptyTimelineAndProblems() throws {
        try expectSameText(Timeline(events: [], documents: [], actors: [], problems: []))
        let problems = (0..<5).map { InputProblem(path: "bad \($0)\"\\.txt", reason: "unreadable\n\t\u{1}") }
        try expectSameText(Timeline(events: [], documents: [], actors: [], problems: problems))
    }

    @Test func articleTextWithEveryControlCharacterAndQuote() throws {
        let controls = String(String.UnicodeScalarView((0..<0x20).compactMap(Unicode.Scalar.init)))
        let text = "Ngày 3/5, Mỹ hội đàm với Trung Quốc về \"a/b\" \\ \(controls) \u{7F}\u{2028} é"
        try expectSameText(Support.timeline([Support.document(text, path: "x\u{1}\".txt", published: "2023-05-04")]))
    }

    /// The eight-byte test for bytes that need escaping says yes exactly when one of them does,
    /// for every byte value at every place among other bytes (ASCII, Vietnamese UTF-8, 0xFF).
    @Test func wordsNeedEscapingExactlyWhenOneOfTheirBytesDoes() {
        for fill in [0x41, 0x20, 0xC3, 0xE1, 0xBB, 0xFF, 0x21, 0x5D, 0x23, 0x5B] as [UInt8] {
            for value in UInt8.min...UInt8.max {
                for place in 0..<8 {
                    var bytes = [UInt8](repeating: fill, count: 8)
                    bytes[place] = value
                    let word = bytes.withUnsafeBytes { UInt64(littleEndian: $0.loadUnaligned(as: UInt64.self)) }
                    let needs = bytes.contains { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C }
                    #expect(PrettyJSON.mayNeedEscape(word) == needs, "\(bytes)")
                }
            }
        }
    }

    /// Numbers and strings beyond what the lexicons hold today, against the encoder directly.
    @Test func scalarsMatchTheEncoder() throws {
        var generator = SystemRandomNumberGenerator()
        var numbers: [Double] = [0, -0.0, 1, -2, 1.9, -10, 0.1 + 0.2, 1e15, 1e21, 123456.789, -7.25]
            + (0..<200).map { _ in Double.random(in: -1e6...1e6, using: &generator).rounded() / 10 }
        let vietnamese = Array("Ngày 18/6, Mỹ và Trung Quốc hội đàm ở Bắc Kinh.")
        var strings: [String] = ["", "\"", "\\", "/", "a\u{0}b", "😀", "Việt Nam"]
            + ["\"", "\\", "\u{1}", "\n", "\u{1F}", "\u{7F}"].flatMap { special in
                (0...vietnamese.count).map { String(vietnamese[..<$0]) + special + String(vietnamese[$0...]) }
            }
            + (0..<200).map { _ in String(String.UnicodeScalarView((0..<12).map { _ in Unicode.Scalar(UInt8.random(in: 0...0x7F, using: &generator)) })) }
        var integers = [0, -1, 7, Int.max, Int.min + 1, -1_000_000_007]
        var (texts, json) = (numbers.map { "\($0)" }, PrettyJSON())
        json.object { json in
            json.member("a", &texts)
            json.member("b", &numbers)
            json.member("c", &integers)
            json.member("d", &strings)
        }
        struct Shape: Encodable { let a: [String]; let b: [Double]; let c: [Int]; let d: [String] }
        let encoded = try TimelineJSON.encoder().encode(Shape(a: numbers.map { "\($0)" }, b: numbers, c: integers, d: strings))
        #expect(String(decoding: json.bytes, as: UTF8.self) == String(decoding: encoded, as: UTF8.self))
    }
}
