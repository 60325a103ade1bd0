import Foundation
import DyadText
import DyadModel

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

/// A page inside a WARC file, named as `dyad build` names it (`crawl.warc.gz#3`).
enum WARCRecordPath {
    /// The file and the record number, when `path` has that shape and names a WARC file.
    static func split(_ path: String) -> (file: String, record: Int)? {
        guard let hash = path.lastIndex(of: "#"), let record = Int(path[path.index(after: hash)...]), record > 0 else { return nil }
        let file = String(path[..<hash])
        return WARCReader.isWARC(file) ? (file, record) : nil
    }

    /// The page in that record, read through the file up to it.
    static func page(_ path: String, reader: DocumentReader) throws(InputProblem) -> WARCPage? {
        guard let (file, record) = split(path) else { return nil }
        let url = URL(fileURLWithPath: file)
        guard let archive = WARCReader(file: url, path: reader.displayPath(of: url)) else {
            throw InputProblem(path: file, reason: "cannot be read")
        }
        while let page = archive.next() {
            if archive.recordCount == record { return page }
            if archive.recordCount > record { break }
        }
        let why = archive.recordCount < record ? "the file has \(archive.recordCount) records" : "record \(record) is not an HTML response"
        throw InputProblem(path: path, reason: "no such page: \(why)")
    }
}

extension DocumentReader {
    /// Reads a file, or a page inside a WARC file named `crawl.warc.gz#3` (`dyad explain`,
    /// `dyad dates`).
    public func read(path: String) throws(InputProblem) -> SourceDocument {
        if let page = try WARCRecordPath.page(path, reader: self) { return document(page) }
        return try read(URL(fileURLWithPath: path))
    }
}

/// What `dyad explain` shows of a web page: the element each line of its text came from.
public enum WebPageSources {
    /// By line number, for a file read as a web page or a page in a WARC file
    /// (`crawl.warc.gz#3`); nil for any other file.
    public static func lines(of path: String) -> [Int: String]? {
        if let page = try? WARCRecordPath.page(path, reader: DocumentReader(baseFolder: URL(fileURLWithPath: "/"))) {
            return HTMLPage.read(page.bytes, address: page.address, charset: page.charset, tracing: true).lineSources
        }
        guard let data = try? Data(contentsOf: URL(fileURLWithPath: path)) else { return nil }
        let bytes = [UInt8](data)
        guard HTMLPage.isHTML(path: path, bytes: bytes) else { return nil }
        return HTMLPage.read(bytes, tracing: true).lineSources
    }
}
