import Foundation
import DyadText
import DyadModel
import DyadReading

/// Separates an article's main body from the page furniture scraped with it.
///
/// Each non-blank line first gets a local label from general signals: a furniture heading or
/// share prompt from the language's list, a timestamp, a headline printed twice on one line, a
/// line repeated elsewhere in the page, a short teaser cut off with an ellipsis, an image's alt text.
/// Lines with none of these are a photo's caption (one sentence, its credit at its end: read
/// for dates, not for events), body-like (a sentence) or headline-like (short, unpunctuated).
/// Then position decides: the page's tail starts at the first furniture line after which the
/// body-like lines never again come two in a row — the rhythm of related-news lists, where
/// each teaser stands alone between headlines and timestamps. Everything in the tail is furniture.
public struct FurnitureDetector: Sendable {
    let headings: PhraseMatcher<Bool>
    /// Lower-case fingerprints of the words headings start with: a short line whose first word
    /// is none of them is not tokenised to look for a heading.
    let headingFirstWords: Set<UInt64>
    /// The longest heading in bytes: longer lines are never tokenised to look for one.
    let longestHeading: Int
    let linePrefixes: [[UInt8]]
    let mediaPrefixes: [[UInt8]]
    /// The caption markers' UTF-8 bytes (`Ảnh: `, `(Photo:`).
    let captionMarkerBytes: [[UInt8]]

    package init(file: FurnitureFile) {
        headings = PhraseMatcher(file.headings.map { ($0, true) }, casing: .insensitive)
        headingFirstWords = Set(headings.firstWordFingerprints)
        longestHeading = 2 * (file.headings.map(\.utf8.count).max() ?? 0) + 8
        linePrefixes = file.line_prefixes.map { Array($0.utf8) }
        mediaPrefixes = file.media_prefixes.map { Array($0.utf8) }
        captionMarkerBytes = file.caption_markers.map { Array($0.utf8) }
    }

    enum Label: Equatable {
        case furniture(String)
        case headline
        case sentence
        case caption
    }

    /// A line with inner runs of white space squeezed to one space, as a 64-bit key.
    typealias LineKey = UInt64

    /// The role of each of a page's lines: body, furniture (and why) or blank.
    public func roles(of rawLines: [String]) -> [LineRole] {
        var bytes: [UInt8] = []
        var ranges: [Range<Int>] = []
        for line in rawLines {
            let start = bytes.count
            bytes += line.utf8
            ranges.append(start..<bytes.count)
        }
        return bytes.withUnsafeBufferPointer { roles(of: $0, lines: ranges) }
    }

    /// The roles of the lines at `lines` in `bytes` (a document's bytes and its line ranges):
    /// no line is made into a `String` unless one of the checks needs it.
    func roles(of bytes: UnsafeBufferPointer<UInt8>, lines: [Range<Int>]) -> [LineRole] {
        let trimmed = lines.map { trimmedRange(of: bytes, from: $0.lowerBound, to: $0.upperBound) }
        var canonical: [UInt8] = []
        let shapes = trimmed.map { shape(UnsafeBufferPointer(rebasing: bytes[$0]), canonical: &canonical) }
        let words = shapes.map(\.words)
        let keys = shapes.map { $0.words >= 3 ? $0.key : nil }
        // Lines whose key another line shares. Sorted by key, such lines are neighbours: a
        // page's hundred-odd keys are sorted for less than hashing each twice would cost.
        var repeatedLines = [Bool](repeating: false, count: keys.count)
        // Sorted by key and then by position, equal keys stand in page order: each line's next print.
        var nextPrint = [Int?](repeating: nil, count: keys.count)
        let byKey = keys.indices.filter { keys[$0] != nil }.sorted { (keys[$0]!, $0) < (keys[$1]!, $1) }
        for (a, b) in zip(byKey, byKey.dropFirst()) where keys[a] == keys[b] {
            repeatedLines[a] = true
            repeatedLines[b] = true
            nextPrint[a] = b
        }

        var labels: [Label?] = Array(repeating: nil, count: trimmed.count)
        var firstContent = true
        var scratch = Scratch()
        for (index, range) in trimmed.enumerated() where !range.isEmpty {
            let repeated = repeatedLines[index]
            labels[index] = label(UnsafeBufferPointer(rebasing: bytes[range]), words: words[index], repeated: repeated,
                                  isFirst: firstContent, scratch: &scratch)
            firstContent = false
        }

        let content = labels.indices.filter { labels[$0] != nil }
        var tailStart: Int?
        // Scan from the end: track whether the article's prose ever follows — two body-like
        // lines in a row, or one paragraph long enough to hold several sentences (a page that
        // prints its whole text as one line after a byline).
        var runAfter = 0
        var twoInARowAfter = false
        for position in content.indices.reversed() {
            let index = content[position]
            let label = labels[index]!
            if case .furniture = label, !twoInARowAfter { tailStart = index }
            // A caption reads as prose here, as the sentence it is.
            if label == .sentence || label == .caption {
                runAfter += 1
                if runAfter >= 2 || words[index] >= Self.paragraphWords { twoInARowAfter = true }
            } else {
                runAfter = 0
            }
        }

        return trimmed.indices.map { index in
            guard let label = labels[index] else { return .blank }
            if let tail = tailStart, index >= tail {
                if case .furniture(let reason) = label { return .furniture(reason) }
                return .furniture("after the article (related items)")
            }
            if isLeadPrintedAgain(index, nextPrint: nextPrint, words: words, bytes: bytes, lines: trimmed) { return .body }
            if case .furniture(let reason) = label { return .furniture(reason) }
            return label == .caption ? .caption : .body
        }
    }

