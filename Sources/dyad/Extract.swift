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

/// `dyad extract`: the first half of `dyad build`, one JSON line per document (per HTML page
/// of a WARC file, as `build` reads it).
struct Extract: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Read articles and write, per document, one JSON line of what merging needs.",
        discussion: """
            Each line holds a document's summary, the names it wrote actors as and its event \
            reports with their mentions; the same document always gives the same line. A WARC \
            file (.warc, .warc.gz) gives a line per HTML response, read one record at a time. \
            `dyad merge` turns the lines into the outputs `dyad build` writes, byte for byte.

            Examples:
              dyad extract seeds | dyad merge - --out /tmp/x       # ≡ dyad build seeds --out /tmp/x
              dyad extract --list archive > files.jsonl            # the files to read, one record each
              dyad extract - --by-pair < files.jsonl               # reports keyed by pair, for a partitioned merge

            Exit status: 0; 2 some inputs could not be read (each is a problem line; the others \
            were extracted); 3 bad configuration or options.
            """
    )

    @Argument(help: "Article files or folders, as for build; - reads file records (from --list, or with the file's bytes in Base64 as 'content') or paths, one a line, from standard input. Default: the configuration's inputs.")
    var paths: [String] = []

    @Option(name: .long, help: "Where to write the lines: a file, or - for standard output (the default).")
    var jsonl: String = "-"

    @Option(name: .long, help: "Configuration file. Default: ./dyad.yml when present.")
    var config: String?

    @Flag(name: .long, help: "Ignore publication dates and infer each document's year from its text.")
    var ignorePublished = false

    @Flag(name: .long, help: "Also read events from related-news lists, marked low_confidence.")
    var includeRelated = false

    @Flag(name: .long, help: "Only list the files the paths name (a file record each) and the paths that cannot be read.")
    var list = false

    @Flag(name: .long, help: "Key each line for partitioning: '-' and a tab before a document's summary, the pair (CHN-USA) and a tab before that pair's reports.")
    var byPair = false

    func run() async throws {
        let workspace = try loadWorkspace(config: config)
        for warning in workspace.configuration?.warnings ?? [] { printError("warning: " + warning) }
        var given = workspace.inputs(paths)
        var records: [ReportRecord] = []
        let fromStandardInput = given.contains("-")
        if let dash = given.firstIndex(of: "-") {
            given.remove(at: dash)
            do {
                (records, given) = try Self.standardInput(given)
            } catch {
                throw fail("standard input: \(error)", status: ExitStatus.inputErrors)
            }
        }
        // An empty standard input (an empty partition of a distributed job) is no input at all.
        guard !given.isEmpty || !records.isEmpty || fromStandardInput else {
            throw fail("no inputs: give article paths or a dyad.yml with 'inputs'", status: ExitStatus.configurationError)
        }
        let output: LineOutput
        do {
            output = try LineOutput(jsonl)
        } catch {
            throw fail("cannot write \(jsonl): \(error.localizedDescription)", status: ExitStatus.outputError)
        }
        // As `dyad build` without --out: the output folder is not read.
        let excluded = [workspace.outputFolder(nil)]
        var failures = 0
        do {
            if list {
                for record in records + Builder.listing(given, excluding: excluded) {
                    if record.inputProblemPath != nil { failures += 1 }
                    try output.write(Builder.line(record))
                }
            } else {
                let (inputs, problems) = try Builder.inputs(records, paths: given, excluding: excluded)
                for problem in problems { try output.write(Builder.line(ReportRecord(problem), key: byPair ? "-" : nil)) }
                let builder = Builder(languages: workspace.languages,
                                      options: AnalysisOptions(ignorePublished: ignorePublished, includeRelated: includeRelated))
                failures = problems.count
                failures += try await builder.extract(inputs, reader: workspace.reader, byPair: byPair, warn: { printError($0) }) { try output.write($0) }
            }
            try output.close()
        } catch {
            throw fail("cannot write \(jsonl): \(error)", status: ExitStatus.outputError)
        }
        if failures > 0 { throw ExitCode(ExitStatus.inputErrors) }
    }

    /// Records (lines starting with `{`) and plain paths from standard input, added to `paths`.
    static func standardInput(_ paths: [String]) throws -> ([ReportRecord], [String]) {
        var records: [ReportRecord] = []
        var paths = paths
        let data = FileHandle.standardInput.readDataToEndOfFile()
        for line in data.split(separator: UInt8(ascii: "\n")) where !line.isEmpty {
            if line.first == UInt8(ascii: "{") {
                records.append(try ReportRecord(line: line))
            } else if let path = String(data: Data(line), encoding: .utf8) {
                paths.append(path)
            }
        }
        return (records, paths)
    }
}

/// Lines to a file or standard output, a megabyte at a time.
final class LineOutput {
    private let handle: FileHandle
    private var pending = Data()

    /// `-` is standard output.
    init(_ path: String) throws {
        if path == "-" {
            handle = FileHandle.standardOutput
        } else {
            guard FileManager.default.createFile(atPath: path, contents: nil) else {
                throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: path])
            }
            handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
        }
    }

    func write(_ data: Data) throws {
        pending.append(data)
        if pending.count >= 1 << 20 { try flush() }
    }

    func close() throws {
        try flush()
        if handle !== FileHandle.standardOutput { try handle.close() }
    }

    private func flush() throws {
        guard !pending.isEmpty else { return }
        try handle.write(contentsOf: pending)
        pending.removeAll(keepingCapacity: true)
    }
}
