import Testing
@testable import DyadText
@testable import DyadResources
@testable import DyadModel
@testable import DyadReading
@testable import DyadCleaning
@testable import DyadActors
@testable import DyadDates
@testable import DyadEvents
@testable import DyadMerging
@testable import DyadPipeline
@testable import DyadTestSupport

@Suite("Merging: one entry per real event")
struct MergingTests {
    @Test func oneEventReportedTwiceIsOneEntryWithBothMentions() throws {
        let text = """
            Hôm 18/6, Ngoại trưởng Mỹ Antony Blinken đã hội đàm với người đồng cấp Trung Quốc Tần Cương.
            Theo Tân Hoa xã, ngày 18/6, Bộ trưởng Ngoại giao Trung Quốc Tần Cương đã hội đàm với Antony Blinken.
            """
        let events = Support.timeline([Support.document(text, published: "2023-06-19")]).events
        #expect(events.count == 1)
        #expect(try #require(events.first).mentions.map(\.line) == [1, 2])
    }

    @Test func meetingsWithDifferentOfficeholdersOnOneDayStayTwo() {
        let text = """
            Ngày 19/6, Ngoại trưởng Blinken đã hội đàm với Vương Nghị tại Bắc Kinh.
            Ngày 19/6, Ngoại trưởng Blinken đã gặp Chủ tịch Trung Quốc Tập Cận Bình.
            """
        let events = Support.timeline([Support.document(text, published: "2023-06-20")]).events
        #expect(events.count == 2)
        #expect(Set(events.map(\.type)) == [.talks, .meet])
    }

    @Test func aReportJoinsTheEventThatNamesTheSameOfficeholders() {
        // Three reports of one day and pair: the first and third name the foreign minister,
        // the second the president. Two events; the third report joins the first.
        let text = """
            Ngày 19/6, Ngoại trưởng Blinken đã gặp Vương Nghị tại Bắc Kinh.
            Ngày 19/6, Ngoại trưởng Blinken đã gặp Chủ tịch Trung Quốc Tập Cận Bình.
            Ngày 19/6, Ngoại trưởng Antony Blinken cũng đã gặp Vương Nghị.
            """
        let events = Support.timeline([Support.document(text, published: "2023-06-20")]).events
        #expect(events.count == 2)
        #expect(events.map { $0.mentions.map(\.line) }.sorted { $0.count > $1.count } == [[1, 3], [2]])
    }

    @Test func reportsInTwoArticlesMergeAcrossDocuments() throws {
        let first = Support.document("Ngày 7/6, Trung Quốc và Nga đã điện đàm về Triều Tiên.", path: "a.txt", published: "2021-06-08")
        let second = Support.document("Hôm qua (7/6), Nga điện đàm với Trung Quốc.", path: "b.txt", published: "2021-06-08")
        let events = Support.timeline([second, first]).events
        #expect(events.count == 1)
        #expect(try #require(events.first).mentions.map(\.document) == ["a.txt", "b.txt"])
    }

    @Test func differentKindsOnOneDayStaySeparate() {
        let text = """
            Ngày 3/5, Mỹ hội đàm với Trung Quốc.
            Ngày 3/5, Mỹ áp lệnh trừng phạt đối với Trung Quốc.
            """
        let events = Support.timeline([Support.document(text, published: "2023-05-04")]).events
        #expect(events.map(\.type) == [.sanction, .talks])
    }

    @Test func timelineIsSortedByDateThenPairThenType() {
        let text = """
            Ngày 9/5, Nhật Bản hội đàm với Hàn Quốc.
            Ngày 3/5, Mỹ hội đàm với Trung Quốc.
            Ngày 3/5, Anh Quốc ký thỏa thuận với Pháp.
            """
        let events = Support.timeline([Support.document(text, published: "2023-05-10")]).events
        #expect(events.map { "\($0.date.iso) \($0.pair)" } == ["2023-05-03 CHN-USA", "2023-05-03 FRA-GBR", "2023-05-09 JPN-KOR"])
        #expect(events.map(\.id) == ["e1", "e2", "e3"])
    }

    /// An event's mentions are each kept once, in order: the same sentence reported twice is one
    /// mention; the same line with other text, or another line or document, is another.
    @Test func mentionsAreSortedAndEachKeptOnce() {
        func mention(_ document: String, _ line: Int, _ text: String) -> EventMention {
            EventMention(document: document, line: line, text: text)
        }
        let mentions = [mention("b.txt", 3, "Mỹ và Nga hội đàm."), mention("a.txt", 10, "Hội đàm."), mention("a.txt", 9, "Hội đàm."),
                        mention("b.txt", 3, "Mỹ và Nga hội đàm."), mention("a.txt", 9, "Hội đàm."), mention("a.txt", 9, "Gặp."),
                        mention("a.txt", 9, "Ho\u{302}\u{323}i đàm.")]
        let distinct = mentions.sortedDistinct()
        #expect(distinct == Array(Set(mentions)).sorted())
        #expect(distinct.count == 4)
        #expect(zip(distinct, distinct.dropFirst()).allSatisfy { $0 < $1 })
        for count in [0, 1, 2, 50] {
            let numbers = (0..<count).map { ($0 * 7919) % 13 }
            #expect(numbers.sortedDistinct() == Array(Set(numbers)).sorted())
        }
    }
}
