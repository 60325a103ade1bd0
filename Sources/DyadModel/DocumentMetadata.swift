/// Facts about a document that its text does not state reliably: when and where it was published.
public struct DocumentMetadata: Sendable, Hashable {
    /// Where a publication date came from.
    public enum Origin: String, Sendable, Codable {
        case config = "config"
        case frontMatter = "front matter"
        /// A date line near the top of the page's text.
        case pageText = "page text"
        // From a web page (see `HTMLPage`), in the order they are trusted, and a WARC record's date.
        case jsonLD = "json-ld"
        case meta = "meta"
        case timeElement = "time element"
        case url = "url"
        case byline = "byline"
        case warcDate = "warc-date"
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
