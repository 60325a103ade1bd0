/// Searching UTF-8 bytes for short byte strings, written out: the standard library's generic
/// `firstRange(of:)` over these buffers, and Foundation's `range(of:)` over a `String` made of
/// them, cost whole seconds on the 100 MB bench corpus when run for every line of every page.
extension UnsafeBufferPointer where Element == UInt8 {
    /// Where the last occurrence of `needle` starts, searching only occurrences that start at
    /// `lower` or after; nil for none.
    package func lastIndex(of needle: [UInt8], from lower: Int = 0) -> Int? {
        guard !needle.isEmpty, needle.count <= count else { return nil }
        var index = count - needle.count
        while index >= Swift.max(0, lower) {
            if self[index] == needle[0] {
                var matched = 1
                while matched < needle.count, self[index + matched] == needle[matched] { matched += 1 }
                if matched == needle.count { return index }
            }
            index -= 1
        }
        return nil
    }

    /// Whether the bytes hold a full stop followed by a space: a sentence ends inside them.
    package func containsSentenceBreak() -> Bool {
        guard count >= 2 else { return false }
        for index in 0..<(count - 1) where self[index] == 0x2E && self[index + 1] == 0x20 { return true }
        return false
    }

    /// The end of the bytes before `end` once trailing horizontal white space is left off: tabs
    /// and the space separators of Unicode (category Zs) that Foundation's `.whitespaces` holds.
    package func endTrimmingWhitespace(before end: Int) -> Int {
        var end = end
        while end > 0 {
            let last = self[end - 1]
            if last == 0x20 || last == 0x09 { end -= 1; continue }
            if end >= 2, self[end - 2] == 0xC2, last == 0xA0 { end -= 2; continue }         // U+00A0
            guard end >= 3 else { break }
            let (first, second) = (self[end - 3], self[end - 2])
            let zs = (first == 0xE2 && second == 0x80 && (last <= 0x8A || last == 0xAF))     // U+2000–200A, U+202F
                || (first == 0xE2 && second == 0x81 && last == 0x9F)                         // U+205F
                || (first == 0xE3 && second == 0x80 && last == 0x80)                         // U+3000
                || (first == 0xE1 && second == 0x9A && last == 0x80)                         // U+1680
            guard zs else { break }
            end -= 3
        }
        return end
    }
}
