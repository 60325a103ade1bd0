import Foundation

/// One token of a sentence: a word, a run of digits, or one punctuation mark.
///
/// A token is plain data — where it lies in its text and what it is — so that the arrays of
/// tokens every stage passes around are copied without reference counting. Its text is read
/// through the ``TokenList`` it belongs to.
public struct Token: Sendable {
    /// What kind of text a token holds.
    public enum Kind: UInt8, Sendable, Hashable {
        case word, number, punctuation
    }

    public let kind: Kind
    /// Whether white space separates this token from the previous one.
    public let spaceBefore: Bool
    /// Offset of the token's first Unicode scalar in its sentence (for composed text, the
    /// offset in characters).
    public let offset: Int
    /// The token's bytes in its list's text.
    @usableFromInline let start: Int32
    @usableFromInline let end: Int32
    /// The lower-cased token's bytes in its list's lower-cased buffer; empty when lower-casing
    /// leaves the token as written.
    @usableFromInline let lowerStart: Int32
    @usableFromInline let lowerEnd: Int32
    /// The value of a run of at most nine digits; -1 otherwise.
    @usableFromInline let number: Int32
    /// Fingerprints of the token as written and lower-cased (see ``fingerprint(_:)``),
    /// computed once so that every lexicon looks the token up without hashing it again.
    public let textHash: UInt64
    public let lowerHash: UInt64
    /// The bits of the lexicons that have a phrase starting with this token (see
    /// ``FirstWordIndex``); all set when the token was not classified, so that every lexicon
    /// looks it up.
    public let firstWordClasses: UInt64

    @inlinable public var isNumber: Bool { kind == .number }
    @inlinable public var isWord: Bool { kind == .word }
    @inlinable public var isPunctuation: Bool { kind == .punctuation }
    /// The token's integer value when it is a run of at most nine digits.
    @inlinable public var intValue: Int? { number >= 0 ? Int(number) : nil }
    /// The token's length in bytes.
    @inlinable public var byteCount: Int { Int(end - start) }
    /// Whether lower-casing changes the token.
    @inlinable public var hasUpper: Bool { lowerEnd > lowerStart }
}

/// The tokens of one text and the bytes they point into.
public struct TokenList: RandomAccessCollection, Sendable {
    /// UTF-8 bytes the text is part of (the sentences of a document share its bytes).
    @usableFromInline let bytes: [UInt8]
    /// The lower-cased bytes of the tokens that have upper-case letters, one after another.
    @usableFromInline let lowered: [UInt8]
    @usableFromInline let tokens: [Token]
    /// The text's own bytes in `bytes`.
    @usableFromInline let span: Range<Int>
    /// The identity of the ``Vocabulary`` whose index set the tokens' first-word bits; 0 when
    /// none did (or it is not known), and then every matcher looks at every token.
    public private(set) var vocabulary: UInt64 = 0

    init(bytes: [UInt8], lowered: [UInt8], tokens: [Token], span: Range<Int>) {
        self.bytes = bytes
        self.lowered = lowered
        self.tokens = tokens
        self.span = span
    }

    func stamped(_ identity: UInt64) -> TokenList {
        var list = self
        list.vocabulary = identity
        return list
    }

    @inlinable public var startIndex: Int { 0 }
    @inlinable public var endIndex: Int { tokens.count }
    @inlinable public subscript(index: Int) -> Token { tokens[index] }

    /// The whole text the tokens were read from.
    public var wholeText: String { bytes.withUnsafeBufferPointer { $0.string(span) } }

    /// The token at `index` as written.
    public func text(at index: Int) -> String {
        withBytes(at: index, lowerCased: false) { String(decoding: $0, as: UTF8.self) }
    }

    /// The token at `index` lower-cased.
    public func lower(at index: Int) -> String {
        withBytes(at: index, lowerCased: true) { String(decoding: $0, as: UTF8.self) }
    }

    /// Whether the token at `index` is written exactly as `text`.
    public func token(at index: Int, is text: StaticString) -> Bool {
        withBytes(at: index, lowerCased: false) {
            $0.count == text.utf8CodeUnitCount && ($0.count == 0 || memcmp($0.baseAddress!, text.utf8Start, $0.count) == 0)
        }
    }

    /// Whether the token at `index` is a word whose first letter is upper-case (`Nguyễn`, `Đức`).
    package func isCapitalised(at index: Int) -> Bool {
        guard index >= 0, index < tokens.count, tokens[index].isWord, tokens[index].hasUpper else { return false }
        return bytes.withUnsafeBufferPointer { ScalarTable.shared.isUpper(decodeScalar($0, at: Int(tokens[index].start)).value) }
    }