    /// The rule for a lead printed twice: a sentence long enough to be the article's own, printed
    /// again a few lines on (after a photo and its caption, or as a summary and then the first
    /// paragraph), is the article's, once: its first print, before the page's tail, is body.
    /// Teasers printed twice in related-news lists lie in the tail, and headlines are short.
    private func isLeadPrintedAgain(_ index: Int, nextPrint: [Int?], words: [Int],
                                    bytes: UnsafeBufferPointer<UInt8>, lines: [Range<Int>]) -> Bool {
        guard let next = nextPrint[index], next - index <= Self.leadReprintDistance, words[index] >= Self.leadWords else { return false }
        return Self.lastScalar(of: UnsafeBufferPointer(rebasing: bytes[lines[index]])).map(Self.terminal.contains) ?? false
    }

    /// The local label of a non-blank, trimmed line (its UTF-8 bytes) of `words` words.
    private func label(_ bytes: UnsafeBufferPointer<UInt8>, words: Int, repeated: Bool, isFirst: Bool,
                       scratch: inout Scratch) -> Label {
        if bytes.count <= longestHeading, startsLikeHeading(bytes, scratch: &scratch) {
            // A trailing colon (`Tin liên quan:`) is not part of the heading.
            let end = bytes.last == UInt8(ascii: ":") ? bytes.count - 1 : bytes.count
            let tokens = Tokenizer.tokenize(bytes: UnsafeBufferPointer(rebasing: bytes[..<end]))
            if headings.matchesExactly(tokens) != nil { return .furniture("heading of a furniture block") }
        }
        if words <= 15, linePrefixes.contains(where: { bytes.starts(with: $0) }) { return .furniture("share prompt") }
        if mediaPrefixes.contains(where: { bytes.starts(with: $0) }) { return .furniture("link to a video, image or infographic") }
        if isTimestamp(bytes) { return .furniture("timestamp") }
        if isDoubled(bytes) { return .furniture("headline printed twice") }
        if repeated && !isFirst { return .furniture("repeated elsewhere in the page") }
        if words < Self.teaserWords, bytes.reversed().starts(with: [0x2E, 0x2E, 0x2E]) || bytes.reversed().starts(with: [0xA6, 0x80, 0xE2]) {
            return .furniture("teaser cut off with an ellipsis")
        }
        if isImageAlt(bytes) { return .furniture("image alt text") }
        if isCaption(bytes) { return .caption }
        if isFirst { return .headline }
        if let last = Self.lastScalar(of: bytes), Self.terminal.contains(last) { return .sentence }
        // Headlines run long but are not punctuated; an unpunctuated line reads as prose only when
        // it is longer than any headline.
        return words >= 35 ? .sentence : .headline
    }

