/// A trie over token sequences that finds the longest listed phrase starting at a token.
///
/// Every lexicon in Dyad (actor names, event words, date words, furniture headings) is a
/// `PhraseMatcher`, so one scan per token position looks up all of a lexicon's entries at once.
/// The trie's edges live in one open-addressing table (``OpenAddressing``) keyed by (node, token
/// fingerprint), and each token carries its fingerprint, so a step costs a multiply, a probe
/// and, on a hit, a byte comparison — no string hashing in the hot loop.
public struct PhraseMatcher<Value: Sendable>: Sendable {
    /// Whether phrases are compared as written or lower-cased.
    public enum Casing: Sendable { case sensitive, insensitive }

    /// One edge of the trie: from `parent` by a word to `target`. The word is kept as a range of
    /// `pool`, compared when the fingerprint matches.
    private struct Edge {
        /// The word's fingerprint with the parent's number; 0 marks an empty slot.
        var key: UInt64 = 0
        var parent: Int32 = -1
        var target: Int32 = 0
        var wordStart: Int32 = 0
        var wordLength: Int32 = 0
    }

    /// The edges in one open-addressing table (a power of two, at most half full).
    private var edges = [Edge](repeating: Edge(), count: 16)
    private var edgeCount = 0
    private var pool: [UInt8] = []
    /// The value of the phrase ending at each node (node 0 is the root).
    @usableFromInline var values: [Value?] = [nil]
    public let casing: Casing
    /// Fingerprints of the words phrases start with, for ``FirstWordIndex``.
    package private(set) var firstWordFingerprints: [UInt64] = []
    /// This matcher's bit in a ``FirstWordIndex``; 0 when it is not registered in one, and then
    /// every token is looked up.
    public internal(set) var firstWordBit: UInt64 = 0
    /// The ``Vocabulary`` it is registered in; its bit is trusted only on that vocabulary's tokens.
    public internal(set) var vocabulary: UInt64 = 0

    /// An empty matcher, comparing words as `casing` says.
    public init(casing: Casing) {
        self.casing = casing
    }

    /// Builds a matcher from phrases and their values; a later duplicate replaces an earlier one.
    public init<S: Sequence>(_ entries: S, casing: Casing) where S.Element == (String, Value) {
        self.init(casing: casing)
        insert(contentsOf: Array(entries))
    }

    /// Whether no phrase is listed.
    public var isEmpty: Bool { !values.contains { $0 != nil } }

    /// Adds a phrase. Spacing and hyphenation inside it are not significant.
    public mutating func insert(_ phrase: String, value: Value) {
        let tokens = Tokenizer.tokenize(TextDecoding.normalise(phrase))
        insert(tokens, tokens.indices, value: value)
    }

    /// Adds phrases in order, as ``insert(_:value:)`` one by one would, but tokenised together,
    /// a few kilobytes of them at a time, into one text and one list of tokens: a gazetteer's
    /// thousands of names are not each a list of their own, made and freed, nor all one list of
    /// a megabyte of fresh memory.
    public mutating func insert(contentsOf entries: [(String, Value)]) {
        // Room made once rather than by doubling (each doubling a fresh copy to fault in): at
        // most a node and a word's bytes per byte of text, and an edge per six bytes at most in
        // practice (names' words are four bytes with their space, and half of them are shared).
        let text = entries.reduce(0) { $0 + $1.0.utf8.count }
        values.reserveCapacity(values.count + text / 2)
        pool.reserveCapacity(pool.count + text)
        var slots = edges.count
        while (edgeCount + text / 6) * 2 > slots { slots *= 2 }
        if slots > edges.count { grow(to: slots) }
        var start = 0
        while start < entries.count {
            var end = start, size = 0
            while end < entries.count, size < 4_096 {
                size += entries[end].0.utf8.count
                end += 1
            }
            insert(together: entries[start..<end])
            start = end
        }
    }

