/// Splits text into ``Token``s. Words are runs of letters (with combining marks, digits and
/// inner apostrophes); numbers are runs of ASCII digits; every other visible character is a
/// punctuation token of its own.
///
/// This runs over every byte of every body sentence, so it works on UTF-8 bytes with a table
/// of scalar classes (``ScalarTable``), not on `Character`s.
public enum Tokenizer {
    /// The text's tokens, unclassified: every phrase list looks at every one of them (a
    /// ``Vocabulary`` makes tokens its own lists can skip).
    public static func tokenize(_ text: String) -> TokenList {
        text.withUTF8Bytes { tokenize(bytes: $0, classifiedBy: nil) }
    }

    package static func tokenize(bytes: UnsafeBufferPointer<UInt8>) -> TokenList {
        tokenize(bytes: bytes, classifiedBy: nil)
    }

    static func tokenize(bytes: UnsafeBufferPointer<UInt8>, classifiedBy index: FirstWordIndex?) -> TokenList {
        var lowered: [UInt8] = []
        // Room for every byte lower-cased: a short text (a lexicon's phrase) is not grown byte by byte.
        lowered.reserveCapacity(bytes.count)
        let tokens = tokens(in: bytes, range: 0..<bytes.count, lowered: &lowered, classifiedBy: index)
        return TokenList(bytes: Array(bytes), lowered: lowered, tokens: tokens, span: 0..<bytes.count)
    }

    /// The tokens of `range` of `bytes`, placed at their positions in `bytes`; the lower-cased
    /// forms they need are appended to `lowered`. Sentences of one document share both buffers,
    /// so that a sentence costs no copy of its own bytes.
    static func tokens(in bytes: UnsafeBufferPointer<UInt8>, range: Range<Int>, lowered: inout [UInt8],
                       classifiedBy index: FirstWordIndex?) -> [Token] {
        var tokens: [Token] = []
        tokens.reserveCapacity(range.count / 5)
        appendTokens(in: bytes, range: range, lowered: &lowered, to: &tokens, classifiedBy: index)
        return tokens
    }

    /// Appends the tokens of `range` of `bytes` to `tokens` (callers that tokenise many short
    /// texts reuse both buffers instead of allocating them for each).
    package static func appendTokens(in bytes: UnsafeBufferPointer<UInt8>, range: Range<Int>, lowered: inout [UInt8],
                                     to tokens: inout [Token]) {
        appendTokens(in: bytes, range: range, lowered: &lowered, to: &tokens, classifiedBy: nil)
    }

    static func appendTokens(in bytes: UnsafeBufferPointer<UInt8>, range: Range<Int>, lowered: inout [UInt8],
                             to tokens: inout [Token], classifiedBy index: FirstWordIndex?) {
        var writer = TokenWriter(bytes: bytes, sink: TokenListSink(bytes: bytes, index: index))
        swap(&writer.sink.lowered, &lowered)
        swap(&writer.sink.tokens, &tokens)
        defer { swap(&writer.sink.lowered, &lowered); swap(&writer.sink.tokens, &tokens) }
        // The text's first token counts as spaced from what stands before it, however many
        // tokens of other texts the buffer already holds.
        scan(bytes, range: range, into: &writer, firstToken: writer.sink.tokens.count)
    }

    /// The fingerprints of the lower-cased words of `bytes`, in order: what a token list's
    /// words' `lowerHash`es would be, without making the list (the language detector needs no more).
    package static func wordFingerprints(in bytes: UnsafeBufferPointer<UInt8>) -> [UInt64] {
        var writer = TokenWriter(bytes: bytes, sink: WordFingerprintSink(bytes: bytes))
        writer.sink.fingerprints.reserveCapacity(bytes.count / 5)
        scan(bytes, range: 0..<bytes.count, into: &writer, firstToken: 0)
        return writer.sink.fingerprints
    }

