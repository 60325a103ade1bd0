import Testing
@testable import DyadText
@testable import DyadActors
@testable import DyadPipeline
@testable import DyadTestSupport

/// A place named for its clock (`giờ Việt Nam`, `Moscow time`) is where the time is read, not
/// a party, unless the sentence has no two parties without it.
@Suite("Actors: a place named for its clock")
struct TimeZoneTests {
    private let vietnamese = Support.resources
    private let english = Support.english
    private let codes = Support.actorCodes

    @Test func aClockIsNoPartyBesideTwoOthers() {
        #expect(codes("Tối 12/5 (giờ Việt Nam), Ấn Độ đã tấn công Pakistan.", vietnamese) == ["IND", "PAK"])
        #expect(codes("Lúc 8 giờ sáng giờ Hà Nội, Mỹ và Nhật Bản ra tuyên bố chung.", vietnamese) == ["USA", "JPN"])
        #expect(codes("At 10 a.m. Moscow time, the Chinese and Indian ministers met.", english) == ["CHN", "IND"])
        #expect(Support.events("Tối 12/5 (giờ Việt Nam), Ấn Độ đã tấn công Pakistan.").allSatisfy { !$0.contains("VNM") })
    }

    @Test func aClockStaysWhereItIsTheOnlyOtherPlace() {
        // The strike's target is named only by its clock.
        #expect(codes("Rạng sáng 22/6 (giờ Iran), máy bay Mỹ đã tấn công các cơ sở hạt nhân.", vietnamese) == ["IRN", "USA"])
        // The same name not read as a clock stays a party.
        #expect(codes("Chiều 12/5, Việt Nam và Lào ký thỏa thuận.", vietnamese) == ["VNM", "LAO"])
        #expect(codes("Russia's time to act has come, Chinese officials said.", english) == ["RUS", "CHN"])
    }
}
