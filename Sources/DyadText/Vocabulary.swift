import Foundation

/// Every phrase list of one language, as one object: it owns the first-word index, makes the
/// tokens, and is the only place a matcher can be registered.
///
/// The rule it keeps: **tokens meet only the matchers of the vocabulary that made them.** A
/// token's first-word bits (``Token/firstWordClasses``) mean something only in the index that
/// set them, so each token list remembers its vocabulary's identity and each registered matcher
/// remembers the identity it was registered under. A matcher trusts the bits (and skips, with
/// one bit test, positions where none of its phrases can start) only when the two agree; tokens
/// made anywhere else — another language's vocabulary, or the plain ``Tokenizer`` — are looked
/// up word by word. So a configured phrase is found whatever tokenised the text; only the
/// speed differs.
public struct Vocabulary: Sendable {
    /// Never 0: unstamped token lists carry 0.
    public let identity: UInt64
    let index: FirstWordIndex

    /// Registers matchers while the vocabulary is being made: the only way to give a matcher
    /// a first-word bit, so no token can be stamped before the index it is stamped by is complete.
    public struct Registrar {
        var index = FirstWordIndex()
        package let identity: UInt64

        /// Gives `matcher` a bit, enters its first words, and ties it to this vocabulary.
        package mutating func register<Value>(_ matcher: inout PhraseMatcher<Value>) {
            index.register(&matcher)
            matcher.vocabulary = identity
        }

        package mutating func register(_ words: inout WordSet) {
            register(&words.matcher)
        }
    }

    /// Makes a vocabulary from the matchers `registering` registers (each stage's lexicon
    /// registers its own lists).
    public static func build(_ registering: (inout Registrar) throws -> Void) rethrows -> Vocabulary {
        var registrar = Registrar(identity: Self.nextIdentity())
        try registering(&registrar)
        return Vocabulary(identity: registrar.identity, index: registrar.index)
    }

    /// The text's tokens, each with the bits of the lists whose phrases can start with it.
    public func tokenize(_ text: String) -> TokenList {
        text.withUTF8Bytes { tokenize(bytes: $0) }
    }

    package func tokenize(bytes: UnsafeBufferPointer<UInt8>) -> TokenList {
        Tokenizer.tokenize(bytes: bytes, classifiedBy: index).stamped(identity)
    }

    /// The tokens of `range` of `bytes` (see ``Tokenizer``), to be gathered into a list by
    /// ``tokenList(bytes:lowered:tokens:span:)``.
    package func tokens(in bytes: UnsafeBufferPointer<UInt8>, range: Range<Int>, lowered: inout [UInt8]) -> [Token] {
        Tokenizer.tokens(in: bytes, range: range, lowered: &lowered, classifiedBy: index)
    }

    /// A list of tokens made by ``tokens(in:range:lowered:)``, stamped with this vocabulary.
    package func tokenList(bytes: [UInt8], lowered: [UInt8], tokens: [Token], span: Range<Int>) -> TokenList {
        TokenList(bytes: bytes, lowered: lowered, tokens: tokens, span: span).stamped(identity)
    }

    private static let counter = Counter()
    private static func nextIdentity() -> UInt64 { counter.next() }

    private final class Counter: @unchecked Sendable {
        private let lock = NSLock()
        private var last: UInt64 = 0
        func next() -> UInt64 { lock.lock(); defer { lock.unlock() }; last += 1; return last }
    }
}
