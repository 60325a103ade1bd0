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
    /// Offset of the token's first Unicode scalar in its sentence (for composed text, the
    /// offset in characters).
    public let offset: Int
    /// Fingerprints of `text` and `lower` (see ``fingerprint(_:)``), computed once so that
    /// every lexicon looks the token up without hashing it again.
    let textHash: UInt64
    let lowerHash: UInt64

    public init(text: String, lower: String, kind: Kind, spaceBefore: Bool, offset: Int) {
        self.text = text
        self.lower = lower
        self.kind = kind
        self.spaceBefore = spaceBefore
        self.offset = offset
        textHash = fingerprint(text)
        lowerHash = lower.utf8.count == text.utf8.count && lower.utf8.elementsEqual(text.utf8) ? textHash : fingerprint(lower)
    }

    public var isNumber: Bool { kind == .number }
    public var isWord: Bool { kind == .word }
    public var isPunctuation: Bool { kind == .punctuation }
    /// The token's integer value when it is a run of digits.
    public var intValue: Int? { kind == .number && text.count <= 9 ? Int(text) : nil }
    /// Whether the token starts with an upper-case letter.
    public var isCapitalized: Bool { text.first?.isUppercase ?? false }
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

/// A 64-bit FNV-1a fingerprint of a string's UTF-8 bytes: cheap, deterministic, and never 0.
@inline(__always)
func fingerprint(_ string: String) -> UInt64 {
    var copy = string
    return copy.withUTF8 { bytes in
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes {
            hash ^= UInt64(byte)
            hash &*= 0x0000_0100_0000_01B3
        }
        return hash == 0 ? 1 : hash
    }
}
