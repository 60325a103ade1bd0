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

    /// An option that takes one of a set refuses anything else before any work, naming the
    /// set: the languages with resources, the formats, the event types, Graphviz's engines.
    @Test(arguments: [
        (["build", "--labels", "fr"], ["en", "vi"]),
        (["build", "--layout", "foo"], ["dot", "neato", "fdp", "sfdp", "circo", "twopi"]),
        (["build", "--format", "json, docx"], OutputFormat.allCases.map(\.rawValue)),
        (["build", "--types", "meet,meeting"], EventType.allCases.map(\.rawValue)),
        (["render", "output/graph.dot", "--out", "/dev/null", "--layout", "foo"], ["dot", "neato", "sfdp"]),
    ])
    func aValueOutsideItsSetIsRefusedNamingTheSet(arguments: [String], values: [String]) throws {
        let out = Support.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: out) }
        let run = try dyad(arguments + (arguments[0] == "build" ? ["seeds", "--out", out.path] : []))
        #expect(run.status == 3, "a bad option is status 3: \(run.errors)")
        #expect(run.errors.contains("The value '\(arguments.last!)' is invalid for '\(arguments[arguments.count - 2])"), "\(run.errors)")
        for value in values { #expect(run.errors.contains(value), "'\(value)' is not listed: \(run.errors)") }
        #expect(try FileManager.default.contentsOfDirectory(atPath: out.path).isEmpty, "nothing written")
    }

    /// The values are also what the help lists, and a list of good ones is read as before.
    @Test func theHelpListsEachOptionsValues() throws {
        // The help is wrapped to the terminal's width: compared word by word.
        let help = try dyad(["build", "--help"]).output.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        #expect(help.contains("(values: en, vi; default: en)"), "\(help)")
        #expect(help.contains("(values: dot, neato, fdp,"), "\(help)")
        let out = Support.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: out) }
        let run = try dyad(["build", "seeds", "--out", out.path, "--format", " csv, md,", "--types", "meet,talks", "--labels", "vi", "--layout", "sfdp"])
        #expect(run.status == 0, "\(run.errors)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: out.path).sorted() == ["timeline.csv", "timeline.md"])
    }
}
