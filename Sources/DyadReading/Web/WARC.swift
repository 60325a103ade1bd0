import CZlib
import Foundation
import DyadText
import DyadModel

/// A page found in a WARC file: the payload of a `response` record with its HTTP headers
/// taken off.
package struct WARCPage: Sendable {
    /// `<warc file>#<record number>` (records counted from 1, every type counted).
    let path: String
    let bytes: [UInt8]
    /// `WARC-Target-URI`.
    let address: String?
    /// The charset of the HTTP `Content-Type`.
    let charset: String?
    /// `WARC-Date`: when the page was fetched.
    let date: CalendarDate?
}

/// Reads a WARC file (`.warc`, `.warc.gz`) record by record and hands back the HTML responses;
/// other records are skipped and counted.
final class WARCReader {
    /// Whether a file name is a web archive's.
    static func isWARC(_ name: String) -> Bool {
        let lower = name.lowercased()
        return lower.hasSuffix(".warc") || lower.hasSuffix(".warc.gz")
    }

    let path: String
    private let stream: ByteStream
    private var buffer: UnsafeMutablePointer<UInt8>
    private var capacity = 1 << 20
    private var start = 0, end = 0
    private var ended = false
    /// Records seen so far, of every type.
    private(set) var recordCount = 0
    private(set) var pageCount = 0
    /// Records skipped, by what they were (`request`, `metadata`, `response (image/jpeg)`…).
    private(set) var skipped: [String: Int] = [:]
    /// Why reading stopped before the end of the file, when it did.
    private(set) var stop: String?
    /// Records larger than this are skipped unread.
    static let largestRecord = 64 << 20

    convenience init?(file: URL, path: String) {
        guard let stream = ByteStream(path: file.path) else { return nil }
        self.init(stream: stream, path: path)
    }

    /// A WARC file's bytes, handed over in memory; its pages are named after `path`.
    convenience init?(bytes: Data, path: String) {
        guard let stream = ByteStream(bytes: bytes) else { return nil }
        self.init(stream: stream, path: path)
    }

    private init(stream: ByteStream, path: String) {
        self.stream = stream
        self.path = path
        buffer = .allocate(capacity: capacity)
    }

    deinit { buffer.deallocate() }

    /// Reads more bytes into the buffer; false at the end of the data.
    private func fill() -> Bool {
        if ended { return false }
        if start > 0 {
            memmove(buffer, buffer + start, end - start)
            end -= start
            start = 0
        }
        if end == capacity {
            let larger = UnsafeMutablePointer<UInt8>.allocate(capacity: capacity * 2)
            larger.update(from: buffer, count: end)
            buffer.deallocate()
            buffer = larger
            capacity *= 2
        }
        let read = stream.read(into: buffer + end, count: capacity - end)
        if read == 0 {
            ended = true
            return false
        }
        end += read
        return true
    }

    /// The next line without its line end; nil at the end of the data.
    private func line() -> [UInt8]? {
        while true {
            if let newline = memchr(buffer + start, 0x0A, end - start) {
                let at = buffer.distance(to: newline.assumingMemoryBound(to: UInt8.self))
                var stop = at
                if stop > start && buffer[stop - 1] == 0x0D { stop -= 1 }
                let text = Array(UnsafeBufferPointer(start: buffer + start, count: stop - start))
                start = at + 1
                return text
            }
            if end - start > 1 << 20 { return nil }  // no line is that long in a WARC header
            if !fill() { return nil }
        }
    }

    /// Exactly `count` bytes (nil when the data ends first); with `keep` false they are skipped.
    private func bytes(_ count: Int, keep: Bool) -> [UInt8]? {
        var result: [UInt8] = []
        if keep { result.reserveCapacity(count) }
        var needed = count
        while needed > 0 {
            if start == end && !fill() { return nil }
            let take = min(needed, end - start)
            if keep { result.append(contentsOf: UnsafeBufferPointer(start: buffer + start, count: take)) }
            start += take
            needed -= take
        }
        return result
    }

