import Foundation
import Testing
@testable import DyadText
@testable import DyadResources
@testable import DyadModel
@testable import DyadReading
@testable import DyadCleaning
@testable import DyadPipeline
@testable import DyadTestSupport

@Suite("Cleaning: main body and page furniture")
struct CleaningTests {
    let cleaner = Cleaner(resources: Support.resources)

    /// An article of our own with an inline related box, a related list after it, timestamps
    /// and headlines printed twice.
    let page = """
        Nhật Bản và Hàn Quốc nối lại đối thoại an ninh

        Ngày 12/4, Ngoại trưởng Nhật Bản đã hội đàm với người đồng cấp Hàn Quốc tại Tokyo.
        Tin liên quan
        Hàn Quốc cân nhắc nới lỏng thị thựcHàn Quốc cân nhắc nới lỏng thị thực
        Hai bên nhất trí tăng cường trao đổi thông tin quốc phòng.
        Cuộc gặp kéo dài hai giờ, theo Bộ Ngoại giao Nhật Bản.
        Đọc thêm
        Giá vàng hôm nay 19/3/2026 giảm mạnh
        Giá vàng hôm nay 19/3/2026 giảm mạnh
        08:52:28 07/09/2025
        Thủ tướng Ấn Độ thăm Úc, hai nước ký nhiều văn kiện quan trọng.
        Mỹ công bố lệnh trừng phạt mới
        Mỹ công bố lệnh trừng phạt mới
        Ngày 20/9, Mỹ công bố lệnh trừng phạt mới nhắm vào các doanh nghiệp...
        """

    @Test func inlineBoxIsFurnitureButBodyResumesAfterIt() {
        let document = cleaner.clean(Support.document(page))
        let roles = Dictionary(uniqueKeysWithValues: document.lines.map { ($0.number, $0.role) })
        #expect(roles[3] == .body)
        #expect(roles[4] == .furniture("heading of a furniture block"))
        #expect(roles[5] == .furniture("headline printed twice"))
        #expect(roles[6] == .body)
        #expect(roles[7] == .body)
    }

    /// Lines keep their text as written (made from the document's bytes when read), blank ones

    /// A line of one sentence with a photo credit at its end is a caption: read for its dates
    /// (a year it states dates a page without a publication date), never for events. A
    /// paragraph with a caption run into its end, and a wire dateline's credit at a line's
    /// start, are prose.
    /// `READ | …`: an inline link to another article, set between the body's paragraphs.
    @Test func anInlineReadLinkIsFurniture() {
        let roles = Cleaner(resources: Support.english).clean(Support.document([
            "Chile and Peru resume talks", "",
            "Chile and Peru held talks in Lima on Monday.", "",
            "READ | Chile And Peru Sign Trade Pact In Lima Today", "",
            "The two sides will meet again in July.", "",
            "Trade between the two neighbours has doubled since the border reopened.",
        ].joined(separator: "\n"))).lines.map(\.role)
        guard case .furniture = roles[4] else { Issue.record("\(roles[4])"); return }
        #expect(roles[2] == .body && roles[6] == .body && roles[8] == .body)
    }

