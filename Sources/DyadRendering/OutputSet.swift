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

    /// Whether the format needs Graphviz to lay out the graph.
    public var needsLayout: Bool {
        switch self {
        case .svg, .png, .pdf, .html: return true
        default: return false
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
    public var layout: LayoutEngine?

    public init(formats: [OutputFormat] = OutputFormat.defaults, labels: ActorNaming.Language = .en, layout: LayoutEngine? = nil) {
        self.formats = formats
        self.labels = labels
        self.layout = layout
    }
}

/// One rendered file. A large one (`timeline.json` of a whole archive) is not held in memory:
/// it is made piece by piece when it is written or compared, so memory holds a few pieces at a
/// time, never the whole file.
public struct OutputFile: Sendable {
    public let name: String
    /// Makes the contents in order, handing each piece to the sink. A piece may share memory
    /// with its maker: a sink that keeps it past the call must copy it.
    let produce: @Sendable (_ sink: (Data) throws -> Void) throws -> Void

    /// A file whose contents are already made.
    public init(name: String, data: Data) {
        self.init(name: name) { sink in try sink(data) }
    }

    init(name: String, produce: @escaping @Sendable (_ sink: (Data) throws -> Void) throws -> Void) {
        self.name = name
        self.produce = produce
    }

    /// The whole contents in one buffer (for small files and tests).
    public func contents() throws -> Data {
        var data = Data()
        try produce { data.append($0) }
        return data
    }

    /// Writes the file into `folder` through a temporary file that is flushed to disk and
    /// renamed into place, so a crash never leaves a half-written file or destroys the previous
    /// good one. The contents are compared with the file already there while they are made; when
    /// they are the same, the old file is left untouched (its modification time too) and this
    /// returns false.
    @discardableResult
    public func write(into folder: URL) throws -> Bool {
        guard let staged = try stage(into: folder) else { return false }
        try TemporaryFiles.commit([staged])
        return true
    }

    /// Writes the contents to a new temporary file beside the target in `folder`, flushed to
    /// disk, and returns it to be renamed into place; nil (and no file left) when the target
    /// already holds these contents. The temporary file has an unpredictable name and is created
    /// with `O_EXCL | O_NOFOLLOW`, so a link planted in the folder cannot redirect the write; it is
    /// registered with ``TemporaryFiles`` until it is renamed or removed.
    func stage(into folder: URL) throws -> TemporaryFiles.Staged? {
        let target = folder.appendingPathComponent(name)
        // A folder in the way would make the rename fail after others were done.
        var status = stat()
        if lstat(target.path, &status) == 0, status.st_mode & S_IFMT == S_IFDIR { throw TemporaryFiles.error(EISDIR, target.path) }
        let (temporary, descriptor) = try TemporaryFiles.create(for: name, in: folder)
        let output = FileHandle(fileDescriptor: descriptor, closeOnDealloc: true)
        let previous = Comparison(with: target)
        do {
            try produce { piece in
                try output.write(contentsOf: piece)
                previous.compare(piece)
            }
            if previous.endsHere() {
                try output.close()
                TemporaryFiles.remove(temporary)
                return nil
            }
            guard fsync(descriptor) == 0 else { throw TemporaryFiles.error(errno, temporary) }
            try output.close()
            return TemporaryFiles.Staged(temporary: temporary, target: target.path)
        } catch {
            try? output.close()
            TemporaryFiles.remove(temporary)
            throw error
        }
    }

    private struct Mismatch: Error {}

    /// Whether the file at `url` has exactly these contents, compared piece by piece.
    func matches(_ url: URL) -> Bool {
        let previous = Comparison(with: url)
        do {
            try produce { piece in
                previous.compare(piece)
                if !previous.same { throw Mismatch() }
            }
        } catch {
            return false
        }
        return previous.endsHere()
    }
}

/// A file already on disk read alongside new contents, piece by piece, to tell whether the two
/// are the same. A file that cannot be opened or read is different. Closed when released.
private final class Comparison {
    private let handle: FileHandle?
    /// False from the first piece that differs.
    private(set) var same: Bool

    init(with url: URL) {
        handle = try? FileHandle(forReadingFrom: url)
        same = handle != nil
    }

    deinit { try? handle?.close() }

    func compare(_ piece: Data) {
        guard same, !piece.isEmpty else { return }
        same = (try? handle?.read(upToCount: piece.count)) == piece
    }

    /// Whether the file held the same pieces and nothing after them.
    func endsHere() -> Bool {
        if same { same = (try? handle?.read(upToCount: 1))?.isEmpty ?? true }
        return same
    }
}

/// The rendering stage: a timeline in, the bytes of every requested file out.
public struct OutputSet: Sendable {
    /// The files, in file-name order.
    public let files: [OutputFile]
    /// Things the user should know about how the files were made (an engine fallback…).
    public let notes: [String]

    /// A set of files already made (tests).
    init(files: [OutputFile], notes: [String] = []) {
        self.files = files
        self.notes = notes
    }

    public init(timeline: Timeline, gazetteer: Gazetteer, options: RenderOptions) throws {
        let names = ActorNaming(gazetteer: gazetteer, language: options.labels)
        let formats = Set(options.formats)
        // The graph (its size, its engine, its DOT text) only when a file needs it: it is not
        // free on a large timeline.
        let drawsGraph = formats.contains { $0 == .dot || $0.needsLayout }
        // A large graph is drawn with its strongest pairs only (GraphDOT.shown): its engine is
        // chosen for what is drawn.
        let shown = drawsGraph ? GraphDOT.shown(GraphDOT.pairs(of: timeline.events)) : []
        let nodes = Set(shown.lazy.flatMap(\.actors)).count
        let edges = shown.count
        let engines = GraphvizRenderer.fallbacks(after: options.layout?.rawValue ?? GraphvizRenderer.engine(forNodes: nodes, edges: edges))
        let dot = drawsGraph ? GraphDOT.render(timeline, names: names, largeGraph: edges > GraphDOT.maxLabelledEdges) : ""
        // The pictures are made at once, one job per core: the graph's layout (Graphviz takes one
        // call at a time) and the drawn timeline; the files of a row per event (timeline.json,
        // .md, .csv, timelinejs.json and the page's table) are made as they are written, in
        // parallel chunks, so that none of them is ever whole in memory.
        var jobs: [Job] = []
        if formats.contains(where: \.needsLayout) { jobs.append(.layout(formats.filter(\.needsLayout))) }
        for format in [OutputFormat.md, .timelineJS, .csv, .gexf, .dot] where formats.contains(format) { jobs.append(.text(format)) }
        if formats.contains(.timelineSVG) || formats.contains(.html) { jobs.append(.timelineSVG) }
        let made = concurrentMap(jobs.count) { index in
            Result { try Self.make(jobs[index], timeline: timeline, names: names, dot: dot, engines: engines) }
        }
        var files: [OutputFile] = []
        var notes: [String] = []
        var parts: [String: [UInt8]] = [:]
        for (job, result) in zip(jobs, made) {
            let made = try result.get()
            files += made.files
            notes += made.notes
            if case .timelineSVG = job { parts["timeline"] = made.part }
            if case .layout = job { parts["graph"] = made.part }
        }
        if formats.contains(.timelineSVG) { files.append(OutputFile(name: OutputFormat.timelineSVG.fileName, data: Data(parts["timeline"]!))) }
        if formats.contains(.html) {
            files.append(TimelineHTML.file(timeline, names: names, graphSVG: parts["graph"]!, timelineSVG: parts["timeline"]!))
        }
        if formats.contains(.json) { files.append(TimelineJSON.file(timeline)) }
        self.files = files.sorted { $0.name < $1.name }
        let dense = formats.contains(where: \.needsLayout)
            ? GraphvizRenderer.layoutNote(asked: options.layout, nodes: nodes, edges: edges) : nil
        self.notes = (dense.map { ["graph: " + $0] } ?? []) + notes
    }

    /// A piece of work of ``init(timeline:gazetteer:options:)``.
    private enum Job {
        /// graph.svg (kept as a part for the page too), graph.png, graph.pdf.
        case layout([OutputFormat])
        /// timeline.svg, a part of the page and maybe a file.
        case timelineSVG
        case text(OutputFormat)
    }

    private static func make(_ job: Job, timeline: Timeline, names: ActorNaming, dot: String, engines: [String]) throws
        -> (files: [OutputFile], notes: [String], part: [UInt8]) {
        switch job {
        case .layout(let formats):
            let drawn = try drawnFiles(Set(formats), timeline: timeline, names: names, dot: dot, engines: engines)
            return (drawn.files, drawn.notes, drawn.graphSVG.map { [UInt8]($0) } ?? [])
        case .timelineSVG: return ([], [], TimelineSVG.render(timeline, names: names))
        case .text(let format): return ([try textFile(format, timeline: timeline, names: names, dot: dot)], [], [])
        }
    }

    /// The files of `formats` that need no layout.
    private static func textFile(_ format: OutputFormat, timeline: Timeline, names: ActorNaming, dot: String) throws -> OutputFile {
        let data: Data
        switch format {
        case .json: return TimelineJSON.file(timeline)
        case .md: return MarkdownTimeline.file(timeline, names: names)
        case .csv: return CSVTimeline.file(timeline)
        case .timelineJS: return TimelineJS.file(timeline, names: names)
        case .dot: data = Data(dot.utf8)
        case .gexf: data = Data(GraphGEXF.render(timeline, names: names).utf8)
        case .timelineSVG: data = Data(TimelineSVG.render(timeline, names: names))
        case .svg, .png, .pdf, .html: preconditionFailure("\(format) needs a layout")
        }
        return OutputFile(name: format.fileName, data: data)
    }

    /// The files of `formats` that Graphviz lays out (the page is made from graph.svg later),
    /// notes on engine fallbacks, and graph.svg for the page.
    private static func drawnFiles(_ formats: Set<OutputFormat>, timeline: Timeline, names: ActorNaming, dot: String,
                                   engines: [String]) throws -> (files: [OutputFile], notes: [String], graphSVG: Data?) {
        var files: [OutputFile] = []
        var notes: [String] = []
        func note(_ file: OutputFormat, _ used: String) {
            if let note = GraphvizRenderer.fallbackNote(chosen: engines[0], used: used) { notes.append("\(file.fileName): \(note)") }
        }
        var renderedSVG: Data?
        /// graph.svg, drawn once even when the HTML page embeds it too.
        func graphSVG() throws -> Data {
            if let renderedSVG { return renderedSVG }
            var titles: [String: String] = [:]
            let pairs = GraphDOT.shown(GraphDOT.pairs(of: timeline.events))
            for pair in pairs { titles[pair.id] = GraphDOT.tooltip(pair, of: timeline.events, names: names) }
            for code in Set(pairs.flatMap(\.actors)) { titles[GraphDOT.nodeID(code)] = GraphDOT.nodeTitle(code, pairs: pairs, names: names) }
            let rendered = try GraphvizRenderer.svg(dot: dot, engines: engines, titles: titles)
            note(.svg, rendered.engine)
            renderedSVG = rendered.data
            return rendered.data
        }
        for format in formats.sorted(by: { $0.fileName < $1.fileName }) {
            switch format {
            case .svg: files.append(OutputFile(name: format.fileName, data: try graphSVG()))
            case .html: _ = try graphSVG()
            case .png, .pdf:
                let rendered = try GraphvizRenderer.render(dot: dot, engines: engines, format: format.rawValue)
                note(format, rendered.engine)
                files.append(OutputFile(name: format.fileName, data: rendered.data))
            default: preconditionFailure("\(format) needs no layout")
            }
        }
        return (files, notes, renderedSVG)
    }

    /// Writes every file into `folder` as one set: each changed file goes to a temporary file
    /// flushed to disk, and only when every one is written are they all renamed into place, so a
    /// failure (a full disk) or a signal leaves the previous set whole, never a mix of old and
    /// new files. Files whose contents have not changed are left untouched. A lock on the folder
    /// makes a second build into it wait (`waiting` is called first) until this one is done;
    /// temporary files an interrupted build left are removed. Returns the names of the files
    /// written. A file of an output's name that Dyad did not write (``isDyads(_:)``) is never
    /// replaced: nothing is, and ``ForeignFiles`` names it. The files are made in parallel, one
    /// per core: each waits for the disk in `fsync`.
    @discardableResult
    public func write(to folder: URL, waiting: () -> Void = {}) throws -> [String] {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let lock = try FolderLock(folder, waiting: waiting)
        defer { lock.unlock() }
        for name in debris(in: folder) { unlink(folder.appendingPathComponent(name).path) }
        // Never replace a file Dyad did not write (the user's own timeline.md, say).
        let foreign = files.map(\.name).filter { !Self.isDyads(folder.appendingPathComponent($0)) }
        if !foreign.isEmpty { throw ForeignFiles(folder: folder.path, names: foreign) }
        let results = ConcurrentResults<TemporaryFiles.Staged?>(count: files.count)
        DispatchQueue.concurrentPerform(iterations: files.count) { index in
            results.set(index, Result { try files[index].stage(into: folder) })
        }
        let staged: [TemporaryFiles.Staged?]
        do {
            staged = try results.values()
        } catch {
            // Some file could not be written: none is replaced.
            for case .success(let file?) in (0..<files.count).compactMap(results.result) { TemporaryFiles.remove(file.temporary) }
            throw error
        }
        try TemporaryFiles.commit(staged.compactMap { $0 })
        return zip(files, staged).compactMap { file, staged in staged == nil ? nil : file.name }
    }

    /// What each output file begins with, or holds in its first kilobyte, when Dyad wrote it.
    static let marks: [String: (prefix: Bool, bytes: [UInt8])] = {
        let text: [String: (Bool, String)] = [
            "timeline.json": (true, "{\n  \"actors\" : ["), "timelinejs.json": (true, "{\n  \"events\" : ["),
            "timeline.md": (true, "# Timeline\n"), "timeline.csv": (true, "id,date,end,date_basis,"),
            "graph.dot": (true, "graph \"dyad\" {"), "graph.gexf": (false, "<creator>Dyad</creator>"),
            "graph.svg": (false, "<!-- Generated by Dyad through Graphviz -->"), "timeline.svg": (false, "<title>Timeline: "),
            "timeline.html": (false, "<title>Dyad: bilateral events</title>"), "graph.pdf": (true, "%PDF"),
        ]
        return text.mapValues { ($0.0, Array($0.1.utf8)) }.merging(["graph.png": (true, [0x89, 0x50, 0x4E, 0x47])]) { $1 }
    }()

    /// Whether the file at `url` is missing, empty or one Dyad wrote, by its mark (``marks``).
    static func isDyads(_ url: URL) -> Bool {
        guard let mark = marks[url.lastPathComponent], let handle = try? FileHandle(forReadingFrom: url) else { return true }
        defer { try? handle.close() }
        guard let head = try? handle.read(upToCount: 1024), !head.isEmpty else { return true }
        return mark.prefix ? head.starts(with: mark.bytes) : head.range(of: Data(mark.bytes)) != nil
    }

    /// Output files in the way that Dyad did not write.
    public struct ForeignFiles: Error, LocalizedError {
        public let folder: String
        public let names: [String]
        public var errorDescription: String? {
            "\(names.joined(separator: ", ")) in \(folder) \(names.count == 1 ? "was" : "were") not written by Dyad and would be replaced; move \(names.count == 1 ? "it" : "them") away or give another --out"
        }
    }

    /// Temporary files in `folder` left by a build that was killed before it could remove them:
    /// `.timeline.json.<random>.dyad-tmp`, and `.timeline.json.<pid>.tmp` from earlier versions.
    public func debris(in folder: URL) -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        let outputs = Set(OutputFormat.allCases.map(\.fileName) + files.map(\.name))
        return names.filter { TemporaryFiles.isTemporary($0, for: outputs) }.sorted()
    }

    /// The files in `folder` that differ from (or are missing next to) these outputs.
    /// Temporary files left by an interrupted build count as differences: `--check` does not call
    /// a folder holding them up to date.
    public func differences(from folder: URL) -> [String] {
        files.compactMap { file in file.matches(folder.appendingPathComponent(file.name)) ? nil : file.name } + debris(in: folder)
    }
}
