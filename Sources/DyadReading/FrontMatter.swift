import Foundation
import Yams
import DyadText
import DyadModel

/// A YAML block between `---` lines at the top of an article, holding the same per-document
/// metadata as `dyad.yml` (`published`, `url`, `source`, `title`, `language`).
enum FrontMatter {
    struct Result {
        let metadata: DocumentMetadata
        /// The text's bytes with the block's lines blanked, so line numbers still match the file.
        let utf8: [UInt8]
        let warnings: [String]
        /// Why the file cannot be read at all (front matter nested too deep), when it cannot.
        var problem: String? = nil
    }

    static func extract(from utf8: [UInt8]) -> Result {
        let opening = Array("---\n".utf8)
        guard utf8.starts(with: opening) else { return Result(metadata: DocumentMetadata(), utf8: utf8, warnings: []) }
        // Find the closing `---` (or `...`) line; only the block is made into text.
        var lineStart = opening.count
        var closeEnd: Int?
        var closeLine = 1
        while lineStart < utf8.count {
            let lineEnd = utf8[lineStart...].firstIndex(of: UInt8(ascii: "\n")) ?? utf8.count
            let line = utf8[lineStart..<lineEnd]
            if line.elementsEqual("---".utf8) || line.elementsEqual("...".utf8) { closeEnd = lineEnd; break }
            closeLine += 1
            lineStart = lineEnd == utf8.count ? lineEnd : lineEnd + 1
        }
        guard let closeEnd else {
            return Result(metadata: DocumentMetadata(), utf8: utf8, warnings: ["front matter opened with --- is never closed; read as text"])
        }
        var warnings: [String] = []
        var metadata = DocumentMetadata()
        var problem: String?
        if let plain = PlainFrontMatter.read(utf8[opening.count..<lineStart]) {
            // The common case, `key: value` lines of the known keys, read without a YAML parser.
            metadata = plain
        } else {
            do {
                let yaml = String(decoding: utf8[opening.count..<lineStart], as: UTF8.self)
                let fields = try MetadataFields.parse(yaml: yaml, context: "front matter")
                metadata = fields.metadata
                warnings += fields.warnings
            } catch let error as BoundedYAML.NestingError {
                problem = "front matter \(error.reason)" + (error.line.map { " (line \($0 + 1))" } ?? "")
            } catch let error as YamlError {
                warnings.append("front matter is not valid YAML" + (error.line.map { " (line \($0 + 1))" } ?? "") + ": \(error.summary)")
            } catch {
                warnings.append("front matter is not valid YAML: \(error)")
            }
        }
        metadata.publishedOrigin = metadata.published == nil && metadata.publishedApproximately == nil ? nil : .frontMatter
        // Blank the block's lines so that line numbers still match the file.
        var blanked = [UInt8](repeating: UInt8(ascii: "\n"), count: closeLine)
        blanked.append(contentsOf: utf8[closeEnd...])
        return Result(metadata: metadata, utf8: blanked, warnings: warnings, problem: problem)
    }
}

/// Reads the per-document metadata keys shared by `dyad.yml` and front matter.
package enum MetadataFields {
    static let keys: Set<String> = ["published", "url", "source", "title", "language"]

    static func parse(yaml: String, context: String) throws -> (metadata: DocumentMetadata, warnings: [String]) {
        guard let node = try BoundedYAML.compose(yaml), let mapping = node.mapping else {
            return (DocumentMetadata(), ["\(context) is not a mapping of keys to values"])
        }
        return parse(mapping: mapping, context: context)
    }

    package static func parse(mapping: Node.Mapping, context: String) -> (metadata: DocumentMetadata, warnings: [String]) {
        var metadata = DocumentMetadata()
        var warnings: [String] = []
        var seen = Set<String>()
        for (keyNode, valueNode) in mapping {
            let key = keyNode.string ?? ""
            let line = keyNode.mark.map { " (line \($0.line))" } ?? ""
            if !seen.insert(key).inserted { warnings.append("\(context)\(line): key '\(key)' is given twice; the last one is used") }
            if let warning = apply(key: key, value: valueNode.string ?? "", to: &metadata) { warnings.append("\(context)\(line): \(warning)") }
        }
        return (metadata, warnings)
    }

    /// Sets the field `key` names to `value`; what is wrong with the pair, if anything.
    static func apply(key: String, value: String, to metadata: inout DocumentMetadata) -> String? {
        switch key {
        case "published":
            if let date = CalendarDate(publication: value) {
                metadata.published = date
            } else if let approximate = FuzzyDate(iso: value), approximate.precision != .day, (1000...9000).contains(approximate.year) {
                metadata.publishedApproximately = approximate
            } else {
                return "published '\(value)' is not a date of the form YYYY-MM-DD, YYYY-MM or YYYY (years 1000 to 9000)"
            }
        case "url": metadata.url = value
        case "source": metadata.source = value
        case "title": metadata.title = value
        case "language": metadata.language = value
        default: return "unknown key '\(key)'"
        }
        return nil
    }
}

extension CalendarDate {
    /// A date given by the user (a publication date, a filter bound): `YYYY-MM-DD` with a year
    /// from 1000 to 9000. Year 0000 anchored `hôm qua` at year -1 (written `00-1-12-31`);
    /// no article is dated outside these years.
    public init?(publication text: String) {
        guard let date = CalendarDate(iso: text), (1000...9000).contains(date.year) else { return nil }
        self = date
    }
}
