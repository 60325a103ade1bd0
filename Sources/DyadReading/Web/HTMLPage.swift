import CLibXML2
import Foundation
import DyadText
import DyadModel

/// What Dyad takes from a web page: its metadata and the article's text, paragraph by paragraph.
struct WebPage: Sendable {
    var title: String?
    /// The canonical address (`<link rel=canonical>`, else `og:url`).
    var url: String?
    /// The page's language as a bare code (`vi`, `en`), from `<html lang>` or `og:locale`.
    var language: String?
    /// The site's name (`og:site_name`).
    var site: String?
    var published: CalendarDate?
    /// The month of publication, when only the address gives it (`/201207/`).
    var publishedApproximately: FuzzyDate?
    var publishedFrom: DocumentMetadata.Origin?
    /// The article's paragraphs in order; a `\n` inside one stands for a `<br>`.
    var paragraphs: [String] = []
    /// When asked for: where the title came from and the element each paragraph came from
    /// (`<p.sapo>`, `<li>`), for `dyad explain`.
    var titleSource: String?
    var paragraphSources: [String] = []
    /// The encoding the bytes were read in.
    var encoding = "UTF-8"
    var warnings: [String] = []

    /// The text the pipeline reads: the title on the first line, a blank line, then the
    /// paragraphs separated by blank lines (NFC, `\n` line ends).
    var text: String {
        var parts: [String] = []
        if let title, !title.isEmpty { parts.append(title) }
        parts += paragraphs
        return TextDecoding.normalise(parts.joined(separator: "\n\n") + (parts.isEmpty ? "" : "\n"))
    }

    /// The element each line of ``text`` came from, by line number (traced pages only).
    var lineSources: [Int: String] {
        var sources: [Int: String] = [:]
        var line = 1
        if let title, !title.isEmpty {
            sources[1] = "\(titleSource ?? "the page"), as the title"
            line = 3
        }
        for (paragraph, source) in zip(paragraphs, paragraphSources) {
            for _ in paragraph.split(separator: "\n", omittingEmptySubsequences: false) {
                sources[line] = source
                line += 1
            }
            line += 1
        }
        return sources
    }
}

/// Reads a web page with libxml2's HTML parser (error-tolerant, as browsers are) and finds its
/// publication date, title, address, language and main text by the page's own structure.
enum HTMLPage {
    /// libxml2 is initialised once, before any thread parses.
    private static let initialised: Bool = {
        xmlInitParser()
        return true
    }()

    /// Whether a file is to be read as a web page: by its extension, else when its first bytes
    /// open an HTML document (`<!DOCTYPE html`, `<html`).
    static func isHTML(path: String, bytes: [UInt8]) -> Bool {
        let lower = path.lowercased()
        if lower.hasSuffix(".html") || lower.hasSuffix(".htm") || lower.hasSuffix(".xhtml") { return true }
        var index = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        while index < bytes.count, index < 512, ScalarTable.shared.isASCIISpace(bytes[index]) { index += 1 }
        let head = String(decoding: bytes[index..<min(bytes.count, index + 14)], as: UTF8.self).lowercased()
        return head.hasPrefix("<!doctype html") || head.hasPrefix("<html")
    }

    // MARK: Encoding

