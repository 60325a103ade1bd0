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

/// Progress of a long build on a terminal: documents read of the total, MB/s and the time left,
/// one line on standard error redrawn in place (`\r`, then erase to the end of the line).
///
/// Nothing is shown for the first ``delay`` seconds (a build of the seeds says nothing), nor at
/// all unless standard error is a terminal: pipes, files and CI logs stay quiet, as do terminals
/// of `TERM=dumb` and any run with `CI` set. The line is redrawn at most every ``interval``
/// seconds and erased when reading ends, before the build's own messages.
public final class BuildProgress: @unchecked Sendable {
    public static let delay = 2.0
    public static let interval = 0.25

    private let lock = NSLock()
    private let write: (String) -> Void
    private let now: () -> Double
    private let start: Double
    private var lastDrawn: Double?
    private var bytes: Int64 = 0
    private var shown = false

    /// A reporter that writes through `write`, timed by `now` (seconds), when `enabled`.
    public init(enabled: Bool, write: @escaping (String) -> Void, now: @escaping () -> Double) {
        self.write = enabled ? write : { _ in }
        self.now = now
        start = now()
        if !enabled { lastDrawn = .infinity }
    }

    /// The reporter for `dyad build`: on standard error when it is a terminal.
    public static func standardError() -> BuildProgress {
        let environment = ProcessInfo.processInfo.environment
        let enabled = isatty(STDERR_FILENO) == 1 && environment["TERM"] != "dumb" && environment["CI"] == nil
        return BuildProgress(enabled: enabled, write: { FileHandle.standardError.write(Data($0.utf8)) },
                             now: { Double(DispatchTime.now().uptimeNanoseconds) / 1e9 })
    }

    /// Whether the reporter would ever write (callers can skip work for it when not).
    public var isEnabled: Bool { lock.withLock { lastDrawn != .infinity } }

    /// `done` of `total` documents are read, the last of them the file at `path`.
    public func update(done: Int, total: Int, path: String) {
        lock.lock()
        defer { lock.unlock() }
        guard lastDrawn != .infinity else { return }
        var status = stat()
        if stat(path, &status) == 0 { bytes += Int64(status.st_size) }
        let time = now()
        let elapsed = time - start
        guard elapsed >= Self.delay, time - (lastDrawn ?? -Double.infinity) >= Self.interval, done < total else { return }
        lastDrawn = time
        shown = true
        write("\r\u{1B}[K" + Self.line(done: done, total: total, bytes: bytes, elapsed: elapsed))
    }

    /// Erases the line, if one was drawn.
    public func finish() {
        lock.lock()
        defer { lock.unlock() }
        if shown { write("\r\u{1B}[K") }
        shown = false
        lastDrawn = .infinity
    }

    /// `dyad: 4,210 of 9,839 documents read · 42.7 MB · 63.2 MB/s · about 9 s left`.
    static func line(done: Int, total: Int, bytes: Int64, elapsed: Double) -> String {
        let megabytes = Double(bytes) / 1_000_000
        let rate = elapsed > 0 ? megabytes / elapsed : 0
        let left = done > 0 ? elapsed * Double(total - done) / Double(done) : .infinity
        let leftText: String
        if !left.isFinite { leftText = "" }
        else if left < 90 { leftText = " · about \(Int(left.rounded(.up))) s left" }
        else { leftText = " · about \(Int((left / 60).rounded(.up))) min left" }
        return "dyad: \(grouped(done)) of \(grouped(total)) documents read · \(oneDecimal(megabytes)) MB · \(oneDecimal(rate)) MB/s\(leftText)"
    }

    private static func oneDecimal(_ value: Double) -> String {
        let tenths = Int((value * 10).rounded())
        return "\(tenths / 10).\(tenths % 10)"
    }
}
