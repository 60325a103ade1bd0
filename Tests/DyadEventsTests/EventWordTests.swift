import Testing
@testable import DyadEvents
@testable import DyadPipeline
@testable import DyadTestSupport

/// Words that are or are not events of their own.
@Suite("Events: words that name an event, and words that only qualify one")
struct EventWordTests {
    /// `theo lời mời của …`, `at the invitation of …` says why a visit was made: the visit is
    /// the event, and takes the date that follows.
    @Test func anInvitationQualifiesTheVisit() {
        #expect(Support.events("Trước đó, Thủ tướng Thái Lan đã có chuyến thăm chính thức Ấn Độ theo lời mời của Thủ tướng Ấn Độ từ ngày 10 đến 12/5/2022.")
                == ["2022-05-10 IND-THA visit"])
        #expect(Support.events("The Thai prime minister paid an official visit to India at the invitation of his Indian counterpart from May 10 to 12, 2022.",
                               in: Support.english) == ["2022-05-10 IND-THA visit"])
    }

    /// `các vụ chạm trán` between two armies are clashes; `chạm trán` alone (a match in sport)
    /// is not.
    @Test func clashesAtABorderAreMilitary() {
        #expect(Support.events("Căng thẳng bùng nổ ở biên giới Thái Lan - Campuchia hồi tháng 5, khiến nhiều binh sĩ bị thương trong các vụ chạm trán.")
                == ["2023-05 KHM-THA military"])
        #expect(Support.events("Ngày 12/6, đội tuyển Thái Lan chạm trán Campuchia tại vòng bảng.").isEmpty)
    }

    /// A word of plans in a purpose clause (`để … chuẩn bị cho`) is the purpose's, not the
    /// trip's: the trip on 9/5 is this year's, before the publication date.
    @Test func aPurposesPlansDoNotPutTheTripAhead() {
        #expect(Support.events("Ngày 9/5, Ngoại trưởng Pháp tới Algeria để họp chuẩn bị cho cuộc gặp thượng đỉnh.")
                .allSatisfy { $0.hasPrefix("2023-05-09 DZA-FRA") })
        #expect(!Support.events("Ngày 9/5, Ngoại trưởng Pháp tới Algeria để họp chuẩn bị cho cuộc gặp thượng đỉnh.").isEmpty)
    }

    /// What is only likely (`was likely to be discussed`) has not been said to happen.
    @Test func whatIsLikelyIsNoEvent() {
        #expect(Support.events("Ethiopia and Somalia signed a deal on June 2. Earlier this month the president of Kenya travelled to Washington for talks with the US president, the agency reported, noting the dispute was likely to be discussed between the two leaders.",
                               published: "2023-06-15", in: Support.english) == ["2023-06 KEN-USA talks", "2023-06-02 ETH-SOM agreement"])
    }

    /// Downing another state's aircraft is a military act, written as a verb or a noun.
    @Test func downingAnAircraftIsMilitary() {
        #expect(Support.events("Relations soured after Pakistan downed an Indian fighter jet in February 2019.", in: Support.english)
                == ["2019-02 IND-PAK military"])
        #expect(Support.events("The shooting down of an Indian fighter jet by Pakistan on February 27, 2019 soured relations.", in: Support.english)
                == ["2019-02-27 IND-PAK military"])
    }

    /// A call is named in many ways: `a telephonic conversation`, `phone talks`.
    @Test func aTelephonicConversationIsACall() {
        #expect(Support.events("On June 12, the presidents of Chile and Peru held a telephonic conversation.", in: Support.english)
                == ["2023-06-12 CHL-PER call"])
        #expect(Support.events("Chile and Peru held phone talks on June 12.", in: Support.english)
                == ["2023-06-12 CHL-PER call"])
    }

    /// A tour of several countries (`chuyến công du ba nước`, `công du các nước Đông Nam Á`) is
    /// no visit of one pair; its legs, named, are.
    @Test func aTourOfSeveralCountriesIsNoVisit() {
        #expect(Support.events("Tổng thống Chile sẽ thăm Peru ngày 5/8 trong chuyến công du ba nước từ ngày 1 đến 9/8.")
                == ["2023-08-05 CHL-PER visit"])
        #expect(Support.events("Thủ tướng Nhật Bản sẽ thăm Việt Nam. Chuyến công du các nước Đông Nam Á của ông bắt đầu từ ngày 28/6.").isEmpty)
    }
}
