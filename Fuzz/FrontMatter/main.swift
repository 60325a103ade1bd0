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

/// libFuzzer entry point over an article's front matter: any YAML between the `---` lines (deep
/// nesting, aliases, tags, duplicate keys, odd dates) must give metadata and warnings, never a
/// crash, and the article's lines must keep their numbers.

private let reader = DocumentReader(baseFolder: URL(fileURLWithPath: "/fuzz"))
private let body = "Ngày 3/5, Mỹ hội đàm với Trung Quốc tại Bắc Kinh.\n"

private func fuzzFrontMatter(_ start: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    let bytes = start.map { [UInt8](UnsafeBufferPointer(start: $0, count: count)) } ?? []
    guard let yaml = String(validating: bytes, as: UTF8.self), !yaml.contains("\0") else { return 0 }
    let text = "---\n" + yaml + "\n---\n" + body
    let document = reader.document(path: "/fuzz/input.txt", text: text)
    let lines = { (text: String) in text.utf8.lazy.filter { $0 == UInt8(ascii: "\n") }.count }
    // When the block closes where it was meant to, the body keeps its line number.
    if !yaml.split(separator: "\n", omittingEmptySubsequences: false).contains(where: { $0 == "---" || $0 == "..." }) {
        precondition(lines(document.text) == lines(text), "front matter changed the line count")
    }
    if let published = document.metadata.published { precondition((1000...9000).contains(published.year), "published \(published)") }
    return 0
}

var argc = CommandLine.argc
var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
exit(LLVMFuzzerRunDriver(&argc, &argv) { fuzzFrontMatter($0, $1) })
