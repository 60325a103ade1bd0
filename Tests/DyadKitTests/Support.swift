import Foundation
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
@testable import DyadEvaluation

/// Shared, read-only test helpers.
enum Support {
    /// The bundled Vietnamese resources, loaded once.
    static let resources: LanguageResources = {
        do { return try LanguageResources.load(language: "vi") } catch { fatalError("resources: \(error)") }
    }()

    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static func fixture(_ name: String) -> URL {
        Bundle.module.bundleURL.appendingPathComponent("Fixtures").appendingPathComponent(name)
    }

    /// A document from text, as the reader would make it.
    static func document(_ text: String, path: String = "test.txt", published: String? = nil, url: String? = nil) -> SourceDocument {
        var metadata = DocumentMetadata()
        metadata.url = url
        if let published { metadata.published = CalendarDate(iso: published); metadata.publishedOrigin = .config }
        return SourceDocument(path: path, text: TextDecoding.normalise(text), metadata: metadata)
    }

    /// Builds a timeline from in-memory articles.
    static func timeline(_ documents: [SourceDocument], options: AnalysisOptions = AnalysisOptions()) -> Timeline {
        Builder(resources: resources, options: options).build(documents: documents)
    }

    /// The events of one article published on `published`, as `date pair type` strings.
    static func events(_ text: String, published: String? = "2023-06-19") -> [String] {
        timeline([document(text, published: published)]).events.map { "\($0.date.iso) \($0.pair) \($0.type.rawValue)" }
    }

    static func temporaryFolder() -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("dyad-tests-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}

/// A deterministic random number generator (SplitMix64), so that a test's random inputs are
/// the same on every run and a failure can be reproduced.
struct SeededGenerator: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
