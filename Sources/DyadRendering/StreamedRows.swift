import Foundation
import DyadText
import DyadResources
import DyadModel
import DyadReading
import DyadCleaning
import DyadActors
import DyadDates
import DyadEvents
import DyadMerging

/// Rows of a large file made while it is written, never the whole file at once: a file of a
/// whole archive's events (`timeline.html` runs to a hundred MB at 1 GB of articles) would
/// otherwise sit in memory beside the events it was made from, once per format.
enum StreamedRows {
    /// Events per chunk: each thread makes a chunk into a buffer it reuses.
    static let chunk = 2_000

    /// The rows of the items `0..<count`, made in chunks on every core (each row by `row`, from
    /// its index, into the chunk's ``ByteText``) and handed to `sink` in order, as soon as the
    /// chunks before them are: writing one chunk overlaps making the next. `bytesPerRow` sizes
    /// the buffers.
    static func write(_ count: Int, bytesPerRow: Int, to sink: (Data) throws -> Void, row: (inout ByteText, Int) -> Void) throws {
        try makeInOrder((count + chunk - 1) / chunk, width: max(2, ProcessInfo.processInfo.activeProcessorCount)) {
            ByteText(capacity: bytesPerRow * min(count, chunk))
        } make: { text, part in
            text.bytes.removeAll(keepingCapacity: true)
            for index in part * chunk..<min(count, (part + 1) * chunk) { row(&text, index) }
        } deliver: { text, _ in
            try handOver(text.bytes, to: sink)
        }
    }

    /// Hands `bytes` to `sink` without a copy: the sink is done with them before the buffer is
    /// reused.
    static func handOver(_ bytes: [UInt8], to sink: (Data) throws -> Void) throws {
        try bytes.withUnsafeBytes { buffer in
            guard let start = buffer.baseAddress, !buffer.isEmpty else { return }
            try sink(Data(bytesNoCopy: UnsafeMutableRawPointer(mutating: start), count: buffer.count, deallocator: .none))
        }
    }

    /// A buffer of text made one piece after another, handed to a sink whenever it holds more
    /// than `limit` bytes (and by ``flush(to:)`` at the end).
    struct Flushing {
        var text = ByteText(capacity: 1 << 16)
        let limit = 1 << 16

        mutating func flushIfFull(to sink: (Data) throws -> Void) throws {
            if text.bytes.count >= limit { try flush(to: sink) }
        }

        mutating func flush(to sink: (Data) throws -> Void) throws {
            try handOver(text.bytes, to: sink)
            text.bytes.removeAll(keepingCapacity: true)
        }
    }
}
