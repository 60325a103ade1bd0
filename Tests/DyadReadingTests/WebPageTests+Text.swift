import Foundation
import Testing
@testable import DyadText
@testable import DyadResources
@testable import DyadModel
@testable import DyadReading
@testable import DyadPipeline
@testable import DyadTestSupport

/// Pages written for these tests: main-text extraction (script traps, layout tables, related
/// lists inside the article, broken markup), encodings, and the pages going through the pipeline.
extension WebPageTests {
    // MARK: Main text

    /// What the reader knows of pages comes from the data files: the class names of
    /// `common/web.json` and the update labels of every language's `web.json`.
    @Test func theReadersNamesComeFromItsDataFiles() throws {
        let common = try ResourceLoader.decode(WebNamesFile.self, "common/web.json")
        #expect(WebNames.shared.furnitureWords.map { String(decoding: $0, as: UTF8.self) } == common.furniture_words)
        #expect(WebNames.shared.dateClasses.count == common.date_classes.count)
        let languages = ResourceLoader.availableLanguages()
        #expect(languages.allSatisfy { ResourceLoader.exists("\($0)/web.json") })
        for language in languages {
            let labels = try ResourceLoader.decode(WebLabelsFile.self, "\(language)/web.json").update_labels
            #expect(!labels.isEmpty && labels.allSatisfy { WebNames.shared.updateLabels.contains($0.lowercased()) }, "\(language)")
        }
    }

    @Test func furnitureNamesAreFragmentsOrWholeWords() {
        for name in ["box-related", "MostRead", "most_read", "comments-list", "social-share", "ads", "top-ad banner", "nav", "Breadcrumbs", "author"] {
            #expect(FurnitureNames.matches(name), "\(name)")
        }
        for name in ["detail-content", "head", "shadow", "article-body", "navy-title", "fck_detail", "sapo", "Nội dung"] {
            #expect(!FurnitureNames.matches(name), "\(name)")
        }
    }

    @Test func furnitureScriptsAndRelatedListsInsideTheArticleAreLeftOut() {
        let html = """
            <!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>Tin - Báo Mẫu</title>
            <style>p { color: red } /* Hôm 3/3, Nga và Mỹ hội đàm. */</style>
            <script>document.write("<p>Hôm 1/1, Nga và Mỹ hội đàm.</p>");</script></head>
            <body>
            <header><a href="/">Trang chủ</a><nav><ul><li><a href="/tg">Thế giới</a></li></ul></nav></header>
            <div class="breadcrumb"><a href="/">Trang chủ</a> › <a href="/tg">Thế giới</a></div>
            <article>
              <h1>Mỹ và Trung Quốc hội đàm</h1>
              <p class="sapo">Ngoại trưởng hai nước gặp nhau tại Bắc Kinh.</p>
              <script>var trap = "Hôm 2/2, Nga và Triều Tiên hội đàm.";</script>
              <noscript>Hôm 4/4, Pháp và Đức hội đàm.</noscript>
              \(Self.paragraph)
              <h2>Bối cảnh</h2>
              <p>Quan hệ hai nước<br>căng thẳng từ năm 2018.</p>
              <ul><li>Điểm thứ nhất của bài.</li><li>Điểm thứ hai của bài.</li></ul>
              <div class="box-related"><h3>Tin liên quan</h3><ul><li><a href="/a">Hôm 5/5, Anh và Pháp hội đàm</a></li></ul></div>
              <ul><li><a href="/b">Hôm 6/6, Nhật và Hàn hội đàm</a></li><li><a href="/c">Hôm 7/7, Ấn Độ và Nga hội đàm</a></li></ul>
              <p>Xem thêm: <a href="/d">Hôm 8/8, Nga và Ukraine điện đàm về lệnh ngừng bắn</a></p>
              <div id="comments"><p>Bạn đọc: Hôm 9/9, Mỹ và Nga sẽ gặp nhau.</p></div>
              <div class="social-share">Chia sẻ</div>
              <aside>Đọc nhiều: Hôm 10/10, Mỹ và Iran đàm phán.</aside>
              <form><p>Đăng ký nhận bản tin</p></form>
              <iframe src="/ad"></iframe>
              <div class="ads-300">Quảng cáo</div>
              <div style="display: none">Hôm 11/11, Mỹ và Cuba hội đàm.</div>
            </article>
            <div class="most-read"><p>Hôm 12/12, Mỹ và Nga hội đàm tại Geneva.</p></div>
            <footer>© Báo Mẫu. Hôm 13/1, Mỹ và Nga hội đàm.</footer>
            </body></html>
            """
        let document = Self.read(html)
        let expected = """
            Mỹ và Trung Quốc hội đàm

            Ngoại trưởng hai nước gặp nhau tại Bắc Kinh.

            Hôm 18/6, Ngoại trưởng Mỹ Antony Blinken đã có cuộc hội đàm với người đồng cấp Trung Quốc Tần Cương tại Bắc Kinh.

            Bối cảnh

            Quan hệ hai nước
            căng thẳng từ năm 2018.

            Điểm thứ nhất của bài.

            Điểm thứ hai của bài.

            """
        #expect(document.text == expected)
        #expect(document.warnings.isEmpty)
    }

