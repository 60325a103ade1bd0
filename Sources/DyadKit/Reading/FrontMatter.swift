import Foundation
import Yams

/// A YAML block between `---` lines at the top of an article, holding the same per-document
/// metadata as `dyad.yml` (`published`, `url`, `source`, `title`, `language`).
enum FrontMatter {
    struct Result {
        let metadata: DocumentMetadata
        /// The text with the block's lines blanked, so line numbers still match the file.
        let text: String
        let warnings: [String]
    }

    static func extract(from text: String) -> Result {
        guard text.utf8.starts(with: "---\n".utf8) else { return Result(metadata: DocumentMetadata(), text: text, warnings: []) }
        // Find the closing `---` (or `...`) line by bytes; only the block is split into lines.
        let bytes = text.utf8
        var lineStart = bytes.index(bytes.startIndex, offsetBy: 4)
        var closeEnd: String.Index?
        var closeLine = 1
        while lineStart < bytes.endIndex {
            let lineEnd = bytes[lineStart...].firstIndex(of: UInt8(ascii: "\n")) ?? bytes.endIndex
            let line = bytes[lineStart..<lineEnd]
            if line.elementsEqual("---".utf8) || line.elementsEqual("...".utf8) { closeEnd = lineEnd; break }
            closeLine += 1
            lineStart = lineEnd == bytes.endIndex ? lineEnd : bytes.index(after: lineEnd)
        }
        guard let closeEnd else {
            return Result(metadata: DocumentMetadata(), text: text, warnings: ["front matter opened with --- is never closed; read as text"])
        }
        let yaml = String(text[bytes.index(bytes.startIndex, offsetBy: 4)..<lineStart])
        var warnings: [String] = []
        var metadata = DocumentMetadata()
        do {
            let fields = try MetadataFields.parse(yaml: yaml, context: "front matter")
            metadata = fields.metadata
            metadata.publishedOrigin = metadata.published == nil ? nil : .frontMatter
            warnings += fields.warnings
        } catch {
            warnings.append("front matter is not valid YAML: \(error)")
        }
        // Blank the block's lines so that line numbers still match the file.
        let rest = text[closeEnd...]
        return Result(metadata: metadata, text: String(repeating: "\n", count: closeLine) + rest, warnings: warnings)
    }
}

/// Reads the per-document metadata keys shared by `dyad.yml` and front matter.
enum MetadataFields {
    static let keys: Set<String> = ["published", "url", "source", "title", "language"]

    static func parse(yaml: String, context: String) throws -> (metadata: DocumentMetadata, warnings: [String]) {
        guard let node = try Yams.compose(yaml: yaml, .basic), let mapping = node.mapping else {
            return (DocumentMetadata(), ["\(context) is not a mapping of keys to values"])
        }
        return parse(mapping: mapping, context: context)
    }

    static func parse(mapping: Node.Mapping, context: String) -> (metadata: DocumentMetadata, warnings: [String]) {
        var metadata = DocumentMetadata()
        var warnings: [String] = []
        for (keyNode, valueNode) in mapping {
            let key = keyNode.string ?? ""
            let line = keyNode.mark.map { " (line \($0.line))" } ?? ""
            let value = valueNode.string ?? ""
            switch key {
            case "published":
                if let date = CalendarDate(iso: value) {
                    metadata.published = date
                } else {
                    warnings.append("\(context)\(line): published '\(value)' is not a date of the form YYYY-MM-DD")
                }
            case "url": metadata.url = value
            case "source": metadata.source = value
            case "title": metadata.title = value
            case "language": metadata.language = value
            default: warnings.append("\(context)\(line): unknown key '\(key)'")
            }
        }
        return (metadata, warnings)
    }
}
