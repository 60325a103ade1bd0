/// What the tokenizer needs to know about one Unicode scalar.
public enum ScalarClass: UInt8 {
    case space, letter, digit, mark, apostrophe, sentenceEnd, other
}

/// Classes and lower-case forms of the scalars Vietnamese text is made of (the Latin blocks,
/// combining marks, Latin Extended Additional and general punctuation), computed once from
/// Unicode's properties so the hot loops look them up in a table instead of asking the property
/// database for every character. Other scalars are classified directly, each time: computing
/// the whole range below U+2100 took 2.6 ms, a tenth of a run on a few articles.
public struct ScalarTable: Sendable {
    public static let shared = ScalarTable()
    @usableFromInline static let limit: UInt32 = 0x2100
    /// The 256-scalar blocks the table fills: U+0000–U+01FF, U+0300–U+03FF, U+1E00–U+1EFF,
    /// U+2000–U+20FF.
    private static let filledBlocks: [UInt32] = [0x00, 0x01, 0x03, 0x1E, 0x20]
    /// Marks an entry of a block the table does not fill.
    @usableFromInline static let unfilled = UInt8.max
    @usableFromInline static let upperBit: UInt8 = 0x80
    /// Set for scalars whose lower-case form differs from them.
    @usableFromInline static let lowerDiffersBit: UInt8 = 0x40
    @usableFromInline static let classBits: UInt8 = 0x3F

    /// Each scalar's ``ScalarClass`` raw value, with `upperBit` set for upper-case letters and
    /// `lowerDiffersBit` for scalars that lower-casing changes.
    @usableFromInline let classes: [UInt8]
    @usableFromInline let lowers: [UInt32]
    /// See ``mayStartSpace(lead:second:)``.
    @usableFromInline let spaceSecondBytes: [UInt64]
    /// Bit `b` set when ASCII byte `b` (below 64: no ASCII space is higher) is white space.
    @usableFromInline let asciiSpaces: UInt64
    /// See ``mayBreakSpacing(_:next:)``.
    @usableFromInline let spacingBreakSecondBytes: [UInt64]

    private init() {
        var classes = [UInt8](repeating: Self.unfilled, count: Int(Self.limit))
        var lowers = [UInt32](repeating: 0, count: Int(Self.limit))
        for block in Self.filledBlocks {
            for value in block << 8 ..< (block + 1) << 8 {
                guard let scalar = Unicode.Scalar(value) else {
                    classes[Int(value)] = ScalarClass.other.rawValue; lowers[Int(value)] = value; continue
                }
                let lower = Self.lowered(scalar)
                classes[Int(value)] = Self.classify(scalar).rawValue | (scalar.properties.isUppercase ? Self.upperBit : 0)
                    | (lower != value ? Self.lowerDiffersBit : 0)
                lowers[Int(value)] = lower
            }
        }
        self.classes = classes
        self.lowers = lowers
        let spaceSecondBytes = Self.spaceSecondBytes()
        self.spaceSecondBytes = spaceSecondBytes
        // Control characters (the ASCII spaces among them), a plain space before another, and
        // the lead bytes of wider spaces.
        spacingBreakSecondBytes = (0..<256).map { byte in
            byte < 0x20 ? .max : byte == 0x20 ? 1 << 0x20 : spaceSecondBytes[byte]
        }
        asciiSpaces = (0..<64).reduce(0) { mask, byte in
            classes[byte] & Self.classBits == ScalarClass.space.rawValue ? mask | 1 << UInt64(byte) : mask
        }
    }

    /// The table's entry for `value`, or nil when the table does not hold it.
    @inlinable @inline(__always) func entry(_ value: UInt32) -> UInt8? {
        guard value < Self.limit else { return nil }
        let entry = classes[Int(value)]
        return entry == Self.unfilled ? nil : entry
    }

    @inlinable @inline(__always) public func kind(_ value: UInt32) -> ScalarClass {
        if let entry = entry(value) { return ScalarClass(rawValue: entry & Self.classBits)! }
        return Self.classify(Unicode.Scalar(value) ?? " ")
    }

    /// The scalar's class and whether lower-casing changes it, from one look-up.
    @inlinable @inline(__always) public func classAndCase(_ value: UInt32) -> (kind: ScalarClass, lowerDiffers: Bool) {
        if let entry = entry(value) { return (ScalarClass(rawValue: entry & Self.classBits)!, entry & Self.lowerDiffersBit != 0) }
        let scalar = Unicode.Scalar(value) ?? " "
        return (Self.classify(scalar), Self.lowered(scalar) != value)
    }

    @inlinable @inline(__always) public func lower(_ value: UInt32) -> UInt32 {
        entry(value) != nil ? lowers[Int(value)] : Self.lowered(Unicode.Scalar(value) ?? " ")
    }