    /// Whether the line's first token is the first word of a heading. Tokens never cross a
    /// space, so the first token is read from the bytes before the first space alone.
    /// Only the token's fingerprints are needed: no token list is made, and the buffers are the
    /// caller's, emptied and reused for every line.
    private func startsLikeHeading(_ bytes: UnsafeBufferPointer<UInt8>, scratch: inout Scratch) -> Bool {
        scratch.lowered.removeAll(keepingCapacity: true)
        scratch.tokens.removeAll(keepingCapacity: true)
        let end = bytes.firstIndex(of: 0x20) ?? bytes.count
        Tokenizer.appendTokens(in: bytes, range: 0..<end, lowered: &scratch.lowered, to: &scratch.tokens)
        guard let first = scratch.tokens.first else { return false }
        return headingFirstWords.contains(first.lowerHash)
    }

    /// Buffers the checks of one page's lines reuse.
    private struct Scratch {
        var lowered: [UInt8] = []
        var tokens: [Token] = []
    }

    /// A line of prose this long is a paragraph of the article, never a related item's teaser.
    static let paragraphWords = 60
    /// A line ending in an ellipsis is a teaser cut off only when shorter than this: a longer
    /// one is a paragraph the page cut short, or a sentence whose list ends in `…` (etc.).
    static let teaserWords = 30
    /// Words a line printed twice needs for its first print to count as the article's lead …
    static let leadWords = 20
    /// … and how many lines on (blank ones included) its second print may stand.
    static let leadReprintDistance = 6

    private static let terminal: Set<Unicode.Scalar> = [".", "!", "?", "”", "\"", ")", ":", "…"]

    /// The last Unicode scalar of non-empty UTF-8 bytes.
    private static func lastScalar(of bytes: UnsafeBufferPointer<UInt8>) -> Unicode.Scalar? {
        guard var lead = bytes.indices.last else { return nil }
        while lead > 0, bytes[lead] & 0xC0 == 0x80 { lead -= 1 }
        return Unicode.Scalar(decodeScalar(bytes, at: lead).value)
    }

