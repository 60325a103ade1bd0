/// A value of one of Dyad's data files, read from JSON text by ``JSONReader``.
public protocol JSONReadable {
    /// Reads the value that starts at `json`'s position, leaving it just after the value.
    init(reading json: inout JSONReader) throws
}

/// A JSON object read from the list of its fields, ``fields(_:)``: every member of the object
/// is matched to the field of its name, and a member no field names is an error naming it and
/// the fields there are — so a mistyped or retired field cannot sit in a data file unnoticed.
public protocol JSONReadableRecord: JSONReadable {
    /// A record with every field at its default, for reading to fill in.
    init()

    /// Shows `json` every field, in the order they are to be named in errors:
    /// `json.field("key", &value)`, an optional value being a field that may be left out.
    mutating func fields(_ json: inout JSONFields)
}

extension JSONReadableRecord {
    public init(reading json: inout JSONReader) throws {
        self.init()
        try json.record(&self) { record, fields in record.fields(&fields) }
    }
}

extension JSONRecord {
    /// Reads the record from its member list (``JSONRecord/members(_:)``), as a data file's
    /// record is read from its fields: one pass, unknown members refused.
    public init(reading json: inout JSONReader) throws {
        self.init()
        try json.record(&self) { record, fields in record.members(&fields) }
    }
}

/// Reads JSON text in one pass over its bytes, straight into the values the data files are
/// made of (``JSONReadable``): no intermediate tree, no `Decoder` and its boxed containers, and
/// the check for unknown fields made in the same pass.
///
/// One field needs no reader: the file's own `about` at the top, its description for people
/// (JSON has no comments).
public struct JSONReader {
    @usableFromInline let bytes: UnsafeRawBufferPointer
    @usableFromInline var position = 0
    /// Containers entered: the top object may hold the file's description.
    var depth = 0

    static let description: StaticString = "about"

