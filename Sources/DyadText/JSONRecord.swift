/// A JSON object whose members — their keys, their order and which may be left out — are
/// listed once, in ``members(_:)``. Everything else is made from that list: the fast writers
/// (``PrettyJSON``, ``JSONLine``) write the record from it, and its `Codable` conformance
/// encodes and decodes it from it, and ``JSONReader`` reads it from it (through
/// ``JSONFields``, as a data file's record is read), so adding a member is one line there.
///
/// Members are listed in the order `JSONEncoder` sorts their keys in (`.sortedKeys`): the fast
/// writers write them in the order listed, and the tests compare their text with the encoder's.
public protocol JSONRecord: JSONValue {
    /// A record with every member at its default, for decoding to fill in.
    init()

    /// Shows `visitor` every member, in key order: `visitor.member("key", &value)`, an
    /// optional value being a member left out when nil.
    mutating func members<Visitor: JSONMemberVisitor>(_ visitor: inout Visitor)
}

/// What is shown a ``JSONRecord``'s members, in order: a writer writes them, a decoder fills
/// them in.
public protocol JSONMemberVisitor {
    /// A member that is always there.
    mutating func member<Value: JSONValue>(_ key: StaticString, _ value: inout Value)
    /// A member left out when its value is nil.
    mutating func member<Value: JSONValue>(_ key: StaticString, _ value: inout Value?)
}

/// A value in Dyad's JSON files: it writes itself with any ``JSONWriter`` as `JSONEncoder`
/// encodes it, and reads itself back with ``JSONReader`` (``JSONReadable``).
public protocol JSONValue: Codable, JSONReadable {
    /// Writes the value as `JSONEncoder` encodes it. Writing changes nothing: it is `mutating`
    /// only so that a record can show its members (``JSONRecord/members(_:)``) in place, not
    /// from a copy of itself.
    mutating func write<Writer: JSONWriter>(to writer: inout Writer)
}

/// A writer of JSON text straight into bytes (``PrettyJSON``, ``JSONLine``): a record's
/// members are written as they are visited.
public protocol JSONWriter: JSONMemberVisitor {
    /// An object whose members `body` writes, each starting with ``key(_:)``.
    mutating func object(_ body: (inout Self) -> Void)
    /// An array of `items`, each written by `element` as one value.
    mutating func array<Items: Sequence>(_ items: Items, _ element: (inout Self, Items.Element) -> Void)
    /// Starts a member of the innermost object, its key written as it is.
    mutating func key(_ name: StaticString)
    /// Starts a member whose key is only known when it is written (one of a map's).
    mutating func key(named name: String)
    /// A string, escaped as `JSONEncoder` escapes it.
    mutating func string(_ value: String)
    /// A whole number.
    mutating func integer(_ value: Int)
    /// A whole number, up to 2⁶⁴ - 1.
    mutating func integer(_ value: UInt64)
    /// A number, as `JSONEncoder` writes it.
    mutating func number(_ value: Double)
    /// `true` or `false`.
    mutating func bool(_ value: Bool)
}

extension JSONWriter {
    /// Writes the member: its key, then its value.
    @inlinable
    public mutating func member<Value: JSONValue>(_ key: StaticString, _ value: inout Value) {
        self.key(key)
        value.write(to: &self)
    }

    /// Writes the member, key and value, unless its value is nil.
    @inlinable
    public mutating func member<Value: JSONValue>(_ key: StaticString, _ value: inout Value?) {
        guard value != nil else { return }
        self.key(key)
        value!.write(to: &self)
    }
}

extension JSONRecord {
    /// The record as an object of its members.
    @inlinable
    public mutating func write<Writer: JSONWriter>(to writer: inout Writer) {
        writer.object { self.members(&$0) }
    }

    /// Encodes the members ``members(_:)`` lists, under their keys.
    public func encode(to encoder: Encoder) throws {
        var members = MemberEncoder(container: encoder.container(keyedBy: MemberKey.self))
        var record = self
        record.members(&members)
        if let error = members.error { throw error }
    }

