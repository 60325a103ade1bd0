import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
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

// Writing the outputs safely: never over the inputs, all at once or not at all, no temporary
// files left by a failure or a signal, one build at a time.

extension CommandLineTests {
    /// The output folder may not be an input folder; one inside an input folder is not read back.
    @Test func outputsAreNeverReadBackOrWrittenOverInputs() throws {
        let folder = Support.temporaryFolder()
        let inputs = folder.appendingPathComponent("in")
        try FileManager.default.createDirectory(at: inputs, withIntermediateDirectories: true)
        try Data("Ngày 3/5/2023, Mỹ hội đàm với Trung Quốc tại Bắc Kinh.\n".utf8).write(to: inputs.appendingPathComponent("a.txt"))
        try Data("my own notes\n".utf8).write(to: inputs.appendingPathComponent("timeline.md"))
        let same = try dyad(["build", inputs.path, "--out", inputs.path])
        #expect(same.status == 3)
        #expect(same.errors.contains("also an input folder"))
        #expect(try String(contentsOf: inputs.appendingPathComponent("timeline.md"), encoding: .utf8) == "my own notes\n")
        let named = try dyad(["build", inputs.appendingPathComponent("timeline.md").path, "--out", inputs.path])
        #expect(named.status == 3)
        // Outputs inside the folder read: the second run reads the same articles as the first.
        let out = folder.appendingPathComponent("out").path
        let first = try dyad(["build", folder.path, "--out", out, "--format", "json,md"])
        let second = try dyad(["build", folder.path, "--out", out, "--format", "json,md"])
        #expect(first.status == 0 && second.status == 0, "\(first.errors)\(second.errors)")
        #expect(first.output.contains("from 2 documents") && second.output.contains("from 2 documents"))
        #expect(second.output.contains("written: none"))
        #expect(try dyad(["build", inputs.path, "--out", ""]).status == 3)
    }
}

/// The output set is replaced whole or not at all, through temporary files nobody can redirect,
/// and nothing is left behind.
@Suite("Reliability: outputs replaced all at once, no debris", .serialized)
struct OutputSetWritingTests {
    private struct Refused: Error {}

    @Test func oneFailingFileLeavesThePreviousSetWholeAndNoTemporaryFiles() throws {
        let folder = Support.temporaryFolder()
        let old = OutputSet(files: [OutputFile(name: "first.txt", data: Data("old json".utf8)),
                                    OutputFile(name: "second.txt", data: Data("old md".utf8))])
        try old.write(to: folder)
        let failing = OutputSet(files: [OutputFile(name: "first.txt", data: Data("new json".utf8)),
                                        OutputFile(name: "second.txt") { sink in try sink(Data("half".utf8)); throw Refused() }])
        #expect(throws: Refused.self) { try failing.write(to: folder) }
        #expect(try String(contentsOf: folder.appendingPathComponent("first.txt"), encoding: .utf8) == "old json")
        #expect(try String(contentsOf: folder.appendingPathComponent("second.txt"), encoding: .utf8) == "old md")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == ["first.txt", "second.txt"])
        // A folder where a file should go is found before anything is replaced.
        try FileManager.default.removeItem(at: folder.appendingPathComponent("second.txt"))
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("second.txt"), withIntermediateDirectories: false)
        let blocked = OutputSet(files: [OutputFile(name: "first.txt", data: Data("new json".utf8)),
                                        OutputFile(name: "second.txt", data: Data("new md".utf8))])
        #expect(throws: (any Error).self) { try blocked.write(to: folder) }
        #expect(try String(contentsOf: folder.appendingPathComponent("first.txt"), encoding: .utf8) == "old json")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == ["first.txt", "second.txt"])
    }

    /// Temporary names are unpredictable and opened exclusively: links planted at every name an
    /// earlier version would have used redirect nothing.
    @Test func plantedLinksDoNotRedirectTheWrite() throws {
        let folder = Support.temporaryFolder()
        let victim = folder.appendingPathComponent("victim")
        try Data("precious".utf8).write(to: victim)
        let out = folder.appendingPathComponent("out")
        try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
        for pid in 0..<64 {
            try FileManager.default.createSymbolicLink(atPath: out.appendingPathComponent(".timeline.md.\(pid).tmp").path, withDestinationPath: victim.path)
        }
        let set = OutputSet(files: [OutputFile(name: "timeline.md", data: Data("new".utf8))])
        #expect(try set.write(to: out) == ["timeline.md"])
        #expect(try String(contentsOf: victim, encoding: .utf8) == "precious")
        // The planted links were debris of the old naming, and are gone.
        #expect(try FileManager.default.contentsOfDirectory(atPath: out.path) == ["timeline.md"])
        #expect(TemporaryFiles.isTemporary(".timeline.md.0123456789abcdef.dyad-tmp", for: ["timeline.md"]))
        #expect(!TemporaryFiles.isTemporary(".notes.md.12.tmp", for: ["timeline.md"]))
    }

    @Test func checkSeesDebrisOfAnInterruptedBuild() throws {
        let folder = Support.temporaryFolder()
        let set = OutputSet(files: [OutputFile(name: "notes.txt", data: Data("x".utf8))])
        try set.write(to: folder)
        #expect(set.differences(from: folder).isEmpty)
        try Data("half".utf8).write(to: folder.appendingPathComponent(".timeline.json.4242.tmp"))
        #expect(set.differences(from: folder) == [".timeline.json.4242.tmp"])
        try set.write(to: folder)
        #expect(set.differences(from: folder).isEmpty)
    }
}

