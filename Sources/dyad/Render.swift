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

/// `dyad render`: draws a DOT file (a hand-edited graph.dot, say) through the same in-process
/// Graphviz path as `dyad build`, with the same engine choice and fallback.
struct Render: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "render",
        abstract: "Render a DOT file to SVG, PNG or PDF through Graphviz's library.",
        discussion: """
            Examples:
              dyad render output/graph.dot --out graph.svg
              dyad render big.dot --out big.png --layout sfdp
            """
    )

    @Argument(help: "The DOT file to draw.")
    var file: String

    @Option(name: .long, help: "The file to write; its extension (svg, png, pdf) chooses the format.")
    var out: String

    @Option(name: .long, help: "Graphviz layout engine. Default: neato up to 60 nodes and 150 edges, sfdp above.")
    var layout: LayoutEngine?

    func run() throws {
        let source: String
        do {
            source = try String(contentsOfFile: file, encoding: .utf8)
        } catch {
            throw fail("\(file): cannot be read as UTF-8 text", status: ExitStatus.inputErrors)
        }
        // Graphviz reads the text as a C string: a NUL would cut the graph short.
        if source.utf8.contains(0) { throw fail("\(file): contains a NUL byte, so is not a DOT text", status: ExitStatus.inputErrors) }
        let format = URL(fileURLWithPath: out).pathExtension.lowercased()
        guard ["svg", "png", "pdf"].contains(format) else {
            throw fail("\(out): the extension must be svg, png or pdf", status: ExitStatus.configurationError)
        }
        let rendered: (data: Data, engine: String)
        let engine: String
        do {
            let size = try GraphvizRenderer.size(dot: source)
            engine = layout?.rawValue ?? GraphvizRenderer.engine(forNodes: size.nodes, edges: size.edges)
            if let note = GraphvizRenderer.layoutNote(asked: layout, nodes: size.nodes, edges: size.edges) { printError("warning: " + note) }
            rendered = try GraphvizRenderer.render(dot: source, engines: GraphvizRenderer.fallbacks(after: engine), format: format)
        } catch {
            throw fail("\(file): \(error)", status: ExitStatus.outputError)
        }
        if let note = GraphvizRenderer.fallbackNote(chosen: engine, used: rendered.engine) { printError("warning: " + note) }
        // Written as `dyad build` writes its files: flushed, renamed into place, left alone when unchanged.
        let target = URL(fileURLWithPath: out)
        do {
            try OutputFile(name: target.lastPathComponent, data: rendered.data).write(into: target.deletingLastPathComponent())
        } catch {
            throw fail("cannot write \(out): \(error.localizedDescription)", status: ExitStatus.outputError)
        }
    }
}
