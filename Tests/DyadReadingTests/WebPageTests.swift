import Foundation
import Testing
@testable import DyadText
@testable import DyadResources
@testable import DyadModel
@testable import DyadReading
@testable import DyadPipeline
@testable import DyadTestSupport

/// Pages written for these tests: each metadata source alone and against the others (the main
/// text, encodings and the pipeline are in `WebPageTests+Text.swift`).
@Suite("Web pages: HTML to documents")
struct WebPageTests {
    static let reader = DocumentReader(baseFolder: URL(fileURLWithPath: "/tmp"))

    /// A page read as the reader reads a `.html` file.
    static func read(_ html: String, path: String = "page.html", reader: DocumentReader = reader) -> SourceDocument {
        reader.webDocument(path: path, bytes: Array(html.utf8))
    }

    /// A page with `head` in its head and `body` in an `<article>` after an `<h1>`.
    static func page(head: String = "", title: String = "Mỹ và Trung Quốc hội đàm", body: String = paragraph, lang: String = "vi") -> String {
        """
        <!DOCTYPE html>
        <html lang="\(lang)"><head><meta charset="utf-8"><title>\(title) - Báo Mẫu</title>
        \(head)
        </head><body>
        <article><h1>\(title)</h1>
        \(body)
        </article></body></html>
        """
    }

    static let paragraph = "<p>Hôm 18/6, Ngoại trưởng Mỹ Antony Blinken đã có cuộc hội đàm với người đồng cấp Trung Quốc Tần Cương tại Bắc Kinh.</p>"

    // MARK: Publication date, source by source

    @Test func jsonLDInsideGraphIsTrustedFirstAndItsModifiedDateIsNot() {
        let head = """
            <meta property="article:published_time" content="2023-06-17T10:00:00+07:00">
            <meta property="article:modified_time" content="2023-07-01T10:00:00+07:00">
            <script type="application/ld+json">
            {"@context": "https://schema.org", "@graph": [
              {"@type": "WebSite", "name": "Báo Mẫu"},
              {"@type": "WebPage", "datePublished": "2020-01-01"},
              {"@type": "NewsArticle", "dateModified": "2023-07-01T08:00:00+07:00", "datePublished": "2023-06-19T08:00:00+07:00"}]}
            </script>
            """
        let document = Self.read(Self.page(head: head))
        #expect(document.metadata.published?.iso == "2023-06-19")
        #expect(document.metadata.publishedOrigin == .jsonLD)
    }

    @Test func jsonLDListsTypeArraysAndBrokenJSON() {
        let list = #"<script type="application/ld+json">[{"@type":"Organization","name":"x"},{"@type":["ReportageNewsArticle"],"datePublished":"2022-03-04"}]</script>"#
        #expect(Self.read(Self.page(head: list)).metadata.published?.iso == "2022-03-04")
        // A raw line break inside a string and a trailing comma: the key is still found.
        let broken = "<script type=\"application/ld+json\">{\"@type\": \"NewsArticle\", \"headline\": \"a\nb\", \"datePublished\": \"2021-05-06T07:00:00Z\",}</script>"
        let document = Self.read(Self.page(head: broken))
        #expect(document.metadata.published?.iso == "2021-05-06")
        #expect(document.metadata.publishedOrigin == .jsonLD)
    }

    @Test func eachMetaTagGivesTheDateAndModifiedTagsNever() {
        let tags = [
            #"<meta property="article:published_time" content="2023-06-18T23:30:00-04:00">"#,
            #"<meta property="og:published_time" content="2023-06-18">"#,
            #"<meta itemprop="datePublished" content="2023-06-18T09:00:00+07:00">"#,
            #"<meta name="pubdate" content="2023-06-18 09:00:00">"#,
            #"<meta name="DC.date.issued" content="2023-06-18">"#,
            #"<meta name="parsely-pub-date" content="2023-06-18T02:00:00Z">"#,
            #"<meta name="sailthru.date" content="2023-06-18 09:15:00">"#,
            #"<meta name="publishdate" content="20230618">"#,
        ]
        for tag in tags {
            let head = #"<meta property="article:modified_time" content="2023-07-02"><meta name="lastmod" content="2023-07-02">"# + tag
            let document = Self.read(Self.page(head: head))
            // The day as the page writes it, never moved to another time zone.
            #expect(document.metadata.published?.iso == "2023-06-18", "\(tag)")
            #expect(document.metadata.publishedOrigin == .meta, "\(tag)")
        }
        let modifiedOnly = #"<meta property="article:modified_time" content="2023-07-02"><meta property="og:updated_time" content="2023-07-02">"#
            + #"<script type="application/ld+json">{"@type":"NewsArticle","dateModified":"2023-07-02"}</script>"#
        #expect(Self.read(Self.page(head: modifiedOnly, body: "<p>Không có ngày nào ở đây cả.</p>")).metadata.published == nil)
    }

