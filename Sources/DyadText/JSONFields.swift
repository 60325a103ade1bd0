/// What a ``JSONReadableRecord`` shows its fields to, in two passes over them: for each member
/// of the object, the field of the member's name reads its value; once the object is read, every
/// field gives its name (for the error naming an unknown member) and says whether it may be
/// left out.
///
/// A ``JSONRecord``'s members are fields too: the reader is one more ``JSONMemberVisitor``.
public struct JSONFields: JSONMemberVisitor {
    @usableFromInline var reader: JSONReader
    /// The member being read, while matching.
    private var key: JSONReader.Key?
    /// Whether the current member has found its field.
    private(set) var matched = false
    /// The field's number in the list, and a bit per field found.
    private var index = 0
    private var found: UInt64 = 0
    /// The first error a field's value gave.
    private(set) var error: Error?
    /// After the object: the fields' names, in order, and the first required one it lacks.
    private(set) var known: [String] = []
    private(set) var missing: String?
    /// Whether the check lists the fields' names (only an error needs them).
    private var naming = false

    init(reader: JSONReader) {
        self.reader = reader
    }

    mutating func startMember(_ key: JSONReader.Key) {
        self.key = key
        matched = false
        index = 0
    }

    mutating func startCheck(naming: Bool) {
        key = nil
        index = 0
        self.naming = naming
    }

    /// A field that must be there.
    @inlinable
    public mutating func field<Value: JSONReadable>(_ name: StaticString, _ value: inout Value) {
        guard isMember(name, optional: false) else { return }
        do { value = try Value(reading: &reader) } catch { failed(name, error) }
    }

    /// A field that may be left out, or be `null`.
    @inlinable
    public mutating func field<Value: JSONReadable>(_ name: StaticString, _ value: inout Value?) {
        guard isMember(name, optional: true) else { return }
        do { value = reader.null() ? nil : try Value(reading: &reader) } catch { failed(name, error) }
    }

    /// A record's member that is always there: a field that must be.
    @inlinable
    public mutating func member<Value: JSONValue>(_ key: StaticString, _ value: inout Value) { field(key, &value) }

    /// A record's member left out when nil: a field that may be left out.
    @inlinable
    public mutating func member<Value: JSONValue>(_ key: StaticString, _ value: inout Value?) { field(key, &value) }

    /// Whether the field `name` is the current member's, whose value is then to be read; while
    /// checking, notes the name (and whether a required field was missing) and says no.
    @usableFromInline
    mutating func isMember(_ name: StaticString, optional: Bool) -> Bool {
        precondition(index < 64, "a record reads at most 64 fields")
        defer { index += 1 }
        guard let key else {
            if naming { known.append(name.description) }
            if !optional, missing == nil, found & (1 << index) == 0 { missing = name.description }
            return false
        }
        guard !matched, error == nil, Self.equal(key, name, in: reader.bytes) else { return false }
        matched = true
        found |= 1 << index
        return true
    }

    @usableFromInline
    mutating func failed(_ name: StaticString, _ error: Error) {
        self.error = JSONReadError.within(.key(name.description), error)
    }

    /// Whether the member's key is `name`.
    static func equal(_ key: JSONReader.Key, _ name: StaticString, in bytes: UnsafeRawBufferPointer) -> Bool {
        if key.text == nil, name.hasPointerRepresentation {
            return key.bytes.count == name.utf8CodeUnitCount
                && memcmp(bytes.baseAddress! + key.bytes.lowerBound, name.utf8Start, key.bytes.count) == 0
        }
        return name.withUTF8Buffer { name in
            if let text = key.text { return text.utf8.elementsEqual(name) }
            guard key.bytes.count == name.count else { return false }
            return memcmp(bytes.baseAddress! + key.bytes.lowerBound, name.baseAddress!, name.count) == 0
        }
    }
}

/// A data file's text that does not read as its values: where (the keys and indices from the
/// top, the line) and why.
public struct JSONReadError: Error, CustomStringConvertible {
    public enum Problem: Sendable {
        /// The text is not JSON.
        case syntax(String)
        /// Another kind of value was expected there.
        case expected(String)
        /// A member no field names; `known` lists the fields there are.
        case unknownField(known: [String])
        /// A field that must be there is not.
        case missingField
    }

    /// A step of the path: a member's key or an element's number.
    public enum Step: Sendable {
        case key(String)
        case index(Int)
    }

    public let problem: Problem
    public internal(set) var path: [Step]
    /// The byte the problem was found at, and its line.
    public let offset: Int
    public internal(set) var line = 0

    init(problem: Problem, path: [Step], offset: Int) {
        self.problem = problem
        self.path = path
        self.offset = offset
    }

    /// `error`, met inside `step`.
    static func within(_ step: Step, _ error: Error) -> Error {
        guard var error = error as? JSONReadError else { return error }
        error.path.insert(step, at: 0)
        return error
    }

    /// `triggers[3].typo`: the path as it reads in the file.
    public var field: String {
        var text = ""
        for step in path {
            switch step {
            case .index(let index): text += "[\(index)]"
            case .key(let key): text += (text.isEmpty ? "" : ".") + key
            }
        }
        return text
    }

    public var description: String {
        let place = path.isEmpty ? "line \(line)" : "'\(field)' (line \(line))"
        switch problem {
        case .syntax(let what): return "not JSON at line \(line): \(what)"
        case .expected(let what): return "expected \(what) at \(place)"
        case .unknownField(let known): return "unknown field '\(field)' (the fields read there: \(known.joined(separator: ", ")))"
        case .missingField: return "missing field '\(field)' (line \(line))"
        }
    }
}

// MARK: The values fields hold

extension String: JSONReadable {
    public init(reading json: inout JSONReader) throws { self = try json.string() }
}

extension Int: JSONReadable {
    public init(reading json: inout JSONReader) throws { self = try json.integer() }
}

extension UInt64: JSONReadable {
    public init(reading json: inout JSONReader) throws { self = try json.unsignedInteger() }
}

/// `[lower, upper]`, as `Codable` encodes a closed range.
extension ClosedRange: JSONReadable where Bound == Int {
    public init(reading json: inout JSONReader) throws {
        let bounds = try json.array { try $0.integer() }
        guard bounds.count == 2, bounds[0] <= bounds[1] else { throw json.error(.expected("[lower, upper]")) }
        self = bounds[0]...bounds[1]
    }
}

extension Double: JSONReadable {
    public init(reading json: inout JSONReader) throws { self = try json.double() }
}

extension Bool: JSONReadable {
    public init(reading json: inout JSONReader) throws { self = try json.bool() }
}

extension Array: JSONReadable where Element: JSONReadable {
    public init(reading json: inout JSONReader) throws {
        self = try json.array { try Element(reading: &$0) }
    }
}

/// An object of any keys, each a value of the same kind.
extension Dictionary: JSONReadable where Key == String, Value: JSONReadable {
    public init(reading json: inout JSONReader) throws {
        var members: [String: Value] = [:]
        try json.object { key, json in members[key] = try Value(reading: &json) }
        self = members
    }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
