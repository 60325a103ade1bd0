import CLibXML2
import Foundation
import DyadText
import DyadModel

/// The encoding a page is read in, decided from its bytes before libxml2 parses it.
extension HTMLPage {
    /// The encoding to hand libxml2: a byte-order mark, else what the server said (`declared`,
    /// from a WARC record's `Content-Type`), else the page's `<meta charset>` or `http-equiv`
    /// declaration, else UTF-8 when the bytes are valid UTF-8, else a legacy code page guessed
    /// from the bytes (Windows-1258 for Vietnamese, else Windows-1252). A declaration the bytes
    /// contradict (invalid UTF-8 declared as UTF-8) or that libxml2 cannot convert is overruled,
    /// with a warning.
    static func encoding(of bytes: [UInt8], declared: String? = nil) -> (name: String, warning: String?) {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { return ("UTF-8", nil) }
        if bytes.starts(with: [0xFF, 0xFE]) { return ("UTF-16LE", nil) }
        if bytes.starts(with: [0xFE, 0xFF]) { return ("UTF-16BE", nil) }
        let validUTF8 = bytes.withUnsafeBufferPointer { TextDecoding.scanUTF8($0).isValid }
        let guess = validUTF8 ? "UTF-8" : TextDecoding.looksLikeWindows1258(bytes) ? "windows-1258" : "windows-1252"
        guard let stated = (declared.flatMap { $0.isEmpty ? nil : $0 }) ?? declaredCharset(bytes) else { return (guess, nil) }
        let name = canonicalEncoding(stated)
        if name == "UTF-8" {
            return validUTF8 ? (name, nil) : (guess, "declares UTF-8 but is not valid UTF-8; read as \(guess)")
        }
        if name.hasPrefix("utf-16") && !bytes.prefix(64).contains(0) {
            // Pages say UTF-16 while being served as ASCII-compatible bytes; the bytes win.
            return (guess, nil)
        }
        guard let handler = xmlFindCharEncodingHandler(name) else {
            return (guess, "declares the encoding '\(stated)', which cannot be converted; read as \(guess)")
        }
        xmlCharEncCloseFunc(handler)
        return (name, nil)
    }

    /// The WHATWG labels that mean another encoding than their name says.
    static func canonicalEncoding(_ label: String) -> String {
        let lower = String(label.lowercased().unicodeScalars.filter { !$0.properties.isWhitespace })
        switch lower {
        case "utf8", "utf-8", "unicode-1-1-utf-8": return "UTF-8"
        case "iso-8859-1", "iso8859-1", "latin1", "latin-1", "l1", "us-ascii", "ascii", "cp1252", "x-cp1252": return "windows-1252"
        case "cp1258", "x-cp1258": return "windows-1258"
        default: return lower
        }
    }

    /// The charset a page declares in its first 4 KB (`<meta charset="…">`, or `charset=` in an
    /// `http-equiv="Content-Type"` content): the byte-level prescan browsers do before parsing.
    static func declaredCharset(_ bytes: [UInt8]) -> String? {
        let limit = min(bytes.count, 4096)
        let needle = Array("charset".utf8)
        var index = 0
        while index + needle.count < limit {
            var matched = true
            for offset in 0..<needle.count where bytes[index + offset] | 0x20 != needle[offset] {
                matched = false
                break
            }
            if !matched {
                index += 1
                continue
            }
            var cursor = index + needle.count
            while cursor < limit, ScalarTable.shared.isASCIISpace(bytes[cursor]) { cursor += 1 }
            guard cursor < limit, bytes[cursor] == UInt8(ascii: "=") else {
                index = cursor
                continue
            }
            cursor += 1
            while cursor < limit, ScalarTable.shared.isASCIISpace(bytes[cursor]) || bytes[cursor] == 0x22 || bytes[cursor] == 0x27 { cursor += 1 }
            let start = cursor
            while cursor < limit, bytes[cursor] < 0x80, bytes[cursor] == UInt8(ascii: "-") || bytes[cursor] == UInt8(ascii: "_")
                    || bytes[cursor] == UInt8(ascii: ".") || bytes[cursor] == UInt8(ascii: ":")
                    || (bytes[cursor] >= 0x30 && bytes[cursor] <= 0x39) || (bytes[cursor] | 0x20 >= 0x61 && bytes[cursor] | 0x20 <= 0x7A) {
                cursor += 1
            }
            if cursor > start { return String(decoding: bytes[start..<cursor], as: UTF8.self) }
            index = cursor
        }
        return nil
    }
}
