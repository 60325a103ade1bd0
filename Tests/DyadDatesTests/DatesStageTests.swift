import Testing
@testable import DyadModel
@testable import DyadReading
@testable import DyadCleaning
@testable import DyadActors
@testable import DyadDates
@testable import DyadPipeline
@testable import DyadTestSupport

/// The dates stage alone: which anchor a document's years get, in the stage's order of trust.
@Suite("Dates stage: scan, anchor, resolve")
struct DatesStageTests {
    let resources = Support.resources

    func dates(_ text: String, published: String? = nil, ignoringPublished: Bool = false) -> DocumentDates {
        let document = Cleaner(resources: resources).clean(Support.document(text, published: published))
        let matcher = ActorMatcher(gazetteer: resources.gazetteer)
        let actors = document.sentences.map { matcher.mentions(in: $0.tokens) }
        return DocumentDating(lexicon: resources.dates, vocabulary: resources.vocabulary, gazetteer: resources.gazetteer)
            .date(document, actors: actors, ignoringPublished: ignoringPublished)
    }

    @Test func aGivenPublicationDateAnchorsTheYears() {
        let result = dates("Hai bên gặp nhau hôm 3/4 tại thủ đô của nước chủ nhà.", published: "2021-04-05")
        #expect(result.anchor == .published(CalendarDate(iso: "2021-04-05")!))
        #expect(result.dates.first?.resolved?.start.iso == "2021-04-03")
        #expect(result.yearInference == nil && result.pageDate == nil)
    }

    @Test func thePagesOwnDateLineStandsForAPublicationDateNotGiven() {
        let result = dates("Thứ hai, 15/12/2016 14:30\nHai bên gặp nhau hôm 13/12 tại thủ đô của nước chủ nhà.")
        #expect(result.pageDate == CalendarDate(iso: "2016-12-15"))
        #expect(result.anchor == .published(CalendarDate(iso: "2016-12-15")!))
    }

    @Test func withoutAnyPublicationDateTheYearTheBodyStatesIsInferred() {
        let result = dates("Năm 2019 là năm bận rộn của ngành ngoại giao.\nHai bên gặp nhau hôm 3/4 tại thủ đô của nước chủ nhà.")
        #expect(result.anchor == .inferredYear(2019))
        #expect(result.yearInference?.chosen == 2019)
        #expect(result.dates.contains { $0.resolved?.start.iso == "2019-04-03" })
    }

    @Test func ignoringThePublicationDateInfersTheYearInstead() {
        let text = "Năm 2019 là năm bận rộn của ngành ngoại giao.\nHai bên gặp nhau hôm 3/4 tại thủ đô của nước chủ nhà."
        #expect(dates(text, published: "2023-06-01").anchor == .published(CalendarDate(iso: "2023-06-01")!))
        #expect(dates(text, published: "2023-06-01", ignoringPublished: true).anchor == .inferredYear(2019))
    }

    @Test func withNoEvidenceDatesWithoutAYearStayUnplaced() {
        let result = dates("Hai bên gặp nhau hôm 3/4 tại thủ đô của nước chủ nhà.")
        #expect(result.anchor == .none)
        #expect(result.dates.allSatisfy { $0.resolved == nil })
    }

    @Test func anOfficeholderNamedBesideADayAllowsOnlyTheYearsTheyServedOnIt() {
        // In office from late August 2025: a 14 January beside them is 2026's, not 2025's.
        let result = dates("Bộ trưởng Ngoại giao Lê Hoài Trung tiếp Đại sứ Nhật Bản ngày 14/1 tại Hà Nội.")
        #expect(result.yearInference?.candidates.contains(2025) == false)
        #expect(result.anchor == .inferredYear(2026))
    }

    @Test func aYearNextToOneTheTextStatesIsChosenWhenTheStatedOneIsRuledOut() {
        // The prime minister left office in July 2019, so her December is 2016–2018's; the
        // deadline the text states is 2019, and the candidate next to it is 2018.
        let text = """
        Thủ tướng Anh Theresa May gặp các nhà lãnh đạo châu Âu ngày 10/12 tại Brussels.
        Hai bên vẫn muốn giữ thời hạn chót là ngày 29/3/2019 cho thỏa thuận chia tay.
        """
        let result = dates(text)
        #expect(result.yearInference?.candidates.sorted() == [2016, 2017, 2018])
        #expect(result.anchor == .inferredYear(2018))
    }

    /// A forum's summit named with the place it met in allows only the years it met there.
    @Test func aSummitNamedWithItsPlaceGivesItsYear() {
        let result = dates("Bên lề Hội nghị thượng đỉnh G20 ở Hàng Châu, ngày 4/9, lãnh đạo hai nước đã có cuộc gặp ngắn.")
        #expect(result.yearInference?.evidence.contains { $0.kind == "summit" && $0.years == [2016...2016] } == true)
        #expect(result.anchor == .inferredYear(2016))
        #expect(result.dates.first?.resolved?.start.iso == "2016-09-04")
    }

