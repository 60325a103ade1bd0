import Foundation
import Testing
@testable import DyadKit

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
