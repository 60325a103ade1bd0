/// Splits text into ``Token``s. Words are runs of letters (with combining marks, digits and
/// inner apostrophes); numbers are runs of ASCII digits; every other visible character is a
/// punctuation token of its own.
///
/// This runs over every byte of every body sentence, so it works on UTF-8 bytes with a table
/// of scalar classes (``ScalarTable``), not on `Character`s.
public enum Tokenizer {
    public static func tokenize(_ text: String) -> [Token] {
        text.withUTF8Bytes { tokenize(bytes: $0) }
    }

    static func tokenize(bytes: UnsafeBufferPointer<UInt8>) -> [Token] {
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

        func text(_ from: Int, _ to: Int) -> String {
            String(decoding: UnsafeBufferPointer(rebasing: bytes[from..<to]), as: UTF8.self)
        }

        func lowered(_ from: Int, _ to: Int) -> String {
            var view = String.UnicodeScalarView()
            var index = from
            while index < to {
                let (value, length) = decodeScalar(bytes, at: index)
                view.append(Unicode.Scalar(table.lower(value)) ?? " ")
                index += length
            }
            return String(view)
        }

        func flush() {
            guard start >= 0 else { return }
            var wordEnd = end
            // A closing quotation mark is not part of the word before it.
            let splitQuote = kind == .word && scalars > 1 && apostropheAt >= 0
            if splitQuote { wordEnd = apostropheAt }
            let written = text(start, wordEnd)
            tokens.append(Token(text: written, lower: hasUpper ? lowered(start, wordEnd) : nil, kind: kind,
                                spaceBefore: pendingSpace, offset: startOffset))
            if splitQuote {
                let quote = text(apostropheAt, end)
                tokens.append(Token(text: quote, lower: nil, kind: .punctuation, spaceBefore: false,
                                    offset: startOffset + scalars - 1))
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
        return tokens
    }
}
