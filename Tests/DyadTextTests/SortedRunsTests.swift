import Testing
@testable import DyadText
@testable import DyadTestSupport

/// The k-way merge of runs already in order (``mergeSortedRuns``).
@Suite("Merging sorted runs")
struct SortedRunsTests {
    @Test func runsMergeIntoTheOrderOfAStableSort() {
        var generator = SeededGenerator(seed: 11)
        for _ in 0..<50 {
            let runs = (0..<Int.random(in: 0...9, using: &generator)).map { _ in
                (0..<Int.random(in: 0...40, using: &generator)).map { _ in Int.random(in: 0...30, using: &generator) }.sorted()
            }
            let order = mergeSortedRuns(runs)
            // Equal keys keep their runs' order: what a stable sort of (key, run, position) gives.
            let expected = runs.enumerated().flatMap { run, keys in keys.indices.map { (keys[$0], run, $0) } }
                .sorted { ($0.0, $0.1, $0.2) < ($1.0, $1.1, $1.2) }.map { ($0.1, $0.2) }
            #expect(order.map { [$0.run, $0.position] } == expected.map { [$0.0, $0.1] })
        }
    }

    @Test func emptyAndSingleRuns() {
        #expect(mergeSortedRuns([[Int]]()).isEmpty)
        #expect(mergeSortedRuns([[], [], []] as [[Int]]).isEmpty)
        #expect(mergeSortedRuns([["a", "b", "c"]]).map(\.position) == [0, 1, 2])
        #expect(mergeSortedRuns([[5], [], [1, 9], [3]]).map(\.run) == [2, 3, 0, 2])
    }
}
