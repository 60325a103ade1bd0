import CGraphviz
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

/// An error Graphviz reported, as a Dyad error.
public struct GraphvizError: Error, CustomStringConvertible {
    public let step: String
    public let messages: [String]

    public var description: String {
        "Graphviz failed to \(step)" + (messages.isEmpty ? "" : ": " + messages.joined(separator: "; "))
    }
}

/// The Graphviz layout engines a graph can be drawn with.
public enum LayoutEngine: String, Sendable, CaseIterable {
    case dot, neato, fdp, sfdp, circo, twopi
}

/// Renders DOT in-process through libgvc. The library is not thread-safe, so every call goes
/// through one lock: the text stages run in parallel, the rendering does not.
///
/// One Graphviz context serves the whole process: its set-up (reading the plugin registry,
/// loading the layout, render and text-layout plugins, starting fontconfig) costs about 10 ms,
/// more than laying out a small graph, so it is paid once, and ``prepare()`` can pay it on a
/// background thread while the text stages run.
public enum GraphvizRenderer {
    private static let lock = NSLock()
    nonisolated(unsafe) private static var messages: [String] = []
    /// The process's Graphviz context, made on first use; guarded by `lock`.
    nonisolated(unsafe) private static var sharedContext: OpaquePointer?

    /// Starts Graphviz's one-time set-up on a background thread and returns at once: the
    /// context, and a tiny graph laid out and rendered in Dyad's font so that the plugins and
    /// fonts the real graph needs are loaded. Rendering later waits for it through the lock.
    public static func prepare() {
        Thread.detachNewThread {
            lock.lock()
            defer { lock.unlock() }
            startCapturingErrorsLocked()
            guard let context = contextLocked() else { return }
            // Laid out by the engine small graphs are drawn with, in the sizes every graph's text
            // has (edges 10, the legend and the least node 11, the busiest node 18: a font size
            // is a font loaded apart).
            let warmUp = """
                graph dyad_warm_up {
                  graph [fontname="\(GraphDOT.font)", fontsize=11, label="Việt"]; node [fontname="\(GraphDOT.font)"];
                  edge [fontname="\(GraphDOT.font)", fontsize=10];
                  a [label="Việt", fontsize=18]; b [label="ệ", fontsize=11]; a -- b [label="ệ"];
                }
                """
            guard let graph = warmUp.withCString({ agmemread($0) }) else { return }
            defer { agclose(graph) }
            guard gvLayout(context, graph, engine(forNodes: 2)) == 0 else { return }
            defer { gvFreeLayout(context, graph) }
            var buffer: UnsafeMutablePointer<CChar>?
            var length: UInt32 = 0
            if gvRenderData(context, graph, "svg", &buffer, &length) == 0, let buffer { gvFreeRenderData(buffer) }
        }
    }

    /// Clears Graphviz's error state and collects its messages in `messages` instead of
    /// letting it print them. Call with `lock` held.
    private static func startCapturingErrorsLocked() {
        messages = []
        agreseterrors()
        _ = agseterrf { message in
            if let message { GraphvizRenderer.messages.append(String(cString: message).trimmingCharacters(in: .whitespacesAndNewlines)) }
            return 0
        }
    }

    /// The shared context, made when first asked for. Call with `lock` held.
    private static func contextLocked() -> OpaquePointer? {
        if sharedContext == nil { sharedContext = gvContext() }
        return sharedContext
    }

    /// The most nodes and edges `dot` is chosen for. Its time grows steeply with the edges of a
    /// dense graph: 150 edges among 18 to 60 nodes take under 0.6 s, 435 among 30 nodes 20 s, and
    /// 990 among 45 nodes over 300 s. `sfdp` lays out any of them in well under a second.
    public static let dotLimits = (nodes: 60, edges: 150)

