/// Splits text into ``Token``s. Words are runs of letters (with combining marks, digits and
/// inner apostrophes); numbers are runs of ASCII digits; every other visible character is a
/// punctuation token of its own.
///
/// This runs over every byte of every body sentence, so it works on UTF-8 bytes with a table
/// of scalar classes (``ScalarTable``), not on `Character`s.
public enum Tokenizer {
    /// The text's tokens; with `index`, each token carries the bits of the lexicons whose
    /// phrases can start with it (without, every lexicon looks at every token).
    public static func tokenize(_ text: String, classifiedBy index: FirstWordIndex? = nil) -> TokenList {
        text.withUTF8Bytes { tokenize(bytes: $0, classifiedBy: index) }
    }

    static func tokenize(bytes: UnsafeBufferPointer<UInt8>, classifiedBy index: FirstWordIndex?) -> TokenList {
        let table = ScalarTable.shared
        var tokens: [Token] = []
        tokens.reserveCapacity(bytes.count / 5)
        var start = -1              // byte where the current token starts; -1 when none
        var end = 0                 // byte after its last scalar
        var kind: Token.Kind = .word
        var startOffset = 0         // its first scalar's offset
        var scalars = 0             // scalars in it
        var hasUpper = false
        var apostropheAt = -1       // byte of its last scalar when that is an apostrophe
        var sawSpace = false
        var pendingSpace = false
        var offset = 0

        /// The lower-cased bytes of every token with an upper-case letter, one after another.
        var lowered: [UInt8] = []

        /// Appends the token's bytes lower-cased (scalar by scalar) to `lowered`; their range
        /// and fingerprint.
        func lower(_ from: Int, _ to: Int) -> (Range<Int>, UInt64) {
            let first = lowered.count
            var index = from
            while index < to {
                let (value, length) = decodeScalar(bytes, at: index)
                let lower = table.lower(value)
                if lower == value {
                    lowered.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[index..<(index + length)]))
                } else {
                    appendUTF8(Unicode.Scalar(lower) ?? " ", to: &lowered)
                }
                index += length
            }
            let hash = lowered.withUnsafeBufferPointer { fingerprint(UnsafeBufferPointer(rebasing: $0[first...])) }
            return (first..<lowered.count, hash)
        }

        /// The value of a run of at most nine ASCII digits; -1 otherwise.
        func number(_ from: Int, _ to: Int) -> Int32 {
            guard to - from <= 9 else { return -1 }
            var value: Int32 = 0
            for byte in bytes[from..<to] {
                guard byte >= 0x30, byte <= 0x39 else { return -1 }
                value = value * 10 + Int32(byte - 0x30)
            }
            return value
        }

        func append(_ from: Int, _ to: Int, kind: Token.Kind, spaceBefore: Bool, offset: Int, upper: Bool) {
            let hash = fingerprint(UnsafeBufferPointer(rebasing: bytes[from..<to]))
            let (lowerRange, lowerHash) = upper ? lower(from, to) : (0..<0, hash)
            tokens.append(Token(kind: kind, spaceBefore: spaceBefore, offset: offset, start: Int32(from), end: Int32(to),
                                lowerStart: Int32(lowerRange.lowerBound), lowerEnd: Int32(lowerRange.upperBound),
                                number: kind == .number ? number(from, to) : -1, textHash: hash, lowerHash: lowerHash,
                                firstWordClasses: index?.classes(text: hash, lower: lowerHash) ?? .max))
        }

        func flush() {
            guard start >= 0 else { return }
            var wordEnd = end
            // A closing quotation mark is not part of the word before it.
            let splitQuote = kind == .word && scalars > 1 && apostropheAt >= 0
            if splitQuote { wordEnd = apostropheAt }
            append(start, wordEnd, kind: kind, spaceBefore: pendingSpace, offset: startOffset, upper: hasUpper)
            if splitQuote {
                append(apostropheAt, end, kind: .punctuation, spaceBefore: false, offset: startOffset + scalars - 1, upper: false)
            }
            start = -1
            pendingSpace = false
        }

        var index = 0
        while index < bytes.count {
            let (value, length) = decodeScalar(bytes, at: index)
            defer { index += length; offset += 1 }
            let scalarClass = table.kind(value)
            let next: Token.Kind
            switch scalarClass {
            case .space:
                flush()
                sawSpace = true
                continue
            case .apostrophe where start >= 0 && kind == .word, .mark where start >= 0 && kind == .word:
                // An apostrophe inside a word (O'Brien) and a combining mark stay in the word.
                apostropheAt = scalarClass == .apostrophe ? index : -1
                end = index + length
                scalars += 1
                continue
            case .digit: next = .number
            case .letter: next = .word
            default: next = .punctuation
            }
            // Letters followed by digits (G7, G20) stay one word.
            if start >= 0, next == .punctuation || (next != kind && !(kind == .word && next == .number)) {
                flush()
            }
            if start < 0 {
                start = index
                kind = next
                startOffset = offset
                scalars = 0
                hasUpper = false
                pendingSpace = sawSpace || tokens.isEmpty
                sawSpace = false
            }
            apostropheAt = -1
            end = index + length
            scalars += 1
            if table.lower(value) != value { hasUpper = true }
            if next == .punctuation { flush() }
        }
        flush()
        return TokenList(bytes: Array(bytes), lowered: lowered, tokens: tokens)
    }
}

/// Appends the scalar's UTF-8 bytes.
@inline(__always)
func appendUTF8(_ scalar: Unicode.Scalar, to bytes: inout [UInt8]) {
    let value = scalar.value
    switch value {
    case ..<0x80:
        bytes.append(UInt8(value))
    case ..<0x800:
        bytes.append(UInt8(0xC0 | value >> 6)); bytes.append(UInt8(0x80 | value & 0x3F))
    case ..<0x10000:
        bytes.append(UInt8(0xE0 | value >> 12)); bytes.append(UInt8(0x80 | value >> 6 & 0x3F))
        bytes.append(UInt8(0x80 | value & 0x3F))
    default:
        bytes.append(UInt8(0xF0 | value >> 18)); bytes.append(UInt8(0x80 | value >> 12 & 0x3F))
        bytes.append(UInt8(0x80 | value >> 6 & 0x3F)); bytes.append(UInt8(0x80 | value & 0x3F))
    }
}
