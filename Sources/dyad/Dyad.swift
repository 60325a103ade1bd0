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
            read (the others were processed and the outputs written; nothing written when none could be), or warnings with --strict \
            (nothing written); 3 bad configuration or options (nothing written); 4 the outputs could not be \
            rendered or written (the previous ones left whole).
            """,
        subcommands: [Build.self, Render.self, Dates.self, Explain.self, Eval.self, Extract.self, Merge.self],
        defaultSubcommand: Build.self
    )

    /// Starts Graphviz's set-up (about 10 ms of loading plugins and fonts) on another thread
    /// before the arguments are parsed, when the command will probably draw the graph, so that
    /// it overlaps everything else. The guess only decides when that work starts: a wrong one
    /// costs a few milliseconds, never a different result.
    static func main() async {
        SignalCleanup.install()
        let arguments = Array(CommandLine.arguments.dropFirst())
        // The resources first: everything after parsing waits for them; the graph only at the end.
        if probablyLoadsWorkspace(arguments) { WorkspaceInAdvance.start(config: configurationGuess(arguments)) }
        if probablyDrawsGraph(arguments) { GraphvizRenderer.prepare() }
        do {
            var command = try parseAsRoot()
            if var asyncCommand = command as? AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
        } catch {
            // A usage error (an unknown option, a missing value) is a bad option: status 3, as
            // documented, not the parser's 64.
            if exitCode(for: error).rawValue == 64 {
                printError(fullMessage(for: error))
                Foundation.exit(ExitStatus.configurationError)
            }
            exit(withError: error)
        }
    }

    /// True for `dyad [build] …` unless it asks for help or `--format` names only formats that
    /// need no layout.
    static func probablyDrawsGraph(_ arguments: [String]) -> Bool {
        guard runsCommand(arguments, within: [Build.self]) else { return false }
        guard let formats = option("--format", in: arguments) else { return true }
        return commaSeparated(formats).contains { OutputFormat(rawValue: $0)?.needsLayout ?? false }
    }

    /// True for every command that reads the configuration and resources (all but `render`),
    /// unless it asks for help.
    static func probablyLoadsWorkspace(_ arguments: [String]) -> Bool {
        runsCommand(arguments, within: configuration.subcommands.filter { ObjectIdentifier($0) != ObjectIdentifier(Render.self) })
    }

    /// The `--config` the arguments give, if any.
    static func configurationGuess(_ arguments: [String]) -> String? {
        option("--config", in: arguments)
    }

    /// Whether the command the arguments name (`build` when none) is one of `commands`, and
    /// help is not asked for.
    private static func runsCommand(_ arguments: [String], within commands: [ParsableCommand.Type]) -> Bool {
        var others: [String] = []
        for command in configuration.subcommands where !commands.contains(where: { ObjectIdentifier($0) == ObjectIdentifier(command) }) {
            if let name = command.configuration.commandName { others.append(name) }
        }
        if let first = arguments.first, others.contains(first) || first == "help" { return false }
        return !arguments.contains(where: { ["-h", "--help", "--version"].contains($0) })
    }

    /// The last value given to `name` (`--name value` or `--name=value`).
    private static func option(_ name: String, in arguments: [String]) -> String? {
        var value: String?
        for (index, argument) in arguments.enumerated() {
            if argument == name, index + 1 < arguments.count { value = arguments[index + 1] }
            if argument.hasPrefix(name + "=") { value = String(argument.dropFirst(name.count + 1)) }
        }
        return value
    }
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