    /// The layout engine for a relation graph of `nodes` actors and `edges` pairs. The graph is
    /// undirected and has no ranks, so `dot` (whose ranks drew 22 actors as a tall strip of long
    /// crossing edges) is not chosen: `neato` (force-directed, overlaps removed, edge labels
    /// placed) within ``dotLimits``, `sfdp` beyond, where it stays fast. (`circo` was tried for a
    /// few actors: the seeds' chain of four pairs came out as one line with the labels over the
    /// nodes.)
    public static func engine(forNodes nodes: Int, edges: Int = 0) -> String {
        nodes <= dotLimits.nodes && edges <= dotLimits.edges ? "neato" : "sfdp"
    }

    /// What to tell the user about the engine for a graph of `nodes` and `edges`: when `dot` was
    /// asked for a graph beyond its limits (the layout may take minutes). Chosen by Dyad, the
    /// engine always lays out in bounded time.
    public static func layoutNote(asked: LayoutEngine?, nodes: Int, edges: Int) -> String? {
        let beyond = nodes > dotLimits.nodes || edges > dotLimits.edges
        if asked == .dot, beyond {
            return "'dot' asked for \(nodes) actors and \(edges) pairs, beyond the \(dotLimits.nodes) and \(dotLimits.edges) it lays out in bounded time: this may take minutes (sfdp would not)"
        }
        return nil
    }

    /// The number of nodes and edges of a DOT text, as Graphviz reads it.
    public static func size(dot: String) throws -> (nodes: Int, edges: Int) {
        lock.lock()
        defer { lock.unlock() }
        startCapturingErrorsLocked()
        guard let graph = dot.withCString({ agmemread($0) }) else {
            throw GraphvizError(step: "read the graph", messages: messages)
        }
        defer { agclose(graph) }
        return (Int(agnnodes(graph)), Int(agnedges(graph)))
    }

    /// The engines to try, in order, when `engine` fails: the force-directed ones, which lay out
    /// any graph in bounded time.
    public static func fallbacks(after engine: String) -> [String] {
        [engine] + ["sfdp", "neato"].filter { $0 != engine }
    }

    /// What to tell the user when `used` drew a graph that `chosen` could not.
    public static func fallbackNote(chosen: String, used: String) -> String? {
        used == chosen ? nil : "layout engine '\(chosen)' failed; drawn with '\(used)' instead"
    }

    /// Renders with the first of `engines` that succeeds; throws the first engine's error when
    /// none does. Returns the bytes and the engine that made them.
    public static func render(dot: String, engines: [String], format: String) throws -> (data: Data, engine: String) {
        var firstError: Error?
        for engine in engines {
            do {
                return (try render(dot: dot, engine: engine, format: format), engine)
            } catch let error as GraphvizError where error.step.hasPrefix("lay out") || error.step.hasPrefix("render") {
                firstError = firstError ?? error
            }
        }
        throw firstError ?? GraphvizError(step: "lay out the graph", messages: ["no engine given"])
    }

    /// Lays out and renders `dot` with `engine` into `format` (`svg`, `png`, `pdf`).
    public static func render(dot: String, engine: String, format: String) throws -> Data {
        lock.lock()
        defer { lock.unlock() }
        startCapturingErrorsLocked()
        guard let context = contextLocked() else { throw GraphvizError(step: "start", messages: []) }
        guard let graph = dot.withCString({ agmemread($0) }) else {
            throw GraphvizError(step: "read the graph", messages: messages)
        }
        defer { agclose(graph) }
        guard gvLayout(context, graph, engine) == 0, agerrors() == 0 else {
            throw GraphvizError(step: "lay out the graph with '\(engine)'", messages: messages)
        }
        defer { gvFreeLayout(context, graph) }
        if format == "png" { try checkPictureSizeLocked(graph) }
        var buffer: UnsafeMutablePointer<CChar>?
        var length: UInt32 = 0
        guard gvRenderData(context, graph, format, &buffer, &length) == 0, let buffer, agerrors() == 0 else {
            throw GraphvizError(step: "render '\(format)'", messages: messages)
        }
        defer { gvFreeRenderData(buffer) }
        return Data(bytes: buffer, count: Int(length))
    }

