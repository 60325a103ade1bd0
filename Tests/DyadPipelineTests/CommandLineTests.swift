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

/// The `dyad` executable run as a process, as CI runs it.
@Suite("Command line: dyad as a process", .serialized)
struct CommandLineTests {
    typealias Run = Support.Run
    static var executable: URL? { Support.dyadExecutable }

    func dyad(_ arguments: [String]) throws -> Run { try Support.dyad(arguments) }

    @Test func checkPassesWhenCurrentAndFailsNamingTheStaleFileWithoutWriting() throws {
        let folder = Support.temporaryFolder()
        let build = try dyad(["build", "seeds", "--out", folder.path, "--format", "json,md,csv"])
        #expect(build.status == 0, "\(build.errors)")

        let current = try dyad(["build", "seeds", "--out", folder.path, "--format", "json,md,csv", "--check"])
        #expect(current.status == 0)
        #expect(current.output.contains("up to date"))

        let stale = folder.appendingPathComponent("timeline.md")
        try Data("edited by hand\n".utf8).write(to: stale)
        let outOfDate = try dyad(["build", "seeds", "--out", folder.path, "--format", "json,md,csv", "--check"])
        #expect(outOfDate.status == 1)
        #expect(outOfDate.output.contains("out of date: \(stale.path)"))
        #expect(!outOfDate.output.contains("timeline.json"))
        // --check writes nothing.
        #expect(try String(contentsOf: stale, encoding: .utf8) == "edited by hand\n")
    }

    @Test func badInputsAreReportedAndTheRestStillBuilt() throws {
        let folder = Support.temporaryFolder()
        let inputs = folder.appendingPathComponent("in")
        try FileManager.default.createDirectory(at: inputs, withIntermediateDirectories: true)
        try Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A]).write(to: inputs.appendingPathComponent("ảnh lỗi.txt"))
        try Data("Ngày 3/5, Mỹ hội đàm với Trung Quốc tại Bắc Kinh.\n".utf8).write(to: inputs.appendingPathComponent("tốt.txt"))
        let out = folder.appendingPathComponent("out")
        let run = try dyad(["build", inputs.path, inputs.appendingPathComponent("missing.txt").path, "--out", out.path, "--format", "json"])
        #expect(run.status == 2)
        #expect(run.errors.contains("ảnh lỗi.txt"))
        #expect(run.errors.contains("PNG"))
        #expect(run.errors.contains("missing.txt"))
        #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent("timeline.json").path))
    }

    @Test func renderWritesTheDrawingOrSaysWhyNot() throws {
        let folder = Support.temporaryFolder()
        let drawn = try dyad(["render", "output/graph.dot", "--out", folder.appendingPathComponent("g.svg").path])
        #expect(drawn.status == 0, "\(drawn.errors)")
        #expect(try String(contentsOf: folder.appendingPathComponent("g.svg"), encoding: .utf8).contains("<svg"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["g.svg"])
        let missing = folder.appendingPathComponent("no such folder/g.svg").path
        let failed = try dyad(["render", "output/graph.dot", "--out", missing])
        #expect(failed.status == 4)
        #expect(failed.errors.contains("cannot write \(missing)"))
    }

    @Test func unknownFormatIsAUsageError() throws {
        let run = try dyad(["build", "seeds", "--out", Support.temporaryFolder().path, "--format", "json,docx"])
        #expect(run.status != 0)
        #expect(run.errors.contains("docx"))
    }
}