    @Test func aPhotosCaptionIsReadForDatesNotForEvents() throws {
        let caption = "Ngoại trưởng Chile (trái) gặp Ngoại trưởng Peru tại Lima ngày 12/6/2022. (Ảnh: Reuters)"
        let page = [
            "Chile và Peru nối lại đối thoại", "",
            caption,
            "Chiều 14/6, Tổng thống Chile đã điện đàm với Tổng thống Peru.", "",
            "Hai bên nhất trí nối lại đối thoại. Tổng thống Chile điện đàm với Tổng thống Peru. Ảnh: TTXVN", "",
            "Hai ngoại trưởng tại Lima trong cuộc gặp ngày 12/6/2022 - Ảnh: AFP", "",
            "Chiều 15/6, hai bên ra tuyên bố chung.",
        ].joined(separator: "\n")
        let document = cleaner.clean(Support.document(page))
        let roles = Dictionary(uniqueKeysWithValues: document.lines.map { ($0.number, $0.role) })
        #expect(roles[3] == .caption)
        #expect(roles[4] == .body)
        #expect(roles[6] == .body)
        #expect(roles[8] == .caption)
        #expect(roles[10] == .body)
        #expect(Set(document.sentences.filter(\.isCaption).map(\.line)) == [3, 8])
        let english = Cleaner(resources: Support.english).clean(Support.document([
            "Chile and Peru resume talks", "",
            "LIMA (Reuters) - Chile and Peru held talks on Monday, officials said.", "",
            "The Chilean and Peruvian ministers in Lima on June 12, 2022. (Photo: AFP)",
        ].joined(separator: "\n")))
        #expect(english.lines.map(\.role) == [.body, .blank, .body, .blank, .caption])
        // Its event is no event; its year is the page's, for the body's day without one.
        #expect(Support.events(caption, published: "2022-06-20").isEmpty)
        let timeline = Support.timeline([Support.document(page)])
        #expect(timeline.events.map { "\($0.date.iso) \($0.pair)" } == ["2022-06-14 CHL-PER", "2022-06-15 CHL-PER"])
    }

    /// A short line cut off with an ellipsis is a teaser of another article; a long one is a
    /// paragraph the page cut short (a site's excerpt), and a sentence whose list ends in `…`
    /// (etc.) is prose: both are body, and their events count.
    @Test func onlyAShortLineCutOffWithAnEllipsisIsATeaser() {
        let teaser = "Ngày 20/9, Mỹ công bố lệnh trừng phạt mới nhắm vào các doanh nghiệp..."
        let excerpt = "Ngày 14/6, Bộ Ngoại giao Peru đã triệu Đại sứ Chile để phản đối việc Quốc hội Chile thông qua một nghị quyết về"
            + " vùng biển tranh chấp giữa hai nước, đồng thời yêu cầu phía Chile tôn trọng phán quyết của Tòa án Công lý Quốc tế năm"
            + " 2014 và các thỏa thuận song phương đã ký kết trước đó giữa hai…"
        let list = "Hai nước hợp tác trên nhiều lĩnh vực: chính trị, kinh tế, thương mại, đầu tư, khoa học, công nghệ, giáo dục, văn hóa,"
            + " du lịch, y tế, lao động, nông nghiệp, an ninh, quốc phòng…"
        let document = cleaner.clean(Support.document(["Tiêu đề", "", "Câu đầu tiên của bài viết.", teaser, "", excerpt, "", list, "",
                                                       "Câu cuối cùng của bài viết."].joined(separator: "\n")))
        let roles = Dictionary(uniqueKeysWithValues: document.lines.map { ($0.number, $0.role) })
        #expect(roles[4] == .furniture("teaser cut off with an ellipsis"))
        #expect(roles[6] == .body)
        #expect(roles[8] == .body)
        #expect(Support.events(excerpt, published: "2023-06-16") == ["2023-06-14 CHL-PER statement"])
    }
    /// and white space included, and number as in the file.
    @Test func linesReadBackAsWritten() {
        let text = "Tiêu đề\n\n  Hôm 18/6, Mỹ và Nga hội đàm.\u{A0}\nTin liên quan:\n"
        let document = cleaner.clean(Support.document(text))
        #expect(document.lines.map(\.text) == text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init))
        #expect(document.lines.map(\.number) == Array(1...5))
        #expect(document.lines[3].role == .furniture("heading of a furniture block"))
    }