    @Test func nestedLayoutTablesWithNoArticleElement() {
        let html = """
            <html><head><title>Tin thế giới</title></head><body>
            <table width="100%"><tr>
              <td class="left"><a href="/1">Trang chủ</a><br><a href="/2">Thế giới</a><br><a href="/3">Kinh tế</a><br><a href="/4">Thể thao</a></td>
              <td><table><tr><td>
                <font size="4"><b>Mỹ và Trung Quốc hội đàm tại Bắc Kinh</b></font>
                <p>Hôm 18/6, Ngoại trưởng Mỹ Antony Blinken đã có cuộc hội đàm với người đồng cấp Trung Quốc Tần Cương tại Bắc Kinh, theo Reuters.</p>
                <p>Hai bên nhất trí duy trì liên lạc, ổn định quan hệ và tiếp tục các cuộc trao đổi cấp cao trong thời gian tới.</p>
                <p>Ông Blinken cũng gặp Chủ tịch Trung Quốc Tập Cận Bình hôm 19/6, trước khi rời Bắc Kinh.</p>
              </td></tr></table></td>
              <td><a href="/x">Tin mới: Nga và Mỹ điện đàm</a><br><a href="/y">Tin mới: Pháp và Đức hội đàm</a></td>
            </tr></table>
            </body></html>
            """
        let text = Self.read(html).text
        #expect(text.contains("Hôm 18/6, Ngoại trưởng Mỹ Antony Blinken"))
        #expect(text.contains("Ông Blinken cũng gặp Chủ tịch Trung Quốc"))
        #expect(!text.contains("Thể thao"))
        #expect(!text.contains("Tin mới"))
        #expect(text.hasPrefix("Tin thế giới\n\n"))
    }

    @Test func teaserCardsAreNotTheArticle() {
        let cards = (1...4).map { "<article class=\"card\"><a href=\"/\($0)\">Tin số \($0) về ngoại giao</a></article>" }.joined()
        let body = (1...5).map { "<p>Đoạn \($0): Hôm 18/6, Ngoại trưởng Mỹ Antony Blinken đã có cuộc hội đàm với người đồng cấp Trung Quốc tại Bắc Kinh.</p>" }.joined()
        let html = "<html><body><h1>Tin chính</h1><div itemprop=\"articleBody\">\(body)</div>\(cards)</body></html>"
        let text = Self.read(html).text
        #expect(text.contains("Đoạn 1:"))
        #expect(text.contains("Đoạn 5:"))
        #expect(!text.contains("Tin số"))
    }

    @Test func noMetadataAtAll() {
        let document = Self.read("<p>Hôm qua, Mỹ và Trung Quốc hội đàm tại Bắc Kinh.<p>Hai bên nhất trí duy trì liên lạc.")
        #expect(document.metadata.published == nil)
        #expect(document.metadata.title == nil)
        #expect(document.metadata.url == nil)
        #expect(document.metadata.language == nil)
        #expect(document.text == "Hôm qua, Mỹ và Trung Quốc hội đàm tại Bắc Kinh.\n\nHai bên nhất trí duy trì liên lạc.\n")
    }

    @Test func brokenMarkupIsReadAsBrowsersRecoverIt() {
        let html = """
            <html><head><title>Tin</title><body><div><article><h1>Tin</h2>
            <p>Đoạn một, chưa đóng thẻ <b>đậm <i>nghiêng</b> tiếp</i>
            <p>Đoạn hai &amp; các thực thể: &#7879; &eacute;&nbsp;và&nbsp;khoảng trắng</span></b></em>
            <table><tr><td>Ô bảng không đóng
            <p>Đoạn ba <a href="/x">có liên kết</a> ở giữa câu dài hơn liên kết rất nhiều.
            </article><p>Sau bài
            """
        let document = Self.read(html)
        #expect(document.text.contains("Đoạn một, chưa đóng thẻ đậm nghiêng tiếp"))
        #expect(document.text.contains("Đoạn hai & các thực thể: ệ é và khoảng trắng"))
        #expect(document.text.contains("Đoạn ba có liên kết ở giữa câu"))
        #expect(Self.read("").warnings == ["the page is empty"])
        #expect(document.text.contains("Ô bảng không đóng"))
        #expect(!Self.read("\u{0}\u{1}<<<>>>").warnings.isEmpty)
    }

