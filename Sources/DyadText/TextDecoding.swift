import Foundation

/// Why a file's bytes could not be read as article text.
public enum DecodingError: Error, Equatable, CustomStringConvertible {
    case binary(kind: String)
    case invalidUTF8(offset: Int, looksLikeWindows1258: Bool)
    case invalidUTF16(offset: Int)

    public var description: String {
        switch self {
        case .binary(let kind):
            return "is a binary file (\(kind)), not text"
        case .invalidUTF8(let offset, let legacy):
            var text = "is not valid UTF-8 (first bad byte at offset \(offset))"
            if legacy { text += "; it looks like legacy Vietnamese Windows-1258: convert it with `iconv -f WINDOWS-1258 -t UTF-8`" }
            return text
        case .invalidUTF16(let offset):
            return "is not valid UTF-16 (first bad unit at byte offset \(offset))"
        }
    }
}

/// Turns a file's bytes into normalised text: BOMs removed, UTF-16 decoded, line ends made `\n`,
/// Unicode composed (NFC) so that decomposed Vietnamese matches the lexicons.
public enum TextDecoding {
    private static let signatures: [([UInt8], String)] = [
        ([0x89, 0x50, 0x4E, 0x47], "PNG image"),
        ([0x25, 0x50, 0x44, 0x46], "PDF document"),
        ([0xFF, 0xD8, 0xFF], "JPEG image"),
        ([0x47, 0x49, 0x46, 0x38], "GIF image"),
        ([0x50, 0x4B, 0x03, 0x04], "ZIP archive or Office document"),
        ([0x1F, 0x8B], "gzip archive"),
        ([0x7F, 0x45, 0x4C, 0x46], "executable"),
    ]

    public static func decode(_ bytes: [UInt8]) throws(DecodingError) -> String {
        String(decoding: try normalisedUTF8(bytes), as: UTF8.self)
    }

