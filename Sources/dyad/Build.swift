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

struct Build: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Build the timeline and graph from articles.",
        discussion: """
            Examples:
              dyad build                             # inputs and output folder from ./dyad.yml
              dyad build seeds --out /tmp/x          # same files, another folder
              dyad build --check                     # CI: exit 1 if output/ is out of date
              dyad build --pairs USA-CHN --since 2023-01-01 --format svg,md
            """
    )

    @Argument(help: "Article files (.txt, .md, .html, .htm, .xhtml, .warc, .warc.gz) or folders searched recursively. Default: the configuration's inputs. (dyad merge: report files, - for standard input.)")
    var paths: [String] = []

    @Option(name: .long, help: "Output folder. Default: the configuration's output, else ./output.")
    var out: String?

    @Option(name: .long, help: "Configuration file. Default: ./dyad.yml when present.")
    var config: String?

    @Option(name: .long, help: "Comma-separated formats. Default: \(OutputFormat.defaults.map(\.rawValue).joined(separator: ",")).")
    var format: CommaList<OutputFormat>?

    @Option(name: .long, help: "Node labels: English names (en), or the names of another language with resources.")
    var labels: ActorNaming.Language = .en

    @Option(name: .long, help: "Graphviz layout engine. Default: neato for small graphs, sfdp for large.")
    var layout: LayoutEngine?

    @Option(name: .long, help: "Keep only these pairs, comma-separated, e.g. USA-CHN,CHN-RUS.")
    var pairs: String?

    @Option(name: .long, help: "Keep only events on or after this date (YYYY-MM-DD).")
    var since: String?

    @Option(name: .long, help: "Keep only events on or before this date (YYYY-MM-DD).")
    var until: String?

    @Option(name: .long, help: "Keep only these event types, comma-separated.")
    var types: CommaList<EventType>?

    @Flag(name: .long, help: "Ignore publication dates and infer each document's year from its text.")
    var ignorePublished = false

    @Flag(name: .long, help: "Also read events from related-news lists, marked low_confidence.")
    var includeRelated = false

    @Flag(name: .long, help: "Write nothing; exit 1 and name the files that would change if the output folder is out of date.")
    var check = false

    @Flag(name: .long, help: "Treat warnings (unknown configuration keys, empty files…) as errors.")
    var strict = false

    @Option(name: .long, help: ArgumentHelp("How many event reports a build holds in memory before it keeps them in temporary files (tests).", visibility: .hidden))
    var reportBudget: Int = Builder.reportBudget

    func run() async throws {
        try await run(merging: nil)
    }

    /// `dyad build`; or, given report files (`dyad merge`), the same from the records in them.
    func run(merging reports: [String]?) async throws {
        let workspace = try loadWorkspace(config: config)
        let filter: EventFilter
        let render: RenderOptions
        do {
            filter = try makeFilter()
            render = try makeRenderOptions(workspace.configuration)
        } catch let error as ValidationError {
            throw fail(error.message, status: ExitStatus.configurationError)
        }
        let inputs = reports ?? workspace.inputs(paths)
        guard !inputs.isEmpty else {
            throw fail("no inputs: give article paths or a dyad.yml with 'inputs'", status: ExitStatus.configurationError)
        }
        var warnings = 0
        for warning in (workspace.configuration?.warnings ?? []) + unknownPairCodes(filter, workspace.resources.gazetteer) {
            printError("warning: " + warning)
            warnings += 1
        }
        if out?.isEmpty == true { throw fail("--out must name a folder", status: ExitStatus.configurationError) }
        let folder = workspace.outputFolder(out)
        if let conflict = InputCollector.conflict(output: folder, outputNames: Set(OutputFormat.allCases.map(\.fileName)), inputs: inputs) {
            throw fail(conflict, status: ExitStatus.configurationError)
        }

        let builder = Builder(languages: workspace.languages,
                              options: AnalysisOptions(ignorePublished: ignorePublished, includeRelated: includeRelated),
                              filter: filter)
        let timeline: Timeline
        if let reports {
            var reader = ReportReader(paths: reports)
            do { timeline = try builder.merge({ try reader.next() }, reportBudget: max(0, reportBudget)) } catch { throw fail("\(error)", status: ExitStatus.inputErrors) }
        } else {
            // On a terminal, a long build says how far it has got.
            do {
                timeline = try await builder.build(paths: inputs, reader: workspace.reader, excluding: [folder],
                                                   progress: BuildProgress.standardError(), reportBudget: max(0, reportBudget))
            } catch {
                throw fail("cannot keep the reports in temporary files: \(error.localizedDescription)", status: ExitStatus.outputError)
            }
        }
        for problem in timeline.problems { printError("error: \(problem)") }
        for warning in timeline.inputWarnings { printError("warning: \(warning)"); warnings += 1 }
        for note in timeline.inputNotes { printError("note: \(note)") }
        for document in timeline.documents {
            for warning in document.warnings { printError("warning: \(document.path): \(warning)"); warnings += 1 }
        }

        // A mistyped path must not replace the committed outputs with an empty timeline.
        guard !timeline.documents.isEmpty else {
            let reason = timeline.problems.isEmpty ? "no .txt or .md articles found in \(inputs.joined(separator: ", "))"
                                                   : "no article could be read"
            throw fail("\(reason); nothing written", status: ExitStatus.inputErrors)
        }
        let outputs: OutputSet
        do {
            // English labels are common/actors.json's names: no language need be compiled for them.
            let labelling = render.labels == .en ? workspace.resources : try workspace.languages.resources(for: render.labels.rawValue) ?? workspace.resources
            outputs = try OutputSet(timeline: timeline, gazetteer: labelling.gazetteer, options: render)
        } catch {
            throw fail("\(error)", status: ExitStatus.outputError)
        }
        for note in outputs.notes { printError("warning: \(note)"); warnings += 1 }
        KeptUntilExit.keep(timeline)
        KeptUntilExit.keep(outputs)
        if check {
            let changed = outputs.differences(from: folder)
            if changed.isEmpty {
                print("\(folder.path) is up to date (\(outputs.files.count) files).")
            } else {
                for name in changed { print("out of date: \(folder.appendingPathComponent(name).path)") }
                throw ExitCode(ExitStatus.outOfDate)
            }
        } else {
            // --strict: a warning is an error, and an error writes nothing.
            if strict && warnings > 0 {
                throw fail("\(warnings) warning\(warnings == 1 ? "" : "s") with --strict; nothing written", status: ExitStatus.inputErrors)
            }
            let written: [String]
            do {
                written = try outputs.write(to: folder) {
                    printError("dyad: another dyad build is writing into \(folder.path); waiting for it to finish")
                }
            } catch {
                throw fail("cannot write to \(folder.path): \(error.localizedDescription)", status: ExitStatus.outputError)
            }
            let unchanged = outputs.files.count - written.count
            print("\(timeline.events.count) events from \(timeline.documents.count) documents → \(folder.path) "
                  + "(written: \(written.isEmpty ? "none" : written.joined(separator: ", "))\(unchanged > 0 ? "; \(unchanged) unchanged" : ""))")
        }
        if !timeline.problems.isEmpty || (strict && warnings > 0) { throw ExitCode(ExitStatus.inputErrors) }
    }

    private func makeFilter() throws -> EventFilter {
        func date(_ text: String?, _ name: String) throws -> CalendarDate? {
            guard let text else { return nil }
            guard let date = CalendarDate(publication: text) else {
                throw ValidationError("--\(name) '\(text)' is not a date of the form YYYY-MM-DD (years 1000 to 9000)")
            }
            return date
        }
        let typeSet = Set(types?.items ?? [])
        let pairSet = Set(commaSeparated(pairs))
        for pair in pairSet where pair.split(separator: "-").count != 2 {
            throw ValidationError("--pairs: '\(pair)' is not of the form USA-CHN")
        }
        let (first, last) = (try date(since, "since"), try date(until, "until"))
        if let first, let last, first > last { throw ValidationError("--since \(first.iso) is after --until \(last.iso): no event could be kept") }
        return EventFilter(pairs: pairSet, since: first, until: last, types: typeSet)
    }

    private func makeRenderOptions(_ configuration: DyadPipeline.Configuration?) throws -> RenderOptions {
        var formats = format?.items ?? OutputFormat.defaults
        // The configuration's formats are checked here; --format's, by the parser.
        if format == nil, let chosen = configuration?.formats {
            formats = try chosen.map { name in
                guard let format = OutputFormat(rawValue: name) else { throw ValidationError("formats: unknown format '\(name)' (values: \(OutputFormat.allValueStrings.joined(separator: ", ")))") }
                return format
            }
        }
        return RenderOptions(formats: formats, labels: labels, layout: layout)
    }

    /// A warning for each code in `--pairs` that names no known actor (`--pairs USA-CNH` keeps
    /// nothing, silently, otherwise).
    private func unknownPairCodes(_ filter: EventFilter, _ gazetteer: Gazetteer) -> [String] {
        let codes = Set(filter.pairs.flatMap { $0.split(separator: "-").map(String.init) })
        return codes.sorted().filter { gazetteer.actor($0) == nil }.map { "--pairs: '\($0)' is not a known actor code; no event has it" }
    }
}