    /// The next HTML page in the file; nil at its end (then ``stop`` says whether it ended early).
    func next() -> WARCPage? {
        while true {
            // Records are separated by blank lines.
            var first: [UInt8]?
            repeat { first = line() } while first?.isEmpty == true
            guard let first else {
                if let damage = stream.damage { stop = "\(damage) after record \(recordCount)" }
                return nil
            }
            guard first.starts(with: Array("WARC/".utf8)) else {
                stop = "record \(recordCount + 1) does not start with a WARC/ version line; reading stopped there"
                return nil
            }
            recordCount += 1
            var headers: [String: String] = [:]
            while true {
                guard let header = line() else {
                    stop = truncation()
                    return nil
                }
                if header.isEmpty { break }
                guard let colon = header.firstIndex(of: UInt8(ascii: ":")) else { continue }
                let name = String(decoding: header[..<colon], as: UTF8.self).lowercased()
                headers[name] = String(decoding: header[(colon + 1)...], as: UTF8.self).trimmingCharacters(in: .whitespaces)
            }
            guard let length = headers["content-length"].flatMap({ Int($0) }), length >= 0 else {
                stop = "record \(recordCount) has no Content-Length; reading stopped there"
                return nil
            }
            let type = headers["warc-type"]?.lowercased() ?? "untyped"
            let isResponse = type == "response" && (headers["content-type"]?.lowercased().contains("application/http") ?? true)
            if !isResponse || length > Self.largestRecord {
                guard bytes(length, keep: false) != nil else {
                    stop = truncation()
                    return nil
                }
                skipped[length > Self.largestRecord ? "response (over 64 MB)" : type, default: 0] += 1
                continue
            }
            guard let block = bytes(length, keep: true) else {
                stop = truncation()
                return nil
            }
            switch HTTPResponse.page(block) {
            case .html(let body, let charset):
                pageCount += 1
                return WARCPage(path: "\(path)#\(recordCount)", bytes: body, address: headers["warc-target-uri"].map(Self.unbracketed),
                                charset: charset, date: headers["warc-date"].flatMap { WebDate.parse($0) })
            case .skipped(let why):
                skipped["response (\(why))", default: 0] += 1
            }
        }
    }

    private func truncation() -> String {
        let damage = stream.damage.map { " (\($0))" } ?? ""
        return "truncated: the file ends inside record \(recordCount)\(damage); the \(recordCount - 1) complete record\(recordCount == 2 ? " was" : "s were") read"
    }

    /// WARC 1.0 wrote target URIs in angle brackets.
    private static func unbracketed(_ uri: String) -> String {
        uri.hasPrefix("<") && uri.hasSuffix(">") ? String(uri.dropFirst().dropLast()) : uri
    }

    /// One line on what was read and skipped: `12 pages; skipped 12 request, 1 warcinfo`.
    var summary: String {
        let skippedText = skipped.sorted { $0.key < $1.key }.map { "\($0.value) \($0.key)" }.joined(separator: ", ")
        return "\(pageCount) HTML page\(pageCount == 1 ? "" : "s") read from \(recordCount) record\(recordCount == 1 ? "" : "s")"
            + (skippedText.isEmpty ? "" : "; skipped: \(skippedText)")
    }
}

/// An HTTP response as a WARC `response` record holds it.
enum HTTPResponse {
    enum Outcome {
        case html(body: [UInt8], charset: String?)
        case skipped(String)
    }

