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

/// Shared, read-only test helpers.
enum Support {
    /// The bundled Vietnamese resources, loaded once.
    static let resources: LanguageResources = {
        do { return try LanguageResources.load(language: "vi") } catch { fatalError("resources: \(error)") }
    }()

    /// The English resources, loaded once for every test that reads English.
    static let english: LanguageResources = {
        do { return try LanguageResources.load(language: "en") } catch { fatalError("resources: \(error)") }
    }()

    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The folder the build puts its products in (the test bundles and `dyad`).
    static var buildFolder: URL { Bundle.module.bundleURL.deletingLastPathComponent() }

    /// A Python 3 to run the repository's scripts and score.py with, when there is one.
    static let python: URL? = ["/usr/bin/python3", "/usr/local/bin/python3", "/bin/python3"]
        .map(URL.init(fileURLWithPath:)).first { FileManager.default.isExecutableFile(atPath: $0.path) }

    /// The `dyad` built next to the test bundles (`swift build` builds it; scripts/test does).
    static var dyadExecutable: URL? {
        let url = buildFolder.appendingPathComponent("dyad")
        return FileManager.default.isExecutableFile(atPath: url.path) ? url : nil
    }

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
    static func timeline(_ documents: [SourceDocument], options: AnalysisOptions = AnalysisOptions(),
                         in language: LanguageResources = resources) -> Timeline {
        Builder(resources: language, options: options).build(documents: documents)
    }

    /// The events of one article published on `published`, read with `language`'s rules (the
    /// Vietnamese unless given), as `date pair type` strings.
    static func events(_ text: String, published: String? = "2023-06-19", in language: LanguageResources = resources) -> [String] {
        timeline([document(text, published: published)], in: language).events.map { "\($0.date.iso) \($0.pair) \($0.type.rawValue)" }
    }

    /// The actor codes the actors stage finds in one sentence read alone, with `language`'s
    /// names (the Vietnamese unless given); `?` for a forum.
    static func actorCodes(_ sentence: String, in language: LanguageResources = resources) -> [String] {
        ActorMatcher(gazetteer: language.gazetteer).mentions(in: Tokenizer.tokenize(sentence)).map { $0.code ?? "?" }
    }

    /// What a run of `dyad` gave.
    struct Run {
        let status: Int32
        let output: String
        let errors: String
    }

    /// Runs the built `dyad` in the repository with `arguments`, and `environment` added to
    /// this process's.
    static func dyad(_ arguments: [String], environment: [String: String] = [:]) throws -> Run {
        let executable = try #require(dyadExecutable, "dyad is not built: run `swift build` first")
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        if !environment.isEmpty { process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 } }
        process.currentDirectoryURL = Support.repository
        let output = Pipe(), errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        let out = output.fileHandleForReading.readDataToEndOfFile()
        let err = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Run(status: process.terminationStatus, output: String(decoding: out, as: UTF8.self), errors: String(decoding: err, as: UTF8.self))
    }

    /// Three pairs, a span, a month-only date, a planned event and hostile article text.
    static let sampleTimeline: Timeline = {
        let text = """
        Ngày 3/5, Mỹ hội đàm với Trung Quốc về "chuyện" <script>alert(1)</script> | `code` " onload="x.
        Các ngày 18 - 19/6, Ngoại trưởng Mỹ hội đàm với người đồng cấp Trung Quốc tại Bắc Kinh.
        Trong tháng 4, Nga và Trung Quốc đã ký thỏa thuận hợp tác.
        Ngày 20/12, Tổng thống Nga sẽ thăm Ấn Độ.
        """
        return Support.timeline([Support.document(text, path: "bài <1>.txt", published: "2023-06-20", url: "https://example.com/a?x=1&y=<2>")])
    }()

    /// A corpus that scripts/make-corpus.py makes (`megabytes` of articles from `seed`) in a
    /// temporary folder; nil without python3.
    static func generatedCorpus(megabytes: Int, seed: Int) -> URL? {
        guard let python else { return nil }
        let folder = temporaryFolder().appendingPathComponent("corpus")
        let process = Process()
        process.executableURL = python
        process.arguments = [repository.appendingPathComponent("scripts/make-corpus.py").path, folder.path, String(megabytes), "--seed", String(seed)]
        process.standardOutput = FileHandle.nullDevice
        guard (try? process.run()) != nil else { return nil }
        process.waitUntilExit()
        return process.terminationStatus == 0 ? folder : nil
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
