import Testing
@testable import DyadText
@testable import DyadTestSupport

/// The one open-addressing scheme and the generic group-by built on it.
@Suite("Grouping table and open addressing")
struct GroupingTableTests {
    @Test func nextPowerOfTwoSizesTheTables() {
        #expect([0, 1, 2, 3, 16, 17, 1_000].map(\.nextPowerOfTwo) == [1, 1, 2, 4, 16, 32, 1_024])
        #expect([0, 1, 8, 9, 1_000].map(OpenAddressing.slotCount) == [16, 16, 16, 32, 2_048])
    }

    @Test func keysAreNumberedInTheOrderFirstSeen() {
        var table = GroupingTable<String>()
        let groups = ["b", "a", "b", "c", "a", "b"].map { table.insert($0) }
        #expect(groups.map(\.group) == [0, 1, 0, 2, 1, 0])
        #expect(groups.map(\.isNew) == [true, true, false, true, false, false])
        #expect(table.keys == ["b", "a", "c"])
        #expect(table.count == 3)
        #expect(table.group(of: "c") == 2 && table.group(of: "d") == nil)
    }

    /// Far more keys than it was sized for, many of them seen again: it grows, and every key
    /// keeps its number — the same grouping a dictionary gives.
    @Test func growingKeepsEveryGroup() {
        var generator = SeededGenerator(seed: 18)
        let values = (0..<20_000).map { _ in Int.random(in: 0..<5_000, using: &generator) }
        var table = GroupingTable<Int>(capacity: 4)
        var numbers: [Int: Int] = [:]
        for value in values {
            let expected = numbers[value] ?? numbers.count
            numbers[value] = expected
            #expect(table.insert(value).group == expected)
        }
        #expect(table.count == numbers.count)
        #expect(numbers.allSatisfy { table.group(of: $0.key) == $0.value })
        #expect(table.keys.enumerated().allSatisfy { numbers[$0.element] == $0.offset })
    }

    /// Keys whose hash values all collide still group correctly (by comparison, after probing).
    @Test func collidingHashesStillGroupByEquality() {
        struct Clash: Hashable {
            let value: Int
            func hash(into hasher: inout Hasher) { hasher.combine(0) }
        }
        var table = GroupingTable<Clash>()
        let groups = (0..<200).map { table.insert(Clash(value: $0 % 50)).group }
        #expect(groups == (0..<200).map { $0 % 50 })
    }

    @Test func mixingKeepsValuesDistinctAndOnlyZeroAtZero() {
        let values: [UInt64] = [0, 1, 2, 3, 1 << 32, 1 << 63, .max, 0x9E37_79B9_7F4A_7C15]
        let mixed = values.map(OpenAddressing.mix)
        #expect(Set(mixed).count == values.count)
        #expect(mixed[0] == 0 && mixed.dropFirst().allSatisfy { $0 != 0 })
    }

    @Test func probingStartsAtTheHomeSlotAndWrapsAround() {
        for hash in [0, 1, 12_345, .max] as [UInt64] {
            let home = OpenAddressing.home(of: hash, mask: 15)
            #expect((0..<16).contains(home))
            #expect(OpenAddressing.probe(hash, mask: 15) { _ in true } == home)
            // The slot just before home is the last one tried, past the end of the table.
            #expect(OpenAddressing.probe(hash, mask: 15) { $0 == (home + 15) % 16 } == (home + 15) % 16)
        }
        // Hashes that differ only in their low bits land far apart.
        #expect(Set((0..<64 as Range<UInt64>).map { OpenAddressing.home(of: $0, mask: 63) }).count > 30)
    }
}