    /// A place that hosted a forum more than once allows each of those years; the people the
    /// text names in their roles choose among them.
    @Test func aPlaceThatHostedAForumTwiceIsNarrowedByTheOfficeholders() {
        let result = dates("Thủ tướng Nhật Bản Shinzo Abe tới Lima dự Hội nghị Cấp cao APEC và ngày 19/11 gặp lãnh đạo nước chủ nhà.")
        #expect(result.yearInference?.evidence.first { $0.kind == "summit" }?.years == [2008...2008, 2016...2016, 2024...2024])
        #expect(result.anchor == .inferredYear(2016))
    }

    /// Without a summit word, or at a place the forum never met in, the place dates nothing.
    @Test func aForumAndAPlaceAloneAreNoSummit() {
        let visit = dates("Tổng thư ký NATO tới Washington ngày 3/4 để trao đổi về ngân sách quốc phòng.")
        #expect(visit.yearInference?.evidence.contains { $0.kind == "summit" } == false)
        #expect(visit.anchor == .none)
        let elsewhere = dates("Hội nghị thượng đỉnh G7 ở Paris ngày 3/4 bàn về kinh tế thế giới.")
        #expect(elsewhere.yearInference?.evidence.contains { $0.kind == "summit" } == false)
    }

    /// A number before a relative phrase makes it a duration after something else (`hai tháng
    /// sau cuộc đảo chính`): not next month, and the sentence keeps its own date.
    @Test func aNumberWordBeforeARelativePhraseMakesADuration() {
        let result = dates("Tổng thống Pháp tối 24/9 tuyên bố rút đại sứ, gần hai tháng sau cuộc đảo chính.", published: "2023-09-25")
        #expect(result.dates.map(\.expression.text) == ["24/9"])
        #expect(dates("Ba tuần sau cuộc gặp, hai bên ký thỏa thuận.", published: "2023-09-25").dates.isEmpty)
        // Without a number, the phrase is still next month.
        #expect(dates("Hai bên sẽ gặp lại vào tháng sau.", published: "2023-09-25").dates.first?.resolved?.start.iso == "2023-10")
    }

    /// `Một ngày sau` counts from the date before; `hai ngày sau khi …` from an event whose date
    /// the text does not give, so it dates nothing; `năm ngoái khi …` is still last year.
    @Test func aDayLaterCountsFromTheDateBeforeUnlessAnEventFollows() {
        let later = dates("Vụ tấn công xảy ra ngày 22/4. Một ngày sau, hai bên cắt đứt quan hệ.", published: "2025-05-11")
        #expect(later.dates.compactMap { $0.resolved?.start.iso } == ["2025-04-22", "2025-04-23"])
        let afterEvent = dates("Vụ tấn công xảy ra ngày 22/4. Hai ngày sau khi cuộc gặp kết thúc, hai bên ra tuyên bố.", published: "2025-05-11")
        #expect(afterEvent.dates.map(\.expression.text) == ["22/4"])
        let digits = dates("Ngày 28/9, hai bên hội đàm, 1 ngày sau khi cuộc gặp kia kết thúc.", published: "2025-05-11")
        #expect(digits.dates.map(\.expression.text) == ["28/9"])
        let lastYear = dates("Năm ngoái khi ông tới thăm, hai bên ký thỏa thuận.", published: "2025-05-11")
        #expect(lastYear.dates.first?.resolved?.start.iso == "2024")
        // The event's own clause dates it: so many days after that date.
        let dated = dates("Hai ngày sau khi Quốc hội Chile bỏ phiếu hôm 7/5, Bộ Ngoại giao Peru phản đối.", published: "2025-05-11")
        #expect(dated.dates.compactMap { $0.resolved?.start.iso } == ["2025-05-09", "2025-05-07"])
    }

    /// `hai ngày sau khi Iran tấn công Israel hôm 13/6`, `a day after Washington expelled …
    /// on June 14`: the step is so many days later, and its clause ends before the event's,
    /// whose parties are its own.
    @Test func daysAfterADatedEventDateTheStep() {
        #expect(Support.events("Mỹ áp đặt trừng phạt đối với Iran hai ngày sau khi Iran tấn công Israel hôm 13/6.")
                == ["2023-06-13 IRN-ISR military", "2023-06-15 IRN-USA sanction"])
        #expect(Support.events("Moscow expelled two US diplomats a day after Washington expelled two Russian diplomats on June 14.", in: Support.english)
                == ["2023-06-14 RUS-USA sanction", "2023-06-15 RUS-USA sanction"])
        // Followed by no word, `the day after` counts from the date before.
        #expect(Support.events("Washington expelled two Russian diplomats on June 14. The day after, the two sides held talks in Geneva.", in: Support.english)
                == ["2023-06-14 RUS-USA sanction", "2023-06-15 RUS-USA talks"])
    }
}