    private mutating func insert(together entries: ArraySlice<(String, Value)>) {
        var bytes: [UInt8] = []
        var phrases: [Range<Int>] = []
        phrases.reserveCapacity(entries.count)
        for (phrase, _) in entries {
            let start = bytes.count
            bytes.append(contentsOf: TextDecoding.normalise(phrase).utf8)
            phrases.append(start..<bytes.count)
        }
        var lowered: [UInt8] = []
        lowered.reserveCapacity(bytes.count)
        var tokens: [Token] = []
        tokens.reserveCapacity(bytes.count / 4)
        var ranges: [Range<Int>] = []
        ranges.reserveCapacity(entries.count)
        bytes.withUnsafeBufferPointer { text in
            for phrase in phrases {
                let first = tokens.count
                Tokenizer.appendTokens(in: text, range: phrase, lowered: &lowered, to: &tokens)
                ranges.append(first..<tokens.count)
            }
        }
        let list = TokenList(bytes: bytes, lowered: lowered, tokens: tokens, span: 0..<bytes.count)
        for (entry, range) in zip(entries, ranges) { insert(list, range, value: entry.1) }
    }

    /// Adds the phrase made of the tokens in `range`.
    private mutating func insert(_ tokens: TokenList, _ range: Range<Int>, value: Value) {
        guard !range.isEmpty else { return }
        var node = 0
        for index in range {
            if let next = child(of: node, in: tokens, at: index) {
                node = next
            } else {
                values.append(nil)
                let next = values.count - 1
                if node == 0 { firstWordFingerprints.append(hash(of: tokens[index])) }
                addEdge(from: node, in: tokens, at: index, to: next)
                node = next
            }
        }
        values[node] = value
    }

    /// The longest phrase that starts at `start`, as its token count and value.
    @inline(__always)
    public func longestMatch(in tokens: TokenList, at start: Int) -> (length: Int, value: Value)? {
        // Most tokens start no phrase of a given lexicon: that answer is inlined at the caller.
        guard start < tokens.count, mayStart(at: start, in: tokens) else { return nil }
        return walk(tokens, from: start, before: tokens.count)
    }

    /// The first phrase found scanning `range` left to right that ends inside it: what
    /// `matches(in:)` would find first in those tokens alone, without copying them.
    public func firstMatch(in tokens: TokenList, within range: Range<Int>) -> (range: Range<Int>, value: Value)? {
        var index = max(range.lowerBound, 0)
        let limit = min(range.upperBound, tokens.count)
        while index < limit {
            if mayStart(at: index, in: tokens), let match = walk(tokens, from: index, before: limit) {
                return (index..<(index + match.length), match.value)
            }
            index += 1
        }
        return nil
    }

    /// The longest phrase from `start` that ends before `limit`, walking the trie.
    private func walk(_ tokens: TokenList, from start: Int, before limit: Int) -> (length: Int, value: Value)? {
        var node = 0
        var best: (Int, Value)?
        var index = start
        while index < limit {
            guard let next = child(of: node, in: tokens, at: index) else { break }
            node = next
            index += 1
            if let value = values[node] { best = (index - start, value) }
        }
        return best.map { (length: $0.0, value: $0.1) }
    }

    /// The value of the one-token phrase that is the token at `index`.
    @inlinable @inline(__always)
    public func value(in tokens: TokenList, at index: Int) -> Value? {
        guard mayStart(at: index, in: tokens) else { return nil }
        return child(of: 0, in: tokens, at: index).flatMap { values[$0] }
    }

    /// Whether a phrase may start at the token: false only when the tokens were made by the
    /// ``Vocabulary`` this matcher is registered in, and no phrase starts with the token's word.
    @inlinable @inline(__always)
    func mayStart(at index: Int, in tokens: TokenList) -> Bool {
        firstWordBit == 0 || tokens.vocabulary != vocabulary || tokens[index].firstWordClasses & firstWordBit != 0
    }

