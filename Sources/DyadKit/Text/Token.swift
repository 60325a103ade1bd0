/// One token of a sentence: a word, a run of digits, or one punctuation mark.
public struct Token: Sendable, Hashable {
    /// What kind of text a token holds.
    public enum Kind: Sendable, Hashable {
        case word, number, punctuation
    }

    /// The token as written.
    public let text: String
    /// The token lower-cased, for case-insensitive look-ups.
    public let lower: String
    public let kind: Kind
    /// Whether white space separates this token from the previous one.
    public let spaceBefore: Bool
    /// Offset of the token's first character in its sentence, in `Character`s.
    public let offset: Int

    public var isNumber: Bool { kind == .number }
    public var isWord: Bool { kind == .word }
    public var isPunctuation: Bool { kind == .punctuation }
    /// The token's integer value when it is a run of digits.
    public var intValue: Int? { kind == .number && text.count <= 9 ? Int(text) : nil }
    /// Whether the token starts with an upper-case letter.
    public var isCapitalized: Bool { text.first?.isUppercase ?? false }
}

/// Splits text into ``Token``s. Words are runs of letters (with combining marks, digits and
/// inner apostrophes); numbers are runs of ASCII digits; every other visible character is a
/// punctuation token of its own.
public enum Tokenizer {
    public static func tokenize(_ text: String) -> [Token] {
        var tokens: [Token] = []
        tokens.reserveCapacity(text.utf8.count / 4)
        var current = ""
        var currentKind: Token.Kind = .word
        var currentOffset = 0
        var sawSpace = false
        var pendingSpace = false

        func flush() {
            guard !current.isEmpty else { return }
            var trailingQuote: Character?
            if currentKind == .word, current.count > 1, let last = current.last, last == "'" || last == "’" {
                // A closing quotation mark is not part of the word before it.
                trailingQuote = current.removeLast()
            }
            tokens.append(Token(text: current, lower: current.lowercased(), kind: currentKind,
                                spaceBefore: pendingSpace, offset: currentOffset))
            if let quote = trailingQuote {
                tokens.append(Token(text: String(quote), lower: String(quote), kind: .punctuation,
                                    spaceBefore: false, offset: currentOffset + current.count))
            }
            current = ""
            pendingSpace = false
        }

        var offset = 0
        for character in text {
            defer { offset += 1 }
            if character.isWhitespace || character == "\u{200B}" || character == "\u{FEFF}" {
                flush()
                sawSpace = true
                continue
            }
            let kind: Token.Kind
            if character.isASCII, character.isNumber {
                kind = .number
            } else if character.isLetter || (character.isNumber && !character.isASCII) {
                kind = .word
            } else if character == "'" || character == "’", currentKind == .word, !current.isEmpty {
                // An apostrophe inside a word (O'Brien) stays in it; otherwise it is punctuation.
                current.append(character)
                continue
            } else {
                kind = .punctuation
            }
            if !current.isEmpty, kind == .punctuation || kind != currentKind {
                // Letters followed by digits (G7, G20) stay one word.
                if !(currentKind == .word && kind == .number) {
                    flush()
                }
            }
            if current.isEmpty {
                currentKind = kind
                currentOffset = offset
                pendingSpace = sawSpace || tokens.isEmpty
                sawSpace = false
            }
            current.append(character)
            if kind == .punctuation { flush() }
        }
        flush()
        return tokens
    }
}

extension Array where Element == Token {
    /// The tokens in `range` written back as text, with the spacing they had.
    public func text(_ range: Range<Int>) -> String {
        var output = ""
        for index in range where index >= 0 && index < count {
            if index != range.lowerBound, self[index].spaceBefore { output += " " }
            output += self[index].text
        }
        return output
    }
}
