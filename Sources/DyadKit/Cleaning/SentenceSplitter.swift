/// Splits a paragraph into sentences at `.`, `!`, `?` and `…` followed by white space and an
/// upper-case letter, a digit or an opening quotation mark, and at the end.
public enum SentenceSplitter {
    public static func split(_ paragraph: String) -> [String] {
        let characters = Array(paragraph)
        var sentences: [String] = []
        var start = 0
        var index = 0
        let enders: Set<Character> = [".", "!", "?", "…"]
        let closers: Set<Character> = ["”", "\"", "’", "'", ")", "/"]
        while index < characters.count {
            if enders.contains(characters[index]) {
                var end = index + 1
                while end < characters.count, enders.contains(characters[end]) || closers.contains(characters[end]) { end += 1 }
                var next = end
                while next < characters.count, characters[next].isWhitespace { next += 1 }
                let spaced = next > end
                if next >= characters.count
                    || (spaced && (characters[next].isUppercase || characters[next].isNumber || "“\"‘(".contains(characters[next]))) {
                    let sentence = String(characters[start..<end]).trimmingWhitespace()
                    if !sentence.isEmpty { sentences.append(sentence) }
                    start = next
                    index = next
                    continue
                }
            }
            index += 1
        }
        if start < characters.count {
            let sentence = String(characters[start...]).trimmingWhitespace()
            if !sentence.isEmpty { sentences.append(sentence) }
        }
        return sentences
    }
}

extension String {
    func trimmingWhitespace() -> String {
        var slice = Substring(self)
        while let first = slice.first, first.isWhitespace { slice.removeFirst() }
        while let last = slice.last, last.isWhitespace { slice.removeLast() }
        return String(slice)
    }
}
