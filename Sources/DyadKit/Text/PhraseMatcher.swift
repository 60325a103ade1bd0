/// A trie over token sequences that finds the longest listed phrase starting at a token.
///
/// Every lexicon in Dyad (actor names, event words, date words, furniture headings) is a
/// `PhraseMatcher`, so one scan per token position looks up all of a lexicon's entries at once.
/// The trie's edges live in one open-addressing table keyed by (node, token fingerprint), and
/// each token carries its fingerprint, so a step costs a multiply, a probe and, on a hit, a
/// byte comparison — no string hashing in the hot loop.
public struct PhraseMatcher<Value: Sendable>: Sendable {
    /// Whether phrases are compared as written or lower-cased.
    public enum Casing: Sendable { case sensitive, insensitive }

    // The edge table: parallel arrays, slot empty when its key is 0.
    private var keys: [UInt64] = Array(repeating: 0, count: 16)
    private var parents: [Int32] = Array(repeating: -1, count: 16)
    private var targets: [Int32] = Array(repeating: 0, count: 16)
    private var words: [String] = Array(repeating: "", count: 16)
    private var edgeCount = 0
    /// The value of the phrase ending at each node (node 0 is the root).
    private var values: [Value?] = [nil]
    public let casing: Casing

    public init(casing: Casing) {
        self.casing = casing
    }

    /// Builds a matcher from phrases and their values; a later duplicate replaces an earlier one.
    public init<S: Sequence>(_ entries: S, casing: Casing) where S.Element == (String, Value) {
        self.init(casing: casing)
        for (phrase, value) in entries { insert(phrase, value: value) }
    }

    public var isEmpty: Bool { !values.contains { $0 != nil } }

    /// Adds a phrase. Spacing and hyphenation inside it are not significant.
    public mutating func insert(_ phrase: String, value: Value) {
        let tokens = Tokenizer.tokenize(TextDecoding.normalise(phrase))
        guard !tokens.isEmpty else { return }
        var node = 0
        for token in tokens {
            let (word, hash) = key(of: token)
            if let next = child(of: node, hash: hash, word: word) {
                node = next
            } else {
                values.append(nil)
                let next = values.count - 1
                addEdge(from: node, hash: hash, word: word, to: next)
                node = next
            }
        }
        values[node] = value
    }

    /// The longest phrase that starts at `start`, as its token count and value.
    public func longestMatch(in tokens: [Token], at start: Int) -> (length: Int, value: Value)? {
        var node = 0
        var best: (Int, Value)?
        var index = start
        while index < tokens.count {
            let (word, hash) = key(of: tokens[index])
            guard let next = child(of: node, hash: hash, word: word) else { break }
            node = next
            index += 1
            if let value = values[node] { best = (index - start, value) }
        }
        return best.map { (length: $0.0, value: $0.1) }
    }

    /// The value of the one-token phrase that is `token`.
    func value(of token: Token) -> Value? {
        let (word, hash) = key(of: token)
        return child(of: 0, hash: hash, word: word).flatMap { values[$0] }
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

    @inline(__always)
    private func key(of token: Token) -> (String, UInt64) {
        casing == .sensitive ? (token.text, token.textHash) : (token.lower, token.lowerHash)
    }

    @inline(__always)
    private static func slotKey(_ hash: UInt64, _ parent: Int) -> UInt64 {
        let mixed = (hash ^ (UInt64(parent) &* 0x9E37_79B9_7F4A_7C15)) &* 0xBF58_476D_1CE4_E5B9
        return mixed == 0 ? 1 : mixed
    }

    @inline(__always)
    private func child(of parent: Int, hash: UInt64, word: String) -> Int? {
        let key = Self.slotKey(hash, parent)
        let mask = keys.count - 1
        var slot = Int(truncatingIfNeeded: key >> 17) & mask
        while keys[slot] != 0 {
            if keys[slot] == key, parents[slot] == Int32(parent),
               words[slot].utf8.count == word.utf8.count, words[slot].utf8.elementsEqual(word.utf8) {
                return Int(targets[slot])
            }
            slot = (slot + 1) & mask
        }
        return nil
    }

    private mutating func addEdge(from parent: Int, hash: UInt64, word: String, to target: Int) {
        if (edgeCount + 1) * 2 > keys.count { grow() }
        let key = Self.slotKey(hash, parent)
        let mask = keys.count - 1
        var slot = Int(truncatingIfNeeded: key >> 17) & mask
        while keys[slot] != 0 { slot = (slot + 1) & mask }
        keys[slot] = key
        parents[slot] = Int32(parent)
        targets[slot] = Int32(target)
        words[slot] = word
        edgeCount += 1
    }

    /// Doubles the table and re-inserts every edge.
    private mutating func grow() {
        let old = (keys, parents, targets, words)
        let size = keys.count * 2
        keys = Array(repeating: 0, count: size)
        parents = Array(repeating: -1, count: size)
        targets = Array(repeating: 0, count: size)
        words = Array(repeating: "", count: size)
        let mask = size - 1
        for index in old.0.indices where old.0[index] != 0 {
            var slot = Int(truncatingIfNeeded: old.0[index] >> 17) & mask
            while keys[slot] != 0 { slot = (slot + 1) & mask }
            keys[slot] = old.0[index]
            parents[slot] = old.1[index]
            targets[slot] = old.2[index]
            words[slot] = old.3[index]
        }
    }
}