    /// A line's words (separated by spaces or tabs) and its key: the ``lineKey(of:)`` of the
    /// line with each run of white space read as one space (`bytes` is trimmed). Most lines
    /// are written that way already: they are checked with one table look-up per byte and keyed
    /// as they stand. Only the others are rewritten first, into `canonical` (reused from line to
    /// line).
    func shape(_ bytes: UnsafeBufferPointer<UInt8>, canonical: inout [UInt8]) -> (words: Int, key: LineKey) {
        guard let base = bytes.baseAddress, bytes.count > 0 else { return (0, Self.lineKey(of: bytes)) }
        let table = ScalarTable.shared
        let count = bytes.count
        var spaces = 0
        var written = base[0] != 0x20 && !table.isASCIISpace(base[count - 1])
        var index = 0
        while written, index < count - 1 {
            let byte = base[index]
            spaces &+= byte == 0x20 ? 1 : 0
            if table.mayBreakSpacing(byte, next: base[index + 1]), breaksSpacing(bytes, at: index) { written = false }
            index += 1
        }
        if written { return (spaces + 1, Self.lineKey(of: bytes)) }

        canonical.removeAll(keepingCapacity: true)
        var words = 0
        var inWord = false
        var pendingSpace = false
        index = 0
        while index < count {
            let byte = base[index]
            let length: Int
            let isSpace: Bool
            if byte < 0x80 {
                let separator = byte == 0x20 || byte == 0x09
                if !separator, !inWord { words += 1 }
                inWord = !separator
                length = 1
                isSpace = table.isASCIISpace(byte)
            } else {
                // A multi-byte scalar is never a separator: inside a word either way.
                if !inWord { words += 1 }
                inWord = true
                length = byte < 0xE0 ? 2 : byte < 0xF0 ? 3 : 4
                isSpace = table.mayStartSpace(lead: byte, second: base[index + 1])
                    && table.kind(decodeScalar(bytes, at: index).value) == .space
            }
            if isSpace {
                pendingSpace = !canonical.isEmpty
            } else {
                if pendingSpace { canonical.append(0x20); pendingSpace = false }
                canonical.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[index..<(index + length)]))
            }
            index += length
        }
        return (words, canonical.withUnsafeBufferPointer(Self.lineKey))
    }

    /// Whether the scalar at `index` (not the line's last byte) is white space that is not a
    /// lone plain space: a space of another kind, or a plain space before another.
    private func breaksSpacing(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        let byte = bytes[index]
        if byte == 0x20 { return bytes[index + 1] == 0x20 }
        if byte < 0x80 { return ScalarTable.shared.isASCIISpace(byte) }
        return ScalarTable.shared.kind(decodeScalar(bytes, at: index).value) == .space
    }

    /// A 64-bit key of bytes, read eight at a time, each eight mixed in
    /// (``OpenAddressing/mix(_:)``) after the key so far.
    static func lineKey(of bytes: UnsafeBufferPointer<UInt8>) -> LineKey {
        var hash: UInt64 = 0x9E37_79B9_7F4A_7C15 ^ UInt64(bytes.count)
        guard let base = bytes.baseAddress else { return hash }
        var index = 0
        while index + 8 <= bytes.count {
            hash = OpenAddressing.mix(hash ^ UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self))
            index += 8
        }
        var tail: UInt64 = 0
        for offset in 0..<(bytes.count - index) { tail |= UInt64(base[index + offset]) << UInt64(8 * offset) }
        return OpenAddressing.mix(hash ^ tail)
    }

    /// The bytes a timestamp is written with, as a table by byte.
    private static let timestampBytes: [Bool] = (0...255).map { "0123456789:/-. ".utf8.contains(UInt8($0)) }

    /// `08:52:28 07/09/2025`, `07:54 08/09/2025`, `08/09/2025 07:54`.
    func isTimestamp(_ line: String) -> Bool {
        line.withUTF8Bytes(isTimestamp)
    }

    private func isTimestamp(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard bytes.count <= 25, bytes.contains(UInt8(ascii: ":")) else { return false }
        var digits = 0
        for byte in bytes {
            guard Self.timestampBytes[Int(byte)] else { return false }
            if byte >= 0x30, byte <= 0x39 { digits += 1 }
        }
        return digits >= 8
    }

    /// A headline written twice, with or without a space: `AbcAbc`, `Abc Abc`.
    func isDoubled(_ line: String) -> Bool {
        line.withUTF8Bytes(isDoubled)
    }

    private func isDoubled(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard bytes.count >= 16 else { return false }
        for gap in 0...1 {
            let total = bytes.count - gap
            guard total % 2 == 0 else { continue }
            let half = total / 2
            if gap == 1, bytes[half] != 0x20 { continue }
            if bytes[0..<half].elementsEqual(bytes[(half + gap)...]) { return true }
        }
        return false
    }

    /// `… chiều 10/9. Ảnh: Reuters`, `… (Photo: AFP)`: a photo's caption, its credit at its end —
    /// a marker followed by at most `captionCredit` bytes that end no sentence, after one
    /// sentence (a paragraph with a caption run into it is prose).
    private func isCaption(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        captionMarkerBytes.contains { marker in
            // Only the line's last bytes are searched: this runs for every line of every page.
            guard let at = bytes.lastIndex(of: marker, from: bytes.count - Self.captionCredit - marker.count) else { return false }
            guard !UnsafeBufferPointer(rebasing: bytes[(at + marker.count)...]).containsSentenceBreak() else { return false }
            return !UnsafeBufferPointer(rebasing: bytes[..<bytes.endTrimmingWhitespace(before: at)]).containsSentenceBreak()
        }
    }

    /// How many bytes a caption's credit, after its marker, is at most.
    static let captionCredit = 40

    /// `… - Hình 2`: the alt text of an image, numbered — a caption marker followed only by digits.
    /// A line is made into text only when it ends in a digit, as such a caption does.
    private func isImageAlt(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let last = bytes.last, last >= 0x30, last <= 0x39 else { return false }
        return captionMarkerBytes.contains { marker in
            guard let at = bytes.lastIndex(of: marker) else { return false }
            return bytes[(at + marker.count)...].allSatisfy { $0 >= 0x30 && $0 <= 0x39 }
        }
    }
}
