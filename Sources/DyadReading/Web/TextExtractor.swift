import CLibXML2
import Foundation
import DyadText
import DyadModel

/// Finds a page's main block and writes its text as paragraphs, leaving page furniture out.
final class TextExtractor {
    /// Whether classes and ids that say related, comments, share, advert… mark furniture.
    let pruneByName: Bool
    /// Whether to say which element each paragraph came from.
    let tracing: Bool
    private var stats: [UnsafeMutableRawPointer: (text: Int, link: Int)] = [:]
    private var furniture: [UnsafeMutableRawPointer: Bool] = [:]

    init(pruneByName: Bool, tracing: Bool = false) {
        self.pruneByName = pruneByName
        self.tracing = tracing
    }

    private static let roles: Set<String> = ["navigation", "banner", "contentinfo", "complementary", "search", "dialog", "menu", "menubar", "alert"]

    /// Whether an element is page furniture by its name, its attributes (`hidden`,
    /// `aria-hidden`, `display:none`, a landmark role) or, when pruning by name, its class or id.
    func isFurniture(_ node: XMLNode) -> Bool {
        let key = Tag.key(node.pointee.name)
        if Tag.furniture.contains(key) { return true }
        if key == Tag.body || key == Tag.html || !PageWalker.hasAttributes(node) { return false }
        if let known = furniture[UnsafeMutableRawPointer(node)] { return known }
        var verdict = false
        if PageWalker.attribute(node, "hidden") != nil || PageWalker.attribute(node, "aria-hidden")?.lowercased() == "true" {
            verdict = true
        } else if let style = PageWalker.attribute(node, "style")?.lowercased().replacingOccurrences(of: " ", with: ""),
                  style.contains("display:none") || style.contains("visibility:hidden") {
            verdict = true
        } else if let role = PageWalker.attribute(node, "role")?.lowercased(), Self.roles.contains(role) {
            verdict = true
        } else if pruneByName {
            let names = (AttributeBytes.attribute(node, "class") ?? []) + [0x20] + (AttributeBytes.attribute(node, "id") ?? [])
            verdict = names.count > 1 && FurnitureNames.matches(bytes: names)
        }
        furniture[UnsafeMutableRawPointer(node)] = verdict
        return verdict
    }

    /// The visible letters under `node` (white space not counted) and those inside links,
    /// furniture left out; remembered for every element measured.
    @discardableResult
    func measure(_ node: XMLNode) -> (text: Int, link: Int) {
        if let known = stats[UnsafeMutableRawPointer(node)] { return known }
        var text = 0, link = 0
        let isLink = Tag.key(node.pointee.name) == Tag.a
        var child = node.pointee.children
        while let current = child {
            switch current.pointee.type {
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                if let content = current.pointee.content { text += Self.visibleBytes(content) }
            case XML_ELEMENT_NODE:
                if !isFurniture(current) {
                    let inner = measure(current)
                    text += inner.text
                    link += inner.link
                }
            default: break
            }
            child = current.pointee.next
        }
        if isLink { link = text }
        stats[UnsafeMutableRawPointer(node)] = (text, link)
        return (text, link)
    }

    @inline(__always)
    static func visibleBytes(_ content: UnsafePointer<xmlChar>) -> Int {
        var count = 0, index = 0
        while true {
            let byte = content[index]
            if byte == 0 { return count }
            if byte > 0x20 { count += 1 }
            index += 1
        }
    }

