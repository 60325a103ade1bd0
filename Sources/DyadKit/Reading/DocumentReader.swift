import Foundation

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

    public func read(_ url: URL) throws(InputProblem) -> SourceDocument {
        let path = displayPath(of: url)
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            let reason = FileManager.default.isReadableFile(atPath: url.path) ? "cannot be read" : "permission denied or unreadable"
            throw InputProblem(path: path, reason: reason)
        }
        let text: String
        do {
            text = try TextDecoding.decode([UInt8](data))
        } catch {
            throw InputProblem(path: path, reason: error.description)
        }
        return document(path: path, text: text)
    }

    /// Builds a document from text already in memory (tests, stdin).
    public func document(path: String, text: String) -> SourceDocument {
        let front = FrontMatter.extract(from: text)
        var warnings = front.warnings
        if front.text.allSatisfy(\.isWhitespace) { warnings.append("the file is empty") }
        let metadata = front.metadata.filling(from: configured[path] ?? DocumentMetadata())
        return SourceDocument(path: path, text: front.text, metadata: metadata, warnings: warnings)
    }
}