    /// The encoding to hand libxml2: a byte-order mark, else what the server said (`declared`,
    /// from a WARC record's `Content-Type`), else the page's `<meta charset>` or `http-equiv`
    /// declaration, else UTF-8 when the bytes are valid UTF-8, else a legacy code page guessed
    /// from the bytes (Windows-1258 for Vietnamese, else Windows-1252). A declaration the bytes
    /// contradict (invalid UTF-8 declared as UTF-8) or that libxml2 cannot convert is overruled,
    /// with a warning.
    static func encoding(of bytes: [UInt8], declared: String? = nil) -> (name: String, warning: String?) {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { return ("UTF-8", nil) }
        if bytes.starts(with: [0xFF, 0xFE]) { return ("UTF-16LE", nil) }
        if bytes.starts(with: [0xFE, 0xFF]) { return ("UTF-16BE", nil) }
        let validUTF8 = bytes.withUnsafeBufferPointer { TextDecoding.scanUTF8($0).isValid }
        let guess = validUTF8 ? "UTF-8" : TextDecoding.looksLikeWindows1258(bytes) ? "windows-1258" : "windows-1252"
        guard let stated = (declared.flatMap { $0.isEmpty ? nil : $0 }) ?? declaredCharset(bytes) else { return (guess, nil) }
        let name = canonicalEncoding(stated)
        if name == "UTF-8" {
            return validUTF8 ? (name, nil) : (guess, "declares UTF-8 but is not valid UTF-8; read as \(guess)")
        }
        if name.hasPrefix("utf-16") && !bytes.prefix(64).contains(0) {
            // Pages say UTF-16 while being served as ASCII-compatible bytes; the bytes win.
            return (guess, nil)
        }
        guard let handler = xmlFindCharEncodingHandler(name) else {
            return (guess, "declares the encoding '\(stated)', which cannot be converted; read as \(guess)")
        }
        xmlCharEncCloseFunc(handler)
        return (name, nil)
    }

    /// The WHATWG labels that mean another encoding than their name says.
    static func canonicalEncoding(_ label: String) -> String {
        let lower = String(label.lowercased().unicodeScalars.filter { !$0.properties.isWhitespace })
        switch lower {
        case "utf8", "utf-8", "unicode-1-1-utf-8": return "UTF-8"
        case "iso-8859-1", "iso8859-1", "latin1", "latin-1", "l1", "us-ascii", "ascii", "cp1252", "x-cp1252": return "windows-1252"
        case "cp1258", "x-cp1258": return "windows-1258"
        default: return lower
        }
    }

    /// The charset a page declares in its first 4 KB (`<meta charset="…">`, or `charset=` in an
    /// `http-equiv="Content-Type"` content): the byte-level prescan browsers do before parsing.
    static func declaredCharset(_ bytes: [UInt8]) -> String? {
        let limit = min(bytes.count, 4096)
        let needle = Array("charset".utf8)
        var index = 0
        while index + needle.count < limit {
            var matched = true
            for offset in 0..<needle.count where bytes[index + offset] | 0x20 != needle[offset] {
                matched = false
                break
            }
            if !matched {
                index += 1
                continue
            }
            var cursor = index + needle.count
            while cursor < limit, ScalarTable.shared.isASCIISpace(bytes[cursor]) { cursor += 1 }
            guard cursor < limit, bytes[cursor] == UInt8(ascii: "=") else {
                index = cursor
                continue
            }
            cursor += 1
            while cursor < limit, ScalarTable.shared.isASCIISpace(bytes[cursor]) || bytes[cursor] == 0x22 || bytes[cursor] == 0x27 { cursor += 1 }
            let start = cursor
            while cursor < limit, bytes[cursor] < 0x80, bytes[cursor] == UInt8(ascii: "-") || bytes[cursor] == UInt8(ascii: "_")
                    || bytes[cursor] == UInt8(ascii: ".") || bytes[cursor] == UInt8(ascii: ":")
                    || (bytes[cursor] >= 0x30 && bytes[cursor] <= 0x39) || (bytes[cursor] | 0x20 >= 0x61 && bytes[cursor] | 0x20 <= 0x7A) {
                cursor += 1
            }
            if cursor > start { return String(decoding: bytes[start..<cursor], as: UTF8.self) }
            index = cursor
        }
        return nil
    }

    // MARK: Reading a page

