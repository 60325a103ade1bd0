import CLibXML2
import Foundation
import DyadText
import DyadModel

/// A node of a page libxml2 parsed: an element, a text, a comment…
typealias XMLNode = UnsafeMutablePointer<xmlNode>

/// Element names packed into a number (the first eight bytes, and a flag when longer), so
/// that an element is recognised without making a string of its name.
enum Tag {
    static func key(_ name: UnsafePointer<xmlChar>?) -> UInt64 {
        guard let name else { return 0 }
        var key: UInt64 = 0
        for index in 0..<8 {
            let byte = name[index]
            if byte == 0 { return key }
            key |= UInt64(byte | 0x20) << (8 * UInt64(index))
        }
        return name[8] == 0 ? key : key | (1 << 63)
    }

    static func key(_ name: String) -> UInt64 {
        var bytes = Array(name.utf8)
        bytes.append(0)
        return bytes.withUnsafeBufferPointer { key($0.baseAddress) }
    }

    static let a = key("a"), br = key("br"), h1 = key("h1"), p = key("p"), li = key("li"), title = key("title")
    static let meta = key("meta"), link = key("link"), script = key("script"), time = key("time"), html = key("html")
    static let article = key("article"), main = key("main"), body = key("body"), pre = key("pre"), td = key("td")
    static let ul = key("ul"), ol = key("ol"), div = key("div"), section = key("section"), table = key("table")
    static let style = key("style")
    static let headings: Set<UInt64> = Set(["h1", "h2", "h3", "h4", "h5", "h6"].map(key))

    /// Never part of an article: navigation, page header and footer, side columns, forms,
    /// scripts and embedded objects.
    static let furniture: Set<UInt64> = Set([
        "nav", "header", "footer", "aside", "form", "script", "style", "noscript", "iframe", "template", "svg",
        "canvas", "object", "embed", "button", "select", "textarea", "input", "dialog", "menu", "head", "video",
        "audio", "map", "math",
    ].map(key))

    /// Elements whose edges are line boundaries.
    static let blocks: Set<UInt64> = Set([
        "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd", "tr", "td", "th", "table",
        "tbody", "thead", "tfoot", "blockquote", "pre", "section", "article", "main", "figure", "figcaption", "address",
        "hr", "center", "details", "summary", "caption", "body", "html", "fieldset", "legend", "header", "footer",
    ].map(key))

    /// Blocks that hold running text, which the density measure scores.
    static let paragraphs: Set<UInt64> = Set(["p", "pre", "td", "blockquote", "dd", "li"].map(key))
}

/// Attribute values searched as bytes: class and id names are ASCII, and making strings of
/// them for every element of a page costs more than the search.
enum AttributeBytes {
    /// ASCII letters lower-cased; other bytes as they are.
    static func lowered(_ text: String) -> [UInt8] { text.utf8.map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 } }

    /// The value of attribute `name` on `node`, lower-cased (ASCII), nil when it has none.
    static func attribute(_ node: XMLNode, _ name: String) -> [UInt8]? {
        var attribute = node.pointee.properties
        while let current = attribute {
            if let attributeName = current.pointee.name, strcasecmp(UnsafeRawPointer(attributeName).assumingMemoryBound(to: CChar.self), name) == 0 {
                var bytes: [UInt8] = []
                var child = current.pointee.children
                while let part = child {
                    if var content = part.pointee.content {
                        while content.pointee != 0 {
                            let byte = content.pointee
                            bytes.append(byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte)
                            content += 1
                        }
                    }
                    child = part.pointee.next
                }
                return bytes
            }
            attribute = current.pointee.next
        }
        return nil
    }

    static func isWordByte(_ byte: UInt8) -> Bool {
        byte >= 0x80 || (byte >= 0x30 && byte <= 0x39) || (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x41 && byte <= 0x5A)
    }

    static func contains(_ text: [UInt8], _ needle: [UInt8]) -> Bool {
        guard let first = needle.first, text.count >= needle.count else { return needle.isEmpty }
        var index = 0
        while index + needle.count <= text.count {
            if text[index] == first && text[index..<index + needle.count].elementsEqual(needle) { return true }
            index += 1
        }
        return false
    }

    static func containsAny(_ text: [UInt8], _ needles: [[UInt8]]) -> Bool {
        needles.contains { contains(text, $0) }
    }
}
