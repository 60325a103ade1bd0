import CLibXML2
import Foundation
import DyadText
import DyadModel

/// The words in a class or id that mark page furniture.
enum FurnitureNames {
    /// Matched anywhere in the lower-cased value.
    static let fragments = [
        "related", "mostread", "most-read", "most_read", "popular", "comment", "sharing", "advert", "newsletter",
        "breadcrumb", "sidebar", "sponsor", "promo", "subscri", "cookie", "recommend", "trending", "readmore",
        "read-more", "see-also", "seealso", "social", "share", "footer", "masthead", "paywall", "byline",
    ]
    /// Matched as whole words (the value split at anything but letters and digits).
    static let words: Set<String> = [
        "ad", "ads", "adv", "advs", "banner", "nav", "navbar", "navigation", "menu", "widget", "tags", "tag", "rss",
        "print", "hidden", "modal", "popup", "toolbar", "pagination", "pager", "author", "meta", "dateline", "timestamp",
    ]

    private static let fragmentBytes = fragments.map { Array($0.utf8) }
    private static let wordBytes = words.map { Array($0.utf8) }

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