    /// The tokenizer's rules, over the scalars of `range`: where tokens start and end, and of
    /// what kind. What a token becomes is the sink's business.
    @inline(__always)
    private static func scan<Sink: TokenSink>(_ bytes: UnsafeBufferPointer<UInt8>, range: Range<Int>,
                                              into writer: inout TokenWriter<Sink>, firstToken: Int) {
        let table = ScalarTable.shared
        var sawSpace = false
        var position = range.lowerBound
        var offset = 0
        while position < range.upperBound {
            let (value, length) = decodeScalar(bytes, at: position)
            defer { position += length; offset += 1 }
            let (scalarClass, lowerDiffers) = table.classAndCase(value)
            // Most scalars are letters that continue the open word: they take no other step.
            if scalarClass == .letter, writer.continuesWord {
                writer.extend(to: position + length, apostropheAt: -1)
                if lowerDiffers { writer.hasUpper = true }
                continue
            }
            let next: Token.Kind
            switch scalarClass {
            case .space:
                writer.flush()
                sawSpace = true
                continue
            case .apostrophe where writer.continuesWord, .mark where writer.continuesWord:
                // An apostrophe inside a word (O'Brien) and a combining mark stay in the word.
                writer.extend(to: position + length, apostropheAt: scalarClass == .apostrophe ? position : -1)
                continue
            case .digit: next = .number
            case .letter: next = .word
            default: next = .punctuation
            }
            // Letters followed by digits (G7, G20) stay one word.
            if writer.isOpen, next == .punctuation || (next != writer.kind && !(writer.kind == .word && next == .number)) {
                writer.flush()
            }
            if !writer.isOpen {
                writer.open(at: position, kind: next, offset: offset, spaceBefore: sawSpace || writer.sink.count == firstToken)
                sawSpace = false
            }
            writer.extend(to: position + length, apostropheAt: -1)
            if lowerDiffers { writer.hasUpper = true }
            if next == .punctuation { writer.flush() }
        }
        writer.flush()
    }
}

/// What becomes of each token the tokenizer finds.
protocol TokenSink {
    /// How many tokens it has taken.
    var count: Int { get }
    /// Takes the token of bytes `from..<to`; `upper` says whether lower-casing changes it.
    mutating func take(_ from: Int, _ to: Int, kind: Token.Kind, spaceBefore: Bool, offset: Int, upper: Bool)
}

/// Makes ``Token``s: fingerprints, lower-cased bytes, numbers and first-word classes.
private struct TokenListSink: TokenSink {
    let bytes: UnsafeBufferPointer<UInt8>
    let index: FirstWordIndex?
    var tokens: [Token] = []
    /// The lower-cased bytes of every token with an upper-case letter, one after another.
    var lowered: [UInt8] = []

    init(bytes: UnsafeBufferPointer<UInt8>, index: FirstWordIndex?) {
        self.bytes = bytes
        self.index = index
    }

    var count: Int { tokens.count }

    mutating func take(_ from: Int, _ to: Int, kind: Token.Kind, spaceBefore: Bool, offset: Int, upper: Bool) {
        let hash = fingerprint(UnsafeBufferPointer(rebasing: bytes[from..<to]))
        var lowerRange = 0..<0, lowerHash = hash
        if upper {
            let first = lowered.count
            appendLowered(bytes, from, to, to: &lowered)
            lowerRange = first..<lowered.count
            lowerHash = lowered.withUnsafeBufferPointer { fingerprint(UnsafeBufferPointer(rebasing: $0[first...])) }
        }
        tokens.append(Token(kind: kind, spaceBefore: spaceBefore, offset: offset, start: Int32(from), end: Int32(to),
                            lowerStart: Int32(lowerRange.lowerBound), lowerEnd: Int32(lowerRange.upperBound),
                            number: kind == .number ? number(from, to) : -1, textHash: hash, lowerHash: lowerHash,
                            firstWordClasses: index?.classes(text: hash, lower: lowerHash) ?? .max))
    }

    /// The value of a run of at most nine ASCII digits; -1 otherwise.
    private func number(_ from: Int, _ to: Int) -> Int32 {
        guard to - from <= 9 else { return -1 }
        var value: Int32 = 0
        for byte in bytes[from..<to] {
            guard byte >= 0x30, byte <= 0x39 else { return -1 }
            value = value * 10 + Int32(byte - 0x30)
        }
        return value
    }
}

/// Keeps only the lower-cased fingerprint of each word.
private struct WordFingerprintSink: TokenSink {
    let bytes: UnsafeBufferPointer<UInt8>
    var fingerprints: [UInt64] = []
    var count = 0
    /// The word being lower-cased (reused for every word).
    private var scratch: [UInt8] = []

    init(bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
    }

    mutating func take(_ from: Int, _ to: Int, kind: Token.Kind, spaceBefore: Bool, offset: Int, upper: Bool) {
        count += 1
        guard kind == .word else { return }
        guard upper else { fingerprints.append(fingerprint(UnsafeBufferPointer(rebasing: bytes[from..<to]))); return }
        scratch.removeAll(keepingCapacity: true)
        appendLowered(bytes, from, to, to: &scratch)
        fingerprints.append(scratch.withUnsafeBufferPointer { fingerprint($0) })
    }
}

