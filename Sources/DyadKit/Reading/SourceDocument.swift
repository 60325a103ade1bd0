/// Facts about a document that its text does not state reliably: when and where it was published.
public struct DocumentMetadata: Sendable, Hashable {
    /// Where a publication date came from.
    public enum Origin: String, Sendable, Codable {
        case config = "config"
        case frontMatter = "front matter"
        /// A date line near the top of the page's text.
        case pageText = "page text"
    }

    public var published: CalendarDate?
    /// A publication date known only to the month or the year (`published: 2017-07`): it
    /// fixes the years of the document's dates, not its relative days.
    public var publishedApproximately: FuzzyDate?
    public var publishedOrigin: Origin?
    public var url: String?
    public var source: String?
    public var title: String?
    public var language: String?

    public init(published: CalendarDate? = nil, publishedOrigin: Origin? = nil, url: String? = nil,
                source: String? = nil, title: String? = nil, language: String? = nil) {
        self.published = published
        self.publishedOrigin = publishedOrigin
        self.url = url
        self.source = source
        self.title = title
        self.language = language
    }

    /// Fills what is missing here from `other`.
    public func filling(from other: DocumentMetadata) -> DocumentMetadata {
        var merged = self
        if merged.published == nil && merged.publishedApproximately == nil {
            merged.published = other.published
            merged.publishedApproximately = other.publishedApproximately
            merged.publishedOrigin = other.publishedOrigin
        }
        merged.url = merged.url ?? other.url
        merged.source = merged.source ?? other.source
        merged.title = merged.title ?? other.title
        merged.language = merged.language ?? other.language
        return merged
    }
}

/// An article as read from disk: its decoded text and what is known about it.
public struct SourceDocument: Sendable {
    /// The path as shown in outputs (relative to the working folder when inside it).
    public let path: String
    /// The text's UTF-8 bytes: NFC-normalised, with `\n` line ends. Front matter lines are
    /// blanked, so line numbers still match the file. The stages read these bytes; the text
    /// is made from them only when asked for.
    public let utf8: [UInt8]
    public let metadata: DocumentMetadata
    /// Problems that did not stop the document from being read.
    public let warnings: [String]

    /// A document whose text is already normalised (see ``TextDecoding/normalise(_:)``).
    public init(path: String, text: String, metadata: DocumentMetadata = DocumentMetadata(), warnings: [String] = []) {
        self.init(path: path, utf8: Array(text.utf8), metadata: metadata, warnings: warnings)
    }

    /// A document from bytes that are valid UTF-8 and already normalised.
    init(path: String, utf8: [UInt8], metadata: DocumentMetadata = DocumentMetadata(), warnings: [String] = []) {
        self.path = path
        self.utf8 = utf8
        self.metadata = metadata
        self.warnings = warnings
    }

    /// The text, NFC-normalised, with `\n` line ends (see ``utf8``).
    public var text: String { String(decoding: utf8, as: UTF8.self) }

    /// The file name without folders.
    public var fileName: String {
        path.split(separator: "/").last.map(String.init) ?? path
    }
}
