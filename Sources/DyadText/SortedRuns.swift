/// The order of items of several runs (each run's keys already in order) merged into one: a
/// k-way merge through a binary heap of the runs' heads, so `n` items of `k` runs take about
/// `n log k` comparisons. Each item is given as its run and its position there. Equal keys keep
/// the order of their runs (an item of an earlier run first), as a stable sort of the runs put
/// one after another would.
package func mergeSortedRuns<Key: Comparable>(_ runs: [[Key]]) -> [(run: Int, position: Int)] {
    var merged: [(run: Int, position: Int)] = []
    merged.reserveCapacity(runs.reduce(0) { $0 + $1.count })
    // The heap holds (run, position) of each run's next item, least on top.
    var heap: [(run: Int, position: Int)] = runs.indices.filter { !runs[$0].isEmpty }.map { ($0, 0) }
    func less(_ a: (run: Int, position: Int), _ b: (run: Int, position: Int)) -> Bool {
        let (x, y) = (runs[a.run][a.position], runs[b.run][b.position])
        return x < y || (x == y && a.run < b.run)
    }
    func siftDown(_ start: Int) {
        var parent = start
        while true {
            let left = 2 * parent + 1, right = left + 1
            var least = parent
            if left < heap.count, less(heap[left], heap[least]) { least = left }
            if right < heap.count, less(heap[right], heap[least]) { least = right }
            if least == parent { return }
            heap.swapAt(parent, least)
            parent = least
        }
    }
    for index in stride(from: heap.count / 2 - 1, through: 0, by: -1) { siftDown(index) }
    while let top = heap.first {
        merged.append(top)
        if top.position + 1 < runs[top.run].count {
            heap[0].position += 1
        } else {
            heap[0] = heap[heap.count - 1]
            heap.removeLast()
        }
        if !heap.isEmpty { siftDown(0) }
    }
    return merged
}