    /// Every non-overlapping longest match, scanning left to right.
    public func matches(in tokens: TokenList) -> [(range: Range<Int>, value: Value)] {
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
    public func matchesExactly(_ tokens: TokenList) -> Value? {
        matchesExactly(tokens, in: 0..<tokens.count)
    }

    /// Whether the tokens in `range` are together one listed phrase (looked up in place).
    public func matchesExactly(_ tokens: TokenList, in range: Range<Int>) -> Value? {
        guard range.lowerBound >= 0, range.upperBound <= tokens.count, !range.isEmpty, mayStart(at: range.lowerBound, in: tokens),
              let match = walk(tokens, from: range.lowerBound, before: range.upperBound), match.length == range.count else { return nil }
        return match.value
    }

    @inline(__always)
    private func hash(of token: Token) -> UInt64 {
        casing == .sensitive ? token.textHash : token.lowerHash
    }

    /// Runs `body` over the bytes of a token's text as this matcher compares it.
    @inline(__always)
    private func withWord<R>(in tokens: TokenList, at index: Int, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        tokens.withBytes(at: index, lowerCased: casing == .insensitive, body)
    }

    /// The key of the edge from `parent` by a word of fingerprint `hash`; never 0, which marks
    /// an empty slot. Its home slot (``OpenAddressing/home(of:mask:)``) is spread over the table
    /// by the multiply there.
    @inline(__always)
    private static func slotKey(_ hash: UInt64, _ parent: Int) -> UInt64 {
        let key = hash ^ UInt64(parent)
        return key == 0 ? 1 : key
    }

    @usableFromInline @inline(__always)
    func child(of parent: Int, in tokens: TokenList, at index: Int) -> Int? {
        let key = Self.slotKey(hash(of: tokens[index]), parent)
        // The probe written out rather than through ``OpenAddressing/probe(_:mask:until:)``:
        // with the word comparison in a closure, the compiler stops inlining it.
        let mask = edges.count - 1
        var slot = OpenAddressing.home(of: key, mask: mask)
        while edges[slot].key != 0 {
            let edge = edges[slot]
            if edge.key == key, edge.parent == Int32(parent), isWord(of: edge, in: tokens, at: index) { return Int(edge.target) }
            slot = (slot + 1) & mask
        }
        return nil
    }

    /// Whether `edge` is the token's word (its fingerprint matched).
    private func isWord(of edge: Edge, in tokens: TokenList, at index: Int) -> Bool {
        // The pool is opened first, so that the closures capture the buffer, not the matcher
        // (which they would copy, retaining all its arrays, on every comparison).
        let word = Int(edge.wordStart)..<Int(edge.wordStart + edge.wordLength)
        let lowerCased = casing == .insensitive
        return pool.withUnsafeBufferPointer { pool in
            tokens.withBytes(at: index, lowerCased: lowerCased) { $0.elementsEqual(UnsafeBufferPointer(rebasing: pool[word])) }
        }
    }

    private mutating func addEdge(from parent: Int, in tokens: TokenList, at index: Int, to target: Int) {
        if (edgeCount + 1) * 2 > edges.count { grow() }
        var edge = Edge(key: Self.slotKey(hash(of: tokens[index]), parent), parent: Int32(parent), target: Int32(target),
                        wordStart: Int32(pool.count))
        withWord(in: tokens, at: index) { pool.append(contentsOf: $0) }
        edge.wordLength = Int32(pool.count) - edge.wordStart
        place(edge)
        edgeCount += 1
    }

    /// Puts `edge` in the first free slot from its home slot on.
    private mutating func place(_ edge: Edge) {
        edges[OpenAddressing.probe(edge.key, mask: edges.count - 1) { edges[$0].key == 0 }] = edge
    }

    /// Doubles the table and places every edge again.
    private mutating func grow() {
        grow(to: edges.count * 2)
    }

    /// Makes the table `slots` long (a power of two) and places every edge again.
    private mutating func grow(to slots: Int) {
        let old = edges
        edges = [Edge](repeating: Edge(), count: slots)
        for edge in old where edge.key != 0 { place(edge) }
    }
}
