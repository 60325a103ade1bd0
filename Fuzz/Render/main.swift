import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
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
import FuzzDriver

/// libFuzzer entry point over the drawn outputs: article text through the pipeline into the
/// graph's DOT, laid out and rendered by Graphviz in-process, and the other XML outputs. Every
/// SVG and GEXF must be well-formed XML and hold no bidi control, whatever the text.

private let resources: LanguageResources = {
    do { return try LanguageResources.load(language: "vi") } catch { fatalError("resources: \(error)") }
}()
private let reader = DocumentReader(baseFolder: URL(fileURLWithPath: "/fuzz"))
private let builder = Builder(resources: resources)
private let options = RenderOptions(formats: [.svg, .timelineSVG, .gexf, .html, .dot])

private func fuzzRender(_ start: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    let bytes = start.map { [UInt8](UnsafeBufferPointer(start: $0, count: count)) } ?? []
    guard let text = try? TextDecoding.decode(bytes) else { return 0 }
    let timeline = builder.build(documents: [reader.document(path: "/fuzz/input.txt", text: text)])
    let outputs: OutputSet
    do {
        outputs = try OutputSet(timeline: timeline, gazetteer: resources.gazetteer, options: options)
    } catch {
        preconditionFailure("rendering failed: \(error)")
    }
    for file in outputs.files {
        guard let data = try? file.contents() else { preconditionFailure("\(file.name) could not be made") }
        if file.name.hasSuffix(".svg") || file.name.hasSuffix(".gexf") {
            let parser = XMLParser(data: data)
            precondition(parser.parse(), "\(file.name) is not well-formed XML: \(String(describing: parser.parserError))")
        }
        if file.name != "graph.dot" {
            precondition(!String(decoding: data, as: UTF8.self).unicodeScalars.contains(where: Escape.isBidiControl), "\(file.name) keeps a bidi control")
        }
    }
    return 0
}

var argc = CommandLine.argc
var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
exit(LLVMFuzzerRunDriver(&argc, &argv) { fuzzRender($0, $1) })
