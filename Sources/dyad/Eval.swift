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

struct Eval: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eval",
        abstract: "Build articles and score them against a gold file, as ../shared/eval/score.py does.",
        discussion: """
            Builds PATHS as `dyad build` does (writing nothing), taking each document's publication \
            date from the gold (matched by file name) where neither its front matter nor the \
            configuration gives one, then scores the events as score.py scores timeline.json: per \
            gold document each extra key with its sentences and each missing key with the gold's \
            evidence, with a reason, then score.py's summary line.

            Examples:
              dyad eval ../shared/eval/seeds-gold.json seeds
              dyad eval Tests/Regression/gold.json Tests/Regression --min-f1 0.5 --quiet

            Exit status: 0 scored; 1 F1 below --min-f1; 2 some inputs could not be read (the \
            others were scored); 3 bad gold file or options.
            """
    )

    @Argument(help: "The gold file (score.py's format: documents → events).")
    var gold: String

    @Argument(help: "Article files (.txt, .md) or folders searched recursively. Default: the configuration's inputs.")
    var paths: [String] = []

    @Option(name: .long, help: "Configuration file. Default: ./dyad.yml when present.")
    var config: String?

    @Flag(name: .long, help: "Ignore publication dates (the gold's too) and infer each document's year from its text.")
    var ignorePublished = false

    @Flag(name: .long, help: "Print the summary line only.")
    var quiet = false

    @Flag(name: .long, help: "Print the report as JSON.")
    var json = false

    @Option(name: .customLong("min-f1"), help: "Exit 1 when F1, as printed (three decimals), is below this figure (0…1).")
    var minF1: Double?

    func validate() throws {
        if let minF1, !(0...1).contains(minF1) { throw ValidationError("--min-f1 must be between 0 and 1") }
    }

    func run() async throws {
        let workspace = try loadWorkspace(config: config)
        let standard: GoldStandard
        do {
            standard = try GoldStandard(contentsOf: URL(fileURLWithPath: gold))
        } catch {
            throw fail("\(error)", status: ExitStatus.configurationError)
        }
        let inputs = workspace.inputs(paths)
        guard !inputs.isEmpty else {
            throw fail("no inputs: give article paths or a dyad.yml with 'inputs'", status: ExitStatus.configurationError)
        }
        let evaluator = Evaluator(languages: workspace.languages, reader: workspace.reader,
                                  options: AnalysisOptions(ignorePublished: ignorePublished))
        let outcome = await evaluator.evaluate(gold: standard, paths: inputs)
        for problem in outcome.timeline.problems { printError("error: \(problem)") }
        for warning in outcome.timeline.inputWarnings { printError("warning: \(warning)") }
        if !quiet { for note in outcome.report.notes { printError("note: \(note)") } }
        if json {
            FileHandle.standardOutput.write(outcome.report.json() + Data("\n".utf8))
        } else {
            print(outcome.report.text(quiet: quiet), terminator: "")
        }
        KeptUntilExit.keep(outcome)
        // Compared as printed (three decimals), so that a recorded 0.60 passes an F1 printed
        // as 0.600 whatever the last bits of the division.
        if let minF1, (outcome.score.f1 * 1000).rounded() / 1000 < minF1 {
            printError(String(format: "dyad: F1 %.3f is below --min-f1 %g", outcome.score.f1, minF1))
            throw ExitCode(ExitStatus.outOfDate)
        }
        if !outcome.timeline.problems.isEmpty { throw ExitCode(ExitStatus.inputErrors) }
    }
}
