import Testing
@testable import DyadModel
@testable import DyadReading
@testable import DyadCleaning
@testable import DyadActors
@testable import DyadDates
@testable import DyadPipeline

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
}
