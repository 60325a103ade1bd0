/// JSON text exactly as `JSONEncoder` writes it with `.prettyPrinted`, `.sortedKeys` and
/// `.withoutEscapingSlashes` — two-space indentation, `"key" : value`, empty containers as an
/// empty line — appended to a byte buffer without building an intermediate tree.
///
/// Keys are written in the order given: a ``JSONRecord`` lists them sorted. `TimelineJSON`'s
/// tests compare whole files with `JSONEncoder`'s bytes.
public struct PrettyJSON: JSONWriter {
    /// The text so far.
    public private(set) var bytes: [UInt8] = []
    private var depth: Int
    /// Whether the innermost open container already has a member.
    private var hasMember = false

    /// A writer whose first value sits at `depth` levels of indentation.
    public init(depth: Int = 0) {
        self.depth = depth
    }

    /// A writer with room for `capacity` bytes, so that a large text is not grown and copied
    /// again and again.
    public init(depth: Int, capacity: Int) {
        self.depth = depth
        bytes.reserveCapacity(capacity)
    }

    /// Empties the text, keeping its room, for another run of elements at the same depth
    /// (``startElementOfRun()``).
    public mutating func startRun() {
        bytes.removeAll(keepingCapacity: true)
        hasMember = false
    }

    // MARK: Containers

    /// An object whose members `body` writes, each starting with ``key(_:)``.
    public mutating func object(_ body: (inout PrettyJSON) -> Void) {
        container(open: UInt8(ascii: "{"), close: UInt8(ascii: "}"), body)
    }

    /// An array of `items`, each written by `element` as one value.
    @inlinable
    public mutating func array<Items: Sequence>(_ items: Items, _ element: (inout PrettyJSON, Items.Element) -> Void) {
        container(open: UInt8(ascii: "["), close: UInt8(ascii: "]")) { json in
            for item in items {
                json.startItem()
                element(&json, item)
            }
        }
    }

    /// Bytes written as they are (elements made elsewhere by ``startElementOfRun()``); the
    /// innermost container then counts as having members.
    public mutating func appendRaw(_ raw: [UInt8]) {
        bytes.append(contentsOf: raw)
        hasMember = true
    }

    /// Starts the next of a run of array elements written without their brackets (a chunk of
    /// a larger array): a comma and a new line before every element but the first.
    public mutating func startElementOfRun() {
        if hasMember { bytes.append(UInt8(ascii: ",")); bytes.append(0x0A) }
        hasMember = true
        indent()
    }

    /// Starts the next member or element of the innermost container on a line of its own.
    @usableFromInline
    mutating func startItem() {
        if hasMember { bytes.append(UInt8(ascii: ",")) }
        hasMember = true
        bytes.append(0x0A)
        indent()
    }

    @usableFromInline
    mutating func container(open: UInt8, close: UInt8, _ body: (inout PrettyJSON) -> Void) {
        bytes.append(open)
        let outer = hasMember
        hasMember = false
        depth += 1
        body(&self)
        depth -= 1
        bytes.append(0x0A)
        if !hasMember { bytes.append(0x0A) }
        indent()
        bytes.append(close)
        hasMember = outer
    }

    /// Spaces to indent with, copied from at once.
    private static let spaces = [UInt8](repeating: 0x20, count: 64)

