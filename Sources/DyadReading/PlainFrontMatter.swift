import DyadModel

/// Front matter as almost every article writes it — one `key: value` line per known key, each key
/// once — read straight from its bytes, with no YAML parser. It gives exactly what the parser
/// would, because it takes only what YAML reads as a plain string:
/// - every line is a known key (`published`, `url`, `source`, `title`, `language`), a colon,
///   spaces and a value; no key twice; no blank, comment or indented line;
/// - a value does not start with one of YAML's indicators (`- ? : , [ ] { } # & * ! | > ' " % @`
///   and the backquote), holds no `: ` or ` #`, does not end with a colon or a space, and has no
///   tab, control character or character YAML reads as a line break or will not print;
/// - every value is one the field takes without a warning (a date that is a date).
/// Anything else — quoting, lists, comments, an unknown key, a bad date — goes to Yams, whose
/// warnings name the line.
enum PlainFrontMatter {
    /// The metadata of the block's lines (each ending with a line feed), or nil when a line is
    /// not plain.
    static func read(_ block: ArraySlice<UInt8>) -> DocumentMetadata? {
        guard !block.isEmpty else { return nil }
        var metadata = DocumentMetadata()
        var seen: Set<String> = []
        var lineStart = block.startIndex
        while lineStart < block.endIndex {
            guard let lineEnd = block[lineStart...].firstIndex(of: UInt8(ascii: "\n")),
                  let colon = block[lineStart..<lineEnd].firstIndex(of: UInt8(ascii: ":")) else { return nil }
            let key = String(decoding: block[lineStart..<colon], as: UTF8.self)
            guard MetadataFields.keys.contains(key), seen.insert(key).inserted else { return nil }
            var valueStart = colon + 1
            guard valueStart < lineEnd, block[valueStart] == 0x20 else { return nil }
            while valueStart < lineEnd, block[valueStart] == 0x20 { valueStart += 1 }
            let value = block[valueStart..<lineEnd]
            guard isPlain(value), MetadataFields.apply(key: key, value: String(decoding: value, as: UTF8.self), to: &metadata) == nil else {
                return nil
            }
            lineStart = lineEnd + 1
        }
        return metadata
    }

    private static let indicators = Set("-?:,[]{}#&*!|>'\"%@`".utf8)

    /// Whether YAML reads the bytes (valid, composed UTF-8) as a plain scalar, exactly as written.
    static func isPlain(_ value: ArraySlice<UInt8>) -> Bool {
        guard let first = value.first, let last = value.last, !indicators.contains(first),
              last != 0x20, last != UInt8(ascii: ":") else { return false }
        var previous: UInt8 = 0
        var index = value.startIndex
        while index < value.endIndex {
            let byte = value[index]
            if byte < 0x20 || byte == 0x7F { return false }
            if byte == 0x20, previous == UInt8(ascii: ":") { return false }
            if byte == UInt8(ascii: "#"), previous == 0x20 { return false }
            if byte == 0xC2, index + 1 < value.endIndex, value[index + 1] < 0xA0 { return false }  // C1 controls, NEL
            if byte == 0xE2, index + 2 < value.endIndex, value[index + 1] == 0x80,
               value[index + 2] == 0xA8 || value[index + 2] == 0xA9 { return false }  // line and paragraph separators
            if byte == 0xEF, index + 2 < value.endIndex,
               (value[index + 1] == 0xBB && value[index + 2] == 0xBF) || (value[index + 1] == 0xBF && value[index + 2] >= 0xBE) {
                return false  // a byte-order mark, U+FFFE, U+FFFF
            }
            previous = byte
            index += 1
        }
        return true
    }
}
