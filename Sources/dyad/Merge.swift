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

/// `dyad merge`: the second half of `dyad build`, from the lines of `dyad extract`.
struct Merge: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "merge",
        abstract: "Merge the reports that dyad extract wrote and render every output, as build does.",
        usage: "dyad merge REPORTS.jsonl ...|- [--partial [--jsonl OUT|-]] [the options of dyad build]",
        discussion: """
            The inputs are JSON Lines files (- for standard input) from `dyad extract`, or from \
            `dyad merge --partial`; the options are build's, and the outputs are what `dyad build` \
            writes for the same articles, byte for byte.

            Partitioned: events of different pairs never merge, so `dyad merge --partial` merges \
            the reports of some pairs (every report of each: `dyad extract --by-pair` keys them) \
            into events, one line each, and passes the documents' lines on; `dyad merge` of all \
            the partitions' lines then orders the events, numbers them and renders, holding the \
            events and documents but no report.

              dyad extract seeds | dyad merge - --out /tmp/x
              dyad extract seeds --by-pair | dyad merge --partial - | dyad merge - --out /tmp/x

            Exit status: as build's; 2 also when a line is not a Dyad record (nothing written).
            """
    )

    @Flag(name: .long, help: "Merge the reports into events, one JSON line each (documents' lines passed on), and render nothing.")
    var partial = false

    @Option(name: .long, help: "With --partial, where to write the lines: a file, or - for standard output (the default).")
    var jsonl: String = "-"

    @OptionGroup var build: Build

    func run() async throws {
        if build.ignorePublished || build.includeRelated {
            throw fail("--ignore-published and --include-related change what is extracted: give them to dyad extract",
                       status: ExitStatus.configurationError)
        }
        // No default: a merge of nothing would write empty outputs over the configuration's.
        guard !build.paths.isEmpty else {
            throw fail("no reports: give the files dyad extract wrote, or - for standard input", status: ExitStatus.configurationError)
        }
        let reports = build.paths
        guard partial else {
            try await build.run(merging: reports)
            return
        }
        let workspace = try loadWorkspace(config: build.config)
        let output: LineOutput
        do {
            output = try LineOutput(jsonl)
        } catch {
            throw fail("cannot write \(jsonl): \(error.localizedDescription)", status: ExitStatus.outputError)
        }
        var reader = ReportReader(paths: reports)
        do {
            try Builder(languages: workspace.languages).mergePartially({ try reader.next() }) { try output.write($0) }
            try output.close()
        } catch let error as ReportError {
            throw fail("\(error)", status: ExitStatus.inputErrors)
        } catch {
            throw fail("cannot write \(jsonl): \(error)", status: ExitStatus.outputError)
        }
    }
}
