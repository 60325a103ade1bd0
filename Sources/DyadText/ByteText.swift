import Foundation

/// Output text made as UTF-8 bytes, for the writers that handle every event: appending a
/// `String` copies its bytes (no `Character`s, no grapheme breaking), numbers are written digit
/// by digit, and article text is escaped by a table over its bytes. What the escapers write is
/// exactly what ``Escape``'s `String` versions write.
package struct ByteText {
    package var bytes: [UInt8] = []

    package init(capacity: Int = 0) { bytes.reserveCapacity(capacity) }

    package var data: Data { Data(bytes) }

    @inline(__always)
    package mutating func add(_ text: String) {
        var text = text
        text.withUTF8 { bytes.append(contentsOf: $0) }
    }

    @inline(__always)
    package mutating func add(_ text: StaticString) {
        text.withUTF8Buffer { bytes.append(contentsOf: $0) }
    }

    @inline(__always)
    package mutating func byte(_ value: UInt8) { bytes.append(value) }

    /// A decimal integer.
    package mutating func add(_ value: Int) {
        if value < 0 { bytes.append(UInt8(ascii: "-")) }
        var magnitude = value.magnitude
        if magnitude < 10 { bytes.append(UInt8(ascii: "0") + UInt8(magnitude)); return }
        var digits: (UInt64, UInt64, UInt64) = (0, 0, 0)
        var count = 0
        withUnsafeMutableBytes(of: &digits) { buffer in
            while magnitude > 0 {
                buffer[23 - count] = UInt8(ascii: "0") + UInt8(magnitude % 10)
                magnitude /= 10
                count += 1
            }
            bytes.append(contentsOf: buffer[(24 - count)...])
        }
    }

    /// `value` with zeros in front to `width` digits (non-negative values).
    package mutating func add(_ value: Int, width: Int) {
        var length = 1, rest = value
        while rest >= 10 { rest /= 10; length += 1 }
        if length < width { bytes.append(contentsOf: repeatElement(UInt8(ascii: "0"), count: width - length)) }
        add(value)
    }

    // MARK: Escaping

    /// What to do with an ASCII byte in each context: 0 copy it, 1 a space, 2 an entity or
    /// escape, 3 drop it.
    private static let xmlTable: [UInt8] = {
        var table = [UInt8](repeating: 0, count: 128)
        for byte in 0..<0x20 { table[byte] = 1 }
        table[0x7F] = 1
        table[Int(UInt8(ascii: "\n"))] = 0
        table[Int(UInt8(ascii: "\t"))] = 0
        for byte in "&<>\"'".utf8 { table[Int(byte)] = 2 }
        return table
    }()

    /// Text for XML, SVG and HTML content and attribute values, as ``Escape/xml(_:)`` writes it.
    package mutating func xml(_ text: String) {
        escape(text, table: Self.xmlTable) { output, source, index in
            switch source[index] {
            case UInt8(ascii: "&"): output.add("&amp;" as StaticString)
            case UInt8(ascii: "<"): output.add("&lt;" as StaticString)
            case UInt8(ascii: ">"): output.add("&gt;" as StaticString)
            case UInt8(ascii: "\""): output.add("&quot;" as StaticString)
            case UInt8(ascii: "'"): output.add("&#39;" as StaticString)
            default: output.bytes.append(0x20)
            }
            return 1
        }
    }

    /// Copies `text`, handing each ASCII byte whose `table` entry is not 0 to `special` (which
    /// writes its replacement and says how many bytes it used), dropping bidi controls and
    /// writing U+FFFE/U+FFFF as U+FFFD; runs of other bytes are copied at once.
    @inline(__always)
    private mutating func escape(_ text: String, table: [UInt8],
                                 _ special: (inout ByteText, UnsafeBufferPointer<UInt8>, Int) -> Int) {
        var text = text
        text.withUTF8 { source in
            var start = 0, index = 0
            let count = source.count
            while index < count {
                let byte = source[index]
                if byte < 0x80 {
                    if table[Int(byte)] == 0 { index += 1; continue }
                    bytes.append(contentsOf: source[start..<index])
                    index += special(&self, source, index)
                    start = index
                } else {
                    let length = Self.unsafeScalar(source, at: index)
                    if length < 0 {
                        bytes.append(contentsOf: source[start..<index])
                        if Self.isNonCharacter(source, at: index) { bytes.append(contentsOf: [0xEF, 0xBF, 0xBD]) }
                        index += -length
                        start = index
                    } else {
                        index += length
                    }
                }
            }
            bytes.append(contentsOf: source[start..<count])
        }
    }

    /// A JSON string for a `<script type="application/json">` block: quoted, with `"`, `\\`,
    /// `\n` and `\t` escaped, `<`, `>` and `&` as `\u003c`… (so `</script>` cannot end the
    /// block), other control characters as spaces, bidi controls dropped and U+FFFE/U+FFFF as
    /// U+FFFD, as in the page's markup.
    package mutating func scriptJSON(_ text: String) {
        bytes.append(UInt8(ascii: "\""))
        escape(text, table: Self.scriptJSONTable) { output, source, index in
            switch source[index] {
            case UInt8(ascii: "\""): output.add("\\\"" as StaticString)
            case UInt8(ascii: "\\"): output.add("\\\\" as StaticString)
            case UInt8(ascii: "\n"): output.add("\\n" as StaticString)
            case UInt8(ascii: "\t"): output.add("\\t" as StaticString)
            case UInt8(ascii: "<"): output.add("\\u003c" as StaticString)
            case UInt8(ascii: ">"): output.add("\\u003e" as StaticString)
            case UInt8(ascii: "&"): output.add("\\u0026" as StaticString)
            default: output.bytes.append(0x20)
            }
            return 1
        }
        bytes.append(UInt8(ascii: "\""))
    }

    private static let scriptJSONTable: [UInt8] = {
        var table = [UInt8](repeating: 0, count: 128)
        for byte in 0..<0x20 { table[byte] = 1 }
        for byte in "\u{7F}\"\\<>&".utf8 { table[Int(byte)] = 1 }
        return table
    }()

    /// One Markdown table cell, as ``Escape/markdownCell(_:)`` writes it but over bytes: `|`,
    /// backslashes and markup characters escaped with a backslash, line breaks (`\r\n` as one)
    /// and control characters as spaces, tabs kept, bidi controls dropped, U+FFFE/U+FFFF as
    /// U+FFFD. (Over bytes, a combining mark after `|` or `*` no longer hides it from escaping,
    /// as it did over `Character`s, while GFM still saw the `|`.)
    package mutating func markdownCell(_ text: String) {
        escape(text, table: Self.markdownTable) { output, source, index in
            switch Self.markdownTable[Int(source[index])] {
            case 1: output.bytes.append(0x20); return 1
            case 2: output.bytes.append(UInt8(ascii: "\\")); output.bytes.append(source[index]); return 1
            default:
                // \r: a space, and the \n of a \r\n with it.
                output.bytes.append(0x20)
                return index + 1 < source.count && source[index + 1] == 0x0A ? 2 : 1
            }
        }
    }

    /// For Markdown cells: 0 copy, 1 a space, 2 a backslash first, 3 `\r`.
    private static let markdownTable: [UInt8] = {
        var table = [UInt8](repeating: 0, count: 128)
        for byte in 0..<0x20 { table[byte] = 1 }
        table[0x7F] = 1
        table[0x09] = 0
        table[0x0D] = 3
        for byte in "|\\`*_[]<>#~".utf8 { table[Int(byte)] = 2 }
        return table
    }()

    /// One CSV field (RFC 4180), as ``Escape/csv(_:)`` writes it but over bytes: the text made
    /// plain (control characters other than line breaks and tabs as spaces, bidi controls
    /// dropped, U+FFFE/U+FFFF as U+FFFD), a leading `=`, `+`, `-`, `@`, tab or lone CR
    /// neutralised with `'`, and the field quoted, quotes doubled, when it holds a comma, a
    /// quote or a line break.
    package mutating func csvField(_ text: String) {
        var text = text
        text.withUTF8 { source in
            var clean = true
            for byte in source where byte < 0x20 && byte != 0x0A && byte != 0x0D && byte != 0x09 || byte == 0x7F || byte >= 0xD8 {
                clean = false
                break
            }
            if clean { return csvField(plain: source) }
            var plain = ByteText(capacity: source.count)
            plain.appendPlain(source)
            plain.bytes.withUnsafeBufferPointer { csvField(plain: $0) }
        }
    }

    /// A CSV field of text already plain.
    private mutating func csvField(plain source: UnsafeBufferPointer<UInt8>) {
        let count = source.count
        var quote = false
        for byte in source where byte == UInt8(ascii: ",") || byte == UInt8(ascii: "\"") || byte == 0x0A || byte == 0x0D {
            quote = true
            break
        }
        if quote { bytes.append(UInt8(ascii: "\"")) }
        if count > 0 {
            let first = source[0]
            let formula = first == UInt8(ascii: "=") || first == UInt8(ascii: "+") || first == UInt8(ascii: "-")
                || first == UInt8(ascii: "@") || first == 0x09 || (first == 0x0D && !(count > 1 && source[1] == 0x0A))
            if formula { bytes.append(UInt8(ascii: "'")) }
        }
        guard quote else { return bytes.append(contentsOf: source) }
        var start = 0
        for index in 0..<count where source[index] == UInt8(ascii: "\"") {
            bytes.append(contentsOf: source[start...index])
            start = index
        }
        bytes.append(contentsOf: source[start..<count])
        bytes.append(UInt8(ascii: "\""))
    }

    /// `source` as ``Escape/plain(_:)`` makes it: control characters other than line breaks and
    /// tabs as spaces, bidi controls dropped, U+FFFE/U+FFFF as U+FFFD.
    package mutating func appendPlain(_ source: UnsafeBufferPointer<UInt8>) {
        var index = 0
        let count = source.count
        while index < count {
            let byte = source[index]
            if byte < 0x80 {
                bytes.append(byte < 0x20 && byte != 0x0A && byte != 0x0D && byte != 0x09 || byte == 0x7F ? 0x20 : byte)
                index += 1
            } else {
                let length = Self.unsafeScalar(source, at: index)
                if length < 0 {
                    if Self.isNonCharacter(source, at: index) { bytes.append(contentsOf: [0xEF, 0xBF, 0xBD]) }
                    index += -length
                } else {
                    bytes.append(contentsOf: source[index..<(index + length)])
                    index += length
                }
            }
        }
    }

    /// The length of the UTF-8 sequence at `index`, negated when it is a scalar that must not be
    /// copied: a bidi control (dropped) or U+FFFE/U+FFFF (written as U+FFFD).
    @inline(__always)
    private static func unsafeScalar(_ source: UnsafeBufferPointer<UInt8>, at index: Int) -> Int {
        let lead = source[index]
        if lead < 0xE0 {
            // U+061C, the Arabic letter mark: D8 9C.
            if lead == 0xD8, index + 1 < source.count, source[index + 1] == 0x9C { return -2 }
            return 2
        }
        if lead >= 0xF0 { return 4 }
        guard index + 2 < source.count else { return 3 }
        let second = source[index + 1], third = source[index + 2]
        if lead == 0xE2 {
            // U+200E, U+200F, U+202A–U+202E: E2 80 8E/8F/AA–AE; U+2066–U+2069: E2 81 A6–A9.
            if second == 0x80, third == 0x8E || third == 0x8F || (0xAA...0xAE).contains(third) { return -3 }
            if second == 0x81, (0xA6...0xA9).contains(third) { return -3 }
        } else if lead == 0xEF, second == 0xBF, third == 0xBE || third == 0xBF {
            return -3
        }
        return 3
    }

    /// Whether the three bytes at `index` are U+FFFE or U+FFFF.
    @inline(__always)
    private static func isNonCharacter(_ source: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        source[index] == 0xEF && source[index + 1] == 0xBF && (source[index + 2] == 0xBE || source[index + 2] == 0xBF)
    }
}