    /// Every listed heading is found however it is written, although only lines whose first
    /// word starts a heading are tokenised to look.
    @Test func everyHeadingIsFoundInAnyCaseAndWithAColon() throws {
        let file = try ResourceLoader.decode(FurnitureFile.self, "vi/furniture.json")
        let detector = Support.resources.furniture
        for heading in file.headings {
            for written in [heading, heading.uppercased() + ":", " " + heading.lowercased()] {
                let roles = detector.roles(of: ["Tiêu đề bài báo", written])
                #expect(roles[1] == .furniture("heading of a furniture block"), "\(written)")
            }
            // The heading's first word alone, or followed by more words, is no heading.
            let first = heading.split(separator: " ").first.map(String.init) ?? heading
            let longer = first + " ngoại giao song phương hôm nay"
            #expect(detector.roles(of: ["Tiêu đề bài báo", longer])[1] != .furniture("heading of a furniture block"), "\(longer)")
        }
    }

    @Test func tailAfterTheArticleIsFurnitureEvenItsSentences() {
        let document = cleaner.clean(Support.document(page))
        #expect(document.bodyRanges == [1...3, 6...7])
        let tail = document.lines.filter { $0.number >= 8 && !$0.text.isEmpty }
        #expect(tail.allSatisfy { if case .furniture = $0.role { return true } else { return false } })
        #expect(document.lines[10].role == .furniture("timestamp"))
        // A lone sentence between related items is a teaser, not body.
        #expect(document.lines[11].text.hasPrefix("Thủ tướng Ấn Độ"))
        #expect(document.lines[11].role == .furniture("after the article (related items)"))
    }

    @Test func articleWithoutFurnitureIsAllBody() {
        let document = cleaner.clean(Support.document("Tiêu đề\n\nCâu thứ nhất.\nCâu thứ hai."))
        #expect(document.bodyRanges == [1...4])
        #expect(document.sentences.count == 3)
        #expect(document.title == "Tiêu đề")
    }

    @Test func fileOfOnlyFurnitureHasNoBodySentences() {
        let document = cleaner.clean(Support.document("Tin liên quan\nĐọc thêm\n08:52:28 07/09/2025"))
        #expect(document.sentences.isEmpty)
        #expect(document.bodyRanges.isEmpty)
    }

