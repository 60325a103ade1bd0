import Foundation
import Testing
@testable import DyadText
@testable import DyadTestSupport

/// Searching a line's bytes (``UnsafeBufferPointer/lastIndex(of:from:)`` and its kin) gives
/// what the same search over the line as a `String` gives.
@Suite("Searching bytes")
struct ByteSearchTests {
    private func withBytes<R>(_ text: String, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        Array(text.utf8).withUnsafeBufferPointer(body)
    }

    @Test func theLastOccurrenceIsFoundAndOnlyFromTheLowerBound() {
        withBytes("Ảnh: A. Ảnh: B") { bytes in
            let marker = Array("Ảnh: ".utf8)
            #expect(bytes.lastIndex(of: marker) == "Ảnh: A. ".utf8.count)
            #expect(bytes.lastIndex(of: marker, from: bytes.count - 2) == nil)
            #expect(bytes.lastIndex(of: marker, from: -5) == "Ảnh: A. ".utf8.count)
            #expect(bytes.lastIndex(of: Array("A. Ả".utf8)) != nil)
            #expect(bytes.lastIndex(of: Array("Ảnh: C".utf8)) == nil)
            #expect(bytes.lastIndex(of: Array(String(repeating: "x", count: 40).utf8)) == nil)
        }
    }

    /// Random lines over a small alphabet, searched both ways.
    @Test func itAgreesWithTheStringSearch() {
        var generator = SeededGenerator(seed: 5)
        let alphabet = ["a", "b", ". ", "Ả", " ", "\u{00A0}"]
        for _ in 0..<500 {
            let line = (0..<Int.random(in: 0...12, using: &generator)).map { _ in alphabet.randomElement(using: &generator)! }.joined()
            let needle = (0..<Int.random(in: 1...3, using: &generator)).map { _ in alphabet.randomElement(using: &generator)! }.joined()
            withBytes(line) { bytes in
                let expected = line.utf8.count - (line.range(of: needle, options: [.backwards, .literal])
                    .map { line[$0.lowerBound...].utf8.count } ?? line.utf8.count + 1)
                #expect(bytes.lastIndex(of: Array(needle.utf8)) ?? -1 == expected, "\(line) / \(needle)")
                #expect(bytes.containsSentenceBreak() == line.contains(". "))
                let trimmed = String(decoding: bytes[..<bytes.endTrimmingWhitespace(before: bytes.count)], as: UTF8.self)
                #expect(trimmed == line.replacingOccurrences(of: "\\s+$", with: "", options: .regularExpression))
            }
        }
    }

    @Test func trailingSpaceSeparatorsOfEveryWidthAreTrimmed() {
        withBytes("Hai ngoại trưởng.\t\u{3000}\u{2009}\u{00A0} ") { bytes in
            #expect(bytes.endTrimmingWhitespace(before: bytes.count) == "Hai ngoại trưởng.".utf8.count)
        }
        withBytes("ngày 12/6 –") { bytes in
            #expect(bytes.endTrimmingWhitespace(before: bytes.count) == bytes.count)
        }
    }
}
