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