    /// Reads `bytes` as a web page. `address` is where it was fetched from (a WARC record's
    /// target), used for dates in the address when the page names no canonical one;
    /// `charset` is what the server declared.
    static func read(_ bytes: [UInt8], address: String? = nil, charset: String? = nil, tracing: Bool = false) -> WebPage {
        _ = initialised
        let (encoding, encodingWarning) = encoding(of: bytes, declared: charset)
        var page = WebPage()
        page.encoding = encoding
        if let encodingWarning { page.warnings.append(encodingWarning) }
        guard !bytes.isEmpty else {
            page.warnings.append("the page is empty")
            return page
        }
        var (document, errors) = parse(bytes, encoding: encoding)
        if errors > 0 {
            // libxml2 stops converting at the first byte the code page does not define (Windows-1252
            // leaves five undefined): those bytes are made `?` and the page parsed again.
            let undefined = undefinedBytes(encoding)
            let count = bytes.reduce(0) { $0 + (undefined.contains($1) ? 1 : 0) }
            if count > 0 {
                if let document { xmlFreeDoc(document) }
                (document, errors) = parse(bytes.map { undefined.contains($0) ? 0x3F : $0 }, encoding: encoding)
                page.warnings.append("\(count) byte\(count == 1 ? "" : "s") that \(encoding) does not define read as '?'")
            }
            if errors > 0 {
                page.warnings.append("\(errors) encoding error\(errors == 1 ? "" : "s") while converting from \(encoding); the text stops there")
            }
        }
        guard let document, let root = xmlDocGetRootElement(document) else {
            if let document { xmlFreeDoc(document) }
            page.warnings.append("no HTML document could be read from the page")
            return page
        }
        defer { xmlFreeDoc(document) }
        var reader = PageWalker(root: root, tracing: tracing)
        reader.read(into: &page, address: address)
        return page
    }
}

extension HTMLPage {
    /// The page parsed by libxml2, and how many conversion errors it reported (counted by the
    /// handler installed for this thread, never printed).
    static func parse(_ bytes: [UInt8], encoding: String) -> (htmlDocPtr?, Int) {
        var counts: [Int32] = [0, 0]
        let options = Int32(bitPattern: HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
                            | HTML_PARSE_NONET.rawValue | HTML_PARSE_COMPACT.rawValue)
        let document: htmlDocPtr? = counts.withUnsafeMutableBufferPointer { counts in
            dyad_xml_quiet(counts.baseAddress)
            defer { dyad_xml_release() }
            return bytes.withUnsafeBufferPointer { buffer in
                buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) { base in
                    htmlReadMemory(base, Int32(clamping: buffer.count), nil, encoding, options)
                }
            }
        }
        return (document, Int(counts[0]))
    }

    /// The byte values a single-byte code page leaves undefined (none for other encodings), as
    /// iconv, which libxml2 converts with, sees them.
    static func undefinedBytes(_ encoding: String) -> Set<UInt8> {
        let lower = encoding.lowercased()
        guard lower.hasPrefix("windows-") || lower.hasPrefix("iso-8859") || lower.hasPrefix("cp") || lower.hasPrefix("koi8") else { return [] }
        let converter = iconv_open("UTF-8", encoding)
        guard converter != iconv_t(bitPattern: -1) else { return [] }
        defer { iconv_close(converter) }
        var undefined = Set<UInt8>()
        for value in UInt8(0x80)...UInt8(0xFF) {
            var input: [CChar] = [CChar(bitPattern: value)]
            var output = [CChar](repeating: 0, count: 8)
            let converted = input.withUnsafeMutableBufferPointer { source in
                output.withUnsafeMutableBufferPointer { target in
                    var inPointer: UnsafeMutablePointer<CChar>? = source.baseAddress
                    var outPointer: UnsafeMutablePointer<CChar>? = target.baseAddress
                    var inLeft = 1, outLeft = 8
                    return iconv(converter, &inPointer, &inLeft, &outPointer, &outLeft)
                }
            }
            if converted == -1 { undefined.insert(value) }
            iconv(converter, nil, nil, nil, nil)
        }
        return undefined
    }
}

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

/// One pass over a parsed page: metadata first, then the main block, then its text.
struct PageWalker {
    let root: XMLNode
    let tracing: Bool

    init(root: XMLNode, tracing: Bool = false) {
        self.root = root
        self.tracing = tracing
    }

    // What the metadata pass finds.
    private var htmlLanguage: String?
    private var titleText: String?
    private var metas: [String: String] = [:]
    private var canonical: String?
    private var jsonLD: [String] = []
    private var timeDates: [(value: String, strong: Bool, node: XMLNode)] = []
    /// The headline: the first `<h1>` that is not the site's logo (in the page header,
    /// navigation, a side column or the footer), else the first.
    private var firstH1: XMLNode?
    private var anyH1: XMLNode?
    /// Elements whose class says they hold the date, in document order.
    private var datedElements: [XMLNode] = []
    private var articles: [XMLNode] = []
    private var mains: [XMLNode] = []
    private var articleBodies: [XMLNode] = []
    private var body: XMLNode?

