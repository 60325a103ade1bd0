import Foundation
import Testing
@testable import DyadText
@testable import DyadResources
@testable import DyadModel
@testable import DyadReading
@testable import DyadPipeline
@testable import DyadTestSupport

/// WARC files written by the tests: plain and gzip (a member per record, as Common Crawl
/// writes them), chunked and charset-labelled responses, records of other types, and files
/// cut off in the middle of a record.
@Suite("WARC: web archives to documents")
struct WARCTests {
    static let article = WebPageTests.page(head: #"<meta property="article:published_time" content="2023-06-19T08:00:00+07:00">"#)
    static let undated = "<html><body><p>Hôm qua, Mỹ và Trung Quốc hội đàm tại Bắc Kinh về thương mại.</p></body></html>"

    /// A crawl of two pages, with the records a crawler writes around them.
    static var records: [[UInt8]] {
        [
            WARCFixture.record("warcinfo", uri: "", block: Array("software: dyad-tests\r\n".utf8)),
            WARCFixture.record("request", uri: "https://example.vn/2023/06/19/a", block: Array("GET /a HTTP/1.1\r\nHost: example.vn\r\n\r\n".utf8)),
            WARCFixture.record("response", uri: "https://example.vn/2023/06/19/a",
                   block: WARCFixture.response(WARCFixture.chunked(Array(article.utf8)), headers: "Content-Type: text/html; charset=utf-8\r\nTransfer-Encoding: chunked")),
            WARCFixture.record("metadata", uri: "https://example.vn/2023/06/19/a", block: Array("fetchTimeMs: 120\r\n".utf8)),
            WARCFixture.record("response", uri: "https://example.vn/logo.png", block: WARCFixture.response([0x89, 0x50, 0x4E, 0x47], headers: "Content-Type: image/png")),
            WARCFixture.record("response", uri: "https://example.vn/moved", block: WARCFixture.response([], headers: "Location: /b", status: "301 Moved Permanently")),
            WARCFixture.record("response", uri: "<https://example.vn/b>", date: "2023-06-20T23:59:00Z", block: WARCFixture.response(Array(undated.utf8))),
        ]
    }

    /// Reads every page of the file, as the builder's queue does.
    static func pages(_ file: URL) throws -> (pages: [WARCPage], reader: WARCReader) {
        let reader = try #require(WARCReader(file: file, path: file.lastPathComponent))
        var pages: [WARCPage] = []
        while let page = reader.next() { pages.append(page) }
        return (pages, reader)
    }

    func write(_ bytes: [UInt8], _ name: String) throws -> URL {
        let file = Support.temporaryFolder().appendingPathComponent(name)
        try Data(bytes).write(to: file)
        return file
    }

    func expectTheTwoPages(_ pages: [WARCPage], name: String) {
        #expect(pages.map(\.path) == ["\(name)#3", "\(name)#7"])
        #expect(pages.map(\.address) == ["https://example.vn/2023/06/19/a", "https://example.vn/b"])
        #expect(pages.map { $0.date?.iso } == ["2023-06-21", "2023-06-20"])
        #expect(pages.first?.charset == "utf-8")
        #expect(pages.first?.bytes == Array(Self.article.utf8))
        #expect(pages.last?.bytes == Array(Self.undated.utf8))
    }

    @Test func plainWARC() throws {
        let file = try write(Self.records.flatMap { $0 }, "crawl.warc")
        let (pages, reader) = try Self.pages(file)
        expectTheTwoPages(pages, name: "crawl.warc")
        #expect(reader.stop == nil)
        #expect(reader.summary == "2 HTML pages read from 7 records; skipped: 1 metadata, 1 request, 1 response (image/png), 1 response (status 301), 1 warcinfo")
    }

    @Test func gzipWithAMemberPerRecord() throws {
        let file = try write(Self.records.flatMap { Gzip.deflate($0) }, "crawl.warc.gz")
        let (pages, reader) = try Self.pages(file)
        expectTheTwoPages(pages, name: "crawl.warc.gz")
        #expect(reader.stop == nil)
        // One member for the whole file reads the same.
        let whole = try write(Gzip.deflate(Self.records.flatMap { $0 }), "whole.warc.gz")
        expectTheTwoPages(try Self.pages(whole).pages, name: "whole.warc.gz")
    }

    /// `dyad explain crawl.warc.gz#3` reads the one page, named as the build names it.
    @Test func aPageInsideTheArchiveIsReadByItsName() throws {
        let file = try write(Self.records.flatMap { Gzip.deflate($0) }, "crawl.warc.gz")
        let reader = DocumentReader(baseFolder: file.deletingLastPathComponent())
        let page = try reader.read(path: file.path + "#7")
        #expect(page.path == "crawl.warc.gz#7")
        #expect(page.metadata.publishedOrigin == .warcDate)
        #expect(page.text.hasPrefix("Hôm qua, Mỹ và Trung Quốc"))
        #expect(WebPageSources.lines(of: file.path + "#3")?[1] == "og:title, as the title" || WebPageSources.lines(of: file.path + "#3")?[1] == "<h1>, as the title")
        #expect(throws: InputProblem.self) { try reader.read(path: file.path + "#4") }
        #expect(throws: InputProblem.self) { try reader.read(path: file.path + "#70") }
        // A text file whose name has a # in it is still a text file.
        let text = file.deletingLastPathComponent().appendingPathComponent("notes#2.txt")
        try Data("Văn bản.".utf8).write(to: text)
        #expect(try reader.read(path: text.path).text == "Văn bản.")
    }

    @Test func truncatedInTheLastRecordKeepsTheCompleteOnes() throws {
        let bytes = Self.records.flatMap { $0 }
        let plain = try write(Array(bytes.dropLast(40)), "cut.warc")
        let (pages, reader) = try Self.pages(plain)
        #expect(pages.map(\.path) == ["cut.warc#3"])
        #expect(reader.stop == "truncated: the file ends inside record 7; the 6 complete records were read")

        let members = Self.records.map { Gzip.deflate($0) }
        let gzip = try write(Array(members.flatMap { $0 }.dropLast(25)), "cut.warc.gz")
        let (gzipPages, gzipReader) = try Self.pages(gzip)
        #expect(gzipPages.map(\.path) == ["cut.warc.gz#3"])
        #expect(gzipReader.stop?.hasPrefix("truncated: the file ends inside record 7") == true)
        #expect(gzipReader.stop?.contains("gzip member") == true)
    }

    @Test func aResponseLabelsItsCharsetAndEncoding() throws {
        let page = Array("<html><body><p>Caf".utf8) + [0xE9] + Array(" talks in Beijing went on for hours.</p></body></html>".utf8)
        let records = [
            WARCFixture.record("response", block: WARCFixture.response(page, headers: "Content-Type: text/html; charset=ISO-8859-1")),
            WARCFixture.record("response", block: WARCFixture.response(Gzip.deflate(Array(Self.undated.utf8)), headers: "Content-Type: text/html\r\nContent-Encoding: gzip")),
        ]
        let file = try write(records.flatMap { $0 }, "labels.warc")
        let (pages, _) = try Self.pages(file)
        #expect(pages.map(\.charset) == ["iso-8859-1", nil])
        let reader = DocumentReader(baseFolder: file.deletingLastPathComponent())
        #expect(reader.document(pages[0]).text == "Café talks in Beijing went on for hours.\n")
        #expect(reader.document(pages[1]).text.hasPrefix("Hôm qua, Mỹ và Trung Quốc"))
    }

    @Test func throughTheBuilderWithWARCDateAsTheFallback() async throws {
        let folder = Support.temporaryFolder()
        try Data(Self.records.flatMap { Gzip.deflate($0) }).write(to: folder.appendingPathComponent("crawl.warc.gz"))
        try Data(Array(Self.records.flatMap { $0 }.dropLast(40))).write(to: folder.appendingPathComponent("cut.warc"))
        try Data(WARCFixture.record("request", block: Array("GET / HTTP/1.1\r\n\r\n".utf8))).write(to: folder.appendingPathComponent("empty.warc"))
        try Data("not a warc\n".utf8).write(to: folder.appendingPathComponent("junk.warc"))
        let reader = DocumentReader(baseFolder: folder)
        let timeline = await Builder(resources: Support.resources).build(paths: [folder.path], reader: reader)

        #expect(timeline.documents.map(\.path) == ["crawl.warc.gz#3", "crawl.warc.gz#7", "cut.warc#3"])
        let dated = timeline.documents.map { "\($0.metadata.published?.iso ?? "-") \($0.metadata.publishedOrigin?.rawValue ?? "-") \($0.metadata.url ?? "-")" }
        #expect(dated == ["2023-06-19 meta https://example.vn/2023/06/19/a", "2023-06-20 warc-date https://example.vn/b",
                          "2023-06-19 meta https://example.vn/2023/06/19/a"])
        // Yesterday from a page fetched on the 20th.
        #expect(timeline.events.contains { $0.date.iso == "2023-06-19" && $0.pair == "CHN-USA" && $0.mentions.contains { $0.document == "crawl.warc.gz#7" } })
        #expect(timeline.inputWarnings.map(\.path) == ["cut.warc"])
        #expect(timeline.inputNotes.map(\.path) == ["crawl.warc.gz", "cut.warc"])
        #expect(timeline.problems.map(\.path) == ["empty.warc", "junk.warc"])
        #expect(timeline.problems.first?.reason.contains("holds no HTML page") == true)
    }
}
