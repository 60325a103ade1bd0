import CLibXML2
import Foundation
import DyadText
import DyadModel

/// Reads a web page with libxml2's HTML parser (error-tolerant, as browsers are) and finds its
/// publication date, title, address, language and main text by the page's own structure.
enum HTMLPage {
    /// libxml2 is initialised once, before any thread parses.
    private static let initialised: Bool = {
        xmlInitParser()
        return true
    }()

    /// Whether a file is to be read as a web page: by its extension, else when its first bytes
    /// open an HTML document (`<!DOCTYPE html`, `<html`).
    static func isHTML(path: String, bytes: [UInt8]) -> Bool {
        let lower = path.lowercased()
        if lower.hasSuffix(".html") || lower.hasSuffix(".htm") || lower.hasSuffix(".xhtml") { return true }
        var index = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        while index < bytes.count, index < 512, ScalarTable.shared.isASCIISpace(bytes[index]) { index += 1 }
        let head = String(decoding: bytes[index..<min(bytes.count, index + 14)], as: UTF8.self).lowercased()
        return head.hasPrefix("<!doctype html") || head.hasPrefix("<html")
    }

    // MARK: Reading a page

    /// Reads `bytes` as a web page. `address` is where it was fetched from (a WARC record's
    /// target), used for dates in the address when the page names no canonical one;
    /// `charset` is what the server declared.
    static func read(_ bytes: [UInt8], address: String? = nil, charset: String? = nil, tracing: Bool = false) -> WebPage {
        _ = initialised
        let (encoding, encodingWarning) = encoding(of: bytes, declared: charset)
        var page = WebPage()
        page.encoding = encoding
        if let encodingWarning { page.warnings.append(encodingWarning) }
        guard !bytes.isEmpty else {
            page.warnings.append("the page is empty")
            return page
        }
        var (document, errors) = parse(bytes, encoding: encoding)
        if errors > 0 {
            // libxml2 stops converting at the first byte the code page does not define (Windows-1252
            // leaves five undefined): those bytes are made `?` and the page parsed again.
            let undefined = undefinedBytes(encoding)
            let count = bytes.reduce(0) { $0 + (undefined.contains($1) ? 1 : 0) }
            if count > 0 {
                if let document { xmlFreeDoc(document) }
                (document, errors) = parse(bytes.map { undefined.contains($0) ? 0x3F : $0 }, encoding: encoding)
                page.warnings.append("\(count) byte\(count == 1 ? "" : "s") that \(encoding) does not define read as '?'")
            }
            if errors > 0 {
                page.warnings.append("\(errors) encoding error\(errors == 1 ? "" : "s") while converting from \(encoding); the text stops there")
            }
        }
        guard let document, let root = xmlDocGetRootElement(document) else {
            if let document { xmlFreeDoc(document) }
            page.warnings.append("no HTML document could be read from the page")
            return page
        }
        defer { xmlFreeDoc(document) }
        var reader = PageWalker(root: root, tracing: tracing)
        reader.read(into: &page, address: address)
        return page
    }
}

extension HTMLPage {
    /// The page parsed by libxml2, and how many conversion errors it reported (counted by the
    /// handler installed for this thread, never printed).
    static func parse(_ bytes: [UInt8], encoding: String) -> (htmlDocPtr?, Int) {
        var counts: [Int32] = [0, 0]
        let options = Int32(bitPattern: HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
                            | HTML_PARSE_NONET.rawValue | HTML_PARSE_COMPACT.rawValue)
        let document: htmlDocPtr? = counts.withUnsafeMutableBufferPointer { counts in
            dyad_xml_quiet(counts.baseAddress)
            defer { dyad_xml_release() }
            return bytes.withUnsafeBufferPointer { buffer in
                buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) { base in
                    htmlReadMemory(base, Int32(clamping: buffer.count), nil, encoding, options)
                }
            }
        }
        return (document, Int(counts[0]))
    }

    /// The byte values a single-byte code page leaves undefined (none for other encodings), as
    /// iconv, which libxml2 converts with, sees them.
    static func undefinedBytes(_ encoding: String) -> Set<UInt8> {
        let lower = encoding.lowercased()
        guard lower.hasPrefix("windows-") || lower.hasPrefix("iso-8859") || lower.hasPrefix("cp") || lower.hasPrefix("koi8") else { return [] }
        let converter = iconv_open("UTF-8", encoding)
        guard converter != iconv_t(bitPattern: -1) else { return [] }
        defer { iconv_close(converter) }
        var undefined = Set<UInt8>()
        for value in UInt8(0x80)...UInt8(0xFF) {
            var input: [CChar] = [CChar(bitPattern: value)]
            var output = [CChar](repeating: 0, count: 8)
            let converted = input.withUnsafeMutableBufferPointer { source in
                output.withUnsafeMutableBufferPointer { target in
                    var inPointer: UnsafeMutablePointer<CChar>? = source.baseAddress
                    var outPointer: UnsafeMutablePointer<CChar>? = target.baseAddress
                    var inLeft = 1, outLeft = 8
                    return iconv(converter, &inPointer, &inLeft, &outPointer, &outLeft)
                }
            }
            if converted == -1 { undefined.insert(value) }
            iconv(converter, nil, nil, nil, nil)
        }
        return undefined
    }
}
