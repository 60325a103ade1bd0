import DyadText
import DyadModel
import DyadReading

/// Splits a paragraph into sentences at `.`, `!`, `?` and `…` followed by white space and an
/// upper-case letter, a digit or an opening quotation mark, and at the end.
///
/// No sentence is longer than ``maximumLength`` bytes: a run of text with no sentence end (a
/// scraped table, a 10 MB line of garbage) is cut at spaces, so that the later stages, which
/// look at every pair of words in a sentence, stay linear in the size of the input.
public enum SentenceSplitter {
    /// Far longer than any real sentence (news sentences run to a few hundred bytes).
    public static let maximumLength = 2_000

    public static func split(_ paragraph: String, abbreviations: Abbreviations = Abbreviations()) -> [String] {
        paragraph.withUTF8Bytes { bytes in
            pieces(of: bytes, abbreviations: abbreviations).flatMap { piece -> [String] in
                switch piece {
                case .range(let range): return [bytes.string(range)]
                case .cut(let pieces): return pieces
                }
            }
        }
    }

    /// A sentence as its bytes, or, when longer than ``maximumLength``, as the pieces it is cut into.
    enum Piece {
        case range(Range<Int>)
        case cut([String])
    }

    /// The sentences of a paragraph's bytes, each as its byte range or as its cut pieces.
    static func pieces(of bytes: UnsafeBufferPointer<UInt8>, abbreviations: Abbreviations = Abbreviations()) -> [Piece] {
        sentenceRanges(in: bytes, abbreviations: abbreviations).map { $0.count > maximumLength ? .cut(cut(bytes.string($0))) : .range($0) }
    }

    /// Pieces of at most ``maximumLength`` bytes, cut at the last space before the limit (or at
    /// a scalar boundary when there is none).
    static func cut(_ sentence: String) -> [String] {
        var pieces: [String] = []
        let scalars = sentence.unicodeScalars
        let bytes = sentence.utf8
        var start = scalars.startIndex
        func add(_ range: Range<String.Index>) {
            let piece = String(scalars[range]).trimmingWhitespace()
            if !piece.isEmpty { pieces.append(piece) }
        }
        while bytes.distance(from: start, to: bytes.endIndex) > maximumLength {
            var limit = bytes.index(start, offsetBy: maximumLength)
            while bytes[limit] & 0xC0 == 0x80 { limit = bytes.index(before: limit) }
            var cutAt = scalars[start..<limit].lastIndex(of: " ") ?? limit
            if cutAt == start { cutAt = limit }
            add(start..<cutAt)
            start = cutAt
        }
        add(start..<scalars.endIndex)
        return pieces
    }

    /// The byte ranges of the sentences, without the white space around them.
    static func sentenceRanges(in bytes: UnsafeBufferPointer<UInt8>, abbreviations: Abbreviations = Abbreviations()) -> [Range<Int>] {
        let table = ScalarTable.shared
        var sentences: [Range<Int>] = []
        func add(_ from: Int, _ to: Int) {
            let range = trimmedRange(of: bytes, from: from, to: to)
            if !range.isEmpty { sentences.append(range) }
        }
        var start = 0
        var index = 0
        while index < bytes.count {
            // Sentence ends are `.`, `!`, `?` and `…` (E2 80 A6): any other byte, including the
            // rest of a multi-byte scalar (never an ASCII byte or E2), is stepped over unread,
            // eight at a time while none of them can start an end.
            if index + 8 <= bytes.count {
                let word = UInt64(littleEndian: UnsafeRawPointer(bytes.baseAddress! + index).loadUnaligned(as: UInt64.self))
                let ends = endLeadBytesIn(word)
                if ends == 0 { index += 8; continue }
                index += ends.trailingZeroBitCount / 8
            }
            guard endLeadBytes[Int(bytes[index])] else { index += 1; continue }
            let (value, length) = decodeScalar(bytes, at: index)
            if table.kind(value) == .sentenceEnd {
                // The end with any further ends and closing marks, then the white space after.
                var end = index + length
                while end < bytes.count {
                    let (next, nextLength) = decodeScalar(bytes, at: end)
                    guard table.kind(next) == .sentenceEnd || closers.contains(next) else { break }
                    end += nextLength
                }
                var next = end
                while next < bytes.count {
                    let (space, spaceLength) = decodeScalar(bytes, at: next)
                    guard table.kind(space) == .space else { break }
                    next += spaceLength
                }
                if next >= bytes.count || (next > end && startsSentence(decodeScalar(bytes, at: next).value, table: table)
                                           && !(bytes[index] == 0x2E && abbreviations.ends(bytes, at: index))) {
                    add(start, end)
                    start = next
                    index = next
                    continue
                }
            }
            index += length
        }
        if start < bytes.count { add(start, bytes.count) }
        return sentences
    }

