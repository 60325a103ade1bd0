import Foundation

/// Web pages and WARC records made into ``SourceDocument``s.
extension DocumentReader {
    /// A document from a web page's bytes: its extracted text (title, blank line, paragraphs),
    /// and the metadata the page states, under what `dyad.yml` says about it (the configuration
    /// wins: it is what the user knows better than the page). `address` and `charset` come from
    /// a WARC record (its target and the server's `Content-Type`); `fallbackDate` is the record's
    /// `WARC-Date`, taken when the page states no publication date.
    func webDocument(path: String, bytes: [UInt8], address: String? = nil, charset: String? = nil,
                     fallbackDate: CalendarDate? = nil) -> SourceDocument {
        let page = HTMLPage.read(bytes, address: address, charset: charset)
        var stated = DocumentMetadata(published: page.published, publishedOrigin: page.publishedFrom,
                                      url: address ?? page.url, source: page.site, title: page.title, language: page.language)
        stated.publishedApproximately = page.publishedApproximately
        if stated.published == nil, stated.publishedApproximately == nil, let fallbackDate {
            stated.published = fallbackDate
            stated.publishedOrigin = .warcDate
        }
        let metadata = (configured[path] ?? DocumentMetadata()).filling(from: stated)
        let utf8 = Array(page.text.utf8)
        return SourceDocument(path: path, utf8: utf8, metadata: metadata, warnings: page.warnings)
    }
}

/// What `dyad explain` shows of a web page: the element each line of its text came from.
public enum WebPageSources {
    /// By line number, for a file read as a web page; nil for any other file.
    public static func lines(of file: URL) -> [Int: String]? {
        guard let data = try? Data(contentsOf: file) else { return nil }
        let bytes = [UInt8](data)
        guard HTMLPage.isHTML(path: file.path, bytes: bytes) else { return nil }
        return HTMLPage.read(bytes, tracing: true).lineSources
    }
}