    @Test func sentencesSplitAtEndersBeforeCapitals() {
        #expect(SentenceSplitter.split("Hai bên hội đàm. Sau đó, họ ký thỏa thuận! Còn gì nữa?") ==
                ["Hai bên hội đàm.", "Sau đó, họ ký thỏa thuận!", "Còn gì nữa?"])
        #expect(SentenceSplitter.split("Giá tăng 4.300 đồng. tiếp theo") == ["Giá tăng 4.300 đồng. tiếp theo"])
        #expect(SentenceSplitter.split("Ông nói: “Chúng tôi đồng ý.” Sau đó rời đi./.") ==
                ["Ông nói: “Chúng tôi đồng ý.”", "Sau đó rời đi./."])
        // No-break and zero-width spaces count as white space between and around sentences;
        // a sentence may start with a number, an opening quote or a Vietnamese capital.
        #expect(SentenceSplitter.split("\u{FEFF}\u{A0}Hôm qua họ gặp nhau.\u{A0}\u{200B}18 nước dự.  “Tốt” ông nói… Ấn Độ hoan nghênh!\u{2003}") ==
                ["Hôm qua họ gặp nhau.", "18 nước dự.", "“Tốt” ông nói…", "Ấn Độ hoan nghênh!"])
        #expect(" \u{A0}x y\u{200B}\u{3000}".trimmingWhitespace() == "x y")
        #expect("\u{A0}\u{200B}".trimmingWhitespace() == "")
    }

    @Test func doubledHeadlinesAndTimestampsAreRecognised() {
        let detector = Support.resources.furniture
        #expect(detector.isDoubled("Nga hiện triển khai binh sĩ?Nga hiện triển khai binh sĩ?"))
        #expect(detector.isDoubled("Mỹ sẵn sàng đàm phán Mỹ sẵn sàng đàm phán"))
        #expect(!detector.isDoubled("Mỹ sẵn sàng đàm phán với Triều Tiên"))
        #expect(detector.isTimestamp("08:52:28 07/09/2025"))
        #expect(!detector.isTimestamp("Ngày 7/9/2025 lúc 08:52"))
    }

    /// A numbered image caption is furniture; a line ending in a number without a caption
    /// marker, or with words after the marker's number, is not.
    @Test func numberedImageCaptionsAreFurniture() {
        let detector = Support.resources.furniture
        let title = "Tiêu đề bài báo"
        let sentence = "Ngày 18/6, Mỹ và Trung Quốc hội đàm tại Bắc Kinh."
        func role(_ line: String) -> LineRole { detector.roles(of: [title, sentence, line, sentence, sentence])[2] }
        #expect(role("Ngoại trưởng Blinken tại Bắc Kinh - Hình 2") == .furniture("image alt text"))
        #expect(role("Ngoại trưởng Blinken tại Bắc Kinh - Hình 12") == .furniture("image alt text"))
        #expect(role("Hai bên đã ký 12 thỏa thuận trong năm 2023") != .furniture("image alt text"))
        #expect(role("Ngoại trưởng Blinken - Hình 2 và Hình ba") != .furniture("image alt text"))
    }

    /// Lines that differ only in their white space (any kind, any length) are the same line
    /// repeated; lines that differ in a letter are not.
    /// A line's key is the key of the line written with single plain spaces, whichever way
    /// its spaces are written (the checked path for lines already written so, the rewriting
    /// path for the others), and its words are the runs between spaces and tabs.
    @Test func lineKeysAreThoseOfTheLineWithSinglePlainSpaces() {
        let detector = Support.resources.furniture
        let pieces = ["Mỹ", "và", "Trung Quốc", "“hội đàm”", "–", "ngày 18/6", "`x`", "\u{1}", "…", "Nguyễn", "a"]
        let gaps = [" ", " ", " ", "  ", "\t", "\u{A0}", "\u{3000}", "\u{2009}\u{200B}", " \u{A0} ", "\u{85}", " `"]
        var generator = SeededGenerator(seed: 11)
        var canonical: [UInt8] = []
        var keys: [UInt64: String] = [:]
        for _ in 0..<3_000 {
            var line = ""
            for index in 0..<Int.random(in: 1...9, using: &generator) {
                if index > 0 { line += gaps.randomElement(using: &generator)! }
                line += pieces.randomElement(using: &generator)!
            }
            let plain = line.unicodeScalars.split { ScalarTable.classify($0) == .space }.map { String(String.UnicodeScalarView($0)) }
                .joined(separator: " ")
            let words = line.utf8.split { $0 == 0x20 || $0 == 0x09 }.count
            let shape = Array(line.utf8).withUnsafeBufferPointer { detector.shape($0, canonical: &canonical) }
            let plainShape = Array(plain.utf8).withUnsafeBufferPointer { detector.shape($0, canonical: &canonical) }
            #expect(shape.key == plainShape.key, "\(line)")
            #expect(shape.words == words, "\(line)")
            #expect(keys[shape.key, default: plain] == plain, "\(line)")
            keys[shape.key] = plain
        }
        #expect(keys.count > 1_000)
    }

    @Test func repeatedLinesIgnoreTheirWhiteSpace() {
        let detector = Support.resources.furniture
        let title = "Tiêu đề bài báo"
        let sentence = "Hôm 18/6, Mỹ và Nga hội đàm tại Moscow."
        func roles(_ first: String, _ second: String) -> [LineRole] {
            detector.roles(of: [title, sentence, first, sentence, second, sentence, sentence])
        }
        let line = "Mỹ và Nga bàn về hợp tác kinh tế"
        for variant in ["Mỹ  và\u{A0}Nga bàn về\u{3000}hợp tác kinh tế", "Mỹ và Nga bàn về\u{2009}\u{200B} hợp tác kinh tế", " Mỹ và Nga bàn về hợp tác kinh tế\u{A0}"] {
            #expect(roles(line, variant)[2] == .furniture("repeated elsewhere in the page"), "\(variant)")
        }
        #expect(roles(line, "Mỹ và Nga bàn về hợp tác kinh tệ")[2] != .furniture("repeated elsewhere in the page"))
        #expect(roles(line, "Mỹ và Nga bàn về hợptác kinh tế")[2] != .furniture("repeated elsewhere in the page"))
    }

    /// A lead printed again after a photo and its caption is the article's, once: the first
    /// print is body, the second furniture. A headline printed twice, a short line, or a lead
    /// printed again far down the page stays furniture.
    @Test func aLeadPrintedAgainAfterAPhotoIsBodyOnce() {
        let detector = Support.resources.furniture
        let title = "Bộ trưởng Ngoại giao Hàn Quốc sắp thăm Việt Nam"
        let lead = "Nhận lời mời của Bộ trưởng Ngoại giao Việt Nam, Bộ trưởng Ngoại giao Hàn Quốc sẽ thăm chính thức Việt Nam từ ngày 20 đến ngày 22/3 theo lời mời của phía Việt Nam."
        let caption = "Bộ trưởng Ngoại giao Hàn Quốc. |"
        let body = ["Chuyến thăm diễn ra trong bối cảnh quan hệ hai nước phát triển tốt đẹp.", "Hai bên sẽ trao đổi về hợp tác kinh tế và các vấn đề khu vực."]
        let roles = detector.roles(of: [title, "", lead, "", caption, "", lead, ""] + body)
        #expect(roles[2] == .body)
        #expect(roles[6] == .furniture("repeated elsewhere in the page"))
        #expect(roles[8] == .body && roles[9] == .body)
        // Short lines printed twice stay furniture, both prints.
        let short = "Hàn Quốc và Việt Nam thúc đẩy hợp tác"
        let shortRoles = detector.roles(of: [title, "", short, "", caption, "", short, ""] + body)
        #expect(shortRoles[2] == .furniture("repeated elsewhere in the page"))
        // Printed again far down the page (a teaser in two lists), neither print is the article's.
        let filler = (1...8).map { "Đoạn \($0) của bài viết nói về quan hệ hai nước trong nhiều năm qua." }
        let farRoles = detector.roles(of: [title, "", lead] + filler + [lead] + body)
        #expect(farRoles[2] == .furniture("repeated elsewhere in the page"))
    }

    /// A page that prints its lead again right after its photo keeps the first copy: a
    /// punctuated line of twenty words or more near the page's top, printed again within a few
    /// lines, is the article's sentence; later copies, short repeated lines and teasers printed
    /// twice further down stay furniture.
    @Test func aLeadPrintedTwiceKeepsItsFirstCopy() {
        let detector = Support.resources.furniture
        let lead = "Ngoại trưởng Argentina sẽ thăm chính thức Chile từ ngày 13 đến ngày 15/3 theo lời mời của người đồng cấp, nhằm bàn về hợp tác kinh tế và biên giới."
        let roles = detector.roles(of: ["Ngoại trưởng Argentina thăm Chile", lead, "Ngoại trưởng Argentina. |", lead,
                                        "Hai bên sẽ ký nhiều văn kiện hợp tác.", "Hai nước có quan hệ hữu nghị lâu đời."])
        #expect(roles[1] == .body)
        #expect(roles[3] == .furniture("repeated elsewhere in the page"))
        let line = "Mỹ và Nga bàn về hợp tác kinh tế."
        let short = detector.roles(of: ["Tiêu đề bài báo", line, "Hôm 18/6, Mỹ và Nga hội đàm tại Moscow.", line, "Hai bên ký thỏa thuận."])
        #expect(short[1] == .furniture("repeated elsewhere in the page"))
        // Far from the top, a long teaser printed twice in a related box is furniture both times.
        let body = (1...8).map { "Câu thứ \($0) của bài báo nói về quan hệ hai nước." }
        let teaser = "Vì sao hai nước láng giềng ở Nam Mỹ lại tranh cãi suốt nhiều năm qua về một vùng biển nhỏ nằm giữa hai bờ biên giới?"
        let page = detector.roles(of: ["Tiêu đề bài báo"] + body + ["Tin liên quan", teaser, "Thế giới", teaser])
        #expect(page[10] != .body && page[12] != .body)
    }
}

