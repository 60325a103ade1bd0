import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
@testable import DyadText
@testable import DyadResources
@testable import DyadModel
@testable import DyadReading
@testable import DyadCleaning
@testable import DyadActors
@testable import DyadDates
@testable import DyadEvents
@testable import DyadMerging
@testable import DyadRendering
@testable import DyadPipeline
@testable import DyadTestSupport

/// Deeply nested YAML (front matter or dyad.yml) is refused with a message; it used to overflow
/// the stack inside Yams and kill the process.
@Suite("Reliability: deep YAML is an error, not a crash")
struct DeepYAMLTests {
    static let article = "Ngày 3/5, Mỹ hội đàm với Trung Quốc tại Bắc Kinh.\n"

    /// Texts nested far deeper than any stack allows, in each way YAML nests.
    static let deepValues: [String] = [
        String(repeating: "[", count: 60_000) + String(repeating: "]", count: 60_000),
        String(repeating: "{a: ", count: 30_000) + "b" + String(repeating: "}", count: 30_000),
        "\n" + String(repeating: "- ", count: 30_000) + "x",
        "\n" + (0..<5_000).map { String(repeating: " ", count: $0 + 1) + "a:\n" }.joined() + String(repeating: " ", count: 5_002) + "b",
    ]

    @Test func deepFrontMatterCostsOnlyItsFile() async throws {
        let folder = Support.temporaryFolder()
        for (index, value) in Self.deepValues.enumerated() {
            try Data("---\ntitle: \(value)\n---\n\(Self.article)".utf8).write(to: folder.appendingPathComponent("deep \(index).txt"))
        }
        try Data(Self.article.utf8).write(to: folder.appendingPathComponent("good.txt"))
        let timeline = await Builder(resources: Support.resources).build(paths: [folder.path], reader: DocumentReader(baseFolder: folder))
        #expect(timeline.documents.map(\.path) == ["good.txt"])
        #expect(timeline.problems.map(\.path) == (0..<Self.deepValues.count).map { "deep \($0).txt" })
        #expect(timeline.problems.allSatisfy { $0.reason.contains("nested deeper than") })
    }

    @Test func deepConfigurationIsAConfigurationError() throws {
        for value in Self.deepValues {
            let url = Support.temporaryFolder().appendingPathComponent("dyad.yml")
            try "inputs: [seeds]\nlanguage: \(value)\n".write(to: url, atomically: true, encoding: .utf8)
            #expect {
                try Configuration.load(from: url)
            } throws: { error in
                guard let error = error as? ConfigurationError else { return false }
                return error.file == url.path && error.reason.contains("nested deeper than")
            }
        }
    }

    /// A long but shallow configuration (more nesting characters than the depth limit) still
    /// reads; a tree deeper than the limit is found without recursion.
    @Test func longShallowConfigurationReadsAndDepthIsMeasured() throws {
        var text = "inputs: [seeds]\ndocuments:\n"
        for index in 0..<500 { text += "  seeds/a-\(index).txt: {published: 2023-06-19, url: 'https://example.org/[\(index)]?a=b'}\n" }
        let config = try Configuration.parse(text, path: "/tmp/dyad.yml")
        #expect(config.documents.count == 500)
        #expect(config.warnings.isEmpty)
        let deep = String(repeating: "[", count: 100) + String(repeating: "]", count: 100)
        let node = try #require(try BoundedYAML.compose(String(repeating: "[", count: 10) + String(repeating: "]", count: 10)))
        #expect(BoundedYAML.firstLine(deeperThan: 64, in: node) == nil)
        #expect(BoundedYAML.lineBeyondDepth("a: \(deep)\n", limit: 64) == 1)
        #expect(BoundedYAML.lineBeyondDepth("a: '\(deep)'\nb: \"[[[\"\n", limit: 64) != nil, "block-context brackets count even in quotes")
        #expect(BoundedYAML.lineBeyondDepth("a: [\"\(deep)\", '[[']\n", limit: 64) == nil, "flow-context quotes are followed")
        // A literal block's indentation is text, not nesting; a `|` inside a flow is no block.
        let literal = "title: |\n" + (1...100).map { String(repeating: " ", count: $0) + "line \($0)\n" }.joined()
        #expect(BoundedYAML.lineBeyondDepth(literal, limit: 64) == nil)
        #expect(try Configuration.parse(literal.replacingOccurrences(of: "title", with: "output"), path: "/tmp/dyad.yml").output?.hasPrefix("line 1") == true)
        #expect(BoundedYAML.lineBeyondDepth("a: [b |\n  \(deep)]\n", limit: 64) == 2)
    }
}

