import Foundation
import DyadText
import DyadModel

/// Reads one article file into a ``SourceDocument``.
public struct DocumentReader: Sendable {
    /// Folder that displayed paths are made relative to.
    public let baseFolder: URL
    /// Metadata from the configuration, by displayed path; front matter takes precedence.
    public let configured: [String: DocumentMetadata]

    public init(baseFolder: URL, configured: [String: DocumentMetadata] = [:]) {
        self.baseFolder = baseFolder.standardizedFileURL
        self.configured = configured
    }

    /// The path shown in outputs: relative to the base folder when inside it.
    public func displayPath(of url: URL) -> String {
        // Standardising a URL is costly: a path with no `.` or `..` part and no doubled slash
        // is standard already.
        let path = url.path
        let full = path.hasPrefix("/") && !path.contains("/.") && !path.contains("//") ? path : url.standardizedFileURL.path
        let base = baseFolder.path.hasSuffix("/") ? baseFolder.path : baseFolder.path + "/"
        return full.hasPrefix(base) ? String(full.dropFirst(base.count)) : full
    }

    /// The reading stage's entry point: the document in the file at `url` — a text file
    /// (decoded by its BOM, composed to NFC, line ends made `\n`, front matter read and
    /// blanked) or a web page (its main text and metadata, see ``HTMLPage``). A binary file or
    /// invalid UTF-8 is an ``InputProblem`` naming the file and why (with the byte offset).
    public func read(_ url: URL) throws(InputProblem) -> SourceDocument {
        let path = displayPath(of: url)
        let bytes: [UInt8]
        do {
            bytes = try FileBytes.read(path: url.path)
        } catch {
            let reason = FileManager.default.isReadableFile(atPath: url.path) ? "cannot be read" : "permission denied or unreadable"
            throw InputProblem(path: path, reason: reason)
        }
        return try read(path: path, bytes: bytes)
    }

    /// The document a file's bytes make, shown as `path`: what ``read(_:)`` makes of the file
    /// (a job that reads the files itself, from HDFS or S3, hands their bytes over so).
    public func read(path: String, bytes: [UInt8]) throws(InputProblem) -> SourceDocument {
        // Web pages (by extension, or by their first bytes) are read by their structure.
        if HTMLPage.isHTML(path: path, bytes: bytes) { return webDocument(path: path, bytes: bytes) }
        let utf8: [UInt8]
        do {
            utf8 = try TextDecoding.normalisedUTF8(bytes)
        } catch {
            throw InputProblem(path: path, reason: error.description)
        }
        let front = FrontMatter.extract(from: utf8)
        if let problem = front.problem { throw InputProblem(path: path, reason: problem) }
        return document(path: path, front: front)
    }

    /// Builds a document from text already in memory (tests, stdin).
    public func document(path: String, text: String) -> SourceDocument {
        document(path: path, utf8: Array(text.utf8))
    }

    /// Builds a document from normalised UTF-8 bytes: front matter read and blanked,
    /// configured metadata filled in.
    package func document(path: String, utf8: [UInt8]) -> SourceDocument {
        document(path: path, front: FrontMatter.extract(from: utf8))
    }

    private func document(path: String, front: FrontMatter.Result) -> SourceDocument {
        var warnings = front.problem.map { [$0] } ?? []
        warnings += front.warnings
        if Self.isBlank(front.utf8) { warnings.append("the file is empty") }
        let metadata = front.metadata.filling(from: configured[path] ?? DocumentMetadata())
        return SourceDocument(path: path, utf8: front.utf8, metadata: metadata, warnings: warnings)
    }

    /// Whether the text (valid UTF-8) is nothing but white space, as `Character.isWhitespace`
    /// tells. Read from its bytes, up to the first that is not ASCII white space: when that
    /// starts a scalar that is not white space either, no character from there on can be
    /// (a character is white space only when its first scalar is); only a text with a wider
    /// space there is made into a `String`.
    static func isBlank(_ utf8: [UInt8]) -> Bool {
        guard let first = utf8.firstIndex(where: { !ScalarTable.shared.isASCIISpace($0) }) else { return true }
        guard utf8[first] >= 0x80 else { return false }
        let scalar = utf8.withUnsafeBufferPointer { decodeScalar($0, at: first).value }
        guard Unicode.Scalar(scalar)?.properties.isWhitespace == true else { return false }
        return String(decoding: utf8[first...], as: UTF8.self).allSatisfy(\.isWhitespace)
    }
}