    // MARK: Attributes and text

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

    // MARK: Metadata

    private mutating func collectMetadata(_ node: XMLNode) {
        var child = node.pointee.children
        while let current = child {
            if current.pointee.type == XML_ELEMENT_NODE {
                noteElement(current)
                collectMetadata(current)
            }
            child = current.pointee.next
        }
    }

    private mutating func noteElement(_ node: XMLNode) {
        let key = Tag.key(node.pointee.name)
        switch key {
        case Tag.meta:
            guard let content = Self.attribute(node, "content") else { return }
            for attribute in ["property", "name", "itemprop", "http-equiv"] {
                if let name = Self.attribute(node, attribute)?.lowercased(), !name.isEmpty, metas[name] == nil {
                    metas[name] = content.trimmingCharacters(in: .whitespacesAndNewlines)
                }
            }
            return
        case Tag.link:
            if canonical == nil, let rel = Self.attribute(node, "rel")?.lowercased(),
               rel.split(separator: " ").contains("canonical"), let href = Self.attribute(node, "href"), !href.isEmpty {
                canonical = href.trimmingCharacters(in: .whitespacesAndNewlines)
            }
            return
        case Tag.script:
            if let type = Self.attribute(node, "type"), type.lowercased().contains("ld+json") {
                var text = ""
                var child = node.pointee.children
                while let part = child {
                    if let content = part.pointee.content { text += String(cString: content) }
                    child = part.pointee.next
                }
                jsonLD.append(text)
            }
            return
        case Tag.title:
            if titleText == nil { titleText = Self.text(of: node) }
            return
        case Tag.html:
            htmlLanguage = Self.attribute(node, "lang") ?? Self.attribute(node, "xml:lang")
        case Tag.body:
            if body == nil { body = node }
        case Tag.h1:
            if anyH1 == nil { anyH1 = node }
            if firstH1 == nil && !Self.isSiteChrome(node) { firstH1 = node }
        case Tag.article:
            articles.append(node)
        case Tag.main:
            mains.append(node)
        default:
            break
        }
        guard Self.hasAttributes(node) else { return }
        let itemprop = Self.attribute(node, "itemprop")?.lowercased()
        if itemprop == "articlebody" { articleBodies.append(node) }
        if itemprop == "datepublished" {
            let value = Self.attribute(node, "datetime") ?? Self.attribute(node, "content") ?? Self.text(of: node, limit: 80)
            timeDates.append((value, true, node))
        } else if key == Tag.time, let value = Self.attribute(node, "datetime") {
            // A time element marked as the modified date is never the publication date.
            let marks = ((Self.attribute(node, "class") ?? "") + " " + (itemprop ?? "")).lowercased()
            if marks.contains("modif") || marks.contains("updat") { return }
            let strong = Self.attribute(node, "pubdate") != nil || marks.contains("publish") || marks.contains("pubdate")
            timeDates.append((value, strong, node))
        } else if datedElements.count < 40, let names = AttributeBytes.attribute(node, "class") ?? AttributeBytes.attribute(node, "id") {
            // An element whose class says it holds the date (`<span class="date">`, `post-date`,
            // `entry-date published`), not the update's.
            if AttributeBytes.containsAny(names, Self.dateClasses) && !AttributeBytes.containsAny(names, Self.updateClasses) {
                datedElements.append(node)
            }
        }
    }

    private static let dateClasses = ["date", "time", "publish", "posted", "byline", "dateline", "ngay"].map { Array($0.utf8) }
    private static let updateClasses = ["updat", "modif", "edit"].map { Array($0.utf8) }

    // MARK: The page

