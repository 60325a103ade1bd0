import Foundation
import DyadText
import DyadModel
import DyadRendering

/// Merged events written to a temporary file as they are made, and read back one at a time by
/// their place in the timeline (an ``EventStore``): a build or merge of an archive renders its
/// timeline without holding its events.
///
/// The file holds each event's texts — its summary, participants, topics, place and its
/// mentions' sentences, packed (``StringPack``) — and memory holds the rest, its outline: an
/// event read back is its outline with its texts put back, with no JSON to parse. Events are
/// added in any order, each given its number in the file; ``finish(order:)`` then says which is
/// first, second… in the timeline. The file is unlinked as soon as it is made, so it goes away
/// with its last descriptor, whatever ends the process.
final class EventFile: EventStore, @unchecked Sendable {
    /// Lines are written in pieces of about this size.
    static let pieceSize = 1 << 20

    private let descriptor: Int32
    private let path: String
    /// Where each event's texts start in the file (in the order added, then in timeline order) and the
    /// file's length.
    private var starts: [Int] = []
    private var lengths: [Int32] = []
    /// Each event without its texts, held (``TimelineEvents/outline(at:)``), and the paths of
    /// their documents, each held once.
    private var outlines: [TimelineEvent] = []
    private var documents: Set<String> = []
    private var written = 0
    private var pending: [UInt8] = []
    private var finished = false

    /// A new, empty file in `folder` (a private folder of ``TemporaryFiles/makeFolder()``).
    init(in folder: String) throws {
        path = folder + "/events-\(UUID().uuidString).texts"
        descriptor = open(path, O_RDWR | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else { throw TemporaryFiles.error(errno, path) }
        unlink(path)
    }

    /// A new, empty file in a private folder of its own, removed at once with the file in it
    /// already unlinked: nothing is left to clean up.
    convenience init() throws {
        let folder = try TemporaryFiles.makeFolder()
        defer { TemporaryFiles.removeFolder(folder) }
        try self.init(in: folder)
    }

    deinit { close(descriptor) }

    var count: Int { starts.count }

    /// Adds `events` (their texts packed in parallel) and returns the number the first is given.
    @discardableResult
    func append(_ events: [TimelineEvent]) throws -> Int {
        precondition(!finished, "events added after the order was given")
        let first = starts.count
        for texts in concurrentMap(events.count, { Self.texts(of: events[$0]) }) { try append(line: texts) }
        for event in events { outlines.append(outline(event)) }
        return first
    }

    /// Adds `event` and returns its number.
    @discardableResult
    func append(_ event: TimelineEvent) throws -> Int {
        try append(line: Self.texts(of: event))
        outlines.append(outline(event))
        return starts.count - 1
    }

    /// What the file keeps of an event: the texts its outline leaves out, in a fixed order.
    private static func texts(of event: TimelineEvent) -> [UInt8] {
        var pack = StringPack.Writer()
        pack.string(event.summary)
        pack.strings(event.participants)
        pack.strings(event.topics)
        pack.strings(event.location.map { [$0] } ?? [])
        pack.strings(event.mentions.map(\.text))
        return pack.bytes
    }

    /// The event whose outline is `outline` and whose texts are packed in `bytes`.
    private static func event(_ outline: TimelineEvent, texts bytes: UnsafeRawBufferPointer) throws -> TimelineEvent {
        var pack = StringPack.Reader(bytes)
        let summary = try pack.string(), participants = try pack.strings(), topics = try pack.strings()
        let location = try pack.strings().first, texts = try pack.strings()
        guard texts.count == outline.mentions.count, pack.isAtEnd else { throw StringPack.Truncated() }
        return TimelineEvent(id: outline.id, date: outline.date, end: outline.end, basis: outline.basis, actors: outline.actors,
                             type: outline.type, cameo: outline.cameo, goldstein: outline.goldstein, future: outline.future,
                             summary: summary, participants: participants, topics: topics, location: location,
                             mentions: zip(outline.mentions, texts).map { EventMention(document: $0.document, line: $0.line, text: $1) },
                             lowConfidence: outline.lowConfidence)
    }

    /// The event's outline, its documents' paths those already held.
    private func outline(_ event: TimelineEvent) -> TimelineEvent {
        event.outline { documents.insert($0).memberAfterInsert }
    }

    private func append(line: [UInt8]) throws {
        starts.append(written + pending.count)
        lengths.append(Int32(line.count))
        pending += line
        if pending.count >= Self.pieceSize { try flush() }
    }

    private func flush() throws {
        try pending.withUnsafeBytes { bytes in
            var done = 0
            while done < bytes.count {
                let count = pwrite(descriptor, bytes.baseAddress! + done, bytes.count - done, off_t(written + done))
                guard count > 0 else { throw TemporaryFiles.error(count < 0 ? errno : ENOSPC, path) }
                done += count
            }
        }
        written += pending.count
        pending.removeAll(keepingCapacity: true)
    }

    /// The events in timeline order: `order[i]` is the number of the `i`th. Nothing is added
    /// after this.
    func finish(order: [Int]) throws {
        precondition(order.count == starts.count, "the order names every event once")
        try flush()
        pending = []
        starts = order.map { starts[$0] }
        lengths = order.map { lengths[$0] }
        outlines = order.map { outlines[$0] }
        documents = []
        finished = true
    }

    func outline(at index: Int) -> TimelineEvent {
        precondition(finished, "events read before their order was given")
        return outlines[index]
    }

    /// The `index`th event of the timeline, read from the file. The file is the process's own,
    /// written a moment before: one that no longer reads back is a broken disk, which stops the
    /// build.
    func event(at index: Int) -> TimelineEvent {
        precondition(finished, "events read before their order was given")
        let length = Int(lengths[index])
        var bytes = [UInt8](repeating: 0, count: length)
        let read = bytes.withUnsafeMutableBytes { pread(descriptor, $0.baseAddress!, length, off_t(starts[index])) }
        do {
            guard read == length else { throw TemporaryFiles.error(read < 0 ? errno : EIO, path) }
            return try bytes.withUnsafeBytes { try Self.event(outlines[index], texts: $0) }
        } catch {
            fatalError("the merged events cannot be read back from \(path): \(error)")
        }
    }
}
