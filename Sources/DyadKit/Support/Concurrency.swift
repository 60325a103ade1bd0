import Foundation

// Small helpers for the parallel parts of the pipeline.

/// Results of work done in parallel (`DispatchQueue.concurrentPerform`), set by index from the
/// workers and read back in index order once they are all done.
final class ConcurrentResults<Value>: @unchecked Sendable {
    private var storage: [Result<Value, Error>?]
    private let lock = NSLock()

    init(count: Int) {
        storage = Array(repeating: nil, count: count)
    }

    func set(_ index: Int, _ value: Result<Value, Error>) {
        lock.lock()
        storage[index] = value
        lock.unlock()
    }

    /// The values in index order; throws the first error, by index.
    func values() throws -> [Value] {
        lock.lock()
        defer { lock.unlock() }
        return try storage.map { try $0!.get() }
    }
}

/// `transform` of every index below `count`, computed in parallel (`concurrentPerform`), each
/// result written straight into its slot of the one array returned — no per-item boxes and no
/// second copy, which matters when the items are a whole archive's events.
func concurrentMap<Value>(_ count: Int, _ transform: (Int) -> Value) -> [Value] {
    [Value](unsafeUninitializedCapacity: count) { buffer, initialized in
        guard let base = buffer.baseAddress else { return }
        // Each worker initialises only its own slot.
        nonisolated(unsafe) let slots = base
        withoutActuallyEscaping(transform) { transform in
            nonisolated(unsafe) let transform = transform
            DispatchQueue.concurrentPerform(iterations: count) { index in (slots + index).initialize(to: transform(index)) }
        }
        initialized = count
    }
}

/// Runs `first` and `second` at the same time, on two threads, and returns both results; throws
/// the first one's error if both fail.
func concurrently<First, Second>(_ first: @Sendable () throws -> First,
                                 and second: @Sendable () throws -> Second) throws -> (First, Second) {
    nonisolated(unsafe) var one: Result<First, Error>?
    nonisolated(unsafe) var two: Result<Second, Error>?
    // concurrentPerform returns when both have run; each writes only its own result.
    DispatchQueue.concurrentPerform(iterations: 2) { index in
        if index == 0 { one = Result { try first() } } else { two = Result { try second() } }
    }
    return (try one!.get(), try two!.get())
}
