import ArgumentParser
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
import DyadEvaluation
import Foundation

/// Options shared by the commands that look inside one document.
struct InspectOptions: ParsableArguments {
    @Argument(help: "The article to inspect: a text file, a web page, or a page in a WARC file (crawl.warc.gz#3).")
    var file: String

    @Option(name: .long, help: "Configuration file. Default: ./dyad.yml when present.")
    var config: String?

    @Option(name: .long, help: "Publication date to anchor the dates (YYYY-MM-DD); overrides the configuration.")
    var published: String?

    @Flag(name: .long, help: "Ignore the publication date and infer the year from the text.")
    var ignorePublished = false

    func analyze() throws -> (DocumentAnalysis, Workspace) {
        let workspace = try loadWorkspace(config: config)
        var source: SourceDocument
        do {
            source = try workspace.reader.read(path: file)
        } catch {
            throw fail("\(error)", status: ExitStatus.inputErrors)
        }
        if let published {
            guard let date = CalendarDate(publication: published) else {
                throw fail("--published '\(published)' is not a date of the form YYYY-MM-DD (years 1000 to 9000)", status: ExitStatus.configurationError)
            }
            var metadata = source.metadata
            metadata.published = date
            metadata.publishedOrigin = .config
            source = SourceDocument(path: source.path, text: source.text, metadata: metadata, warnings: source.warnings)
        }
        let language = workspace.languages.choose(for: source).language
        let resources = try workspace.languages.resources(for: language) ?? workspace.resources
        let analyzer = Analyzer(resources: resources, options: AnalysisOptions(ignorePublished: ignorePublished, tracesDecisions: true))
        return (analyzer.analyze(source), workspace)
    }
}

func describe(_ anchor: DateAnchor, _ analysis: DocumentAnalysis) -> String {
    switch anchor {
    case .published(let date):
        return "publication date \(date.iso) (\(analysis.document.source.metadata.publishedOrigin?.rawValue ?? "given"))"
    case .publishedApproximately(let date):
        return "publication date known to the \(date.precision.rawValue): \(date.iso) (\(analysis.document.source.metadata.publishedOrigin?.rawValue ?? "given"))"
    case .inferredYear(let year):
        return "year \(year), inferred: \(analysis.yearInference?.note ?? "")"
    case .none:
        return "nothing: \(analysis.yearInference?.note ?? "no publication date and no evidence")"
    }
}

func describe(_ date: DatedExpression) -> String {
    guard let resolved = date.resolved else { return "unplaced — \(date.note)" }
    let value = resolved.start.iso + (resolved.end.map { "…" + $0.iso } ?? "")
    return "\(value)  [\(resolved.basis.rawValue)] — \(date.note)"
}

struct Dates: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dates",
        abstract: "List every date expression in an article with its normalised value and basis.",
        discussion: "Example: dyad dates article.txt --published 2023-06-19"
    )

    @OptionGroup var options: InspectOptions

    func run() throws {
        let (analysis, workspace) = try options.analyze()
        print("\(analysis.document.source.path): dates anchored to \(describe(analysis.anchor, analysis))")
        if let inference = analysis.yearInference {
            print("year candidates: \(inference.candidates.map(String.init).joined(separator: ", "))")
            for evidence in inference.evidence {
                print("  evidence line \(evidence.line): \(evidence.kind) '\(evidence.text)' → \(evidence.years.map { $0.count == 1 ? "\($0.lowerBound)" : "\($0.lowerBound)-\($0.upperBound)" }.joined(separator: ", "))")
            }
        }
        for date in analysis.dates {
            print("line \(date.line)\t\(date.expression.text)\t→ \(describe(date))")
        }
        let scanner = DateScanner(lexicon: workspace.resources.dates)
        for line in analysis.document.lines {
            guard case .furniture(let reason) = line.role else { continue }
            for expression in scanner.scan(Tokenizer.tokenize(line.text)) {
                print("line \(line.number)\t\(expression.text)\t→ ignored: page furniture (\(reason))")
            }
        }
    }
}

struct Explain: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "explain",
        abstract: "Show, line by line, why an article gave the events it gave.",
        discussion: "Example: dyad explain article.txt"
    )

    @OptionGroup var options: InspectOptions

    func run() throws {
        let (analysis, _) = try options.analyze()
        let document = analysis.document
        print("\(document.source.path) — \(document.title)")
        print("dates anchored to \(describe(analysis.anchor, analysis))")
        print("main body: lines \(document.bodyRanges.map { "\($0.lowerBound)-\($0.upperBound)" }.joined(separator: ", "))")
        // A web page: the element each line was taken from.
        let sources = WebPageSources.lines(of: options.file) ?? [:]
        func from(_ line: Int) -> String { sources[line].map { " (from \($0))" } ?? "" }
        var traces: [Int: [SentenceTrace]] = [:]
        for trace in analysis.extraction.traces { traces[trace.sentence.line, default: []].append(trace) }
        for line in document.lines {
            switch line.role {
            case .blank: continue
            case .furniture(let reason):
                print("\nline \(line.number) — furniture (\(reason))\(from(line.number)): \(String(line.text.prefix(80)))")
            case .body, .caption:
                print("\nline \(line.number) — \(line.role == .caption ? "photo caption" : "body")\(from(line.number))")
                for trace in traces[line.number] ?? [] {
                    print("  sentence: \(trace.sentence.text)")
                    if !trace.actors.isEmpty {
                        print("  actors: " + trace.actors.map { "\($0.text)→\($0.code ?? "?")\($0.role.map { " as \($0)" } ?? "")\($0.inCompound ? " (compound)" : "")" }.joined(separator: ", "))
                    }
                    for date in trace.dates { print("  date: \(date.expression.text) → \(describe(date))") }
                    if !trace.triggers.isEmpty { print("  event words: " + trace.triggers.joined(separator: ", ")) }
                    for decision in trace.decisions { print("  → \(decision)") }
                }
            }
        }
    }
}
