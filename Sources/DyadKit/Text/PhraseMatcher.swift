/// A trie over token sequences that finds the longest listed phrase starting at a token.
///
/// Every lexicon in Dyad (actor names, event words, date words, furniture headings) is a
/// `PhraseMatcher`, so one scan per token position looks up all of a lexicon's entries at once.
public struct PhraseMatcher<Value: Sendable>: Sendable {
    /// Whether phrases are compared as written or lower-cased.
    public enum Casing: Sendable { case sensitive, insensitive }

    private var children: [[Word: Int]] = [[:]]
    private var values: [Int: Value] = [:]
    public let casing: Casing

    public init(casing: Casing) {
        self.casing = casing
    }

    /// Builds a matcher from phrases and their values; a later duplicate replaces an earlier one.
    public init<S: Sequence>(_ entries: S, casing: Casing) where S.Element == (String, Value) {
        self.init(casing: casing)
        for (phrase, value) in entries { insert(phrase, value: value) }
    }

    public var isEmpty: Bool { values.isEmpty }

    /// Adds a phrase. Spacing and hyphenation inside it are not significant.
    public mutating func insert(_ phrase: String, value: Value) {
        let keys = Tokenizer.tokenize(TextDecoding.normalise(phrase)).map { key(of: $0) }
        guard !keys.isEmpty else { return }
        var node = 0
        for key in keys {
            if let next = children[node][key] {
                node = next
            } else {
                children.append([:])
                children[node][key] = children.count - 1
                node = children.count - 1
            }
        }
        values[node] = value
    }

    /// The longest phrase that starts at `start`, as its token count and value.
    public func longestMatch(in tokens: [Token], at start: Int) -> (length: Int, value: Value)? {
        var node = 0
        var best: (Int, Value)?
        var index = start
        while index < tokens.count, let next = children[node][key(of: tokens[index])] {
            node = next
            index += 1
            if let value = values[node] { best = (index - start, value) }
        }
        return best.map { (length: $0.0, value: $0.1) }
    }

    /// Every non-overlapping longest match, scanning left to right.
    public func matches(in tokens: [Token]) -> [(range: Range<Int>, value: Value)] {
        var found: [(range: Range<Int>, value: Value)] = []
        var index = 0
        while index < tokens.count {
            if let match = longestMatch(in: tokens, at: index) {
                found.append((index..<(index + match.length), match.value))
                index += match.length
            } else {
                index += 1
            }
        }
        return found
    }

    /// Whether the whole token sequence is one listed phrase.
    public func matchesExactly(_ tokens: [Token]) -> Value? {
        guard let match = longestMatch(in: tokens, at: 0), match.length == tokens.count else { return nil }
        return match.value
    }

    private func key(of token: Token) -> Word {
        Word(casing == .sensitive ? token.text : token.lower)
    }
}