    mutating func read(into page: inout WebPage, address: String?) {
        collectMetadata(root)
        firstH1 = firstH1 ?? anyH1
        if Tag.key(root.pointee.name) == Tag.html { htmlLanguage = htmlLanguage ?? Self.attribute(root, "lang") }

        page.site = metas["og:site_name"].flatMap(Self.nonEmpty) ?? metas["application-name"].flatMap(Self.nonEmpty)
        page.language = Self.languageCode(htmlLanguage) ?? Self.languageCode(metas["og:locale"])
            ?? Self.languageCode(metas["content-language"]) ?? Self.languageCode(metas["language"])
        if let canonical = (canonical ?? metas["og:url"]).flatMap(Self.nonEmpty) {
            page.url = Self.absolute(canonical, base: address)
        }
        let h1Text = firstH1.map { Self.text(of: $0) }.flatMap(Self.nonEmpty)
        if let og = metas["og:title"].flatMap(Self.nonEmpty) {
            page.title = Self.withoutSiteName(og, site: page.site, guess: false)
            page.titleSource = "og:title"
        } else if let h1Text {
            page.title = h1Text
            page.titleSource = "<h1>"
        } else if let title = titleText.flatMap(Self.nonEmpty) {
            page.title = Self.withoutSiteName(title, site: page.site, guess: true)
            page.titleSource = "<title>"
        }

        let dayFirst = !(page.language == "en" && !(htmlLanguage ?? "").lowercased().hasSuffix("gb"))
        findPublicationDate(into: &page, address: address, dayFirst: dayFirst)

        // The main text: pruned by classes and ids first; when that leaves next to nothing
        // (a wrapper whose class happens to say "sidebar"), by element names alone.
        var extractor = TextExtractor(pruneByName: true, tracing: tracing)
        var (paragraphs, sources) = extractor.paragraphs(of: mainBlock(&extractor))
        if paragraphs.reduce(0, { $0 + $1.utf8.count }) < 200 {
            var loose = TextExtractor(pruneByName: false, tracing: tracing)
            let more = loose.paragraphs(of: mainBlock(&loose))
            if more.paragraphs.reduce(0, { $0 + $1.utf8.count }) >= 3 * max(1, paragraphs.reduce(0, { $0 + $1.utf8.count })) {
                (paragraphs, sources) = more
            }
        }
        // The headline is the first line already.
        if let title = page.title {
            let headlines: Set<String> = [title, h1Text ?? title]
            while let first = paragraphs.first, headlines.contains(first) {
                paragraphs.removeFirst()
                if !sources.isEmpty { sources.removeFirst() }
            }
        }
        page.paragraphs = paragraphs
        page.paragraphSources = sources
        if paragraphs.isEmpty { page.warnings.append("no article text found in the page") }
    }

    /// The block that holds the article: the largest `<article>`, else `<main>`, else the
    /// element marked `itemprop="articleBody"` — each only when it holds a fair share of the
    /// page's text (teaser cards are `<article>`s too) — else the block the density measure picks.
    private func mainBlock(_ extractor: inout TextExtractor) -> XMLNode {
        let page = body ?? root
        let total = extractor.measure(page).text
        for group in [articles, mains, articleBodies] where !group.isEmpty {
            let best = group.map { ($0, extractor.measure($0).text) }.max { $0.1 < $1.1 }!
            if best.1 >= 1000 || Double(best.1) >= 0.3 * Double(total) && best.1 > 0 { return best.0 }
        }
        return extractor.densest(in: page) ?? page
    }

    // MARK: Publication date

    private static let publishedMetas = [
        "article:published_time", "og:article:published_time", "og:published_time", "datepublished", "article.published",
        "published_time", "publishdate", "publish-date", "publish_date", "published-date", "pubdate", "og:pubdate",
        "dc.date.issued", "dcterms.issued", "dc.date.created", "dcterms.created", "dc.date", "dcterms.date",
        "parsely-pub-date", "sailthru.date", "article_date_original", "cxenseparse:recs:publishtime",
        "citation_publication_date", "date", "dable:published_time",
    ]

