import Testing
@testable import DyadEvents
@testable import DyadPipeline
@testable import DyadTestSupport

/// Where an event happens is no party to it, however the place is named.
@Suite("Events: the place of an event")
struct VenueTests {
    /// `tại thủ đô Nairobi của Kenya`: the country the venue is in is the venue too.
    @Test func theCountryOfTheVenueIsNoParty() {
        #expect(Support.events("Ngày 12/6, Tổng thống Pháp và Thủ tướng Đức đã có cuộc họp tại thủ đô Nairobi của Kenya.")
                == ["2023-06-12 DEU-FRA meet"])
        // A country that is no venue's stays a party.
        #expect(Support.events("Ngày 12/6, Tổng thống Pháp đã có cuộc họp với Tổng thống của Kenya.")
                == ["2023-06-12 FRA-KEN meet"])
    }
}
