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

/// Replays the fuzz seed corpus and every input the fuzzers ever crashed on (`Fuzz/crashes/`)
/// through the same paths and checks as the fuzz targets.
@Suite("Fuzz regressions")
struct FuzzRegressionTests {
    static func inputs(_ target: String) -> [URL] {
        let fuzz = Support.repository.appendingPathComponent("Fuzz")
        return ["corpus", "crashes"].flatMap { folder -> [URL] in
            let url = fuzz.appendingPathComponent(folder).appendingPathComponent(target)
            let names = (try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? []
            return names.sorted().filter { !$0.hasPrefix(".") }.map { url.appendingPathComponent($0) }
        }
    }

    @Test func thereAreInputsToReplay() {
        #expect(Self.inputs("pipeline").count >= 5)
        #expect(Self.inputs("config").count >= 3)
        #expect(Self.inputs("frontmatter").count >= 3)
        #expect(Self.inputs("render").count >= 2)
    }

    @Test(arguments: inputs("pipeline"))
    func pipelineInputKeepsItsPromises(_ url: URL) throws {
        let bytes = [UInt8](try Data(contentsOf: url))
        guard let text = try? TextDecoding.decode(bytes) else { return }
        let document = DocumentReader(baseFolder: URL(fileURLWithPath: "/fuzz")).document(path: "/fuzz/input.txt", text: text)
        let timeline = Support.timeline([document])
        #expect(timeline.invariantViolations() == [])
        let outputs = try OutputSet(timeline: timeline, gazetteer: Support.resources.gazetteer,
                                    options: RenderOptions(formats: [.json, .md, .csv, .dot]))
        let json = try #require(outputs.files.first { $0.name == "timeline.json" })
        #expect((try? JSONSerialization.jsonObject(with: try json.contents())) != nil)
    }

    @Test(arguments: inputs("frontmatter"))
    func frontMatterInputGivesMetadataOrWarnings(_ url: URL) throws {
        let yaml = String(decoding: try Data(contentsOf: url), as: UTF8.self)
        let text = "---\n" + yaml + "\n---\nNgày 3/5, Mỹ hội đàm với Trung Quốc.\n"
        let document = DocumentReader(baseFolder: URL(fileURLWithPath: "/fuzz")).document(path: "/fuzz/input.txt", text: text)
        #expect(document.text.filter { $0 == "\n" }.count == text.filter { $0 == "\n" }.count)
        if let published = document.metadata.published { #expect((1000...9000).contains(published.year)) }
    }

    @Test(arguments: inputs("render"))
    func renderInputGivesWellFormedDrawings(_ url: URL) throws {
        guard let text = try? TextDecoding.decode([UInt8](try Data(contentsOf: url))) else { return }
        let timeline = Support.timeline([DocumentReader(baseFolder: URL(fileURLWithPath: "/fuzz")).document(path: "/fuzz/input.txt", text: text)])
        let outputs = try OutputSet(timeline: timeline, gazetteer: Support.resources.gazetteer,
                                    options: RenderOptions(formats: [.svg, .timelineSVG, .gexf, .html]))
        for file in outputs.files where !file.name.hasSuffix(".html") {
            let parser = XMLParser(data: try file.contents())
            #expect(parser.parse(), "\(url.lastPathComponent) → \(file.name)")
        }
    }

    @Test(arguments: inputs("config"))
    func configInputParsesOrNamesTheFile(_ url: URL) throws {
        let text = try String(contentsOf: url, encoding: .utf8)
        do {
            _ = try Configuration.parse(text, path: "/fuzz/dyad.yml")
        } catch let error as ConfigurationError {
            #expect(error.file == "/fuzz/dyad.yml")
        }
    }
}