/// The folder walk visits each real folder once and reads only plain files.
@Suite("Reliability: the folder walk ends")
struct FolderWalkTests {
    /// Twenty folders, each holding two links to the next: 2^20 paths, twenty folders.
    @Test(.timeLimit(.minutes(1))) func chainsOfLinksAreWalkedOncePerFolder() throws {
        let root = Support.temporaryFolder()
        let manager = FileManager.default
        let depth = 20
        for level in 0...depth {
            let folder = root.appendingPathComponent("d\(level)")
            try manager.createDirectory(at: folder, withIntermediateDirectories: true)
            try Data("x".utf8).write(to: folder.appendingPathComponent("a.txt"))
            if level > 0 {
                let previous = root.appendingPathComponent("d\(level - 1)")
                try manager.createSymbolicLink(atPath: previous.appendingPathComponent("x").path, withDestinationPath: "../d\(level)")
                try manager.createSymbolicLink(atPath: previous.appendingPathComponent("y").path, withDestinationPath: "../d\(level)")
            }
        }
        #expect(mkfifo(root.appendingPathComponent("d3/pipe.txt").path, 0o644) == 0)
        let (files, problems) = InputCollector().collect([root.appendingPathComponent("d0").path])
        #expect(files.count == depth + 1)
        #expect(problems.isEmpty)
    }

    #if os(Linux)
    @Test(.timeLimit(.minutes(1))) func kernelFilesystemsAreNotEntered() {
        let (files, problems) = InputCollector().collect(["/proc", "/sys"])
        #expect(files.isEmpty)
        #expect(problems.map(\.path) == ["/proc", "/sys"])
        #expect(problems.allSatisfy { $0.reason.contains("pseudo-filesystem") })
    }
    #endif
}

extension CommandLineTests {
    /// A mistyped path, or a folder without articles, leaves the committed outputs alone.
    @Test func nothingReadMeansNothingWritten() throws {
        let folder = Support.temporaryFolder()
        let out = folder.appendingPathComponent("out")
        let first = try dyad(["build", "seeds", "--out", out.path, "--format", "json,md"])
        #expect(first.status == 0, "\(first.errors)")
        let before = try FileManager.default.contentsOfDirectory(atPath: out.path).sorted()
        let json = try Data(contentsOf: out.appendingPathComponent("timeline.json"))
        let empty = folder.appendingPathComponent("empty")
        try FileManager.default.createDirectory(at: empty, withIntermediateDirectories: true)
        for paths in [["seedz"], [empty.path], ["seedz", "also-missing.txt"]] {
            let run = try dyad(["build"] + paths + ["--out", out.path, "--format", "json,md"])
            #expect(run.status == 2)
            #expect(run.errors.contains(paths[0]))
            #expect(run.errors.contains("nothing written"))
            #expect(try Data(contentsOf: out.appendingPathComponent("timeline.json")) == json)
            #expect(try FileManager.default.contentsOfDirectory(atPath: out.path).sorted() == before)
        }
    }
}

/// A small but dense graph is laid out in bounded time: its strongest pairs are drawn, by an
/// engine chosen by edges as well as nodes (`dot` took over 300 s on 45 actors in all 990 pairs).
@Suite("Reliability: layout time is bounded")
struct DenseGraphTests {
    @Test(.timeLimit(.minutes(1))) func aDenseGraphOfFewActorsIsDrawnQuicklyWithANote() throws {
        let url = Support.repository.appendingPathComponent("Sources/DyadResources/Resources/vi/actors.json")
        let object = try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any]
        let actors = object?["aliases"] as? [String: [String: Any]] ?? [:]
        var names = actors.keys.sorted().compactMap { (actors[$0]?["names"] as? [String])?.first }
        names = Array(names.prefix(40))
        var lines: [String] = []
        for (index, first) in names.enumerated() {
            for second in names[(index + 1)...] { lines.append("Ngày 3/5, \(first) hội đàm với \(second) tại Hà Nội.") }
        }
        let timeline = Support.timeline([Support.document(lines.joined(separator: "\n\n"), published: "2023-05-04")])
        let nodes = Set(timeline.events.flatMap(\.actors)).count, edges = Set(timeline.events.map(\.pair)).count
        #expect(nodes <= GraphvizRenderer.dotLimits.nodes && edges > 300, "\(nodes) actors, \(edges) pairs")
        let outputs = try OutputSet(timeline: timeline, gazetteer: Support.resources.gazetteer, options: RenderOptions(formats: [.svg]))
        // Its strongest pairs are drawn (force-directed, in bounded time), and the rest named.
        let svg = String(decoding: try outputs.files[0].contents(), as: UTF8.self)
        #expect(svg.contains("<svg"))
        #expect(svg.contains("\(edges - GraphDOT.maxEdges) pairs"), "what was left out is said")
        #expect(GraphvizRenderer.engine(forNodes: 18, edges: 153) == "sfdp")
        #expect(GraphvizRenderer.engine(forNodes: 60, edges: 150) == "neato")
        #expect(GraphvizRenderer.layoutNote(asked: .dot, nodes: 18, edges: 153)?.contains("may take minutes") == true)
        #expect(GraphvizRenderer.layoutNote(asked: .sfdp, nodes: 18, edges: 153) == nil)
        #expect(GraphvizRenderer.layoutNote(asked: nil, nodes: 60, edges: 150) == nil)
    }
}