    /// Whether the token at `index` is a possessive ending the tokenizer split off a name
    /// (`'s` of `Korea's`, `’s`).
    package func isPossessiveEnding(at index: Int) -> Bool {
        guard index >= 0, index < tokens.count, tokens[index].isWord else { return false }
        return token(at: index, is: "'s") || token(at: index, is: "’s") || token(at: index, is: "'S") || token(at: index, is: "’S")
    }

    /// Whether the token at `index` ends with `suffix` (UTF-8) and has at least `more` bytes
    /// before it, read in place.
    public func token(at index: Int, endsWith suffix: [UInt8], more: Int = 0) -> Bool {
        withBytes(at: index, lowerCased: false) { $0.count >= suffix.count + more && $0.suffix(suffix.count).elementsEqual(suffix) }
    }

    /// Runs `body` over the bytes of the token at `index`, as written or lower-cased.
    @inline(__always)
    func withBytes<R>(at index: Int, lowerCased: Bool, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        let token = tokens[index]
        if lowerCased && token.hasUpper {
            return lowered.withUnsafeBufferPointer { body(UnsafeBufferPointer(rebasing: $0[Int(token.lowerStart)..<Int(token.lowerEnd)])) }
        }
        return bytes.withUnsafeBufferPointer { body(UnsafeBufferPointer(rebasing: $0[Int(token.start)..<Int(token.end)])) }
    }

    /// The tokens in `range` written back as text, with the spacing they had.
    public func text(_ range: Range<Int>) -> String {
        bytes.withUnsafeBufferPointer { bytes in
            // Usually the tokens stand in the text exactly as they are written back (nothing or
            // one plain space between them): then the text is that stretch of bytes, copied once.
            if range.lowerBound >= 0, range.upperBound <= tokens.count, let first = range.first,
               range.dropFirst().allSatisfy({ index in
                   let gap = Int(tokens[index].start - tokens[index - 1].end)
                   return tokens[index].spaceBefore ? gap == 1 && bytes[Int(tokens[index - 1].end)] == 0x20 : gap == 0
               }) {
                return bytes.string(Int(tokens[first].start)..<Int(tokens[range.upperBound - 1].end))
            }
            var output: [UInt8] = []
            for index in range where index >= 0 && index < tokens.count {
                let token = tokens[index]
                if index != range.lowerBound, token.spaceBefore { output.append(0x20) }
                output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[Int(token.start)..<Int(token.end)]))
            }
            return String(decoding: output, as: UTF8.self)
        }
    }

    /// A fingerprint of the tokens in `range` as ``text(_:)`` writes them back: equal texts
    /// have equal fingerprints.
    package func fingerprint(of range: Range<Int>) -> UInt64 {
        var hash = Fingerprint()
        for index in range {
            let token = tokens[index]
            // The spaces between tokens: none, or one (the first token's is not written).
            hash.add(index != range.lowerBound && token.spaceBefore ? 0x20 : 0)
            var value = token.textHash
            for _ in 0..<8 {
                hash.add(UInt8(truncatingIfNeeded: value))
                value >>= 8
            }
        }
        return hash.value
    }

    /// The tokens in `range` as a list of their own, numbered from 0, sharing this one's bytes.
    public func sublist(_ range: Range<Int>) -> TokenList {
        let span = range.isEmpty ? span.lowerBound..<span.lowerBound : Int(tokens[range.lowerBound].start)..<Int(tokens[range.upperBound - 1].end)
        return TokenList(bytes: bytes, lowered: lowered, tokens: Array(tokens[range]), span: span)
    }

    /// Every token as written.
    public var texts: [String] { indices.map { text(at: $0) } }

    /// The integer value of the token at `index`, when there is one and it is a number.
    package func int(at index: Int) -> Int? {
        index >= 0 && index < tokens.count ? tokens[index].intValue : nil
    }
}

/// A 64-bit FNV-1a fingerprint of bytes fed one at a time: cheap and deterministic.
package struct Fingerprint {
    package private(set) var value: UInt64 = 0xcbf2_9ce4_8422_2325

    package init() {}

    @inline(__always) package mutating func add(_ byte: UInt8) {
        value = (value ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
    }
}

/// The fingerprint of a string's UTF-8 bytes; never 0, which the lexicon tables keep for empty.
@inline(__always)
package func fingerprint(_ string: String) -> UInt64 {
    string.withUTF8Bytes { fingerprint($0) }
}

/// The fingerprint of bytes; never 0.
@inline(__always)
package func fingerprint(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
    var hash = Fingerprint()
    for byte in bytes { hash.add(byte) }
    return hash.value == 0 ? 1 : hash.value
}
