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
import DyadRendering
import DyadPipeline
import FuzzDriver

/// libFuzzer entry point over reading → cleaning → dates → actors → events → merging →
/// rendering (every text format; the Graphviz call is left out, it has its own error capture).
/// Any input must either be refused with a reason or give outputs that satisfy the invariants
/// checked below; a crash or a failed check is a finding.

private let resources: LanguageResources = {
    do { return try LanguageResources.load(language: "vi") } catch { fatalError("resources: \(error)") }
}()
private let reader = DocumentReader(baseFolder: URL(fileURLWithPath: "/fuzz"))
private let builder = Builder(resources: resources)
private let options = RenderOptions(formats: [.json, .md, .csv, .dot])

private func fuzzPipeline(_ start: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    let bytes = start.map { [UInt8](UnsafeBufferPointer(start: $0, count: count)) } ?? []
    guard let text = try? TextDecoding.decode(bytes) else { return 0 }
    let document = reader.document(path: "/fuzz/input.txt", text: text)
    let timeline = builder.build(documents: [document])
    let violations = timeline.invariantViolations()
    precondition(violations.isEmpty, "\(violations)")
    guard let outputs = try? OutputSet(timeline: timeline, gazetteer: resources.gazetteer, options: options) else {
        preconditionFailure("rendering failed")
    }
    for file in outputs.files {
        guard let data = try? file.contents() else { preconditionFailure("\(file.name) could not be made") }
        if file.name.hasSuffix(".json") {
            precondition((try? JSONSerialization.jsonObject(with: data)) != nil, "timeline.json does not parse")
        }
        precondition(String(data: data, encoding: .utf8) != nil, "\(file.name) is not UTF-8")
    }
    return 0
}

var argc = CommandLine.argc
var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
exit(LLVMFuzzerRunDriver(&argc, &argv) { fuzzPipeline($0, $1) })