    private func findPublicationDate(into page: inout WebPage, address: String?, dayFirst: Bool) {
        func take(_ date: CalendarDate?, _ origin: DocumentMetadata.Origin) -> Bool {
            guard let date else { return false }
            page.published = date
            page.publishedFrom = origin
            return true
        }
        if take(Self.jsonLDDate(jsonLD), .jsonLD) { return }
        for name in Self.publishedMetas {
            if let value = metas[name], take(WebDate.parse(value, dayFirst: dayFirst), .meta) { return }
        }
        for strong in [true, false] {
            // Dates of other articles (a related list, a side column) are not this one's.
            for found in timeDates where found.strong == strong && !Self.isOtherArticles(found.node) {
                if take(WebDate.parse(found.value, dayFirst: dayFirst), .timeElement) { return }
            }
        }
        for candidate in [page.url, address] {
            if let candidate, take(WebDate.inURL(candidate), .url) { return }
        }
        // A month in the address outranks a byline in another month (a site header prints the
        // day it was crawled), and stands alone when there is no byline.
        let month = [page.url, address].lazy.compactMap { $0.flatMap(WebDate.monthInURL) }.first
        for byline in [markedDate(dayFirst: dayFirst), bylineDate(dayFirst: dayFirst)] {
            guard let byline else { continue }
            if let month, byline.year != month.year || byline.month != month.month { continue }
            if take(byline, .byline) { return }
        }
        if let month {
            page.publishedApproximately = month
            page.publishedFrom = .url
        }
    }

