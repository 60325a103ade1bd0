import ArgumentParser
import DyadKit

@main
struct Dyad: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dyad",
        abstract: "Turns news articles about diplomacy into a timeline and a graph of bilateral events.",
        discussion: """
            Dyad reads articles (mostly Vietnamese), finds dated events between pairs of actors \
            (meetings, calls, talks, visits, summits, statements, appeals, agreements, sanctions), \
            merges the reports of each event, and writes the timeline (timeline.json, .md, .csv, .svg, \
            .html, timelinejs.json) and the graph (graph.svg, .dot, .gexf, and .png or .pdf on request).

            Exit status: 0 success; 1 with --check, outputs out of date; 2 some inputs could not be \
            read (the others were processed and the outputs written), or warnings with --strict; \
            3 bad configuration or options (nothing written); 4 the outputs could not be rendered or written.
            """,
        subcommands: [Build.self, Render.self, Dates.self, Explain.self],
        defaultSubcommand: Build.self
    )
}

enum ExitStatus {
    static let outOfDate: Int32 = 1
    static let inputErrors: Int32 = 2
    static let configurationError: Int32 = 3
    static let outputError: Int32 = 4
}

func fail(_ message: String, status: Int32) -> ExitCode {
    printError("dyad: " + message)
    return ExitCode(status)
}
