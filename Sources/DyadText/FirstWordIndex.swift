/// One table of the first words of every registered lexicon, so that a token is looked up once
/// for all of them instead of once per lexicon.
///
/// Each registered ``PhraseMatcher`` gets a bit. The tokenizer gives every token the bits of
/// the lexicons that have a phrase starting with the token's word (``Token/firstWordClasses``),
/// and a matcher then skips, with one bit test, the positions where none of its phrases can
/// start. The table compares fingerprints only: a rare false bit costs one ordinary look-up,
/// which still compares the words, so the bits never change what matches.
struct FirstWordIndex: Sendable {
    private struct Slot {
        /// The word's fingerprint; 0 marks an empty slot.
        var fingerprint: UInt64 = 0
        /// Bits of the case-sensitive lexicons with a phrase starting with the word as written.
        var sensitive: UInt64 = 0
        /// Bits of the case-insensitive lexicons with a phrase starting with the word lower-cased.
        var insensitive: UInt64 = 0
    }

    private var slots = [Slot](repeating: Slot(), count: 64)
    private var used = 0
    /// How many bits are given out; at most 64, after which matchers stay unregistered.
    private(set) var registered = 0

    init() {}

    /// Gives `matcher` the next free bit and enters its first words. With all 64 bits given
    /// out, the matcher is left as it was: it then looks at every token.
    mutating func register<Value>(_ matcher: inout PhraseMatcher<Value>) {
        guard registered < 64 else { return }
        let bit: UInt64 = 1 << UInt64(registered)
        registered += 1
        for word in matcher.firstWordFingerprints {
            let slot = insertionSlot(for: word)
            if matcher.casing == .sensitive { slots[slot].sensitive |= bit } else { slots[slot].insensitive |= bit }
        }
        matcher.firstWordBit = bit
    }

    /// The bits of the lexicons that have a phrase starting with a token of these fingerprints.
    @inline(__always)
    func classes(text: UInt64, lower: UInt64) -> UInt64 {
        let written = slots[slot(for: text)]
        // Most tokens are written in lower case: one look-up answers for both kinds of list.
        if lower == text { return written.sensitive | written.insensitive }
        return written.sensitive | slots[slot(for: lower)].insensitive
    }

    /// The slot holding `fingerprint`, or the empty slot where it would go.
    @inline(__always)
    private func slot(for fingerprint: UInt64) -> Int {
        OpenAddressing.probe(fingerprint, mask: slots.count - 1) {
            slots[$0].fingerprint == 0 || slots[$0].fingerprint == fingerprint
        }
    }

    /// The slot of `fingerprint`, entered if it was not yet (the table kept at most half full).
    private mutating func insertionSlot(for fingerprint: UInt64) -> Int {
        if (used + 1) * 2 > slots.count { grow() }
        let index = slot(for: fingerprint)
        if slots[index].fingerprint == 0 {
            slots[index].fingerprint = fingerprint
            used += 1
        }
        return index
    }

    private mutating func grow() {
        let old = slots
        slots = [Slot](repeating: Slot(), count: old.count * 2)
        for entry in old where entry.fingerprint != 0 {
            slots[slot(for: entry.fingerprint)] = entry
        }
    }
}
