import Foundation
import Testing
@testable import DyadText
@testable import DyadResources
@testable import DyadModel
@testable import DyadReading
@testable import DyadCleaning
@testable import DyadActors
@testable import DyadDates
@testable import DyadEvents
@testable import DyadMerging
@testable import DyadRendering
@testable import DyadPipeline
@testable import DyadTestSupport

/// Progress on a terminal (issue 24): only for long builds, only when enabled (standard error a
/// terminal), redrawn in place and erased at the end.
@Suite("Progress of long builds")
struct ProgressTests {
    final class Clock: @unchecked Sendable {
        var time = 100.0
        var written: [String] = []
    }

    func reporter(enabled: Bool, _ clock: Clock) -> BuildProgress {
        BuildProgress(enabled: enabled, write: { clock.written.append($0) }, now: { clock.time })
    }

    @Test func aLongBuildReportsDocumentsRateAndTimeLeftThenErasesTheLine() throws {
        let clock = Clock()
        let file = Support.repository.appendingPathComponent("seeds").appendingPathComponent(
            try #require(try FileManager.default.contentsOfDirectory(atPath: Support.repository.appendingPathComponent("seeds").path).sorted().first))
        let progress = reporter(enabled: true, clock)
        clock.time += 1
        progress.update(done: 1, total: 10, path: file.path)
        #expect(clock.written.isEmpty, "nothing in the first two seconds")
        clock.time += 1.5
        progress.update(done: 5, total: 10, path: file.path)
        let line = try #require(clock.written.last)
        #expect(line.hasPrefix("\r\u{1B}[K"))
        #expect(line.contains("5 of 10 documents read"))
        #expect(line.contains("MB/s"))
        #expect(line.contains("about 3 s left"), "\(line)")
        clock.time += 0.1
        progress.update(done: 6, total: 10, path: file.path)
        #expect(clock.written.count == 1, "redrawn at most four times a second")
        progress.finish()
        #expect(clock.written.last == "\r\u{1B}[K")
    }

    @Test func pipesStayQuiet() {
        let clock = Clock()
        let progress = reporter(enabled: false, clock)
        #expect(!progress.isEnabled)
        for done in 1...10 {
            clock.time += 1
            progress.update(done: done, total: 100, path: "/nonexistent")
        }
        progress.finish()
        #expect(clock.written.isEmpty)
    }

    @Test func theLineSaysMinutesForLongWaits() {
        #expect(BuildProgress.line(done: 100, total: 1_000, bytes: 10_000_000, elapsed: 20)
                == "dyad: 100 of 1,000 documents read · 10.0 MB · 0.5 MB/s · about 3 min left")
    }
}
