import CLibXML2
import Foundation
import DyadText
import DyadModel

/// The page's publication date: JSON-LD, then meta tags, then `<time>` elements, then the
/// address, then a date written near the headline.
extension PageWalker {
    private static let publishedMetas = [
        "article:published_time", "og:article:published_time", "og:published_time", "datepublished", "article.published",
        "published_time", "publishdate", "publish-date", "publish_date", "published-date", "pubdate", "og:pubdate",
        "dc.date.issued", "dcterms.issued", "dc.date.created", "dcterms.created", "dc.date", "dcterms.date",
        "parsely-pub-date", "sailthru.date", "article_date_original", "cxenseparse:recs:publishtime",
        "citation_publication_date", "date", "dable:published_time",
    ]

    func findPublicationDate(into page: inout WebPage, address: String?, dayFirst: Bool) {
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

    /// The first date in `text` not labelled as an update (`Cập nhật`, `Updated`: each language's
    /// `web.json`).
    static func unlabelledDate(in text: String, dayFirst: Bool) -> CalendarDate? {
        var rest = Substring(text)
        while let found = WebDate.first(in: String(rest), dayFirst: dayFirst) {
            let before = rest.prefix(found.offset).suffix(24).lowercased()
            let start = rest.index(rest.startIndex, offsetBy: found.offset)
            if !WebNames.shared.updateLabels.contains(where: { before.contains($0) }) {
                return found.date
            }
            rest = rest[rest.index(after: start)...]
        }
        return nil
    }
}
