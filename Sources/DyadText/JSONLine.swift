/// JSON text on one line, exactly as `JSONEncoder` writes it with `.sortedKeys` and
/// `.withoutEscapingSlashes` — no spaces, no line breaks — appended to a byte buffer without
/// building an intermediate tree: the lines `dyad extract` writes (through `JSONEncoder`,
/// encoding took about 13 % of its time).
///
/// Keys are written in the order given: a ``JSONRecord`` lists them sorted.
public struct JSONLine: JSONWriter {
    /// The text so far.
    public private(set) var bytes: [UInt8] = []
    /// Whether the innermost open container has a member yet.
    private var hasMember = false

    /// A writer with room for `capacity` bytes.
    public init(capacity: Int = 1024) {
        bytes.reserveCapacity(capacity)
    }

    /// An object whose members `body` writes, each starting with ``key(_:)``.
    public mutating func object(_ body: (inout JSONLine) -> Void) {
        container(UInt8(ascii: "{"), UInt8(ascii: "}"), body)
    }

    /// An array of `items`, each written by `element` as one value.
    @inlinable
    public mutating func array<Items: Sequence>(_ items: Items, _ element: (inout JSONLine, Items.Element) -> Void) {
        container(UInt8(ascii: "["), UInt8(ascii: "]")) { line in
            for item in items {
                line.separate()
                element(&line, item)
            }
        }
    }

    @usableFromInline
    mutating func container(_ open: UInt8, _ close: UInt8, _ body: (inout JSONLine) -> Void) {
        bytes.append(open)
        let outer = hasMember
        hasMember = false
        body(&self)
        bytes.append(close)
        hasMember = outer
    }

    /// A comma before every member or element but the first.
    @usableFromInline
    mutating func separate() {
        if hasMember { bytes.append(UInt8(ascii: ",")) }
        hasMember = true
    }

    /// Starts a member of the innermost object: `"key":`.
    public mutating func key(_ name: StaticString) {
        separate()
        bytes.append(UInt8(ascii: "\""))
        bytes.append(contentsOf: UnsafeBufferPointer(start: name.utf8Start, count: name.utf8CodeUnitCount))
        bytes.append(UInt8(ascii: "\""))
        bytes.append(UInt8(ascii: ":"))
    }

    /// Starts a member whose key is a string made at run time, escaped as any string.
    public mutating func key(named name: String) {
        separate()
        string(name)
        bytes.append(UInt8(ascii: ":"))
    }

    /// A string, escaped as ``PrettyJSON/string(_:)`` escapes it.
    public mutating func string(_ value: String) { PrettyJSON.append(value, to: &bytes) }
    /// A whole number.
    public mutating func integer(_ value: Int) { bytes.append(contentsOf: String(value).utf8) }
    /// A whole number, up to 2⁶⁴ - 1.
    public mutating func integer(_ value: UInt64) { bytes.append(contentsOf: String(value).utf8) }
    /// A number, in the shortest form that reads back the same (``PrettyJSON/number(_:)``).
    public mutating func number(_ value: Double) { PrettyJSON.append(value, to: &bytes) }
    /// `true` or `false`.
    public mutating func bool(_ value: Bool) { bytes.append(contentsOf: (value ? "true" : "false").utf8) }
}
