/// What the tokenizer needs to know about one Unicode scalar.
enum ScalarClass: UInt8 {
    case space, letter, digit, mark, apostrophe, sentenceEnd, other
}

/// Classes and lower-case forms of the scalars below U+2100 (Latin, Vietnamese, general
/// punctuation), computed once from Unicode's properties so the hot loops look them up in a
/// table instead of asking the property database for every character. Scalars above the table
/// are classified the same way, directly.
struct ScalarTable: Sendable {
    static let shared = ScalarTable()
    private static let limit: UInt32 = 0x2100

    private let classes: [ScalarClass]
    private let lowers: [UInt32]
    private let uppers: [Bool]

    private init() {
        var classes: [ScalarClass] = []
        var lowers: [UInt32] = []
        var uppers: [Bool] = []
        classes.reserveCapacity(Int(Self.limit))
        for value in 0..<Self.limit {
            guard let scalar = Unicode.Scalar(value) else {
                classes.append(.other); lowers.append(value); uppers.append(false); continue
            }
            classes.append(Self.classify(scalar))
            lowers.append(Self.lowered(scalar))
            uppers.append(scalar.properties.isUppercase)
        }
        self.classes = classes
        self.lowers = lowers
        self.uppers = uppers
    }

    @inline(__always) func kind(_ value: UInt32) -> ScalarClass {
        value < Self.limit ? classes[Int(value)] : Self.classify(Unicode.Scalar(value) ?? " ")
    }

    @inline(__always) func lower(_ value: UInt32) -> UInt32 {
        value < Self.limit ? lowers[Int(value)] : Self.lowered(Unicode.Scalar(value) ?? " ")
    }

    @inline(__always) func isUpper(_ value: UInt32) -> Bool {
        value < Self.limit ? uppers[Int(value)] : (Unicode.Scalar(value)?.properties.isUppercase ?? false)
    }

    private static func classify(_ scalar: Unicode.Scalar) -> ScalarClass {
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

    private static func lowered(_ scalar: Unicode.Scalar) -> UInt32 {
        guard scalar.properties.changesWhenLowercased else { return scalar.value }
        let mapping = scalar.properties.lowercaseMapping.unicodeScalars
        return mapping.count == 1 ? mapping.first!.value : scalar.value
    }
}

/// Decodes the UTF-8 scalar starting at `index` of valid UTF-8 `bytes`: its value and length.
@inline(__always)
func decodeScalar(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (value: UInt32, length: Int) {
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
    func withUTF8Bytes<R>(_ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        var copy = self
        return copy.withUTF8 { body($0) }
    }
}