@Suite("Cleaning: hostile line lengths")
struct LongLineTests {
    @Test func tenMegabytesOnOneLineStayLinearAndKeepTheRealSentences() {
        // 10 MB of unpunctuated word salad on one line, with one real sentence at the end.
        let salad = String(repeating: "hợp tác kinh tế khu vực ", count: 10_000_000 / 29)
        let text = "Tiêu đề\n" + salad + ". Ngày 18/6, Mỹ và Trung Quốc đã hội đàm tại Bắc Kinh.\n"
        #expect(text.utf8.count > 10_000_000)
        let sentences = SentenceSplitter.split(salad)
        #expect(sentences.allSatisfy { $0.utf8.count <= SentenceSplitter.maximumLength })
        #expect(sentences.count > 10_000_000 / SentenceSplitter.maximumLength)
        let events = Support.timeline([Support.document(text, published: "2023-06-20")]).events
        #expect(events.map { "\($0.date.iso) \($0.pair)" } == ["2023-06-18 CHN-USA"])
    }

    /// The cleaner tokenises sentences straight from the document's bytes; they must be the
    /// sentences `split` gives for each body line, cut pieces of an over-long one included.
    @Test func tokenisedSentencesAreTheSplitSentences() {
        let paragraphs = [
            "Hai bên hội đàm. Sau đó, họ ký thỏa thuận! Còn gì nữa?",
            "\u{A0}Hôm qua họ gặp nhau.\u{A0}\u{200B}18 nước dự.  “Tốt” ông nói… Ấn Độ hoan nghênh!\u{2003}",
            "Mở đầu. " + String(repeating: "hợp tác kinh tế khu vực ", count: 300) + "kết thúc. Ngày 18/6, Mỹ gặp Nga.",
            "Ông Blinken nói: “Chúng tôi đồng ý.” Sau đó rời đi.",
        ]
        let cleaner = Cleaner(resources: Support.resources)
        let document = cleaner.clean(Support.document("Tiêu đề bài báo\n\n" + paragraphs.joined(separator: "\n\n") + "\n"))
        let body = document.lines.filter(\.role.isBody)
        #expect(body.count == 1 + paragraphs.count)
        var expected: [String] = []
        for line in body { expected += SentenceSplitter.split(line.text) }
        #expect(document.sentences.map(\.text) == expected)
        #expect(document.sentences.map(\.tokens.texts) == expected.map { Tokenizer.tokenize($0).texts })
        #expect(document.sentences.count > 8)
    }