/// Appends `bytes[from..<to]` lower-cased, scalar by scalar. ASCII letters are lowered by their
/// case bit, without a look-up. (The buffer is not reserved here, token by token: an exact
/// reservation each time would defeat the array's doubling; the cleaner reserves a page's
/// buffer once.)
@inline(__always)
private func appendLowered(_ bytes: UnsafeBufferPointer<UInt8>, _ from: Int, _ to: Int, to lowered: inout [UInt8]) {
    let table = ScalarTable.shared
    var position = from
    while position < to {
        let byte = bytes[position]
        if byte < 0x80 {
            lowered.append(byte &- 0x41 < 26 ? byte | 0x20 : byte)
            position += 1
            continue
        }
        let (value, length) = decodeScalar(bytes, at: position)
        let lower = table.lower(value)
        if lower == value {
            for offset in 0..<length { lowered.append(bytes[position + offset]) }
        } else {
            appendUTF8(Unicode.Scalar(lower) ?? " ", to: &lowered)
        }
        position += length
    }
}

/// The token being read: where it starts and ends, and how to close it.
private struct TokenWriter<Sink: TokenSink> {
    let bytes: UnsafeBufferPointer<UInt8>
    var sink: Sink

    /// Byte where the current token starts; -1 when none is open.
    private var start = -1
    /// Byte after its last scalar.
    private var end = 0
    private(set) var kind: Token.Kind = .word
    /// Its first scalar's offset in the text.
    private var startOffset = 0
    /// How many scalars it has.
    private var scalars = 0
    /// Whether lower-casing changes one of its scalars.
    var hasUpper = false
    /// Byte of its last scalar when that is an apostrophe; -1 otherwise.
    private var apostropheAt = -1
    /// Byte of the last apostrophe inside it; -1 when it has none.
    private var innerApostrophe = -1
    private var spaceBefore = false

    init(bytes: UnsafeBufferPointer<UInt8>, sink: Sink) {
        self.bytes = bytes
        self.sink = sink
    }

    var isOpen: Bool { start >= 0 }
    /// Whether an apostrophe or a combining mark now would belong to the token.
    var continuesWord: Bool { start >= 0 && kind == .word }

    mutating func open(at position: Int, kind: Token.Kind, offset: Int, spaceBefore: Bool) {
        start = position
        self.kind = kind
        startOffset = offset
        scalars = 0
        hasUpper = false
        innerApostrophe = -1
        self.spaceBefore = spaceBefore
    }

    /// Adds one scalar, ending at `newEnd`, to the open token.
    @inline(__always)
    mutating func extend(to newEnd: Int, apostropheAt apostrophe: Int) {
        end = newEnd
        scalars += 1
        apostropheAt = apostrophe
        if apostrophe >= 0 { innerApostrophe = apostrophe }
    }

    /// Closes the open token, if any.
    mutating func flush() {
        guard start >= 0 else { return }
        // A closing quotation mark is not part of the word before it.
        let splitQuote = kind == .word && scalars > 1 && apostropheAt >= 0
        // A possessive (`Beijing’s`, `China's`) is the name and its ending: names match alone.
        if kind == .word, !splitQuote, innerApostrophe > start, end - innerApostrophe >= 2, isPossessiveEnding(innerApostrophe, end) {
            let apostrophe = innerApostrophe
            sink.take(start, apostrophe, kind: .word, spaceBefore: spaceBefore, offset: startOffset, upper: hasUpper)
            sink.take(apostrophe, end, kind: .word, spaceBefore: false, offset: startOffset + scalars - 2, upper: false)
            start = -1
            return
        }
        sink.take(start, splitQuote ? apostropheAt : end, kind: kind, spaceBefore: spaceBefore, offset: startOffset, upper: hasUpper)
        if splitQuote {
            sink.take(apostropheAt, end, kind: .punctuation, spaceBefore: false, offset: startOffset + scalars - 1, upper: false)
        }
        start = -1
    }

    /// Whether the bytes from the apostrophe at `apostrophe` to `end` are `'s` or `’s`.
    private func isPossessiveEnding(_ apostrophe: Int, _ end: Int) -> Bool {
        let length = end - apostrophe
        let last = bytes[end - 1]
        guard last == UInt8(ascii: "s") || last == UInt8(ascii: "S") else { return false }
        return length == 2 || (length == 4 && bytes[apostrophe] == 0xE2)
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
