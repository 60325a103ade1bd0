/// Strings and counts packed one after another, each a 32-bit little-endian length or count
/// followed by its bytes: what a temporary file the process writes and reads back itself holds,
/// read with no parsing (no quotes, escapes or keys to find) and no second UTF-8 check.
package enum StringPack {
    /// Packs values into bytes.
    package struct Writer {
        package private(set) var bytes: [UInt8] = []

        package init() {}

        package mutating func count(_ value: Int) {
            precondition(value >= 0 && value <= Int(UInt32.max), "a count or length of 0 to 2^32 - 1")
            withUnsafeBytes(of: UInt32(value).littleEndian) { bytes.append(contentsOf: $0) }
        }

        package mutating func string(_ text: String) {
            var text = text
            text.withUTF8 { utf8 in
                count(utf8.count)
                bytes.append(contentsOf: utf8)
            }
        }

        package mutating func strings(_ texts: [String]) {
            count(texts.count)
            for text in texts { string(text) }
        }
    }

    /// Reads what a ``Writer`` packed, in the same order.
    package struct Reader {
        private let bytes: UnsafeRawBufferPointer
        private var position = 0

        package init(_ bytes: UnsafeRawBufferPointer) {
            self.bytes = bytes
        }

        /// Whether everything packed has been read.
        package var isAtEnd: Bool { position == bytes.count }

        package mutating func count() throws(Truncated) -> Int {
            guard position + 4 <= bytes.count else { throw Truncated() }
            let value = UInt32(littleEndian: bytes.loadUnaligned(fromByteOffset: position, as: UInt32.self))
            position += 4
            return Int(value)
        }

        /// The next string (its bytes were valid UTF-8 when packed).
        package mutating func string() throws(Truncated) -> String {
            let length = try count()
            guard position + length <= bytes.count else { throw Truncated() }
            defer { position += length }
            return String(decoding: UnsafeRawBufferPointer(rebasing: bytes[position..<position + length]), as: UTF8.self)
        }

        package mutating func strings() throws(Truncated) -> [String] {
            let count = try count()
            var texts: [String] = []
            texts.reserveCapacity(count)
            for _ in 0..<count { texts.append(try string()) }
            return texts
        }
    }

    /// Packed bytes that end before what they say they hold.
    package struct Truncated: Error, CustomStringConvertible {
        package init() {}
        package var description: String { "the packed record ends early" }
    }
}