    @Test func cuttingNeverSplitsALetter() {
        let word = "Nguyễn"
        let long = String(repeating: word, count: SentenceSplitter.maximumLength)
        let pieces = SentenceSplitter.split(long)
        #expect(pieces.count > 1)
        #expect(pieces.joined() == long)
        #expect(pieces.allSatisfy { $0.utf8.count <= SentenceSplitter.maximumLength })
    }
}

@Suite("Text: the scalar table")
struct ScalarTableTests {
    /// The table fills only the blocks Vietnamese text is made of; every other scalar is
    /// classified directly. Both ways must give the same answers.
    @Test func tableAndDirectClassificationAgreeOnEveryScalar() {
        let table = ScalarTable.shared
        var checked = 0
        for value in UInt32(0)..<0x3000 {
            guard let scalar = Unicode.Scalar(value) else { continue }
            #expect(table.kind(value) == ScalarTable.classify(scalar), "U+\(String(value, radix: 16))")
            #expect(table.lower(value) == ScalarTable.lowered(scalar), "U+\(String(value, radix: 16))")
            #expect(table.isUpper(value) == scalar.properties.isUppercase, "U+\(String(value, radix: 16))")
            checked += 1
        }
        #expect(checked > 10_000)
    }

    /// The splitter reads only bytes that can start a sentence end; every scalar classed as one
    /// must start with such a byte, or sentences ending with it would not be split.
    @Test func everySentenceEndStartsWithAByteTheSplitterReads() {
        var ends: [UInt32] = []
        for value in UInt32(0)...0x10FFFF {
            guard let scalar = Unicode.Scalar(value), ScalarTable.classify(scalar) == .sentenceEnd else { continue }
            ends.append(value)
            #expect(SentenceSplitter.endLeadBytes[Int(Array(String(scalar).utf8)[0])], "U+\(String(value, radix: 16))")
        }
        #expect(ends.count == 4)
        #expect(SentenceSplitter.endLeadBytes.filter { $0 }.count == 4)
        // The eight-byte test marks exactly those bytes, at every place among any others.
        for fill in [0x41, 0x2D, 0x2F, 0xE1, 0xE3, 0xAE, 0xFF, 0x00] as [UInt8] {
            for value in UInt8.min...UInt8.max {
                for place in 0..<8 {
                    var bytes = [UInt8](repeating: fill, count: 8)
                    bytes[place] = value
                    let word = bytes.withUnsafeBytes { UInt64(littleEndian: $0.loadUnaligned(as: UInt64.self)) }
                    let expected = bytes.indices.reduce(UInt64(0)) { mask, index in
                        SentenceSplitter.endLeadBytes[Int(bytes[index])] ? mask | 0x80 << UInt64(8 * index) : mask
                    }
                    #expect(SentenceSplitter.endLeadBytesIn(word) == expected, "\(bytes)")
                }
            }
        }
    }