    private mutating func indent() {
        let count = 2 * depth
        guard count > 0 else { return }
        guard count <= Self.spaces.count else { return bytes.append(contentsOf: repeatElement(0x20, count: count)) }
        Self.spaces.withUnsafeBufferPointer { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: $0[..<count])) }
    }

    /// Starts a member of the innermost object on a line of its own: `,\n    "key" : `, the
    /// comma only after another member. Made in a buffer on the stack and appended at once.
    public mutating func key(_ key: StaticString) {
        let comma = hasMember ? 1 : 0
        hasMember = true
        let spaces = 2 * depth, length = key.utf8CodeUnitCount
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: comma + 1 + spaces + length + 5) { buffer in
            let start = buffer.baseAddress!
            var end = start
            if comma == 1 { end.pointee = UInt8(ascii: ","); end += 1 }
            end.pointee = 0x0A; end += 1
            end.update(repeating: 0x20, count: spaces); end += spaces
            end.pointee = UInt8(ascii: "\""); end += 1
            end.update(from: key.utf8Start, count: length); end += length
            end.pointee = UInt8(ascii: "\""); end[1] = 0x20; end[2] = UInt8(ascii: ":"); end[3] = 0x20; end += 4
            bytes.append(contentsOf: UnsafeBufferPointer(start: start, count: end - start))
        }
    }

    /// Starts a member whose key is a string made at run time, escaped as any string.
    public mutating func key(named name: String) {
        startItem()
        string(name)
        bytes.append(contentsOf: [0x20, UInt8(ascii: ":"), 0x20])
    }

    // MARK: Scalars

    private static let `true` = Array("true".utf8), `false` = Array("false".utf8)

    /// `true` or `false`.
    public mutating func bool(_ value: Bool) {
        bytes.append(contentsOf: value ? Self.true : Self.false)
    }
    private static let hexDigits = Array("0123456789abcdef".utf8)

    /// A string, escaped as `JSONEncoder` does: `"` and `\` with a backslash, the control
    /// characters as `\b \t \n \f \r` or `\u00XX`; everything else (slashes, non-ASCII) as is.
    public mutating func string(_ value: String) {
        Self.append(value, to: &bytes)
    }

    /// `value` as a JSON string (see ``string(_:)``) at the end of `bytes`; also used by the
    /// one-line records of `dyad extract` (``ReportRecord``).
    public static func append(_ value: String, to bytes: inout [UInt8]) {
        bytes.append(UInt8(ascii: "\""))
        var value = value
        value.withUTF8 { utf8 in
            guard let base = utf8.baseAddress else { return }
            var runStart = 0
            var index = 0
            while index < utf8.count {
                // Most text needs no escape: eight bytes at a time are passed over when none does.
                if index + 8 <= utf8.count,
                   !Self.mayNeedEscape(UInt64(littleEndian: UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self))) {
                    index += 8
                    continue
                }
                let byte = utf8[index]
                index += 1
                guard byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") else { continue }
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<(index - 1)]))
                runStart = index
                bytes.append(UInt8(ascii: "\\"))
                switch byte {
                case UInt8(ascii: "\""), UInt8(ascii: "\\"): bytes.append(byte)
                case 0x08: bytes.append(UInt8(ascii: "b"))
                case 0x09: bytes.append(UInt8(ascii: "t"))
                case 0x0A: bytes.append(UInt8(ascii: "n"))
                case 0x0C: bytes.append(UInt8(ascii: "f"))
                case 0x0D: bytes.append(UInt8(ascii: "r"))
                default:
                    bytes.append(contentsOf: [UInt8(ascii: "u"), UInt8(ascii: "0"), UInt8(ascii: "0"),
                                              Self.hexDigits[Int(byte >> 4)], Self.hexDigits[Int(byte & 0xF)]])
                }
            }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart...]))
        }
        bytes.append(UInt8(ascii: "\""))
    }

    /// Whether one of the eight bytes is a control character, `"` or `\\` (exact as a whole:
    /// the usual tests for a byte below a bound and for a zero byte, the latter after the word
    /// is XORed with the quote and with the backslash).
    @inline(__always)
    public static func mayNeedEscape(_ word: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101, highs: UInt64 = 0x8080_8080_8080_8080
        let control = (word &- ones &* 0x20) & ~word & highs
        let quote = word ^ (ones &* 0x22), backslash = word ^ (ones &* 0x5C)
        let quotes = (quote &- ones) & ~quote & highs
        let backslashes = (backslash &- ones) & ~backslash & highs
        return control | quotes | backslashes != 0
    }

    /// A whole number.
    public mutating func integer(_ value: Int) {
        bytes.append(contentsOf: String(value).utf8)
    }

    /// A whole number, up to 2⁶⁴ - 1.
    public mutating func integer(_ value: UInt64) {
        bytes.append(contentsOf: String(value).utf8)
    }

    /// A number as `JSONEncoder` gives it: Swift's shortest form that reads back the same
    /// (`1.9`, `1e+21`), whole numbers without `.0`.
    public mutating func number(_ value: Double) {
        Self.append(value, to: &bytes)
    }

    /// `value` as a JSON number (see ``number(_:)``) at the end of `bytes`.
    public static func append(_ value: Double, to bytes: inout [UInt8]) {
        let text = value.description
        bytes.append(contentsOf: (text.hasSuffix(".0") ? text.dropLast(2) : Substring(text)).utf8)
    }
}
