/// A set of single-token lexicon entries (`tháng`, `giữa`, a dash), looked up with the
/// fingerprint each token already carries: a ``PhraseMatcher`` whose phrases are all one token
/// long, compared lower-cased.
public struct WordSet: Sendable, ExpressibleByArrayLiteral {
    public internal(set) var matcher: PhraseMatcher<Bool>

    package init<S: Sequence>(_ strings: S) where S.Element == String {
        matcher = PhraseMatcher(strings.map { ($0, true) }, casing: .insensitive)
    }

    public init(arrayLiteral elements: String...) {
        self.init(elements)
    }

    /// Whether the token at `index` is one of the words.
    @inlinable @inline(__always)
    public func contains(_ tokens: TokenList, at index: Int) -> Bool {
        matcher.value(in: tokens, at: index) != nil
    }

    /// Whether the tokens in `range` together are one of the entries (`24/7`).
    package func contains(_ tokens: TokenList, in range: Range<Int>) -> Bool {
        matcher.matchesExactly(tokens, in: range) != nil
    }
}
