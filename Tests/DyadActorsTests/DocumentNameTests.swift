import Testing
@testable import DyadText
@testable import DyadActors
@testable import DyadPipeline
@testable import DyadTestSupport

/// A capital in the name of an agreement, memorandum or format stands for no government.
@Suite("Actors: a capital in a document's or a process's name")
struct DocumentNameTests {
    @Test func aCapitalNamingADocumentIsNoParty() {
        #expect(Support.actorCodes("Nga vi phạm Bản ghi nhớ Budapest khi tấn công Ukraine.") == ["RUS", "UKR"])
        #expect(Support.actorCodes("Ukraine và Nga thảo luận Thỏa thuận Minsk.") == ["UKR", "RUS"])
        #expect(Support.actorCodes("Ukraine and Russia discussed the Minsk agreements.", in: Support.english) == ["UKR", "RUS"])
        #expect(Support.actorCodes("Iran and Turkey met in the Astana format.", in: Support.english) == ["IRN", "TUR"])
        #expect(Support.events("On June 18, Ukraine and Russia discussed the Minsk agreements.", in: Support.english)
            == ["2023-06-18 RUS-UKR talks"])
    }

    @Test func theCapitalStillStandsForItsGovernmentElsewhere() {
        // Lower-case, the word is the deal the capital proposed.
        #expect(Support.actorCodes("Nga bác bỏ thỏa thuận Washington đề xuất.") == ["RUS", "USA"])
        #expect(Support.actorCodes("Minsk and Moscow signed an agreement.", in: Support.english) == ["BLR", "RUS"])
        // A state's own name in an agreement's name names a party.
        #expect(Support.actorCodes("Hiệp định Việt Nam - Hoa Kỳ được ký năm 2000.") == ["VNM", "USA"])
    }
}
