import Foundation

// Small helpers for the parallel parts of the pipeline.

/// Results of work done in parallel (`DispatchQueue.concurrentPerform`), set by index from the
/// workers and read back in index order once they are all done.
package final class ConcurrentResults<Value>: @unchecked Sendable {
    private var storage: [Result<Value, Error>?]
    private let lock = NSLock()

    package init(count: Int) {
        storage = Array(repeating: nil, count: count)
    }

    package func set(_ index: Int, _ value: Result<Value, Error>) {
        lock.lock()
        storage[index] = value
        lock.unlock()
    }

    /// The result at `index`, when it has been set.
    package func result(_ index: Int) -> Result<Value, Error>? {
        lock.lock()
        defer { lock.unlock() }
        return storage[index]
    }

    /// The values in index order; throws the first error, by index.
    package func values() throws -> [Value] {
        lock.lock()
        defer { lock.unlock() }
        return try storage.map { try $0!.get() }
    }
}

/// `transform` of every index below `count`, computed in parallel (`concurrentPerform`), each
/// result written straight into its slot of the one array returned — no per-item boxes and no
/// second copy, which matters when the items are a whole archive's events.
package func concurrentMap<Value>(_ count: Int, _ transform: (Int) -> Value) -> [Value] {
    [Value](unsafeUninitializedCapacity: count) { buffer, initialized in
        guard let base = buffer.baseAddress else { return }
        // Each worker initialises only its own slot.
        nonisolated(unsafe) let (slots, transform) = (base, transform)
        DispatchQueue.concurrentPerform(iterations: count) { index in (slots + index).initialize(to: transform(index)) }
        initialized = count
    }
}

/// Runs `first` and `second` at the same time, on two threads, and returns both results; throws
/// the first one's error if both fail.
package func concurrently<First, Second>(_ first: @Sendable () throws -> First,
                                 and second: @Sendable () throws -> Second) throws -> (First, Second) {
    nonisolated(unsafe) var one: Result<First, Error>?
    nonisolated(unsafe) var two: Result<Second, Error>?
    // concurrentPerform returns when both have run; each writes only its own result.
    DispatchQueue.concurrentPerform(iterations: 2) { index in
        if index == 0 { one = Result { try first() } } else { two = Result { try second() } }
    }
    return (try one!.get(), try two!.get())
}

/// Makes the pieces `0..<count` on up to `width` threads and hands each to `deliver` in index
/// order, as soon as it and every piece before it are made, so that delivering one piece (writing
/// it to a file) overlaps making the next. Each thread keeps its own `scratch` from piece to
/// piece: `make` fills it for a piece, `deliver` then reads it, before the thread makes another.
/// Stops at the first error `deliver` throws, and rethrows it.
package func makeInOrder<Scratch>(_ count: Int, width: Int, scratch: () -> Scratch,
                          make: (inout Scratch, Int) -> Void, deliver: (inout Scratch, Int) throws -> Void) throws {
    let turns = Turns()
    // The closures do not escape: concurrentPerform returns when every worker has.
    nonisolated(unsafe) let (scratch, make, deliver) = (scratch, make, deliver)
    DispatchQueue.concurrentPerform(iterations: max(1, min(width, count))) { _ in
        var own = scratch()
        while let piece = turns.claim(below: count) {
            make(&own, piece)
            guard turns.wait(for: piece) else { return }
            do {
                try deliver(&own, piece)
                turns.done(piece)
            } catch {
                turns.fail(error)
                return
            }
        }
    }
    if let failure = turns.failure { throw failure }
}

/// Whose turn it is to deliver, for ``makeInOrder(_:width:scratch:make:deliver:)``.
private final class Turns: @unchecked Sendable {
    private let condition = NSCondition()
    /// The next piece to be claimed, and the next to be delivered.
    private var claimed = 0
    private var delivered = 0
    private(set) var failure: Error?

    /// The next piece nobody has claimed, if any is left and nothing has failed.
    func claim(below count: Int) -> Int? {
        condition.lock()
        defer { condition.unlock() }
        guard failure == nil, claimed < count else { return nil }
        claimed += 1
        return claimed - 1
    }

    /// Waits until every piece before `piece` is delivered; false when one has failed instead.
    func wait(for piece: Int) -> Bool {
        condition.lock()
        defer { condition.unlock() }
        while delivered != piece, failure == nil { condition.wait() }
        return failure == nil
    }

    func done(_ piece: Int) {
        condition.lock()
        delivered = piece + 1
        condition.broadcast()
        condition.unlock()
    }

    func fail(_ error: Error) {
        condition.lock()
        failure = error
        condition.broadcast()
        condition.unlock()
    }
}

/// glibc's `malloc_trim` (declared in `<malloc.h>`, which the C library module leaves out).
@_silgen_name("malloc_trim")
private func mallocTrim(_ pad: Int) -> Int32

/// Gives the pages of memory freed since (a whole phase's values, let go of) back to the system,
/// so that they do not count in the process's memory while the next phase runs.
package func releaseFreedMemory() {
    _ = mallocTrim(0)
}
