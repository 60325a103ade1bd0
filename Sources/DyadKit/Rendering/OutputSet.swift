import Foundation

/// The output formats Dyad writes, and the file each goes to.
public enum OutputFormat: String, Sendable, CaseIterable {
    case json, md, csv, dot, svg, png, pdf, gexf, html
    case timelineSVG = "timeline-svg"
    case timelineJS = "timelinejs"

    public var fileName: String {
        switch self {
        case .json: return "timeline.json"
        case .md: return "timeline.md"
        case .csv: return "timeline.csv"
        case .dot: return "graph.dot"
        case .svg: return "graph.svg"
        case .png: return "graph.png"
        case .pdf: return "graph.pdf"
        case .gexf: return "graph.gexf"
        case .html: return "timeline.html"
        case .timelineSVG: return "timeline.svg"
        case .timelineJS: return "timelinejs.json"
        }
    }

    /// What `dyad build` writes when no formats are chosen.
    public static let defaults: [OutputFormat] = [.json, .md, .csv, .dot, .svg, .gexf, .timelineSVG, .html, .timelineJS]
}

/// Options that shape the rendered files.
public struct RenderOptions: Sendable {
    public var formats: [OutputFormat] = OutputFormat.defaults
    public var labels: ActorNaming.Language = .en
    /// A Graphviz layout engine; nil chooses by the graph's size.
    public var layout: String?

    public init(formats: [OutputFormat] = OutputFormat.defaults, labels: ActorNaming.Language = .en, layout: String? = nil) {
        self.formats = formats
        self.labels = labels
        self.layout = layout
    }
}

/// The rendering stage: a timeline in, the bytes of every requested file out.
public struct OutputSet: Sendable {
    /// File name → contents, in file-name order.
    public let files: [(name: String, data: Data)]
    /// Things the user should know about how the files were made (an engine fallback…).
    public let notes: [String]

    public init(timeline: Timeline, gazetteer: Gazetteer, options: RenderOptions) throws {
        let names = ActorNaming(gazetteer: gazetteer, language: options.labels)
        var files: [(String, Data)] = []
        var notes: [String] = []
        let dot = GraphDOT.render(timeline, names: names)
        let nodes = Set(timeline.events.flatMap(\.actors)).count
        let engines = GraphvizRenderer.fallbacks(after: options.layout ?? GraphvizRenderer.engine(forNodes: nodes))
        func note(_ file: OutputFormat, _ used: String) {
            if used != engines[0] { notes.append("\(file.fileName): layout engine '\(engines[0])' failed; drawn with '\(used)' instead") }
        }
        var renderedSVG: Data?
        /// graph.svg, drawn once even when the HTML page embeds it too.
        func graphSVG() throws -> Data {
            if let renderedSVG { return renderedSVG }
            var titles: [String: String] = [:]
            let pairs = GraphDOT.pairs(of: timeline.events)
            for pair in pairs { titles[pair.id] = GraphDOT.tooltip(pair, names: names) }
            for code in Set(pairs.flatMap(\.actors)) { titles[GraphDOT.nodeID(code)] = GraphDOT.nodeTitle(code, pairs: pairs, names: names) }
            let rendered = try GraphvizRenderer.svg(dot: dot, engines: engines, titles: titles)
            note(.svg, rendered.engine)
            renderedSVG = rendered.data
            return rendered.data
        }
        for format in Set(options.formats).sorted(by: { $0.fileName < $1.fileName }) {
            let data: Data
            switch format {
            case .json: data = try TimelineJSON.render(timeline)
            case .md: data = Data(MarkdownTimeline.render(timeline, names: names).utf8)
            case .csv: data = Data(CSVTimeline.render(timeline).utf8)
            case .dot: data = Data(dot.utf8)
            case .svg:
                data = try graphSVG()
            case .gexf: data = Data(GraphGEXF.render(timeline, names: names).utf8)
            case .timelineSVG: data = Data(TimelineSVG.render(timeline, names: names).utf8)
            case .timelineJS: data = try TimelineJS.render(timeline, names: names)
            case .html:
                let page = TimelineHTML.render(timeline, names: names, graphSVG: String(decoding: try graphSVG(), as: UTF8.self),
                                               timelineSVG: TimelineSVG.render(timeline, names: names))
                data = Data(page.utf8)
            case .png, .pdf:
                let rendered = try GraphvizRenderer.render(dot: dot, engines: engines, format: format.rawValue)
                note(format, rendered.engine)
                data = rendered.data
            }
            files.append((format.fileName, data))
        }
        self.files = files
        self.notes = notes
    }

    /// Writes every file into `folder`, each to a temporary file renamed into place, so a crash
    /// never leaves a half-written file or destroys the previous good one.
    public func write(to folder: URL) throws {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for file in files {
            try file.data.write(to: folder.appendingPathComponent(file.name), options: .atomic)
        }
    }

    /// The files in `folder` that differ from (or are missing next to) these outputs.
    public func differences(from folder: URL) -> [String] {
        files.compactMap { file in
            let existing = try? Data(contentsOf: folder.appendingPathComponent(file.name))
            return existing == file.data ? nil : file.name
        }
    }
}