/// A NUL byte anywhere is caught at reading, naming the file; characters XML forbids, Graphviz
/// escapes and bidi controls from article text never reach the outputs as such.
@Suite("Reliability: hostile characters")
struct HostileCharacterTests {
    @Test func aNULAnywhereIsCaughtAtReadingNamingTheFile() throws {
        let text = Array(String(repeating: "Mỹ và Nga đã điện đàm.\n", count: 1_000).utf8)
        let variants: [(String, [UInt8])] = [
            ("late.txt", text + [0] + text),
            ("bom.txt", [0xEF, 0xBB, 0xBF, 0x61, 0x00, 0x62]),
            ("utf16.txt", [0xFF, 0xFE, 0x61, 0x00, 0x00, 0x00, 0x62, 0x00]),
        ]
        let folder = Support.temporaryFolder()
        let reader = DocumentReader(baseFolder: folder)
        for (name, bytes) in variants {
            let url = folder.appendingPathComponent(name)
            try Data(bytes).write(to: url)
            #expect(throws: InputProblem.self) { try reader.read(url) }
            do { _ = try reader.read(url) } catch {
                #expect(error.path == name)
                #expect(error.reason.contains("NUL"))
            }
        }
    }

    @Test func controlsNoncharactersGraphvizEscapesAndBidiNeverReachTheOutputs() throws {
        let text = "Ngày 3/5, Mỹ hội đàm với Trung Quốc \u{1}\u{8}\u{1B}[31m\u{FFFE}\u{FFFF} \u{202E}cba\u{202C} \u{2066}x\u{2069} \\G \\N \\L \\E \\T \\H tại Bắc Kinh."
        let timeline = Support.timeline([Support.document(text, published: "2023-05-04")])
        #expect(timeline.events.count == 1)
        let outputs = try OutputSet(timeline: timeline, gazetteer: Support.resources.gazetteer,
                                    options: RenderOptions(formats: [.dot, .svg, .timelineSVG, .gexf, .html, .md, .csv, .timelineJS]))
        let files = Dictionary(uniqueKeysWithValues: try outputs.files.map { ($0.name, String(decoding: try $0.contents(), as: UTF8.self)) })
        for name in ["graph.svg", "timeline.svg", "graph.gexf"] {
            let parser = XMLParser(data: Data(try #require(files[name]).utf8))
            #expect(parser.parse(), "\(name): \(parser.parserError.map { "\($0)" } ?? "")")
        }
        for (name, contents) in files {
            #expect(!contents.unicodeScalars.contains { Escape.isBidiControl($0) }, "\(name) keeps a bidi control")
            #expect(!contents.unicodeScalars.contains { $0.value == 0xFFFE || $0.value == 0xFFFF || $0.value == 0x1B }, "\(name)")
        }
        // The tooltips keep the text as written: Graphviz expanded \G to the graph's name and \N
        // to the node's.
        let svg = try #require(files["graph.svg"])
        let tooltip = try #require(svg.components(separatedBy: "xlink:title=\"").dropFirst().first { $0.contains("Bắc Kinh") })
        #expect(tooltip.contains("\u{29F5}G \u{29F5}N \u{29F5}L \u{29F5}E \u{29F5}T \u{29F5}H"))
    }
}

/// Configuration of the wrong shape is an error, not silently replaced by a default.
@Suite("Reliability: wrong-shaped configuration is an error")
struct ConfigurationShapeTests {
    private func load(_ text: String) throws -> Configuration {
        let url = Support.temporaryFolder().appendingPathComponent("dyad.yml")
        try text.write(to: url, atomically: true, encoding: .utf8)
        return try Configuration.load(from: url)
    }

    @Test(arguments: [
        ("output: [a, b]\n", 1),
        ("language: [vi]\n", 1),
        ("output: ''\n", 1),
        ("inputs: [seeds, [a]]\n", 1),
        ("inputs: [seeds]\noutput: a\noutput: b\n", 3),
        ("documents:\n  a.txt: {url: x, url: y}\n", 2),
        ("actors:\n  USA:\n    names: [Xứ Cờ Hoa, '']\n", 3),
        ("actors:\n  USA: {names: [a]}\n  USA: {names: [b]}\n", 3),
    ])
    func wrongShapesAreErrorsWithTheirLine(text: String, line: Int) throws {
        #expect {
            try load(text)
        } throws: { error in
            guard let error = error as? ConfigurationError else { return false }
            return error.line == line
        }
    }

    @Test func absolutePathsAreKeptAndAMissingFileIsNotFound() throws {
        let config = try Configuration.parse("inputs: [/srv/articles, local]\noutput: /srv/out\n", path: "/home/u/dyad.yml")
        #expect(config.inputs.map { config.resolve($0).path } == ["/srv/articles", "/home/u/local"])
        #expect(config.output.map { config.resolve($0).path } == "/srv/out")
        #expect {
            try Configuration.load(from: URL(fileURLWithPath: "/nonexistent/dyad.yml"))
        } throws: { error in
            (error as? ConfigurationError)?.reason == "not found"
        }
    }

