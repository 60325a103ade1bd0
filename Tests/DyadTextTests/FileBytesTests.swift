import Foundation
import Testing
@testable import DyadText

/// A file read into one array: its bytes exactly, whatever its size says.
@Suite("File bytes read into one buffer")
struct FileBytesTests {
    private func temporary(_ bytes: [UInt8]) throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("dyad-filebytes-\(UUID().uuidString)").path
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        return path
    }

    @Test func aFileIsReadWhole() throws {
        var generator = SystemRandomNumberGenerator()
        for size in [0, 1, 4_095, 4_096, 200_003] {
            let bytes = (0..<size).map { _ in UInt8.random(in: 0...255, using: &generator) }
            let path = try temporary(bytes)
            defer { try? FileManager.default.removeItem(atPath: path) }
            #expect(try FileBytes.read(path: path) == bytes, "\(size) bytes")
        }
    }

    /// A file whose size says 0 but that has bytes (the kernel's own files) is read to its end.
    @Test func aFileLongerThanItsSizeIsReadToItsEnd() throws {
        let status = try FileBytes.read(path: "/proc/self/status")
        #expect(String(decoding: status, as: UTF8.self).contains("Name:"))
        #expect(try FileBytes.read(path: "/proc/self/maps").count > 0)
    }

    @Test func whatCannotBeReadSaysWhy() {
        #expect(throws: FileBytes.Failure(code: ENOENT)) { try FileBytes.read(path: "/nonexistent/dyad/file") }
        #expect(throws: FileBytes.Failure(code: EISDIR)) { try FileBytes.read(path: "/tmp") }
    }
}