extension CommandLineTests {
    /// Articles enough for a timeline.json of a few megabytes, in `folder`.
    static func writeLargeCorpus(in folder: URL) throws {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for file in 0..<40 {
            var lines: [String] = []
            for index in 0..<150 {
                let day = (file * 150 + index) % 28 + 1, month = (file * 150 + index) / 28 % 12 + 1, year = 2000 + (file * 150 + index) / 336
                lines.append("Ngày \(day)/\(month)/\(year), Mỹ hội đàm với Trung Quốc tại Bắc Kinh về vấn đề số \(file)-\(index).")
            }
            try Data(lines.joined(separator: "\n\n").utf8).write(to: folder.appendingPathComponent("bài \(file).txt"))
        }
    }

    /// A build stopped by SIGTERM or SIGINT while it writes leaves no temporary file.
    @Test func signalsLeaveNoTemporaryFiles() throws {
        let executable = try #require(Self.executable)
        let folder = Support.temporaryFolder()
        let inputs = folder.appendingPathComponent("in")
        try Self.writeLargeCorpus(in: inputs)
        for (attempt, signal) in [SIGTERM, SIGINT, SIGTERM, SIGINT].enumerated() {
            let out = folder.appendingPathComponent("out \(attempt)")
            try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
            let process = Process()
            process.executableURL = executable
            process.arguments = ["build", inputs.path, "--out", out.path, "--format", "json,md,csv"]
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            // Wait for the first temporary file, then stop the build.
            var sawTemporary = false
            while process.isRunning, !sawTemporary {
                sawTemporary = ((try? FileManager.default.contentsOfDirectory(atPath: out.path)) ?? []).contains { $0.hasPrefix(".") }
                if !sawTemporary { usleep(200) }
            }
            if sawTemporary { kill(process.processIdentifier, signal) }
            process.waitUntilExit()
            let left = try FileManager.default.contentsOfDirectory(atPath: out.path).filter { $0.hasPrefix(".") }
            #expect(left.isEmpty, "attempt \(attempt): \(left)")
            if sawTemporary, process.terminationReason == .uncaughtSignal { #expect(process.terminationStatus == signal) }
        }
    }

    /// A second build into a folder another build is writing waits for it, saying so.
    @Test func aSecondBuildWaitsForTheFirst() throws {
        let executable = try #require(Self.executable)
        let out = Support.temporaryFolder()
        let descriptor = open(out.path, O_RDONLY | O_DIRECTORY)
        #expect(flock(descriptor, LOCK_EX) == 0)
        let process = Process()
        process.executableURL = executable
        process.arguments = ["build", "seeds", "--out", out.path, "--format", "json"]
        process.currentDirectoryURL = Support.repository
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        var waited = 0
        while process.isRunning, waited < 1_000 { usleep(1_000); waited += 1 }
        #expect(process.isRunning)
        #expect(!FileManager.default.fileExists(atPath: out.appendingPathComponent("timeline.json").path))
        flock(descriptor, LOCK_UN)
        close(descriptor)
        let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        #expect(message.contains("another dyad build is writing"))
        #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent("timeline.json").path))
    }
}

extension OutputSetWritingTests {
    /// A file of an output's name that Dyad did not write is never replaced, and then nothing is.
    @Test func aFileDyadDidNotWriteIsNotReplaced() throws {
        let folder = Support.temporaryFolder()
        let timeline = Support.timeline([Support.document("Ngày 3/5, Mỹ hội đàm với Trung Quốc.", published: "2023-05-04")])
        let outputs = try OutputSet(timeline: timeline, gazetteer: Support.resources.gazetteer, options: RenderOptions())
        try Data("my own notes\n".utf8).write(to: folder.appendingPathComponent("timeline.md"))
        #expect(throws: OutputSet.ForeignFiles.self) { try outputs.write(to: folder) }
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["timeline.md"])
        try FileManager.default.removeItem(at: folder.appendingPathComponent("timeline.md"))
        // Every file Dyad writes carries its mark, so it can replace its own files.
        try outputs.write(to: folder)
        for file in outputs.files {
            #expect(OutputSet.isDyads(folder.appendingPathComponent(file.name)), "\(file.name)")
            try Data("x".utf8).write(to: folder.appendingPathComponent(file.name))
            #expect(!OutputSet.isDyads(folder.appendingPathComponent(file.name)), "\(file.name)")
        }
        #expect(Set(outputs.files.map(\.name)).isSubset(of: Set(OutputSet.marks.keys)))
    }
}