    @Test func aPublicationDateOutsideYearsOfNewsIsAWarning() {
        let reader = DocumentReader(baseFolder: URL(fileURLWithPath: "/tmp"))
        for date in ["0000-01-01", "0001-01-01", "9999-12-31"] {
            let document = reader.document(path: "a.txt", text: "---\npublished: \(date)\n---\nHôm qua, Mỹ và Nga đã điện đàm.\n")
            #expect(document.metadata.published == nil)
            #expect(document.warnings.contains { $0.contains(date) })
        }
        let twice = reader.document(path: "a.txt", text: "---\ntitle: a\ntitle: b\n---\nx\n")
        #expect(twice.warnings.contains { $0.contains("given twice") })
    }
}

extension CommandLineTests {
    @Test func badOptionsAreStatus3AndStrictWritesNothingAfterWarnings() throws {
        let folder = Support.temporaryFolder()
        let out = folder.appendingPathComponent("out")
        #expect(try dyad(["build", "seeds", "--no-such-option"]).status == 3)
        #expect(try dyad(["build", "seeds", "--out", out.path, "--since", "2024-01-01", "--until", "2023-01-01"]).status == 3)
        #expect(try dyad(["build", "seeds", "--out", out.path, "--since", "0000-01-01"]).status == 3)
        let missing = try dyad(["build", "--config", folder.appendingPathComponent("nope.yml").path])
        #expect(missing.status == 3 && missing.errors.contains("not found"))
        let pairs = try dyad(["build", "seeds", "--out", out.path, "--format", "json", "--pairs", "USA-CNH"])
        #expect(pairs.errors.contains("'CNH' is not a known actor code"))
        try FileManager.default.removeItem(at: out)
        let config = folder.appendingPathComponent("dyad.yml")
        try "inputs: [\(Support.repository.appendingPathComponent("seeds").path)]\noutptu: x\n".write(to: config, atomically: true, encoding: .utf8)
        let strict = try dyad(["build", "--config", config.path, "--out", out.path, "--strict"])
        #expect(strict.status == 2)
        #expect(strict.errors.contains("nothing written"))
        #expect(!FileManager.default.fileExists(atPath: out.path))
    }

    @Test(.timeLimit(.minutes(1))) func renderRefusesAPictureTooLargeForMemory() throws {
        let folder = Support.temporaryFolder()
        let dot = folder.appendingPathComponent("g.dot")
        for graph in ["graph g { dpi=100000; a -- b }", "graph g { size=\"1000,1000!\"; a -- b }"] {
            try graph.write(to: dot, atomically: true, encoding: .utf8)
            let run = try dyad(["render", dot.path, "--out", folder.appendingPathComponent("g.png").path])
            #expect(run.status == 4)
            #expect(run.errors.contains("million"))
        }
        try Data("graph g { a -- b }\n\0graph h { c }".utf8).write(to: dot)
        let cut = try dyad(["render", dot.path, "--out", folder.appendingPathComponent("g.svg").path])
        #expect(cut.status == 2 && cut.errors.contains("NUL"))
    }
}
