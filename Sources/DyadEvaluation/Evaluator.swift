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
import DyadPipeline

/// Builds articles as `dyad build` does and scores them against a gold file: `dyad eval`.
public struct Evaluator: Sendable {
    public let languages: LanguageLibrary
    public let reader: DocumentReader
    public let options: AnalysisOptions

    public init(languages: LanguageLibrary, reader: DocumentReader, options: AnalysisOptions = AnalysisOptions()) {
        self.languages = languages
        self.reader = reader
        self.options = options
    }

    /// An evaluator that reads every document in one language.
    public init(resources: LanguageResources, reader: DocumentReader, options: AnalysisOptions = AnalysisOptions()) {
        self.init(languages: LanguageLibrary(single: resources), reader: reader, options: options)
    }

    /// What one evaluation found.
    public struct Outcome: Sendable {
        public let timeline: Timeline
        public let score: Score
        public let report: EvaluationReport
    }

    /// Builds `paths` (files or folders), each document without a publication date of its own
    /// (front matter or configuration) taking the gold's, matched by file name; then scores
    /// the timeline as score.py scores `timeline.json` and explains each extra and missing key.
    public func evaluate(gold: GoldStandard, paths: [String]) async -> Outcome {
        let files = InputCollector().collect(paths).files
        let reader = self.reader(givingDatesFrom: gold, to: files)
        let timeline = await Builder(languages: languages, options: options).build(paths: paths, reader: reader)
        let score = Scorer.score(gold: gold, system: ScoredEvent.events(of: timeline))

        // Only the documents with something to explain are analysed again, with traces.
        let troubled = Set(score.falsePositives.map(\.document)).union(score.falseNegatives.map(\.document))
        var traced = options
        traced.tracesDecisions = true
        var analyses: [String: DocumentAnalysis] = [:]
        for file in files where troubled.contains(file.lastPathComponent) && analyses[file.lastPathComponent] == nil {
            guard let source = try? reader.read(file) else { continue }
            let resources = (try? languages.resources(for: languages.choose(for: source).language)) ?? languages.primary
            analyses[file.lastPathComponent] = Analyzer(resources: resources, options: traced).analyze(source)
        }

        let names = Set(files.map(\.lastPathComponent))
        let annotated = Set(gold.documents.map(\.file))
        var notes = gold.documents.map(\.file).filter { !names.contains($0) }.map { "gold document \($0) is not among the inputs: its events all count as missing" }
        notes += files.map(\.lastPathComponent).filter { !annotated.contains($0) }.map { "\($0) is not in the gold: its events are not scored" }
        let report = EvaluationReport(score: score, gold: gold, events: Array(timeline.events), analyses: analyses, notes: notes)
        return Outcome(timeline: timeline, score: score, report: report)
    }

    /// This reader with the gold's publication dates added to the configured metadata of the
    /// files that have none configured; front matter still wins, as it does over the
    /// configuration. A gold date known only to the month (`2017-07`) fixes years, as it would in front matter.
    func reader(givingDatesFrom gold: GoldStandard, to files: [URL]) -> DocumentReader {
        var configured = reader.configured
        for file in files {
            guard let published = gold.document(named: file.lastPathComponent)?.published,
                  let date = FuzzyDate(iso: published) else { continue }
            let path = reader.displayPath(of: file)
            var metadata = configured[path] ?? DocumentMetadata()
            if metadata.published == nil && metadata.publishedApproximately == nil {
                if let day = CalendarDate(iso: published) {
                    metadata.published = day
                } else {
                    metadata.publishedApproximately = date
                }
                metadata.publishedOrigin = .config
            }
            configured[path] = metadata
        }
        return DocumentReader(baseFolder: reader.baseFolder, configured: configured)
    }
}