    /// The value `bytes` hold, with nothing but white space after it. `checkingUTF8: false`
    /// reads text Dyad wrote itself a moment before (its temporary files) without checking
    /// that it is UTF-8 first.
    public static func read<Value: JSONReadable>(_ type: Value.Type, from bytes: UnsafeRawBufferPointer,
                                                 checkingUTF8: Bool = true) throws -> Value {
        var reader = JSONReader(bytes: bytes)
        do {
            // A byte order mark is not part of the text.
            if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { reader.position = 3 }
            // Checked once here: no string of the text can then be anything but UTF-8.
            guard !checkingUTF8 || TextDecoding.scanUTF8(bytes.assumingMemoryBound(to: UInt8.self)).isValid else {
                throw reader.error(.syntax("not UTF-8"), at: TextDecoding.firstInvalidUTF8Offset(Array(bytes)) ?? 0)
            }
            let value = try Value(reading: &reader)
            reader.skipSpace()
            guard reader.position == bytes.count else { throw reader.error(.syntax("text after the value")) }
            return value
        } catch var error as JSONReadError {
            error.line = 1 + bytes[..<min(error.offset, bytes.count)].reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) }
            throw error
        }
    }

    init(bytes: UnsafeRawBufferPointer) {
        self.bytes = bytes
    }

    // MARK: Values

    /// A string, its escapes decoded.
    public mutating func string() throws -> String {
        let key = try self.key()
        return key.text ?? decoded(key.bytes)
    }

    /// A whole number.
    public mutating func integer() throws -> Int {
        let start = position
        let number = try self.number()
        guard number.whole, let value = Int(text(number.bytes)) else { throw error(.expected("a whole number"), at: start) }
        return value
    }

    /// A whole number from 0 to 2⁶⁴ - 1.
    public mutating func unsignedInteger() throws -> UInt64 {
        let start = position
        let number = try self.number()
        guard number.whole, let value = UInt64(text(number.bytes)) else { throw error(.expected("a whole number from 0"), at: start) }
        return value
    }

    /// A number.
    public mutating func double() throws -> Double {
        let start = position
        guard let value = Double(text(try number().bytes)) else { throw error(.expected("a number"), at: start) }
        return value
    }

    /// `true` or `false`.
    public mutating func bool() throws -> Bool {
        if consume(literal: "true") { return true }
        if consume(literal: "false") { return false }
        throw error(.expected("true or false"))
    }

    /// Whether the next value is `null`, passed over if it is.
    public mutating func null() -> Bool {
        consume(literal: "null")
    }

    /// An array, each element read by `element`.
    public mutating func array<Element>(_ element: (inout JSONReader) throws -> Element) throws -> [Element] {
        try open(UInt8(ascii: "["), "an array")
        defer { depth -= 1 }
        var elements: [Element] = []
        if consume(UInt8(ascii: "]")) { return elements }
        repeat {
            do { elements.append(try element(&self)) } catch { throw JSONReadError.within(.index(elements.count), error) }
        } while try next(close: UInt8(ascii: "]"))
        return elements
    }

    /// An object of any keys: `member` reads each value, given its key.
    public mutating func object(_ member: (String, inout JSONReader) throws -> Void) throws {
        try open(UInt8(ascii: "{"), "an object")
        defer { depth -= 1 }
        if consume(UInt8(ascii: "}")) { return }
        repeat {
            let name = try string()
            try colon()
            do { try member(name, &self) } catch { throw JSONReadError.within(.key(name), error) }
        } while try next(close: UInt8(ascii: "}"))
    }

    /// An object read into `record`'s fields, which `visit` shows to the fields it is given
    /// (a data file's ``JSONReadableRecord/fields(_:)``, a ``JSONRecord``'s members), its
    /// unknown members refused.
    public mutating func record<Record>(_ record: inout Record, visit: (inout Record, inout JSONFields) -> Void) throws {
        let start = position
        let top = depth == 0
        try open(UInt8(ascii: "{"), "an object")
        var fields = JSONFields(reader: self)
        var unknown: [String] = []
        if !fields.reader.consume(UInt8(ascii: "}")) {
            repeat {
                let key = try fields.reader.key()
                try fields.reader.colon()
                fields.startMember(key)
                visit(&record, &fields)
                if let error = fields.error { throw error }
                if !fields.matched {
                    let name = key.text ?? fields.reader.decoded(key.bytes)
                    if !(top && name == Self.description.description) { unknown.append(name) }
                    try fields.reader.skipValue()
                }
            } while try fields.reader.next(close: UInt8(ascii: "}"))
        }
        self = fields.reader
        depth -= 1
        // Once more through the fields: those the object lacks, and their names for the error.
        fields.startCheck(naming: !unknown.isEmpty)
        visit(&record, &fields)
        if let name = unknown.min() {
            throw JSONReadError(problem: .unknownField(known: fields.known), path: [.key(name)], offset: start)
        }
        if let name = fields.missing {
            throw JSONReadError(problem: .missingField, path: [.key(name)], offset: start)
        }
    }

    // MARK: Text

    /// A string's bytes, and its text when it has escapes (decoded once, here).
    struct Key {
        let bytes: Range<Int>
        let text: String?
    }

    /// The string at the position, its text left undecoded unless it has escapes.
    mutating func key() throws -> Key {
        skipSpace()
        guard position < bytes.count, bytes[position] == UInt8(ascii: "\"") else { throw error(.expected("a string")) }
        let start = position + 1
        var index = start
        var escaped = false
        while true {
            // Eight bytes at a time past those that need no look (most of a sentence's).
            while index + 8 <= bytes.count, Self.plain(bytes.loadUnaligned(fromByteOffset: index, as: UInt64.self)) { index += 8 }
            guard index < bytes.count else { throw error(.syntax("a string with no end"), at: start - 1) }
            let byte = bytes[index]
            if byte == UInt8(ascii: "\"") { break }
            if byte == UInt8(ascii: "\\") {
                escaped = true
                index += 2
                continue
            }
            guard byte >= 0x20 else { throw error(.syntax("a control character in a string"), at: index) }
            index += 1
        }
        position = index + 1
        guard escaped else { return Key(bytes: start..<index, text: nil) }
        return Key(bytes: start..<index, text: try unescaped(start..<index))
    }

    /// Whether none of the eight bytes of `word` ends a string, starts an escape or is a
    /// control character: no byte is `"` or `\` and none is below 0x20 (bytes of
    /// multi-byte characters, 0x80 and up, never are).
    @inline(__always) static func plain(_ word: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101, highs: UInt64 = 0x8080_8080_8080_8080
        /// Whether some byte of `value` is zero.
        func hasZero(_ value: UInt64) -> Bool { (value &- ones) & ~value & highs != 0 }
        let control = (word &- 0x2020_2020_2020_2020) & ~word & highs != 0
        return !(control || hasZero(word ^ 0x2222_2222_2222_2222) || hasZero(word ^ 0x5C5C_5C5C_5C5C_5C5C))
    }

    /// The text of `range`, which holds no escapes (and is UTF-8: the whole text is).
    func decoded(_ range: Range<Int>) -> String {
        String(decoding: UnsafeRawBufferPointer(rebasing: bytes[range]), as: UTF8.self)
    }

    /// The text of `range` with its escapes decoded.
    func unescaped(_ range: Range<Int>) throws -> String {
        var out: [UInt8] = []
        out.reserveCapacity(range.count)
        var index = range.lowerBound
        while index < range.upperBound {
            let byte = bytes[index]
            index += 1
            guard byte == UInt8(ascii: "\\") else { out.append(byte); continue }
            guard index < range.upperBound else { throw error(.syntax("a bad escape"), at: index - 1) }
            let kind = bytes[index]
            index += 1
            switch kind {
            case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): out.append(kind)
            case UInt8(ascii: "b"): out.append(0x08)
            case UInt8(ascii: "f"): out.append(0x0C)
            case UInt8(ascii: "n"): out.append(0x0A)
            case UInt8(ascii: "r"): out.append(0x0D)
            case UInt8(ascii: "t"): out.append(0x09)
            case UInt8(ascii: "u"):
                var code = try hex(at: &index, end: range.upperBound)
                if (0xD800..<0xDC00).contains(code), index + 1 < range.upperBound,
                   bytes[index] == UInt8(ascii: "\\"), bytes[index + 1] == UInt8(ascii: "u") {
                    index += 2
                    let low = try hex(at: &index, end: range.upperBound)
                    guard (0xDC00..<0xE000).contains(low) else { throw error(.syntax("a bad surrogate pair"), at: index - 6) }
                    code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
                }
                guard let scalar = Unicode.Scalar(code) else { throw error(.syntax("a lone surrogate"), at: index - 6) }
                out.append(contentsOf: UTF8.encode(scalar)!)
            default:
                throw error(.syntax("a bad escape"), at: index - 2)
            }
        }
        return try out.withUnsafeBytes { raw in
            guard let text = String(validating: raw, as: UTF8.self) else { throw error(.syntax("a string that is not UTF-8"), at: range.lowerBound) }
            return text
        }
    }

    /// Four hexadecimal digits.
    func hex(at index: inout Int, end: Int) throws -> UInt32 {
        guard index + 4 <= end, let value = UInt32(text(index..<index + 4), radix: 16) else {
            throw error(.syntax("a bad \\u escape"), at: index)
        }
        index += 4
        return value
    }

    /// The bytes of `range` as text (ASCII: numbers, escapes).
    func text(_ range: Range<Int>) -> String {
        String(decoding: UnsafeRawBufferPointer(rebasing: bytes[range]), as: UTF8.self)
    }

    // MARK: Syntax

    /// A number's bytes, as JSON writes numbers, and whether it is whole.
    mutating func number() throws -> (bytes: Range<Int>, whole: Bool) {
        skipSpace()
        let start = position
        func digits() -> Int {
            let first = position
            while position < bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[position]) { position += 1 }
            return position - first
        }
        _ = consume(byte: UInt8(ascii: "-"))
        let integral = digits()
        guard integral > 0, integral == 1 || bytes[start + (bytes[start] == UInt8(ascii: "-") ? 1 : 0)] != UInt8(ascii: "0") else {
            position = start
            throw error(.expected("a number"))
        }
        var whole = true
        if consume(byte: UInt8(ascii: ".")) {
            whole = false
            guard digits() > 0 else { throw error(.syntax("a number with no digits after its point"), at: start) }
        }
        if consume(byte: UInt8(ascii: "e")) || consume(byte: UInt8(ascii: "E")) {
            whole = false
            _ = consume(byte: UInt8(ascii: "+")) || consume(byte: UInt8(ascii: "-"))
            guard digits() > 0 else { throw error(.syntax("a number with no digits in its exponent"), at: start) }
        }
        return (start..<position, whole)
    }

    /// Passes over the value at the position, of any kind.
    mutating func skipValue() throws {
        skipSpace()
        guard position < bytes.count else { throw error(.syntax("the text ends before a value")) }
        switch bytes[position] {
        case UInt8(ascii: "\""): _ = try key()
        case UInt8(ascii: "["): _ = try array { try $0.skipValue() }
        case UInt8(ascii: "{"): try object { _, json in try json.skipValue() }
        case UInt8(ascii: "t"), UInt8(ascii: "f"): _ = try bool()
        case UInt8(ascii: "n"): guard null() else { throw error(.syntax("not a value")) }
        default: _ = try number()
        }
    }

    @inline(__always) mutating func skipSpace() {
        while position < bytes.count {
            switch bytes[position] {
            case 0x20, 0x0A, 0x0D, 0x09: position += 1
            default: return
            }
        }
    }

    /// Passes over `byte`, after white space, if it is next.
    @inline(__always) mutating func consume(_ byte: UInt8) -> Bool {
        skipSpace()
        return consume(byte: byte)
    }

    @inline(__always) mutating func consume(byte: UInt8) -> Bool {
        guard position < bytes.count, bytes[position] == byte else { return false }
        position += 1
        return true
    }

    mutating func consume(literal: StaticString) -> Bool {
        skipSpace()
        let count = literal.utf8CodeUnitCount
        guard position + count <= bytes.count,
              memcmp(bytes.baseAddress! + position, literal.utf8Start, count) == 0 else { return false }
        position += count
        return true
    }

    mutating func open(_ bracket: UInt8, _ what: String) throws {
        guard consume(bracket) else { throw error(.expected(what)) }
        depth += 1
    }

    mutating func colon() throws {
        guard consume(UInt8(ascii: ":")) else { throw error(.syntax("a key with no ':' after it")) }
    }

    /// After a member or element: true on a comma, false on the container's end.
    mutating func next(close: UInt8) throws -> Bool {
        if consume(UInt8(ascii: ",")) { return true }
        if consume(byte: close) { return false }
        throw error(.syntax("expected ',' or '\(Character(Unicode.Scalar(close)))'"))
    }

    func error(_ problem: JSONReadError.Problem, at offset: Int? = nil) -> JSONReadError {
        JSONReadError(problem: problem, path: [], offset: offset ?? position)
    }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