    /// `dyad explain` names the element each line came from.
    @Test func eachLineKnowsItsElement() {
        let html = """
            <html><head><meta property="og:title" content="Tin"></head><body><article id="bai">
            <p class="sapo lead">Mở đầu.</p><div class="noi-dung"><p>Một<br>Hai</p><ul><li>Ba</li></ul></div>
            </article></body></html>
            """
        let page = HTMLPage.read(Array(html.utf8), tracing: true)
        #expect(page.text == "Tin\n\nMở đầu.\n\nMột\nHai\n\nBa\n")
        #expect(page.lineSources == [1: "og:title, as the title", 3: "<p.sapo> in <article#bai>", 5: "<p> in <div.noi-dung>",
                                     6: "<p> in <div.noi-dung>", 8: "<li> in <div.noi-dung>"])
        // Untraced pages spend nothing on it.
        #expect(HTMLPage.read(Array(html.utf8)).paragraphSources.isEmpty)
    }

    /// Pages cut, spliced and sprinkled with bytes never crash the reader, and always give
    /// valid, composed text with `\n` line ends.
    @Test func mangledPagesGiveValidText() {
        var generator = SeededGenerator(seed: 22)
        let pieces = [Self.page(), Self.page(head: #"<script type="application/ld+json">{"@graph":[{"@type":"NewsArticle","datePublished":"#),
                      "<table><tr><td><p>Ô<td><br></table>", "<!-- <p>chú thích", "<![CDATA[ x ]]>", "&#xD800; &#0; &bogus; &#x1F600;",
                      "<meta charset=\"windows-1258\">", "<time datetime=\"9999-99-99\">", "<a href=\"/2023/02/30/\">x</a>", "\u{0}\r\n\u{FEFF}"]
        for _ in 0..<300 {
            var bytes: [UInt8] = []
            for _ in 0..<Int.random(in: 1...6, using: &generator) {
                let piece = Array(pieces.randomElement(using: &generator)!.utf8)
                let start = Int.random(in: 0..<piece.count, using: &generator)
                bytes += piece[start..<Int.random(in: start...piece.count, using: &generator)]
                if Bool.random(using: &generator) { bytes.append(UInt8.random(in: 0...255, using: &generator)) }
            }
            let document = Self.reader.webDocument(path: "mangled.html", bytes: bytes)
            #expect(!document.text.contains("\r"))
            #expect(Array(document.text.utf8) == Array(document.text.precomposedStringWithCanonicalMapping.utf8))
            if let published = document.metadata.published { #expect(WebDate.years.contains(published.year)) }
        }
    }

    // MARK: Encodings

    @Test func windows1258DeclaredInMetaIsComposed() throws {
        let url = Support.fixture("html/windows-1258.html")
        let bytes = try [UInt8](Data(contentsOf: url))
        #expect(!bytes.withUnsafeBufferPointer { TextDecoding.scanUTF8($0).isValid })
        let document = try DocumentReader(baseFolder: url.deletingLastPathComponent()).read(url)
        #expect(document.metadata.published?.iso == "2023-06-19")
        #expect(document.metadata.title == "Mỹ và Trung Quốc hội đàm")
        #expect(document.text.contains("Hôm 18/6, Ngoại trưởng Mỹ Antony Blinken đã có cuộc hội đàm với người đồng cấp Trung Quốc Tần Cương tại Bắc Kinh."))
        #expect(Array(document.text.utf8) == Array(document.text.precomposedStringWithCanonicalMapping.utf8))
        #expect(document.warnings.isEmpty)
        // The same bytes with no declaration are recognised by their combining tone bytes.
        let undeclared = bytes.replacing(Array("charset=windows-1258".utf8), with: Array("charset=nothing-here".utf8))
        #expect(HTMLPage.encoding(of: undeclared).name == "windows-1258")
    }

    @Test func windows1252DeclaredByMetaCharset() throws {
        let url = Support.fixture("html/windows-1252.html")
        let document = try DocumentReader(baseFolder: url.deletingLastPathComponent()).read(url)
        #expect(document.text.contains("“Candid and constructive,” said the State Department’s spokesman on Sunday — the café talks"))
        #expect(document.metadata.title == "Blinken meets Qin in Beijing")
        #expect(document.metadata.language == "en")
    }

    @Test func encodingDeclarationsAndTheirConflicts() {
        let utf8 = Array("<p>Việt Nam</p>".utf8)
        #expect(HTMLPage.encoding(of: [0xEF, 0xBB, 0xBF] + utf8).name == "UTF-8")
        #expect(HTMLPage.encoding(of: utf8).name == "UTF-8")
        #expect(HTMLPage.encoding(of: Array(#"<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1">"#.utf8)).name == "windows-1252")
        #expect(HTMLPage.encoding(of: utf8, declared: "windows-1258").name == "windows-1258")
        // Declared UTF-8 but not: read in the code page the bytes look like, with a warning.
        let latin = Array("<meta charset=\"utf-8\"><p>caf".utf8) + [0xE9] + Array("</p>".utf8)
        let overruled = HTMLPage.encoding(of: latin)
        #expect(overruled.name == "windows-1252")
        #expect(overruled.warning != nil)
        #expect(HTMLPage.encoding(of: Array("<meta charset=klingon-42>".utf8)).warning?.contains("klingon-42") == true)
        // UTF-16 with a BOM; a page that says UTF-16 but is served as UTF-8 bytes.
        let page16 = "<html><head><meta charset=\"utf-16\"><title>Tin</title></head><body><p>Hôm qua, Mỹ và Trung Quốc hội đàm.</p></body></html>"
        var little: [UInt8] = [0xFF, 0xFE]
        for unit in page16.utf16 { little += [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
        #expect(Self.reader.webDocument(path: "u16.html", bytes: little).text == "Tin\n\nHôm qua, Mỹ và Trung Quốc hội đàm.\n")
        #expect(HTMLPage.encoding(of: Array(page16.utf8)).name == "UTF-8")
        #expect(Self.read(page16).text == "Tin\n\nHôm qua, Mỹ và Trung Quốc hội đàm.\n")
        // UTF-8 text with a BOM in a page
        let page = Self.read("\u{FEFF}<html><body><p>Bắc Kinh</p></body></html>")
        #expect(page.text == "Bắc Kinh\n")
    }

    /// Bytes that the declared code page does not define: libxml2 reports a conversion error and
    /// stops; the bytes are made `?` and the page read again, with a warning; nothing reaches
    /// standard error.
    @Test func conversionErrorsBecomeWarningsNotStandardError() throws {
        let bytes = Array("<html><head><meta charset=\"windows-1252\"></head><body><p>Hai ben hoi dam ".utf8)
            + [0x81, 0x8D, 0x8F] + Array(" va nhat tri.</p><p>Doan hai.</p></body></html>".utf8)
        let document = Self.reader.webDocument(path: "bad.html", bytes: bytes)
        #expect(document.warnings == ["3 bytes that windows-1252 does not define read as '?'"])
        #expect(document.text == "Hai ben hoi dam ??? va nhat tri.\n\nDoan hai.\n")

        let folder = Support.temporaryFolder()
        let file = folder.appendingPathComponent("bad.html")
        try Data(bytes).write(to: file)
        let executable = try #require(Support.dyadExecutable, "dyad is not built: run `swift build` first")
        let process = Process()
        process.executableURL = executable
        process.arguments = ["build", file.path, "--out", folder.appendingPathComponent("out").path, "--format", "json"]
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = Pipe()
        try process.run()
        let text = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        let lines = text.split(separator: "\n")
        #expect(lines.allSatisfy { $0.hasPrefix("warning: ") || $0.hasPrefix("note: ") }, "\(text)")
        #expect(lines.contains { $0.contains("bad.html") && $0.contains("does not define") })
    }

    // MARK: Into the pipeline

    @Test func aPageIsDetectedByItsContentAndGoesThroughThePipeline() throws {
        let folder = Support.temporaryFolder()
        let html = Self.page(head: #"<meta property="article:published_time" content="2023-06-19T08:00:00+07:00">"#)
        for name in ["a.html", "b.htm", "c.xhtml", "d.txt"] {
            try Data(html.utf8).write(to: folder.appendingPathComponent(name))
        }
        try Data("Văn bản thường.".utf8).write(to: folder.appendingPathComponent("e.txt"))
        let files = InputCollector().collect([folder.path]).files.map(\.lastPathComponent)
        #expect(files == ["a.html", "b.htm", "c.xhtml", "d.txt", "e.txt"])

        let reader = DocumentReader(baseFolder: folder)
        let saved = try reader.read(folder.appendingPathComponent("d.txt"))
        #expect(saved.metadata.publishedOrigin == .meta)
        #expect(saved.text.hasPrefix("Mỹ và Trung Quốc hội đàm\n\nHôm 18/6"))

        let timeline = Support.timeline([saved])
        let event = try #require(timeline.events.first)
        #expect(event.date.iso == "2023-06-18")
        #expect(event.pair == "CHN-USA")
        // Line numbers refer to the extracted text.
        #expect(event.mentions.first?.line == 3)
        #expect(timeline.documents.first?.metadata.publishedOrigin == .meta)
    }
}
