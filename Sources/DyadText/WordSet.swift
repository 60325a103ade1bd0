/// A set of single-token lexicon entries (`tháng`, `giữa`, a dash), looked up with the
/// fingerprint each token already carries: a ``PhraseMatcher`` whose phrases are all one token
/// long, compared lower-cased.
public struct WordSet: Sendable, ExpressibleByArrayLiteral {
    public internal(set) var matcher: PhraseMatcher<Bool>

    package init<S: Sequence>(_ strings: S, casing: PhraseMatcher<Bool>.Casing = .insensitive) where S.Element == String {
        matcher = PhraseMatcher(strings.map { ($0, true) }, casing: casing)
    }

    public init(arrayLiteral elements: String...) {
        self.init(elements)
    }

    /// Whether the token at `index` is one of the words.
    @inlinable @inline(__always)
    public func contains(_ tokens: TokenList, at index: Int) -> Bool {
        matcher.value(in: tokens, at: index) != nil
    }

    /// Whether one of the entries, of at most `longest` tokens, ends right before `position`
    /// (`Bản ghi nhớ` before `Budapest`).
    package func endsRightBefore(_ position: Int, in tokens: TokenList, longest: Int = 4) -> Bool {
        position > 0 && (1...min(longest, position)).contains { contains(tokens, in: (position - $0)..<position) }
    }

    /// Whether the tokens in `range` together are one of the entries (`24/7`).
    package func contains(_ tokens: TokenList, in range: Range<Int>) -> Bool {
        matcher.matchesExactly(tokens, in: range) != nil
    }
}