    static func page(_ block: [UInt8]) -> Outcome {
        // The header ends at the first blank line (CRLF CRLF, or LF LF from sloppy servers).
        var headerEnd: Int?, bodyStart = 0
        var index = 0
        while index + 1 < block.count {
            if block[index] == 0x0A {
                if block[index + 1] == 0x0A { headerEnd = index; bodyStart = index + 2; break }
                if block[index + 1] == 0x0D, index + 2 < block.count, block[index + 2] == 0x0A { headerEnd = index; bodyStart = index + 3; break }
            }
            index += 1
        }
        guard let headerEnd else { return .skipped("no HTTP header") }
        let header = String(decoding: block[..<headerEnd], as: UTF8.self)
        var lines = header.split(whereSeparator: { $0 == "\n" || $0 == "\r\n" }).map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
        guard !lines.isEmpty else { return .skipped("no HTTP header") }
        let status = lines.removeFirst().split(separator: " ")
        guard status.count >= 2, status[0].hasPrefix("HTTP/"), let code = Int(status[1]) else { return .skipped("no HTTP status") }
        guard (200..<300).contains(code) else { return .skipped("status \(code)") }
        var fields: [String: String] = [:]
        for line in lines {
            guard let colon = line.firstIndex(of: ":") else { continue }
            fields[line[..<colon].lowercased()] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
        var body = Array(block[bodyStart...])
        if fields["transfer-encoding"]?.lowercased().contains("chunked") == true { body = dechunked(body) }
        if let coding = fields["content-encoding"]?.lowercased(), coding.contains("gzip") || coding.contains("deflate"),
           let inflated = Gzip.inflate(body) {
            body = inflated
        }
        let type = fields["content-type"]?.lowercased() ?? ""
        let isHTML = type.isEmpty ? HTMLPage.isHTML(path: "", bytes: body) : type.contains("html")
        guard isHTML else {
            let mime = type.split(separator: ";").first.map { $0.trimmingCharacters(in: .whitespaces) } ?? "no type"
            return .skipped(mime)
        }
        var charset: String?
        if let range = type.range(of: "charset=") {
            charset = type[range.upperBound...].prefix { $0 != ";" && $0 != " " }.trimmingCharacters(in: CharacterSet(charactersIn: "\"'"))
        }
        return .html(body: body, charset: charset)
    }

    /// A chunked body put back together; what can be read of a broken one.
    static func dechunked(_ body: [UInt8]) -> [UInt8] {
        var result: [UInt8] = []
        result.reserveCapacity(body.count)
        var index = 0
        while index < body.count {
            guard let lineEnd = body[index...].firstIndex(of: 0x0A) else { break }
            let sizeText = String(decoding: body[index..<lineEnd], as: UTF8.self)
                .split(separator: ";").first?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
            guard let size = Int(sizeText, radix: 16), size >= 0 else { break }
            if size == 0 { break }
            let dataStart = lineEnd + 1
            let dataEnd = min(body.count, dataStart + size)
            result.append(contentsOf: body[dataStart..<dataEnd])
            index = dataEnd
            // The CRLF after the chunk.
            if index < body.count, body[index] == 0x0D { index += 1 }
            if index < body.count, body[index] == 0x0A { index += 1 }
        }
        return result
    }
}

/// gzip and zlib data inflated in memory (a page's `Content-Encoding`).
enum Gzip {
    static func inflate(_ data: [UInt8]) -> [UInt8]? {
        guard !data.isEmpty else { return nil }
        var stream = z_stream()
        // 32 + 15: a gzip or a zlib header, told apart by zlib.
        guard dyad_inflate_init(&stream, 15 + 32) == Z_OK else { return nil }
        defer { inflateEnd(&stream) }
        var output: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        var input = data
        let status: Int32 = input.withUnsafeMutableBufferPointer { source in
            stream.next_in = source.baseAddress
            stream.avail_in = UInt32(source.count)
            var status = Z_OK
            while status == Z_OK {
                status = chunk.withUnsafeMutableBufferPointer { target in
                    stream.next_out = target.baseAddress
                    stream.avail_out = UInt32(target.count)
                    return CZlib.inflate(&stream, Z_NO_FLUSH)
                }
                output.append(contentsOf: chunk[0..<(chunk.count - Int(stream.avail_out))])
                if status == Z_BUF_ERROR && stream.avail_in == 0 { break }
            }
            return status
        }
        return status == Z_STREAM_END || !output.isEmpty ? output : nil
    }

    /// `data` as one gzip member (for tests and the benchmark's archive).
    static func deflate(_ data: [UInt8]) -> [UInt8] {
        var stream = z_stream()
        guard deflateInit2_(&stream, 6, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size)) == Z_OK else { return [] }
        defer { deflateEnd(&stream) }
        var output = [UInt8](repeating: 0, count: Int(deflateBound(&stream, UInt(data.count))) + 64)
        var input = data
        let written: Int = input.withUnsafeMutableBufferPointer { source in
            output.withUnsafeMutableBufferPointer { target in
                stream.next_in = source.baseAddress
                stream.avail_in = UInt32(source.count)
                stream.next_out = target.baseAddress
                stream.avail_out = UInt32(target.count)
                _ = CZlib.deflate(&stream, Z_FINISH)
                return target.count - Int(stream.avail_out)
            }
        }
        return Array(output[0..<written])
    }
}