    /// The block with the most running text for its links: each paragraph scores its parent
    /// in full and its grandparent by half, and a block's score is scaled by the share of its
    /// text outside links. Nil when the page has no paragraph of running text.
    func densest(in page: XMLNode) -> XMLNode? {
        measure(page)
        var scores: [UnsafeMutableRawPointer: Double] = [:]
        // Elements in document order, so that a tie goes to the first (addresses differ from run to run).
        var order: [UnsafeMutableRawPointer] = [UnsafeMutableRawPointer(page)]
        func visit(_ node: XMLNode) {
            var child = node.pointee.children
            while let current = child {
                if current.pointee.type == XML_ELEMENT_NODE, !isFurniture(current) {
                    order.append(UnsafeMutableRawPointer(current))
                    let key = Tag.key(current.pointee.name)
                    var own = 0
                    var grandchild = current.pointee.children
                    while let part = grandchild {
                        if part.pointee.type == XML_TEXT_NODE, let content = part.pointee.content { own += Self.visibleBytes(content) }
                        grandchild = part.pointee.next
                    }
                    let isParagraph = key == Tag.p || key == Tag.pre || Tag.paragraphs.contains(key) && own >= 25 || key == Tag.div && own >= 25
                    let length = measure(current)
                    if isParagraph, length.text >= 25 {
                        let score = 1 + min(Double(length.text) / 100, 3)
                        if let parent = current.pointee.parent {
                            scores[UnsafeMutableRawPointer(parent), default: 0] += score
                            if let grandparent = parent.pointee.parent { scores[UnsafeMutableRawPointer(grandparent), default: 0] += score / 2 }
                        }
                    }
                    visit(current)
                }
                child = current.pointee.next
            }
        }
        visit(page)
        var best: (node: UnsafeMutableRawPointer, score: Double)?
        for node in order {
            guard let score = scores[node] else { continue }
            let length = stats[node] ?? (0, 0)
            let density = length.text > 0 ? Double(length.link) / Double(length.text) : 1
            let final = score * (1 - density)
            if best == nil || final > best!.score { best = (node, final) }
        }
        return best.map { $0.node.assumingMemoryBound(to: xmlNode.self) }
    }

    /// The text of `root`'s non-furniture content: block edges end a paragraph, `<br>` a line.
    /// Blocks made mostly of links (related lists without a telling class) are left out.
    func paragraphs(of root: XMLNode) -> (paragraphs: [String], sources: [String]) {
        var paragraphs: [String] = []
        var sources: [String] = []
        var blocks: [XMLNode] = [root]
        var line: [UInt8] = []
        var pendingSpace = false
        var afterBreak = false
        line.reserveCapacity(512)

        func flush() {
            if !line.isEmpty {
                let text = String(decoding: line, as: UTF8.self)
                if afterBreak, !paragraphs.isEmpty {
                    paragraphs[paragraphs.count - 1] += "\n" + text
                } else {
                    paragraphs.append(text)
                    if tracing { sources.append(Self.describe(blocks.last!)) }
                }
                line.removeAll(keepingCapacity: true)
            }
            pendingSpace = false
        }

        func walk(_ node: XMLNode) {
            var child = node.pointee.children
            while let current = child {
                switch current.pointee.type {
                case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                    if let content = current.pointee.content { PageWalker.append(content, to: &line, pendingSpace: &pendingSpace) }
                case XML_ELEMENT_NODE:
                    let key = Tag.key(current.pointee.name)
                    if key == Tag.br {
                        flush()
                        afterBreak = true
                    } else if !isFurniture(current) {
                        if Tag.blocks.contains(key) {
                            if isLinkList(current, key: key) { break }
                            flush()
                            afterBreak = false
                            blocks.append(current)
                            walk(current)
                            flush()
                            blocks.removeLast()
                            afterBreak = false
                        } else {
                            walk(current)
                        }
                    }
                default: break
                }
                child = current.pointee.next
            }
        }
        walk(root)
        flush()
        return (paragraphs, sources)
    }

    /// An element as `dyad explain` names it: `<p>`, `<div#main.content>`, and the block the
    /// text was found in when it is not the paragraph's own (`<td> in <table.layout>`).
    static func describe(_ node: XMLNode) -> String {
        func name(_ node: XMLNode) -> String {
            var text = node.pointee.name.map { String(cString: $0) } ?? "?"
            if let id = PageWalker.attribute(node, "id"), !id.isEmpty { text += "#" + id }
            if let classes = PageWalker.attribute(node, "class")?.split(separator: " ").first { text += "." + classes }
            return "<\(text)>"
        }
        var parent = node.pointee.parent
        while let current = parent, current.pointee.type == XML_ELEMENT_NODE {
            if PageWalker.attribute(current, "id") != nil || PageWalker.attribute(current, "class") != nil || Tag.key(current.pointee.name) == Tag.article {
                return name(node) + " in " + name(current)
            }
            parent = current.pointee.parent
        }
        return name(node)
    }

    /// A block whose text is mostly link text: half of a list or container, four fifths of a
    /// paragraph or heading ("Xem thêm: …").
    private func isLinkList(_ node: XMLNode, key: UInt64) -> Bool {
        let length = measure(node)
        guard length.text > 0, length.link > 0 else { return false }
        let limit = key == Tag.p || key == Tag.li || Tag.headings.contains(key) ? 0.8 : 0.5
        return Double(length.link) > limit * Double(length.text)
    }
}
