import CLibXML2
import Foundation
import DyadText
import DyadModel

/// The words in a class or id that mark page furniture (`common/web.json`: fragments anywhere in
/// the lower-cased value, words only whole — the value split at anything but letters and digits).
enum FurnitureNames {
    private static let fragmentBytes = WebNames.shared.furnitureFragments
    private static let wordBytes = WebNames.shared.furnitureWords

    static func matches(_ value: String) -> Bool { matches(bytes: AttributeBytes.lowered(value)) }

    /// `matches` on a value already lower-cased (ASCII letters), as bytes.
    static func matches(bytes: [UInt8]) -> Bool {
        if AttributeBytes.containsAny(bytes, fragmentBytes) { return true }
        var start = 0
        while start < bytes.count {
            var end = start
            while end < bytes.count, AttributeBytes.isWordByte(bytes[end]) { end += 1 }
            if end > start {
                let word = bytes[start..<end]
                if wordBytes.contains(where: { $0.elementsEqual(word) }) { return true }
            }
            start = end + 1
        }
        return false
    }
}
