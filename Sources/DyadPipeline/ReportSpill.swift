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
import DyadRendering

/// The reports of a build that holds more than its budget (``Builder/reportBudget``), kept on
/// disk until every document is read: a map and reduce in one process.
///
/// Reports merge only with reports of the same pair and the same date (``MergeKey``), so each
/// report is written, as the lines of `dyad extract` write reports (``ReportRecord``: a line per
/// document and partition, its path and those of its reports, in its order), to one of
/// ``partitions`` files chosen by its pair and its date's first and last day, in a private
/// temporary folder (``TemporaryFiles/makeFolder()``: removed at the end, on an error and on a
/// signal). A pair alone would not do: one pair can hold most of an archive's reports. Then
/// each partition in turn is read back and merged into events in timeline order, and the
/// partitions' events are merged in order (``mergeSortedRuns``). Timeline order compares first
/// day, last day and pair first, which differ between any two events of two partitions, so
/// that merge is the order one merge of all the reports gives. Memory holds a partition's
/// reports at a time, not the archive's.
final class ReportSpill {
    static let partitions = 64
    /// A partition's lines are written in pieces of about this size (64 partitions: 16 MB
    /// waiting at most).
    static let pieceSize = 1 << 18

    let folder: String
    private var files: [FileHandle] = []
    private var pending: [[UInt8]]
    /// The reports written so far.
    private(set) var count = 0

    init() throws {
        folder = try TemporaryFiles.makeFolder()
        pending = Array(repeating: [], count: Self.partitions)
        do {
            for partition in 0..<Self.partitions {
                let path = self.path(partition)
                guard FileManager.default.createFile(atPath: path, contents: nil, attributes: [.posixPermissions: 0o600]) else {
                    throw TemporaryFiles.error(errno, path)
                }
                files.append(try FileHandle(forWritingTo: URL(fileURLWithPath: path)))
            }
        } catch {
            remove()
            throw error
        }
    }

    func path(_ partition: Int) -> String { folder + "/reports-\(partition).jsonl" }

    /// The partition of a report: a hash (FNV-1a) of its pair and its date's first and last
    /// day, the same in every run.
    static func partition(of report: ExtractedEvent) -> Int {
        var hash = Fingerprint()
        for code in report.actors { for byte in code.utf8 { hash.add(byte) }; hash.add(0) }
        for day in [report.date.start.firstDay.dayNumber, report.date.start.lastDay.dayNumber] {
            for shift in stride(from: 0, to: 64, by: 8) { hash.add(UInt8(truncatingIfNeeded: day >> shift)) }
        }
        return Int(hash.value % UInt64(partitions))
    }

    /// Writes the contribution's reports to their partitions, a line per partition, and lets go
    /// of them there.
    func add(_ contribution: inout Builder.Contribution) throws {
        var byPartition: [Int: [ReportRecord.Report]] = [:]
        var order: [Int] = []
        for report in contribution.events {
            let partition = Self.partition(of: report)
            if byPartition[partition] == nil { order.append(partition) }
            byPartition[partition, default: []].append(ReportRecord.Report(report))
        }
        for partition in order {
            var slice = ReportRecord(), line = JSONLine()
            slice.path = contribution.summary.path
            slice.events = byPartition[partition]
            slice.write(to: &line)
            pending[partition] += line.bytes
            pending[partition].append(0x0A)
            if pending[partition].count >= Self.pieceSize { try flush(partition) }
        }
        count += contribution.events.count
        contribution.events = []
    }

    private func flush(_ partition: Int) throws {
        try files[partition].write(contentsOf: pending[partition])
        pending[partition].removeAll(keepingCapacity: true)
    }

    /// Every partition's reports merged into events, in timeline order; the partitions' files
    /// are removed as they are read. The events go to an ``EventFile`` as each partition is
    /// merged, and are read back from it as they are rendered: memory holds a partition's
    /// reports and events at a time, and the order's keys.
    func events(merging builder: Builder) throws -> TimelineEvents {
        for partition in 0..<Self.partitions {
            try flush(partition)
            try files[partition].close()
        }
        files = []
        pending = []
        let file = try EventFile(in: folder)
        var starts: [Int] = []
        var keys: [[OrderStart]] = []
        for partition in 0..<Self.partitions {
            var parts = try Self.read(path(partition))
            unlink(path(partition))
            let merged = builder.mergeReports(&parts)
            keys.append(merged.map(OrderStart.init))
            starts.append(try file.append(merged))
            // The partition's reports and events are let go of: their pages go back to the system.
            parts = []
            releaseFreedMemory()
        }
        try file.finish(order: mergeSortedRuns(keys).map { starts[$0.run] + $0.position })
        return TimelineEvents(store: file)
    }

    /// What timeline order compares first: first day, last day, pair.
    struct OrderStart: Comparable {
        let firstDay: Int
        let lastDay: Int
        let pair: String

        init(_ event: TimelineEvent) {
            (firstDay, lastDay, pair) = (event.date.firstDay.dayNumber, event.date.lastDay.dayNumber, event.pair)
        }

        static func < (a: OrderStart, b: OrderStart) -> Bool {
            (a.firstDay, a.lastDay, a.pair) < (b.firstDay, b.lastDay, b.pair)
        }
    }

    /// The slices in a partition's file, each a contribution of its reports, decoded in
    /// parallel.
    static func read(_ path: String) throws -> [Builder.Contribution] {
        let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: path)))
        var lines: [Range<Int>] = []
        var start = 0
        for index in bytes.indices where bytes[index] == 0x0A {
            lines.append(start..<index)
            start = index + 1
        }
        let decoded = concurrentMap(lines.count) { index in
            Result { () throws -> Builder.Contribution in
                let record = try ReportRecord(line: bytes[lines[index]], checkingUTF8: false)
                return try Builder.reports(of: record.path ?? "", record.events ?? [])
            }
        }
        return try decoded.map { try $0.get() }
    }

    /// Removes the folder and every file left in it.
    func remove() {
        for file in files { try? file.close() }
        files = []
        TemporaryFiles.removeFolder(folder)
    }
}
