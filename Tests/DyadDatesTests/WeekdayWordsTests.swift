import Testing
@testable import DyadText
@testable import DyadResources
@testable import DyadModel
@testable import DyadDates
@testable import DyadPipeline
@testable import DyadTestSupport

/// Weekdays written in lower case, later weekdays of one sentence, and `hồi tháng …`.
@Suite("Dates: weekday words and the past of `hồi`")
struct WeekdayWordsTests {
    /// The expressions of a sentence and their dates, against a publication date (a Thursday).
    func resolve(_ sentence: String, in language: LanguageResources = Support.resources, published: String = "2023-06-15") -> [String] {
        let scanner = DateScanner(lexicon: language.dates)
        let found = scanner.scan(Tokenizer.tokenize(sentence)).map { (sentence: 0, line: 1, expression: $0) }
        return DateResolver().resolve(found, anchor: .published(CalendarDate(iso: published)!)).map { dated in
            dated.expression.text + " " + (dated.resolved?.start.iso ?? "?")
        }
    }

    /// `thứ ba` is Tuesday or `third`: after a word that only a day follows (`hôm`, `sáng`,
    /// `vào`) it is the weekday; after `lần`, `ngày` or nothing, an ordinal.
    @Test func aLowerCaseWeekdayIsOneOnlyAfterADayCue() {
        #expect(resolve("Hôm thứ ba, hai bộ trưởng sẽ thảo luận về hợp tác.") == ["Hôm thứ ba 2023-06-20"])
        #expect(resolve("Sáng thứ hai vừa qua, hai bên điện đàm.") == ["Sáng thứ hai vừa qua 2023-06-12"])
        #expect(resolve("Chiều thứ năm, hai ngoại trưởng gặp nhau.") == ["Chiều thứ năm 2023-06-15"])
        #expect(resolve("Đây là lần thứ ba hai bên gặp nhau.").isEmpty)
        #expect(resolve("Thứ hai, hai nước cần tăng cường trao đổi.").isEmpty)
        #expect(resolve("Ngày thứ ba của chuyến thăm, đoàn tới Đà Nẵng.").isEmpty)
    }

    /// `talks Friday …, followed by more talks Saturday`: a later weekday that nothing else
    /// places falls later in the week of the weekday before it, even where the nearest such
    /// day before the publication date would be a week earlier.
    @Test func aLaterWeekdayOfTheSentenceIsInTheSameWeek() {
        #expect(resolve("Chile and Peru opened talks Thursday in Lima, with a second round Friday.", in: Support.english)
                == ["Thursday 2023-06-15", "Friday 2023-06-16"])
        #expect(resolve("The envoy met officials Monday and left Wednesday.", in: Support.english)
                == ["Monday 2023-06-12", "Wednesday 2023-06-14"])
        // An earlier weekday is not after it, and another sentence does not count.
        #expect(resolve("They met Wednesday after arriving Tuesday.", in: Support.english)
                == ["Wednesday 2023-06-14", "Tuesday 2023-06-13"])
        #expect(resolve("Hai bên hội đàm chiều thứ Năm, và ký thỏa thuận sáng thứ Sáu.")
                == ["chiều thứ Năm 2023-06-15", "sáng thứ Sáu 2023-06-16"])
    }

    /// `hồi tháng 2` is back in February: the last one before the publication date, even when
    /// next February would be nearer.
    @Test func hoiPointsBack() {
        #expect(resolve("Cuộc gặp giữa hai nhà lãnh đạo hồi tháng 2 diễn ra tại Paris.", published: "2025-08-20")
                == ["tháng 2 2025-02"])
        #expect(resolve("Cuộc gặp giữa hai nhà lãnh đạo tháng 2 diễn ra tại Paris.", published: "2025-08-20")
                == ["tháng 2 2026-02"])
    }
}

/// `next` points ahead only as a word of time (`next week`, `their next meeting`), not in
/// `to the next level`.
@Suite("Dates: when `next` points ahead")
struct NextTests {
    @Test func theNextLevelIsNoTime() {
        #expect(Support.events("Chile's president and Peru's president on Monday, during a phone call, set an agenda to take relations to the next level.",
                               published: "2023-06-15", in: Support.english) == ["2023-06-12 CHL-PER call"])
        #expect(Support.events("Chile and Peru said their next meeting is on Monday.", published: "2023-06-15", in: Support.english)
                == ["2023-06-19 CHL-PER meet"])
    }
}

/// `will be held`, `is planned to be signed`: a participle after `be` is what is to come, not
/// the past its ending looks like.
@Suite("Dates: participles of what is to come")
struct ParticipleTests {
    func resolve(_ sentence: String, in language: LanguageResources = Support.english, published: String = "2025-03-13") -> [String] {
        let scanner = DateScanner(lexicon: language.dates)
        let found = scanner.scan(Tokenizer.tokenize(sentence)).map { (sentence: 0, line: 1, expression: $0) }
        return DateResolver().resolve(found, anchor: .published(CalendarDate(iso: published)!)).map { $0.resolved?.start.iso ?? "?" }
    }

    @Test func aParticipleAfterBeIsNoPast() {
        #expect(resolve("The first trilateral summit would be held in Khujand on March 31.") == ["2025-03-31"])
        #expect(resolve("The document is planned to be signed on March 31.") == ["2025-03-31"])
        #expect(resolve("The document was signed on March 31.") == ["2024-03-31"])
        #expect(resolve("Talks were held on March 31.") == ["2024-03-31"])
    }

    /// `…, under which Ankara will provide …`: the plans of a relative clause are its own.
    @Test func aRelativeClausesPlansAreItsOwn() {
        #expect(resolve("The two nations signed a defence pact in February under which Ankara will provide maritime security.",
                        published: "2024-07-01") == ["2024-02"])
        #expect(resolve("Hai nước đã ký hiệp ước quốc phòng hồi tháng 2, theo đó Ankara sẽ bảo đảm an ninh hàng hải.",
                        in: Support.resources, published: "2024-07-01") == ["2024-02"])
        #expect(resolve("Hai nước ký hiệp ước quốc phòng tháng 2, theo đó Ankara sẽ bảo đảm an ninh hàng hải.",
                        in: Support.resources, published: "2024-07-01") == ["2024-02"])
    }
}