    /// `datePublished` of the first `NewsArticle`, `Article` (or other `…Article`,
    /// `BlogPosting`, `Report`) in the page's JSON-LD, also inside `@graph` and lists; then any
    /// `datePublished` there. JSON that does not parse is searched for the key.
    static func jsonLDDate(_ scripts: [String]) -> CalendarDate? {
        var anyDate: CalendarDate?
        func isArticle(_ type: Any?) -> Bool {
            let types = (type as? [Any])?.compactMap { $0 as? String } ?? [(type as? String) ?? ""]
            return types.contains { $0.hasSuffix("Article") || $0 == "BlogPosting" || $0 == "Report" || $0 == "LiveBlogPosting" }
        }
        func search(_ value: Any) -> CalendarDate? {
            if let list = value as? [Any] {
                for item in list { if let date = search(item) { return date } }
            } else if let object = value as? [String: Any] {
                if let published = object["datePublished"] as? String, let date = WebDate.parse(published) {
                    if isArticle(object["@type"]) { return date }
                    anyDate = anyDate ?? date
                }
                if let graph = object["@graph"], let date = search(graph) { return date }
                // In key order: a dictionary's own order changes from run to run.
                for key in object.keys.sorted() where key != "@graph" && key != "publisher" && key != "author" && key != "image" {
                    guard let nested = object[key], nested is [Any] || nested is [String: Any] else { continue }
                    if let date = search(nested) { return date }
                }
            }
            return nil
        }
        for script in scripts where contains(script, "datePublished") {
            let trimmed = script.trimmingCharacters(in: .whitespacesAndNewlines)
            if let data = trimmed.data(using: .utf8), let json = try? JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed]) {
                if let date = search(json) { return date }
            } else if let range = trimmed.range(of: "\"datePublished\"") {
                // Broken JSON (a stray comma, a raw newline in a string): the key's value is read where it stands.
                let rest = trimmed[range.upperBound...].drop { $0 == " " || $0 == ":" || $0 == "\t" || $0 == "\n" }
                if rest.first == "\"", let end = rest.dropFirst().firstIndex(of: "\""), let date = WebDate.parse(String(rest[rest.index(after: rest.startIndex)..<end])) {
                    anyDate = anyDate ?? date
                }
            }
        }
        return anyDate
    }

    /// A date written near the headline: in the 400 characters of text after the first `<h1>`
    /// (else at the start of the body), not labelled as an update.
    private func bylineDate(dayFirst: Bool) -> CalendarDate? {
        var text = ""
        if let start = firstH1 {
            var node: XMLNode? = Self.following(start, within: root)
            var visited = 0
            while let current = node, text.count < 400, visited < 400 {
                visited += 1
                if current.pointee.type == XML_TEXT_NODE, let content = current.pointee.content {
                    let parent = Tag.key(current.pointee.parent?.pointee.name)
                    if parent != Tag.script && parent != Tag.style { text += " " + String(cString: content) }
                }
                node = Self.nextInOrder(current, within: root, skippingChildren: false)
            }
        } else if let body {
            text = Self.text(of: body, limit: 400)
        }
        return Self.unlabelledDate(in: text, dayFirst: dayFirst)
    }

    /// The first date in an element whose class says it holds the date (its `datetime`,
    /// `title` or `content`, else its text), outside lists of other articles.
    private func markedDate(dayFirst: Bool) -> CalendarDate? {
        for node in datedElements where !Self.isOtherArticles(node) {
            for value in [Self.attribute(node, "datetime"), Self.attribute(node, "title"), Self.attribute(node, "content")] {
                if let value, let date = WebDate.parse(value, dayFirst: dayFirst) { return date }
            }
            if let date = Self.unlabelledDate(in: Self.text(of: node, limit: 160), dayFirst: dayFirst) { return date }
        }
        return nil
    }

    /// The first date in `text` not labelled as an update (`Cập nhật`, `Updated`).
    static func unlabelledDate(in text: String, dayFirst: Bool) -> CalendarDate? {
        var rest = Substring(text)
        while let found = WebDate.first(in: String(rest), dayFirst: dayFirst) {
            let before = rest.prefix(found.offset).suffix(24).lowercased()
            let start = rest.index(rest.startIndex, offsetBy: found.offset)
            if !(before.contains("updat") || before.contains("cập nhật") || before.contains("modif") || before.contains("sửa")) {
                return found.date
            }
            rest = rest[rest.index(after: start)...]
        }
        return nil
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

    private static let otherArticles = ["related", "mostread", "most-read", "popular", "sidebar", "trending", "recommend", "comment", "lienquan", "lien-quan"]

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

    // MARK: Small helpers

    /// Whether `text` holds `needle`, compared byte by byte.
    static func contains(_ text: String, _ needle: String) -> Bool {
        var text = text, needle = needle
        return text.withUTF8 { haystack in
            needle.withUTF8 { needle in
                guard let first = needle.first, haystack.count >= needle.count else { return needle.isEmpty }
                var index = 0
                while index + needle.count <= haystack.count {
                    if haystack[index] == first && memcmp(haystack.baseAddress! + index, needle.baseAddress!, needle.count) == 0 { return true }
                    index += 1
                }
                return false
            }
        }
    }

    /// The text with runs of white space made one space and none at either end; nil when empty.
    static func nonEmpty(_ text: String) -> String? {
        var result = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            if scalar.properties.isWhitespace {
                pendingSpace = true
            } else {
                if pendingSpace && !result.isEmpty { result.append(" ") }
                pendingSpace = false
                result.append(scalar)
            }
        }
        return result.isEmpty ? nil : String(result)
    }

    /// `vi-VN`, `vi_VN`, `VI` → `vi`; nil for anything that is not a language code.
    static func languageCode(_ value: String?) -> String? {
        guard let value else { return nil }
        let code = value.trimmingCharacters(in: .whitespaces).lowercased().split(whereSeparator: { $0 == "-" || $0 == "_" }).first.map(String.init) ?? ""
        guard (2...3).contains(code.count), code.allSatisfy({ $0.isASCII && $0.isLetter }) else { return nil }
        return code
    }

    static func absolute(_ href: String, base: String?) -> String {
        if href.contains("://") { return href }
        if let base, let resolved = URL(string: href, relativeTo: URL(string: base)) { return resolved.absoluteString }
        return href
    }

    /// A title without the site's name at either end (`… - VnExpress`, `BBC News | …`). With no
    /// site name known (`guess`), the last part after a separator is dropped when it is short.
    static func withoutSiteName(_ title: String, site: String?, guess: Bool) -> String {
        let separators = [" | ", " - ", " – ", " — ", " :: ", " · ", " » "]
        if let site, !site.isEmpty {
            for separator in separators {
                if title.hasSuffix(separator + site) { return String(title.dropLast(separator.count + site.count)) }
                if title.hasPrefix(site + separator) { return String(title.dropFirst(separator.count + site.count)) }
            }
            if !guess { return title }
        }
        guard guess else { return title }
        for separator in separators {
            if let range = title.range(of: separator, options: .backwards) {
                let head = title[..<range.lowerBound], tail = title[range.upperBound...]
                if tail.count <= 30 && tail.count * 2 < head.count { return String(head) }
            }
        }
        return title
    }
}

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
