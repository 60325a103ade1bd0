/// The one scheme behind Dyad's hash tables (``GroupingTable``, the ``PhraseMatcher`` trie's
/// edges, the ``FirstWordIndex``): a power-of-two array of slots kept at most half full,
/// probed linearly from a home slot taken from the high bits of the hash times one odd
/// constant — the multiply of the one mixing step (``mix(_:)``) those tables and the page
/// furniture's line keys use.
public enum OpenAddressing {
    /// The odd constant every hash is multiplied by (SplitMix64's first).
    @inlinable static var multiplier: UInt64 { 0xBF58_476D_1CE4_E5B9 }

    /// Spreads the bits of `value` over all 64: a multiply by an odd constant, then the high
    /// bits folded into the low ones. Both steps can be undone, so distinct values stay
    /// distinct, and only 0 mixes to 0.
    @inlinable @inline(__always)
    public static func mix(_ value: UInt64) -> UInt64 {
        let product = value &* multiplier
        return product ^ (product >> 31)
    }

    /// The slot a key of hash `hash` starts from in a table of `mask + 1` slots: the high bits
    /// of the hash times ``multiplier``, which depend on all of its bits (hashes that differ
    /// only in their low bits land far apart).
    @inlinable @inline(__always)
    public static func home(of hash: UInt64, mask: Int) -> Int {
        Int(truncatingIfNeeded: (hash &* multiplier) >> 32) & mask
    }

    /// The number of slots for `count` entries: a power of two at least twice `count`, and
    /// at least 16, so that the table stays at most half full.
    @inlinable
    public static func slotCount(for count: Int) -> Int {
        max(16, (2 * count).nextPowerOfTwo)
    }

    /// The first slot, from the home slot of `hash` on, at which `stop` holds: the key's own
    /// slot or the empty one where it would go. The table has `mask + 1` slots, a power of
    /// two, and at least one of them is empty.
    @inlinable @inline(__always)
    public static func probe(_ hash: UInt64, mask: Int, until stop: (Int) -> Bool) -> Int {
        var slot = home(of: hash, mask: mask)
        while !stop(slot) { slot = (slot + 1) & mask }
        return slot
    }
}

extension Int {
    /// The smallest power of two at least this large (1 for 0 and below).
    @inlinable
    public var nextPowerOfTwo: Int {
        self <= 1 ? 1 : 1 << (Int.bitWidth - (self - 1).leadingZeroBitCount)
    }
}

/// Distinct keys numbered in the order they are first seen: a group-by in one
/// open-addressing table (``OpenAddressing``) of group numbers, each group's key kept once.
///
/// Grouping `n` items costs one hash and, on average, about one comparison an item; the
/// table only grows when more keys come than it was sized for.
public struct GroupingTable<Key: Hashable> {
    /// Each group's key, by group number.
    @inlinable public var keys: [Key] { groupKeys }
    @usableFromInline var groupKeys: [Key] = []
    /// Group numbers by slot; -1 marks an empty slot.
    @usableFromInline var slots: [Int32]

    /// A table with room for `capacity` groups before it grows.
    @inlinable
    public init(capacity: Int = 0) {
        slots = [Int32](repeating: -1, count: OpenAddressing.slotCount(for: capacity))
        groupKeys.reserveCapacity(capacity)
    }

    /// The number of groups.
    @inlinable public var count: Int { groupKeys.count }

    /// The number of `key`'s group, and whether the group is new: a key not seen before
    /// opens the next group.
    @inlinable
    public mutating func insert(_ key: Key) -> (group: Int, isNew: Bool) {
        if 2 * (groupKeys.count + 1) > slots.count { grow() }
        let slot = self.slot(of: key)
        if slots[slot] >= 0 { return (Int(slots[slot]), false) }
        slots[slot] = Int32(groupKeys.count)
        groupKeys.append(key)
        return (groupKeys.count - 1, true)
    }

    /// The number of `key`'s group, if it has one.
    @inlinable
    public func group(of key: Key) -> Int? {
        let group = slots[slot(of: key)]
        return group >= 0 ? Int(group) : nil
    }

    /// The slot holding `key`'s group, or the empty slot where it would go.
    @inlinable @inline(__always)
    func slot(of key: Key) -> Int {
        OpenAddressing.probe(Self.hash(key), mask: slots.count - 1) { slots[$0] < 0 || groupKeys[Int(slots[$0])] == key }
    }

    @inlinable @inline(__always)
    static func hash(_ key: Key) -> UInt64 {
        UInt64(truncatingIfNeeded: key.hashValue)
    }

    /// Doubles the slots and enters every group again.
    @usableFromInline
    mutating func grow() {
        slots = [Int32](repeating: -1, count: 2 * slots.count)
        let mask = slots.count - 1
        for group in groupKeys.indices {
            let slot = OpenAddressing.probe(Self.hash(groupKeys[group]), mask: mask) { slots[$0] < 0 }
            slots[slot] = Int32(group)
        }
    }
}

extension GroupingTable: Sendable where Key: Sendable {}
