/// One token of a sentence: a word, a run of digits, or one punctuation mark.
public struct Token: Sendable {
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
    /// The bits of the lexicons that have a phrase starting with this token (see
    /// ``FirstWordIndex``); all set when the token was not classified, so that every lexicon
    /// looks it up.
    let firstWordClasses: UInt64

    public init(text: String, lower: String, kind: Kind, spaceBefore: Bool, offset: Int) {
        let textHash = fingerprint(text)
        self.init(text: text, textHash: textHash, lower: lower, lowerHash: lower == text ? textHash : fingerprint(lower),
                  kind: kind, spaceBefore: spaceBefore, offset: offset, firstWordClasses: .max)
    }

    /// A token whose fingerprints the tokenizer has already computed from its bytes.
    init(text: String, textHash: UInt64, lower: String, lowerHash: UInt64, kind: Kind, spaceBefore: Bool, offset: Int,
         firstWordClasses: UInt64) {
        self.text = text
        self.lower = lower
        self.textHash = textHash
        self.lowerHash = lowerHash
        self.kind = kind
        self.spaceBefore = spaceBefore
        self.offset = offset
        self.firstWordClasses = firstWordClasses
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

/// A 64-bit FNV-1a fingerprint of bytes fed one at a time: cheap and deterministic.
struct Fingerprint {
    private(set) var value: UInt64 = 0xcbf2_9ce4_8422_2325

    @inline(__always) mutating func add(_ byte: UInt8) {
        value = (value ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
    }
}

/// The fingerprint of a string's UTF-8 bytes; never 0, which the lexicon tables keep for empty.
@inline(__always)
func fingerprint(_ string: String) -> UInt64 {
    string.withUTF8Bytes { fingerprint($0) }
}

/// The fingerprint of bytes; never 0.
@inline(__always)
func fingerprint(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
    var hash = Fingerprint()
    for byte in bytes { hash.add(byte) }
    return hash.value == 0 ? 1 : hash.value
}