    /// The most pixels a PNG may have: Graphviz allocates the
    /// whole picture, so `dpi=100000` in a DOT file took 2.3 GB. 40 million pixels is a
    /// 6,300 × 6,300 picture (160 MB).
    public static let maxPixels = 40_000_000.0

    /// Refuses a laid-out graph whose picture would be larger than ``maxPixels`` at the
    /// resolution its `dpi` (or `resolution`) asks for. Call with `lock` held.
    private static func checkPictureSizeLocked(_ graph: UnsafeMutablePointer<Agraph_t>) throws {
        func attribute(_ name: String) -> String? {
            var name = Array(name.utf8CString)
            guard let value = agget(UnsafeMutableRawPointer(graph), &name) else { return nil }
            return String(cString: value)
        }
        let dpi = [attribute("dpi"), attribute("resolution")].compactMap { $0.flatMap { Double($0.trimmingCharacters(in: .whitespaces)) } }
            .first { $0 > 0 } ?? 96
        // The bounding box in points, "llx,lly,urx,ury", which rendering to DOT writes into the
        // graph's attributes.
        var buffer: UnsafeMutablePointer<CChar>?
        var length: UInt32 = 0
        if gvRenderData(contextLocked(), graph, "dot", &buffer, &length) == 0, let buffer { gvFreeRenderData(buffer) }
        let box = (attribute("bb") ?? "").split(separator: ",").compactMap { Double($0) }
        var (width, height) = box.count == 4 ? ((box[2] - box[0]) / 72, (box[3] - box[1]) / 72) : (0, 0)
        // `size` (inches) shrinks a larger drawing to fit, and with `!` enlarges a smaller one.
        let size = attribute("size") ?? ""
        let fit = size.split(separator: ",").compactMap { Double($0.trimmingCharacters(in: CharacterSet(charactersIn: " !"))) }
        if fit.count >= 1, width > 0, height > 0 {
            let scale = min(fit[0] / width, (fit.count > 1 ? fit[1] : fit[0]) / height)
            if scale < 1 || size.hasSuffix("!") { width *= scale; height *= scale }
        }
        let pixels = (width * dpi) * (height * dpi)
        if !pixels.isFinite || pixels > maxPixels || dpi > 10_000 {
            throw GraphvizError(step: "draw a picture that large",
                                messages: ["at dpi \(Int(dpi)) the picture would be \(Int(width * dpi)) × \(Int(height * dpi)) pixels, more than \(Int(maxPixels / 1_000_000)) million; lower the graph's dpi or size"])
        }
    }

    /// SVG output with each node's and edge's `<title>` replaced by `titles[id]` (the events
    /// behind it, shown on hover), and Graphviz's version comment made version-free so the file
    /// does not change with upgrades.
    public static func svg(dot: String, engines: [String], titles: [String: String]) throws -> (data: Data, engine: String) {
        let rendered = try render(dot: dot, engines: engines, format: "svg")
        let text = String(decoding: rendered.data, as: UTF8.self)
        var lines = text.components(separatedBy: "\n")
        var index = 0
        while index < lines.count {
            let line = lines[index]
            if line.hasPrefix("<!-- Generated by graphviz") {
                // The comment names the Graphviz version and may run over two lines.
                while !lines[index].hasSuffix("-->"), index + 1 < lines.count { lines.remove(at: index) }
                lines[index] = "<!-- Generated by Dyad through Graphviz -->"
            } else if line.hasPrefix("<g id=\""), let end = line.dropFirst(7).firstIndex(of: "\""),
                      let title = titles[String(line[line.index(line.startIndex, offsetBy: 7)..<end])],
                      index + 1 < lines.count, lines[index + 1].hasPrefix("<title>") {
                lines[index + 1] = "<title>" + Escape.xml(title) + "</title>"
            }
            index += 1
        }
        return (Data(lines.joined(separator: "\n").utf8), rendered.engine)
    }
}