    /// The bytes as normalised text (see ``decode(_:)``), kept as UTF-8 bytes. Most files are
    /// valid UTF-8 already in NFC with `\n` line ends: they are checked in one pass and handed
    /// back as they are, never made into a `String` (which would check and copy them again).
    package static func normalisedUTF8(_ bytes: [UInt8]) throws(DecodingError) -> [UInt8] {
        let body: [UInt8]
        let base: Int
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            body = Array(bytes.dropFirst(3))
            base = 3
        } else if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            let text = Array(normalise(try utf16(Array(bytes.dropFirst(2)), littleEndian: bytes[0] == 0xFF)).utf8)
            if let nul = firstNUL(text) { throw .binary(kind: "contains a NUL character (at character \(String(decoding: text[..<nul], as: UTF8.self).unicodeScalars.count + 1))") }
            return text
        } else {
            for (magic, kind) in signatures where bytes.starts(with: magic) {
                throw .binary(kind: kind)
            }
            body = bytes
            base = 0
        }
        // Anywhere in the file, not only its first block: a NUL cut the DOT text Graphviz read
        // and failed the whole build without naming the file.
        if let nul = firstNUL(body) { throw .binary(kind: "contains NUL bytes (the first at offset \(base + nul))") }
        let scan = body.withUnsafeBufferPointer(scanUTF8)
        guard scan.isValid else {
            throw .invalidUTF8(offset: base + (firstInvalidUTF8Offset(body) ?? 0), looksLikeWindows1258: looksLikeWindows1258(body))
        }
        let hasCarriageReturn = body.withUnsafeBufferPointer { $0.count > 0 && memchr($0.baseAddress!, 13, $0.count) != nil }
        if scan.isSurelyNFC && !hasCarriageReturn { return body }
        return Array(normalise(String(decoding: body, as: UTF8.self)).utf8)
    }

    /// The offset of the first NUL byte, found with `memchr` (gigabytes a second).
    private static func firstNUL(_ bytes: [UInt8]) -> Int? {
        bytes.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress, let found = memchr(base, 0, buffer.count) else { return nil }
            return UnsafeRawPointer(found) - UnsafeRawPointer(base)
        }
    }

    /// `\r\n` and `\r` become `\n`; the text is composed to NFC.
    public static func normalise(_ text: String) -> String {
        var result = text
        if result.withUTF8Bytes({ $0.count > 0 && memchr($0.baseAddress!, 13, $0.count) != nil }) {
            result = result.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
        }
        return isSurelyNFC(result) ? result : result.precomposedStringWithCanonicalMapping
    }

    /// Whether `text` is certainly in NFC without normalising it (see ``scanUTF8(_:)``).
    static func isSurelyNFC(_ text: String) -> Bool {
        text.withUTF8Bytes { scanUTF8($0).isSurelyNFC }
    }

    /// What one pass over bytes found: whether they are valid UTF-8 and, if so, whether they are
    /// certainly in NFC.
    package struct UTF8Scan: Equatable {
        package var isValid: Bool
        var isSurelyNFC: Bool
    }

    /// Checks that `bytes` are valid UTF-8 (the rules of Unicode's table 3-7: no overlong forms,
    /// no surrogates, nothing past U+10FFFF) and, in the same pass, whether they are certainly
    /// in NFC: every scalar below U+0300, or a precomposed letter of Latin Extended Additional
    /// (U+1E00–U+1EFF, where Vietnamese's letters with two marks live), or ordinary punctuation
    /// (U+2010–U+205E) — none of which decomposes or combines. Anything else needs the full
    /// normalisation. Eight bytes at a time are skipped while they are all ASCII.
    package static func scanUTF8(_ bytes: UnsafeBufferPointer<UInt8>) -> UTF8Scan {
        guard let base = bytes.baseAddress else { return UTF8Scan(isValid: true, isSurelyNFC: true) }
        let count = bytes.count
        var surelyNFC = true
        var index = 0
        while index < count {
            if index + 8 <= count {
                let word = UInt64(littleEndian: UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self))
                let high = word & 0x8080_8080_8080_8080
                if high == 0 { index += 8; continue }
                index += high.trailingZeroBitCount / 8
            }
            let lead = base[index]
            if lead < 0x80 { index += 1; continue }
            // The scalar's length and the range its second byte must lie in.
            let length: Int
            let secondRange: ClosedRange<UInt8>
            switch lead {
            case 0xC2...0xDF: length = 2; secondRange = 0x80...0xBF
            case 0xE0: length = 3; secondRange = 0xA0...0xBF
            case 0xE1...0xEC, 0xEE...0xEF: length = 3; secondRange = 0x80...0xBF
            case 0xED: length = 3; secondRange = 0x80...0x9F
            case 0xF0: length = 4; secondRange = 0x90...0xBF
            case 0xF1...0xF3: length = 4; secondRange = 0x80...0xBF
            case 0xF4: length = 4; secondRange = 0x80...0x8F
            default: return UTF8Scan(isValid: false, isSurelyNFC: false)
            }
            guard index + length <= count, secondRange.contains(base[index + 1]) else {
                return UTF8Scan(isValid: false, isSurelyNFC: false)
            }
            for next in 2..<length where base[index + next] & 0xC0 != 0x80 {
                return UTF8Scan(isValid: false, isSurelyNFC: false)
            }
            // Lead bytes below 0xCC start scalars below U+0300. E1 B8…BB starts U+1E00–U+1EFF;
            // E2 80 90…E2 81 9E is U+2010–U+205E.
            if lead >= 0xCC, surelyNFC {
                let second = base[index + 1], third = length > 2 ? base[index + 2] : 0
                let listed = (lead == 0xE1 && (0xB8...0xBB).contains(second))
                    || (lead == 0xE2 && ((second == 0x80 && third >= 0x90) || (second == 0x81 && third <= 0x9E)))
                if !listed { surelyNFC = false }
            }
            index += length
        }
        return UTF8Scan(isValid: true, isSurelyNFC: surelyNFC)
    }

    private static func utf16(_ bytes: [UInt8], littleEndian: Bool) throws(DecodingError) -> String {
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count / 2)
        var index = 0
        while index + 1 < bytes.count {
            let a = UInt16(bytes[index]), b = UInt16(bytes[index + 1])
            units.append(littleEndian ? a | (b << 8) : (a << 8) | b)
            index += 2
        }
        var output = ""
        var iterator = units.makeIterator()
        var decoder = UTF16()
        var unitIndex = 0
        loop: while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar): output.unicodeScalars.append(scalar)
            case .emptyInput: break loop
            case .error: throw .invalidUTF16(offset: 2 + unitIndex * 2)
            }
            unitIndex += 1
        }
        return output
    }

    /// The offset of the first byte that breaks UTF-8, or nil when the bytes are valid.
    public static func firstInvalidUTF8Offset(_ bytes: [UInt8]) -> Int? {
        var index = 0
        let count = bytes.count
        while index < count {
            let byte = bytes[index]
            if byte < 0x80 { index += 1; continue }
            let length: Int
            var minimum: UInt32
            switch byte {
            case 0xC2...0xDF: length = 2; minimum = 0x80
            case 0xE0...0xEF: length = 3; minimum = 0x800
            case 0xF0...0xF4: length = 4; minimum = 0x10000
            default: return index
            }
            guard index + length <= count else { return index }
            var scalar = UInt32(byte) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
            for next in 1..<length {
                let continuation = bytes[index + next]
                guard continuation & 0xC0 == 0x80 else { return index }
                scalar = (scalar << 6) | UInt32(continuation & 0x3F)
            }
            if scalar < minimum || scalar > 0x10FFFF || (0xD800...0xDFFF).contains(scalar) { return index }
            index += length
        }
        return nil
    }

    /// Windows-1258 writes Vietnamese tones as separate combining bytes (0xCC grave, 0xEC acute,
    /// 0xD2 hook, 0xDE tilde, 0xF2 dot below) after a vowel; many of them after ASCII vowels is
    /// that encoding's signature.
    package static func looksLikeWindows1258(_ bytes: [UInt8]) -> Bool {
        let tones: Set<UInt8> = [0xCC, 0xEC, 0xD2, 0xDE, 0xF2]
        let vowels = Set("aeiouyAEIOUY".utf8)
        var hits = 0
        for index in 1..<max(bytes.count, 1) where tones.contains(bytes[index]) && vowels.contains(bytes[index - 1]) {
            hits += 1
            if hits >= 3 { return true }
        }
        return false
    }
}