    /// Decodes the members ``members(_:)`` lists, from their keys.
    public init(from decoder: Decoder) throws {
        self.init()
        var members = MemberDecoder(container: try decoder.container(keyedBy: MemberKey.self))
        self.members(&members)
        if let error = members.error { throw error }
    }
}

/// A member's key, for `Codable`.
struct MemberKey: CodingKey {
    let stringValue: String
    var intValue: Int? { nil }

    init(_ key: StaticString) { stringValue = key.description }
    init(stringValue: String) { self.stringValue = stringValue }
    init?(intValue: Int) { nil }
}

/// Encodes each member into a keyed container; the first error stops it.
struct MemberEncoder: JSONMemberVisitor {
    var container: KeyedEncodingContainer<MemberKey>
    var error: Error?

    mutating func member<Value: JSONValue>(_ key: StaticString, _ value: inout Value) {
        guard error == nil else { return }
        do { try container.encode(value, forKey: MemberKey(key)) } catch { self.error = error }
    }

    mutating func member<Value: JSONValue>(_ key: StaticString, _ value: inout Value?) {
        guard error == nil else { return }
        do { try container.encodeIfPresent(value, forKey: MemberKey(key)) } catch { self.error = error }
    }
}

/// Decodes each member from a keyed container; the first error stops it.
struct MemberDecoder: JSONMemberVisitor {
    let container: KeyedDecodingContainer<MemberKey>
    var error: Error?

    mutating func member<Value: JSONValue>(_ key: StaticString, _ value: inout Value) {
        guard error == nil else { return }
        do { value = try container.decode(Value.self, forKey: MemberKey(key)) } catch { self.error = error }
    }

    mutating func member<Value: JSONValue>(_ key: StaticString, _ value: inout Value?) {
        guard error == nil else { return }
        do { value = try container.decodeIfPresent(Value.self, forKey: MemberKey(key)) } catch { self.error = error }
    }
}

// MARK: The values members hold

extension String: JSONValue {
    /// A JSON string.
    @inlinable public mutating func write<Writer: JSONWriter>(to writer: inout Writer) { writer.string(self) }
}

extension Int: JSONValue {
    /// A JSON number.
    @inlinable public mutating func write<Writer: JSONWriter>(to writer: inout Writer) { writer.integer(self) }
}

extension UInt64: JSONValue {
    /// A JSON number.
    @inlinable public mutating func write<Writer: JSONWriter>(to writer: inout Writer) { writer.integer(self) }
}

extension Double: JSONValue {
    /// A JSON number, in the shortest form that reads back the same.
    @inlinable public mutating func write<Writer: JSONWriter>(to writer: inout Writer) { writer.number(self) }
}

extension Bool: JSONValue {
    /// `true` or `false`.
    @inlinable public mutating func write<Writer: JSONWriter>(to writer: inout Writer) { writer.bool(self) }
}

extension Array: JSONValue where Element: JSONValue {
    /// A JSON array of the elements.
    @inlinable public mutating func write<Writer: JSONWriter>(to writer: inout Writer) {
        writer.array(self) { writer, element in
            var element = element
            element.write(to: &writer)
        }
    }
}

/// `[lower, upper]`, as `Codable` encodes a closed range.
extension ClosedRange: JSONValue where Bound == Int {
    /// `[lower, upper]`.
    @inlinable public mutating func write<Writer: JSONWriter>(to writer: inout Writer) {
        writer.array(0..<2) { $0.integer($1 == 0 ? lowerBound : upperBound) }
    }
}

/// An object of the map's members, their keys sorted as `JSONEncoder` sorts them.
extension Dictionary: JSONValue where Key == String, Value: JSONValue {
    /// A JSON object of the map's members, keys sorted.
    @inlinable public mutating func write<Writer: JSONWriter>(to writer: inout Writer) {
        writer.object { writer in
            for key in keys.sorted() {
                writer.key(named: key)
                var value = self[key]!
                value.write(to: &writer)
            }
        }
    }
}
