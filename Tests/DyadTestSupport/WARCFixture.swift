import Foundation
@testable import DyadReading

/// WARC files for the tests, written as crawlers write them: records of every type, a gzip
/// member per record when asked (as Common Crawl writes them).
enum WARCFixture {
    static func record(_ type: String, uri: String = "https://example.vn/", date: String = "2023-06-21T01:02:03Z", block: [UInt8]) -> [UInt8] {
        let contentType = type == "warcinfo" ? "application/warc-fields" : "application/http; msgtype=\(type)"
        let header = "WARC/1.1\r\nWARC-Type: \(type)\r\nWARC-Record-ID: <urn:uuid:\(UUID().uuidString)>\r\nWARC-Target-URI: \(uri)\r\n"
            + "WARC-Date: \(date)\r\nContent-Type: \(contentType)\r\nContent-Length: \(block.count)\r\n\r\n"
        return Array(header.utf8) + block + Array("\r\n\r\n".utf8)
    }

    static func response(_ body: [UInt8], headers: String = "Content-Type: text/html; charset=UTF-8", status: String = "200 OK") -> [UInt8] {
        Array("HTTP/1.1 \(status)\r\n\(headers)\r\n\r\n".utf8) + body
    }

    static func chunked(_ body: [UInt8]) -> [UInt8] {
        let cut = body.count / 3
        var bytes: [UInt8] = Array((String(cut, radix: 16) + "\r\n").utf8)
        bytes += body[..<cut]
        bytes += Array(("\r\n" + String(body.count - cut, radix: 16) + ";ext=1\r\n").utf8)
        bytes += body[cut...]
        bytes += Array("\r\n0\r\n\r\n".utf8)
        return bytes
    }

    /// A crawl of `pages` (address, HTML): a warcinfo record, then per page its request and
    /// its response, and an image's response at the end; a gzip member per record when `gzip`.
    static func crawl(_ pages: [(address: String, html: String)], gzip: Bool) -> [UInt8] {
        var records = [record("warcinfo", uri: "", block: Array("software: dyad-tests\r\n".utf8))]
        for page in pages {
            records.append(record("request", uri: page.address, block: Array("GET / HTTP/1.1\r\nHost: example.vn\r\n\r\n".utf8)))
            records.append(record("response", uri: page.address, block: response(Array(page.html.utf8))))
        }
        records.append(record("response", uri: "https://example.vn/logo.png", block: response([0x89, 0x50, 0x4E, 0x47], headers: "Content-Type: image/png")))
        return gzip ? records.flatMap { Gzip.deflate($0) } : records.flatMap { $0 }
    }
}
