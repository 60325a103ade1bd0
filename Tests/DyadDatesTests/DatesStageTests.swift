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
}
