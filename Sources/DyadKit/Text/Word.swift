/// A word as a dictionary key, hashed and compared by its UTF-8 bytes.
///
/// Swift's `String` hashes and compares by canonical equivalence, normalising on the fly, which
/// dominated the look-ups in every lexicon. Dyad normalises all text to NFC when reading it (and
/// lexicon entries when loading them), so byte equality is the same test here, and much cheaper.
struct Word: Hashable, Sendable, ExpressibleByStringLiteral {
    let string: String

    init(_ string: String) {
        self.string = string
    }

    init(stringLiteral value: String) {
        self.init(value)
    }

    static func == (left: Word, right: Word) -> Bool {
        left.string.utf8.count == right.string.utf8.count && left.string.utf8.elementsEqual(right.string.utf8)
    }

    func hash(into hasher: inout Hasher) {
        var copy = string
        copy.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
    }
}

/// A set of words from a lexicon, looked up by byte equality (see ``Word``).
struct WordSet: Sendable, ExpressibleByArrayLiteral {
    private let words: Set<Word>

    init<S: Sequence>(_ strings: S) where S.Element == String {
        words = Set(strings.map { Word(TextDecoding.normalise($0)) })
    }

    init(arrayLiteral elements: String...) {
        self.init(elements)
    }

    func contains(_ string: String) -> Bool {
        words.contains(Word(string))
    }
}