    @inlinable @inline(__always) public func isUpper(_ value: UInt32) -> Bool {
        if let entry = entry(value) { return entry & Self.upperBit != 0 }
        return Unicode.Scalar(value)?.properties.isUppercase ?? false
    }

    /// Whether a multi-byte scalar starting with `lead`, `second` can be white space (a scan
    /// over bytes decodes only the scalars this lets through).
    @inlinable @inline(__always) public func mayStartSpace(lead: UInt8, second: UInt8) -> Bool {
        spaceSecondBytes[Int(lead)] >> UInt64(second & 0x3F) & 1 != 0
    }

    /// Whether the byte, followed by `next`, may be white space other than a lone plain space:
    /// any control character, a plain space followed by a byte whose low six bits are 0x20 (a
    /// plain space among them), or what ``mayStartSpace(lead:second:)`` lets through. One
    /// look-up, no branch: a scan over bytes checks only what this lets through.
    @inlinable @inline(__always) public func mayBreakSpacing(_ byte: UInt8, next: UInt8) -> Bool {
        spacingBreakSecondBytes[Int(byte)] >> UInt64(next & 0x3F) & 1 != 0
    }

    /// Whether an ASCII byte is white space.
    @inlinable @inline(__always) public func isASCIISpace(_ byte: UInt8) -> Bool {
        byte < 64 && asciiSpaces >> UInt64(byte) & 1 != 0
    }

    /// Unicode's White_Space scalars beyond ASCII and the zero-width spaces ``classify(_:)`` adds
    /// (tests check that every scalar classed as a space is among them).
    private static let spacesBeyondASCII: [UInt32] = [0x85, 0xA0, 0x1680, 0x180E, 0x200B, 0x2028, 0x2029, 0x202F,
                                                      0x205F, 0x3000, 0xFEFF] + Array(0x2000...0x200A)

    /// For each lead byte, the second bytes (their low six bits, as bits of a mask) with which it
    /// starts one of ``spacesBeyondASCII``.
    private static func spaceSecondBytes() -> [UInt64] {
        var masks = [UInt64](repeating: 0, count: 256)
        for value in spacesBeyondASCII {
            let bytes = Array(String(Unicode.Scalar(value)!).utf8)
            masks[Int(bytes[0])] |= 1 << UInt64(bytes[1] & 0x3F)
        }
        return masks
    }

    /// The class of `scalar` from Unicode's properties (what the table holds).
    @usableFromInline static func classify(_ scalar: Unicode.Scalar) -> ScalarClass {
        switch scalar {
        case "'", "’": return .apostrophe
        case ".", "!", "?", "…": return .sentenceEnd
        case "\u{200B}", "\u{FEFF}": return .space
        case "0"..."9": return .digit
        default: break
        }
        let properties = scalar.properties
        if properties.isWhitespace { return .space }
        switch properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark: return .mark
        default: break
        }
        if properties.isAlphabetic || properties.numericType != nil { return .letter }
        return .other
    }

    /// The one-scalar lower-case form of `scalar` (itself when it has none).
    @usableFromInline static func lowered(_ scalar: Unicode.Scalar) -> UInt32 {
        guard scalar.properties.changesWhenLowercased else { return scalar.value }
        let mapping = scalar.properties.lowercaseMapping.unicodeScalars
        return mapping.count == 1 ? mapping.first!.value : scalar.value
    }
}

/// Decodes the UTF-8 scalar starting at `index` of valid UTF-8 `bytes`: its value and length.
@inline(__always)
package func decodeScalar(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (value: UInt32, length: Int) {
    let lead = UInt32(bytes[index])
    if lead < 0x80 { return (lead, 1) }
    if lead < 0xE0 { return ((lead & 0x1F) << 6 | UInt32(bytes[index + 1] & 0x3F), 2) }
    if lead < 0xF0 {
        return ((lead & 0x0F) << 12 | UInt32(bytes[index + 1] & 0x3F) << 6 | UInt32(bytes[index + 2] & 0x3F), 3)
    }
    return ((lead & 0x07) << 18 | UInt32(bytes[index + 1] & 0x3F) << 12
            | UInt32(bytes[index + 2] & 0x3F) << 6 | UInt32(bytes[index + 3] & 0x3F), 4)
}

extension String {
    /// Runs `body` over the string's UTF-8 bytes without copying when they are contiguous.
    @inline(__always)
    package func withUTF8Bytes<R>(_ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        var copy = self
        return copy.withUTF8 { body($0) }
    }
}

extension UnsafeBufferPointer where Element == UInt8 {
    /// The text of the bytes in `range` (valid UTF-8: they come from a `String`).
    @inline(__always)
    package func string(_ range: Range<Int>) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: self[range]), as: UTF8.self)
    }
}