    /// Words whose full stop does not end a sentence: `Mr.`, `Nov.`, and any single capital
    /// letter (`U.S.`, `S. Korea`, `John F. Kennedy`).
    public struct Abbreviations: Sendable {
        let words: Set<[UInt8]>

        public init(_ words: [String] = []) {
            self.words = Set(words.map { Array($0.utf8) })
        }

        /// Whether the full stop at `index` ends an abbreviation: the ASCII letters right before it
        /// are one capital letter or a listed word.
        func ends(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
            var start = index
            while start > 0, bytes[start - 1] < 0x80, (bytes[start - 1] | 0x20) >= 0x61, (bytes[start - 1] | 0x20) <= 0x7A {
                start -= 1
            }
            // A letter that is part of a longer non-ASCII word is not an abbreviation.
            if start > 0, bytes[start - 1] >= 0x80 { return false }
            let length = index - start
            if length == 1 { return bytes[start] >= 0x41 && bytes[start] <= 0x5A }
            return length > 1 && words.contains(Array(bytes[start..<index]))
        }
    }

    /// The bytes a sentence end starts with: `.`, `!`, `?`, and E2, the lead byte of `…`
    /// (tests check that every scalar ``ScalarTable`` classes as a sentence end starts with one).
    static let endLeadBytes: [Bool] = (0...255).map { [0x2E, 0x21, 0x3F, 0xE2].contains($0) }

    /// The high bit of each of the eight bytes of `word` that is one of ``endLeadBytes``, and
    /// no other bit: each byte is compared exactly (no carry crosses from one byte to the next).
    @inline(__always)
    static func endLeadBytesIn(_ word: UInt64) -> UInt64 {
        let ones: UInt64 = 0x0101_0101_0101_0101, lows: UInt64 = 0x7F7F_7F7F_7F7F_7F7F
        func equal(_ byte: UInt64) -> UInt64 {
            let difference = word ^ (ones &* byte)
            return ~(((difference & lows) &+ lows) | difference) & ~lows
        }
        return equal(0x2E) | equal(0x21) | equal(0x3F) | equal(0xE2)
    }

    /// Closing quotation marks, brackets and slashes that stay with the sentence they end.
    private static let closers: Set<UInt32> = Set("”\"’')/".unicodeScalars.map(\.value))
    private static let openers: Set<UInt32> = Set("“\"‘(".unicodeScalars.map(\.value))

    /// After a sentence end and white space: an upper-case letter, a number or an opening mark.
    private static func startsSentence(_ value: UInt32, table: ScalarTable) -> Bool {
        table.isUpper(value) || openers.contains(value) || Unicode.Scalar(value)?.properties.numericType != nil
    }
}

/// The bytes from `from` to `to` without the white space (in ``ScalarTable``'s sense: no-break
/// and zero-width spaces too) at either end.
func trimmedRange(of bytes: UnsafeBufferPointer<UInt8>, from: Int, to: Int) -> Range<Int> {
    let table = ScalarTable.shared
    var start = from
    while start < to {
        let (value, length) = decodeScalar(bytes, at: start)
        guard table.kind(value) == .space else { break }
        start += length
    }
    var end = to
    while end > start {
        var lead = end - 1
        while lead > start, bytes[lead] & 0xC0 == 0x80 { lead -= 1 }
        guard table.kind(decodeScalar(bytes, at: lead).value) == .space else { break }
        end = lead
    }
    return start..<end
}

extension String {
    /// The string without leading and trailing white space (including no-break and zero-width
    /// spaces).
    func trimmingWhitespace() -> String {
        withUTF8Bytes { bytes in
            let range = trimmedRange(of: bytes, from: 0, to: bytes.count)
            if range.count == bytes.count { return self }
            return bytes.string(range)
        }
    }
}
