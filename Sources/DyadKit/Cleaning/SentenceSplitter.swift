/// Splits a paragraph into sentences at `.`, `!`, `?` and `…` followed by white space and an
/// upper-case letter, a digit or an opening quotation mark, and at the end.
///
/// No sentence is longer than ``maximumLength`` bytes: a run of text with no sentence end (a
/// scraped table, a 10 MB line of garbage) is cut at spaces, so that the later stages, which
/// look at every pair of words in a sentence, stay linear in the size of the input.
public enum SentenceSplitter {
    /// Far longer than any real sentence (news sentences run to a few hundred bytes).
    public static let maximumLength = 2_000

    public static func split(_ paragraph: String) -> [String] {
        sentences(paragraph).flatMap { $0.utf8.count > maximumLength ? cut($0) : [$0] }
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

    static func sentences(_ paragraph: String) -> [String] {
        let table = ScalarTable.shared
        let view = paragraph.unicodeScalars
        let scalars = Array(view)
        // The view's index of every scalar, so sentences are sliced, not rebuilt.
        var positions: [String.Index] = []
        positions.reserveCapacity(scalars.count + 1)
        var position = view.startIndex
        while position < view.endIndex { positions.append(position); position = view.index(after: position) }
        positions.append(view.endIndex)
        var sentences: [String] = []
        var start = 0
        var index = 0
        let closers: Set<Unicode.Scalar> = ["”", "\"", "’", "'", ")", "/"]
        let openers: Set<Unicode.Scalar> = ["“", "\"", "‘", "("]
        func add(_ range: Range<Int>) {
            let sentence = String(view[positions[range.lowerBound]..<positions[range.upperBound]]).trimmingWhitespace()
            if !sentence.isEmpty { sentences.append(sentence) }
        }
        while index < scalars.count {
            if table.kind(scalars[index].value) == .sentenceEnd {
                var end = index + 1
                while end < scalars.count, table.kind(scalars[end].value) == .sentenceEnd || closers.contains(scalars[end]) { end += 1 }
                var next = end
                while next < scalars.count, table.kind(scalars[next].value) == .space { next += 1 }
                let spaced = next > end
                if next >= scalars.count
                    || (spaced && (table.isUpper(scalars[next].value) || scalars[next].properties.numericType != nil
                                   || openers.contains(scalars[next]))) {
                    add(start..<end)
                    start = next
                    index = next
                    continue
                }
            }
            index += 1
        }
        if start < scalars.count { add(start..<scalars.count) }
        return sentences
    }
}

extension String {
    /// The string without leading and trailing white space (including no-break and zero-width
    /// spaces).
    func trimmingWhitespace() -> String {
        let table = ScalarTable.shared
        let scalars = unicodeScalars
        var start = scalars.startIndex
        var end = scalars.endIndex
        while start < end, table.kind(scalars[start].value) == .space { start = scalars.index(after: start) }
        while end > start, table.kind(scalars[scalars.index(before: end)].value) == .space { end = scalars.index(before: end) }
        if start == scalars.startIndex && end == scalars.endIndex { return self }
        return String(scalars[start..<end])
    }
}
