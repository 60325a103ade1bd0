import Testing
@testable import DyadText
@testable import DyadActors
@testable import DyadPipeline
@testable import DyadTestSupport

/// A state named as the source of a report (its media, a correspondent's post) is where the
/// news comes from, not a party to it.
@Suite("Actors: a state named as a report's source")
struct SourceTests {
    @Test func aMediumsStateIsNoParty() {
        #expect(Support.actorCodes("Theo Thông tấn xã Việt Nam, Trung Quốc và Philippines đã điện đàm.") == ["CHN", "PHL"])
        #expect(Support.actorCodes("Hãng thông tấn Yonhap của Hàn Quốc cho biết Triều Tiên đã phóng tên lửa.") == ["PRK"])
        #expect(Support.actorCodes("Truyền thông nhà nước Iran đưa tin Israel đã tấn công Syria.") == ["ISR", "SYR"])
        #expect(Support.actorCodes("South Korea's Yonhap news agency said North Korea fired missiles toward Japan.", in: Support.english)
            == ["PRK", "JPN"])
        #expect(Support.actorCodes("Chinese state media said Xi Jinping met Vladimir Putin.", in: Support.english) == ["CHN", "RUS"])
        #expect(Support.events("Ngày 18/6, theo Thông tấn xã Việt Nam, Trung Quốc và Philippines đã điện đàm.") == ["2023-06-18 CHN-PHL call"])
    }

    @Test func theStateItselfStaysAParty() {
        // Warning is not a newspaper: `báo` inside `cảnh báo` is no medium.
        #expect(Support.actorCodes("Trung Quốc cảnh báo Mỹ về vấn đề Đài Loan.") == ["CHN", "USA", "TWN"])
        // A state's own body named with a medium word.
        #expect(Support.actorCodes("Russia's media regulator met Chinese officials.", in: Support.english) == ["RUS", "CHN"])
        #expect(Support.actorCodes("China warned the United States over Taiwan.", in: Support.english) == ["CHN", "USA", "TWN"])
    }
}
