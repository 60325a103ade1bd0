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

/// A set of words from a lexicon, looked up by fingerprint in an open-addressing table and
/// confirmed by byte equality (see ``Word``): no string hashing per look-up.
struct WordSet: Sendable, ExpressibleByArrayLiteral {
    private var keys: [UInt64]
    private var words: [String]

    init<S: Sequence>(_ strings: S) where S.Element == String {
        let unique = Array(Set(strings.map { Word(TextDecoding.normalise($0)) }).map(\.string))
        var size = 8
        while size < unique.count * 2 { size *= 2 }
        keys = Array(repeating: 0, count: size)
        words = Array(repeating: "", count: size)
        for word in unique {
            let key = fingerprint(word)
            var slot = Int(truncatingIfNeeded: key >> 7) & (size - 1)
            while keys[slot] != 0 { slot = (slot + 1) & (size - 1) }
            keys[slot] = key
            words[slot] = word
        }
    }

    init(arrayLiteral elements: String...) {
        self.init(elements)
    }

    func contains(_ string: String) -> Bool {
        let key = fingerprint(string)
        let mask = keys.count - 1
        var slot = Int(truncatingIfNeeded: key >> 7) & mask
        while keys[slot] != 0 {
            if keys[slot] == key, Word(words[slot]) == Word(string) { return true }
            slot = (slot + 1) & mask
        }
        return false
    }
}
