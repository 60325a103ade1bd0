import Testing
@testable import DyadText

/// Strings and counts packed by length, read back in order.
@Suite("String pack")
struct StringPackTests {
    @Test func whatIsPackedIsReadBack() throws {
        var writer = StringPack.Writer()
        writer.string("")
        writer.string("Việt Nam – “Trung Quốc” 😀")
        writer.strings(["a", "", "\u{0}b"])
        writer.count(70_000)
        let read = try writer.bytes.withUnsafeBytes { bytes throws -> (String, String, [String], Int, Bool) in
            var reader = StringPack.Reader(bytes)
            return (try reader.string(), try reader.string(), try reader.strings(), try reader.count(), reader.isAtEnd)
        }
        #expect(read.0 == "" && read.1 == "Việt Nam – “Trung Quốc” 😀")
        #expect(read.2 == ["a", "", "\u{0}b"] && read.3 == 70_000 && read.4)
    }

    @Test func aRecordCutShortIsAnError() {
        var writer = StringPack.Writer()
        writer.string("sentence")
        for cut in 0..<writer.bytes.count {
            let bytes = Array(writer.bytes[..<cut])
            bytes.withUnsafeBytes { bytes in
                var reader = StringPack.Reader(bytes)
                #expect(throws: StringPack.Truncated.self) { try reader.string() }
            }
        }
    }
}
