import CLibXML2
import Foundation
import DyadText
import DyadModel

/// A page's elements as the walker reads them: attributes, text, and where an element sits
/// (the site's frame, a list of other articles, the order of the document).
extension PageWalker {
    static func attribute(_ node: XMLNode, _ name: String) -> String? {
        var attribute = node.pointee.properties
        while let current = attribute {
            if let attributeName = current.pointee.name, strcasecmp(UnsafeRawPointer(attributeName).assumingMemoryBound(to: CChar.self), name) == 0 {
                guard let value = current.pointee.children?.pointee.content else { return "" }
                if current.pointee.children?.pointee.next == nil { return String(cString: value) }
                var text = ""
                var child = current.pointee.children
                while let part = child {
                    if let content = part.pointee.content { text += String(cString: content) }
                    child = part.pointee.next
                }
                return text
            }
            attribute = current.pointee.next
        }
        return nil
    }

    static func hasAttributes(_ node: XMLNode) -> Bool { node.pointee.properties != nil }

    /// All the text under `node`, white space collapsed (scripts and styles left out).
    static func text(of node: XMLNode, limit: Int = .max) -> String {
        var bytes: [UInt8] = []
        var pendingSpace = false
        func visit(_ node: XMLNode) {
            var child = node.pointee.children
            while let current = child, bytes.count < limit {
                switch current.pointee.type {
                case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                    if let content = current.pointee.content { append(content, to: &bytes, pendingSpace: &pendingSpace) }
                case XML_ELEMENT_NODE:
                    let key = Tag.key(current.pointee.name)
                    if key != Tag.script && key != Tag.style {
                        if Tag.blocks.contains(key) || key == Tag.br { pendingSpace = true }
                        visit(current)
                    }
                default: break
                }
                child = current.pointee.next
            }
        }
        visit(node)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Appends a text node's bytes with runs of white space (and no-break spaces) made one space,
    /// and soft hyphens and zero-width spaces dropped.
    @inline(__always)
    static func append(_ content: UnsafePointer<xmlChar>, to bytes: inout [UInt8], pendingSpace: inout Bool) {
        var index = 0
        while true {
            let byte = content[index]
            if byte == 0 { return }
            if byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D || byte == 0x0C {
                pendingSpace = true
                index += 1
                continue
            }
            if byte == 0xC2 && (content[index + 1] == 0xA0 || content[index + 1] == 0xAD) {
                if content[index + 1] == 0xA0 { pendingSpace = true }
                index += 2
                continue
            }
            if byte == 0xE2 && content[index + 1] == 0x80 && (content[index + 2] == 0x8B || content[index + 2] == 0xAF) {
                if content[index + 2] == 0xAF { pendingSpace = true }
                index += 3
                continue
            }
            if pendingSpace && !bytes.isEmpty { bytes.append(0x20) }
            pendingSpace = false
            bytes.append(byte)
            index += 1
        }
    }

    private static let chrome: Set<UInt64> = Set(["nav", "aside", "footer"].map(Tag.key))
    private static let header = Tag.key("header")

    /// Whether an element sits in the site's own frame: navigation, a side column, the footer,
    /// or a header outside any `<article>` or `<main>` (an article's own header holds its title).
    static func isSiteChrome(_ node: XMLNode) -> Bool {
        var inHeader = false
        var parent = node.pointee.parent
        while let current = parent, current.pointee.type == XML_ELEMENT_NODE {
            let key = Tag.key(current.pointee.name)
            if chrome.contains(key) { return true }
            if key == Tag.article || key == Tag.main { return false }
            if key == header { inHeader = true }
            parent = current.pointee.parent
        }
        return inHeader
    }

    /// Class names of lists of other articles (`common/web.json`).
    private static let otherArticles = WebNames.shared.otherArticlesClasses

    /// Whether an element is in a list of other articles (related, most read, a side column).
    static func isOtherArticles(_ node: XMLNode) -> Bool {
        if isSiteChrome(node) { return true }
        var parent = node.pointee.parent
        while let current = parent, current.pointee.type == XML_ELEMENT_NODE {
            if hasAttributes(current) {
                let names = ((attribute(current, "class") ?? "") + " " + (attribute(current, "id") ?? "")).lowercased()
                if otherArticles.contains(where: names.contains) { return true }
            }
            parent = current.pointee.parent
        }
        return false
    }

    /// The node after `node` and its descendants, in document order.
    static func following(_ node: XMLNode, within root: XMLNode) -> XMLNode? {
        nextInOrder(node, within: root, skippingChildren: true)
    }

    static func nextInOrder(_ node: XMLNode, within root: XMLNode, skippingChildren: Bool) -> XMLNode? {
        if !skippingChildren, let child = node.pointee.children { return child }
        var current: XMLNode? = node
        while let here = current, here != root {
            if let next = here.pointee.next { return next }
            current = here.pointee.parent
        }
        return nil
    }
}