    @Test func timeElementsPreferThePublishedOneOverTheUpdatedOne() {
        let body = """
            <p><time class="updated" datetime="2023-07-02T10:00">2/7</time> <time datetime="2023-06-18T09:00:00+07:00" class="published">18/6</time></p>
            \(Self.paragraph)
            """
        let document = Self.read(Self.page(body: body))
        #expect(document.metadata.published?.iso == "2023-06-18")
        #expect(document.metadata.publishedOrigin == .timeElement)
        let itemprop = Self.read(Self.page(body: #"<span itemprop="datePublished" content="2023-06-17">hôm qua</span>"# + Self.paragraph))
        #expect(itemprop.metadata.published?.iso == "2023-06-17")
        #expect(itemprop.metadata.publishedOrigin == .timeElement)
    }

    /// The site's logo in an `<h1>` is not the headline, and the dates of a related list or
    /// a side column are not the article's.
    @Test func logoHeadlinesAndOtherArticlesDatesAreNotTheArticles() {
        let html = """
            <html><body><header><h1><a href="/">Báo Mẫu</a></h1></header>
            <aside><ul><li><a href="/x">Tin cũ</a> <time datetime="2019-01-01">1/1/2019</time></li></ul></aside>
            <article><h1>Mỹ và Trung Quốc hội đàm</h1><p>Ngày đăng: 18/06/2023</p>\(Self.paragraph)
            <div class="related-news"><time pubdate datetime="2020-02-02">2/2/2020</time></div></article></body></html>
            """
        let document = Self.read(html)
        #expect(document.metadata.title == "Mỹ và Trung Quốc hội đàm")
        #expect(document.metadata.published?.iso == "2023-06-18")
        #expect(document.metadata.publishedOrigin == .byline)
        #expect(document.text.hasPrefix("Mỹ và Trung Quốc hội đàm\n\nNgày đăng: 18/06/2023\n\nHôm 18/6"))
    }

    @Test func datesInTheAddress() {
        let addresses = [
            "https://example.com/world/2023/06/18/blinken-beijing/",
            "https://example.com/world/2023-06-18/blinken-beijing",
            "https://example.com/20230618/blinken.html",
            "https://tuoitre.example.vn/my-va-trung-quoc-hoi-dam-20230618094512345.htm",
        ]
        for address in addresses {
            let document = Self.read(Self.page(head: "<link rel=\"canonical\" href=\"\(address)\">", body: "<p>Hai bên hội đàm.</p>"))
            #expect(document.metadata.published?.iso == "2023-06-18", "\(address)")
            #expect(document.metadata.publishedOrigin == .url, "\(address)")
            #expect(document.metadata.url == address)
        }
        // A month alone in the address dates the page to the month, and a byline in another
        // month (a site header's date of the crawl) is not taken.
        let monthly = Self.page(head: #"<link rel="canonical" href="https://bao.example.vn/chinh-tri/201207/hom-nay-107-3672539">"#,
                                body: "<div class=\"date\">Thứ tư, 18/03/2026</div>" + Self.paragraph)
        let approximate = Self.read(monthly).metadata
        #expect(approximate.published == nil)
        #expect(approximate.publishedApproximately == FuzzyDate(year: 2012, month: 7))
        #expect(approximate.publishedOrigin == .url)
        #expect(WebDate.monthInURL("https://x.example/2023/06/blinken-beijing") == FuzzyDate(year: 2023, month: 6))
        #expect(WebDate.monthInURL("https://x.example/news/457134.vnp") == nil)
        #expect(WebDate.monthInURL("https://x.example/secretary/rm/2012/09/197343.htm") == FuzzyDate(year: 2012, month: 9))
        #expect(WebDate.monthInURL("https://x.example/en/noticia/2024-11/brazil-china-sign") == FuzzyDate(year: 2024, month: 11))
        #expect(WebDate.inURL("http://x.example/2023/0606/850276.html")?.iso == "2023-06-06")
        #expect(WebDate.inURL("http://x.example/article/idUSL8N13L46E20151126")?.iso == "2015-11-26")
        #expect(WebDate.inURL("https://x.example/20092013clinton/rm/") == nil)
        #expect(WebDate.parse("UrduPoint News / Sputnik - 16th June, 2023")?.iso == "2023-06-16")
        let agreeing = Self.page(head: #"<link rel="canonical" href="https://x.example/2012/07/a">"#, body: "<p>10/07/2012 16:23</p>" + Self.paragraph)
        #expect(Self.read(agreeing).metadata.published?.iso == "2012-07-10")
        // Identifiers and dates outside the path are not dates.
        #expect(WebDate.inURL("https://vnexpress.example.net/my-trung-4622222123.html") == nil)
        #expect(WebDate.inURL("https://example.com/news?date=2023-06-18") == nil)
        #expect(WebDate.inURL("https://20230618.example.com/a") == nil)
    }

    @Test func bylineNearTheTitleSkippingTheUpdateDate() {
        let vietnamese = Self.page(body: "<div class=\"meta\">Cập nhật: 20/06/2023 - Đăng ngày 19/06/2023 08:00</div>" + Self.paragraph)
        let document = Self.read(vietnamese)
        #expect(document.metadata.published?.iso == "2023-06-19")
        #expect(document.metadata.publishedOrigin == .byline)
        // An English page writes the month first.
        let english = Self.page(title: "Blinken in Beijing", body: "<p class=\"byline\">By A. Writer, 06/05/2023</p><p>Blinken arrived.</p>", lang: "en")
        #expect(Self.read(english).metadata.published?.iso == "2023-06-05")
        let written = Self.page(title: "Blinken in Beijing", body: "<p>Updated June 20, 2023. Published June 18, 2023</p>", lang: "en-GB")
        #expect(Self.read(written).metadata.published?.iso == "2023-06-18")
        #expect(Self.read(Self.page(body: "<p>18 tháng 6 năm 2023 | Thế giới</p>")).metadata.published?.iso == "2023-06-18")
    }

    /// A date in an element whose class says so, even before the headline (as VnExpress
    /// prints it); an update's class is passed over.
    @Test func elementsMarkedAsTheDate() {
        let html = """
            <html><body><div class="header-content"><span class="date-updated">Thứ ba, 20/6/2023</span>
            <span class="date">Thứ hai, 19/6/2023, 08:00 (GMT+7)</span></div>
            <article><h1>Tin</h1><p>Hôm 21/6/2023 là ngày khác.</p>\(Self.paragraph)</article></body></html>
            """
        let document = Self.read(html)
        #expect(document.metadata.published?.iso == "2023-06-19")
        #expect(document.metadata.publishedOrigin == .byline)
        let abbr = Self.read(#"<html><body><h1>Tin</h1><abbr class="published" title="2023-06-17T10:00:00Z">hôm qua</abbr><p>Văn bản.</p></body></html>"#)
        #expect(abbr.metadata.published?.iso == "2023-06-17")
    }

    @Test func theMostTrustedSourceWinsWhenThePageHasSeveral() {
        let head = #"<meta name="pubdate" content="2023-06-17"><link rel="canonical" href="https://x.example/2023/06/16/a">"#
        let body = #"<time datetime="2023-06-15" pubdate>15/6</time><p>Đăng ngày 14/06/2023</p>"# + Self.paragraph
        #expect(Self.read(Self.page(head: head, body: body)).metadata.published?.iso == "2023-06-17")
        #expect(Self.read(Self.page(body: body)).metadata.published?.iso == "2023-06-15")
    }

    @Test func webDatesInTheirCommonShapes() {
        #expect(WebDate.parse("2023-06-18T23:30:00-04:00")?.iso == "2023-06-18")
        #expect(WebDate.parse("Sun, 18 Jun 2023 10:00:00 GMT")?.iso == "2023-06-18")
        #expect(WebDate.parse("June 18th, 2023")?.iso == "2023-06-18")
        #expect(WebDate.parse("18/06/2023 09:00")?.iso == "2023-06-18")
        #expect(WebDate.parse("06/18/2023", dayFirst: false)?.iso == "2023-06-18")
        #expect(WebDate.parse("05/06/2023", dayFirst: true)?.iso == "2023-06-05")
        #expect(WebDate.parse("ngày 18 tháng 6, 2023")?.iso == "2023-06-18")
        #expect(WebDate.parse("2023/6/18")?.iso == "2023-06-18")
        #expect(WebDate.parse("1718700000") == nil)
        #expect(WebDate.parse("31/02/2023") == nil)
        #expect(WebDate.parse("1850-01-01") == nil)
    }

    // MARK: Title, address, language, site

    @Test func titleAddressLanguageAndSite() {
        let head = """
            <meta property="og:title" content="Blinken gặp Tần Cương | Báo Mẫu">
            <meta property="og:site_name" content="Báo Mẫu">
            <meta property="og:url" content="https://baomau.example/og">
            <link rel="canonical" href="https://baomau.example/canonical">
            """
        let document = Self.read(Self.page(head: head))
        #expect(document.metadata.title == "Blinken gặp Tần Cương")
        #expect(document.metadata.url == "https://baomau.example/canonical")
        #expect(document.metadata.source == "Báo Mẫu")
        #expect(document.metadata.language == "vi")
        #expect(document.text.hasPrefix("Blinken gặp Tần Cương\n\n"))

        // No og:title: the h1; no h1: <title> without the site's name.
        #expect(Self.read(Self.page()).metadata.title == "Mỹ và Trung Quốc hội đàm")
        let bare = "<html><head><title>Mỹ và Trung Quốc hội đàm tại Bắc Kinh | Báo Mẫu</title><meta property=\"og:url\" content=\"https://x.example/a\"><meta property=\"og:locale\" content=\"en_US\"></head><body><p>Văn bản.</p></body></html>"
        let titled = Self.read(bare)
        #expect(titled.metadata.title == "Mỹ và Trung Quốc hội đàm tại Bắc Kinh")
        #expect(titled.metadata.url == "https://x.example/a")
        #expect(titled.metadata.language == "en")
    }

    @Test func thePageLanguageChoosesTheRules() throws {
        let library = try LanguageLibrary.load(defaultLanguage: "vi", extraAliases: [:])
        let english = Self.read(Self.page(title: "Talks", body: "<p>Hôm 18/6, Mỹ và Trung Quốc hội đàm.</p>", lang: "en-US"))
        let choice = library.choose(for: english)
        #expect(choice.language == "en")
        #expect(choice.basis == .given)
    }

    @Test func theConfigurationWinsOverThePage() {
        var configured = DocumentMetadata(published: CalendarDate(iso: "2020-01-02"), publishedOrigin: .config, title: "Tên do người dùng đặt")
        configured.language = nil
        let reader = DocumentReader(baseFolder: URL(fileURLWithPath: "/tmp"), configured: ["page.html": configured])
        let head = #"<meta property="article:published_time" content="2023-06-18"><link rel="canonical" href="https://x.example/a">"#
        let document = Self.read(Self.page(head: head), reader: reader)
        #expect(document.metadata.published?.iso == "2020-01-02")
        #expect(document.metadata.publishedOrigin == .config)
        #expect(document.metadata.title == "Tên do người dùng đặt")
        // What the configuration does not say still comes from the page.
        #expect(document.metadata.url == "https://x.example/a")
        #expect(document.metadata.language == "vi")
    }
}