    /// Scans over bytes ask whether an ASCII byte is white space with one bit test, and decode a
    /// multi-byte scalar to ask only when its first two bytes may start a space: every scalar
    /// classed as a space must pass.
    @Test func everySpacePassesTheByteFilters() {
        let table = ScalarTable.shared
        for byte in UInt8(0)..<0x80 {
            #expect(table.isASCIISpace(byte) == (ScalarTable.classify(Unicode.Scalar(byte)) == .space), "\(byte)")
        }
        var spaces = 0
        var passing = 0
        for value in UInt32(0x80)...0x10FFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let bytes = Array(String(scalar).utf8)
            let passes = table.mayStartSpace(lead: bytes[0], second: bytes[1])
            if passes { passing += 1 }
            guard ScalarTable.classify(scalar) == .space else { continue }
            spaces += 1
            #expect(passes, "U+\(String(value, radix: 16))")
        }
        #expect(spaces >= 18)
        // The filter lets few scalars through: the Vietnamese letters of U+1EA0–U+1EF9 never.
        #expect(passing < 1_000)
        #expect(!"ạầểữỹ".unicodeScalars.contains { table.mayStartSpace(lead: Array(String($0).utf8)[0], second: Array(String($0).utf8)[1]) })
    }

    @Test func linesAreSplitAtEveryLineEndWithEmptyLinesKept() {
        for text in ["", "\n", "a", "a\n", "\na", "a\n\nb", "một\nhai\n\n\nba\n", String(repeating: "x\n", count: 1_000)] {
            let bytes = Array(text.utf8)
            let lines = Cleaner.lineRanges(of: bytes).map { String(decoding: bytes[$0], as: UTF8.self) }
            #expect(lines == text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init), "\(text.debugDescription)")
        }
    }

}

extension CleaningTests {
    @Test func aFileOfOnlyFurnitureGivesNoEventsAndNoBody() {
        let text = """
        Tin liên quan
        Mỹ và Trung Quốc hội đàm ngày 3/5
        08:52:28 07/09/2025
        Ngoại trưởng Mỹ gặp người đồng cấp Trung Quốc tại Bắc Kinh hôm 18/6...
        Đọc thêm
        Nga và Trung Quốc điện đàm ngày 7/6
        08:12:01 07/09/2025
        """
        let clean = Cleaner(resources: Support.resources).clean(Support.document(text))
        #expect(clean.sentences.isEmpty)
        #expect(Support.events(text) == [])
    }
}
