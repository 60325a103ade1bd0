import CLibXML2
import Foundation
import DyadText
import DyadModel

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
    private(set) var metas: [String: String] = [:]
    private var canonical: String?
    private(set) var jsonLD: [String] = []
    private(set) var timeDates: [(value: String, strong: Bool, node: XMLNode)] = []
    /// The headline: the first `<h1>` that is not the site's logo (in the page header,
    /// navigation, a side column or the footer), else the first.
    private(set) var firstH1: XMLNode?
    private var anyH1: XMLNode?
    /// Elements whose class says they hold the date, in document order.
    private(set) var datedElements: [XMLNode] = []
    private var articles: [XMLNode] = []
    private var mains: [XMLNode] = []
    private var articleBodies: [XMLNode] = []
    private(set) var body: XMLNode?

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

    /// Class names that mark the page's date, and an update's (`common/web.json`).
    private static let dateClasses = WebNames.shared.dateClasses
    private static let updateClasses = WebNames.shared.updateClasses

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
}
