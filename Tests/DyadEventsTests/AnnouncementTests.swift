import Testing
@testable import DyadEvents
@testable import DyadPipeline
@testable import DyadTestSupport

/// A dated announcement of a step still to come is a statement on the day it is said; a step
/// with a date of its own is that step on that date (GUIDELINES).
@Suite("Events: announcements of steps to come")
struct AnnouncementTests {
    @Test func aStepToldAsComingOnTheDayItIsSaidIsAStatement() {
        #expect(Support.events("Ngày 15/6, Bộ trưởng Ngoại giao Nhật Bản cho biết Nhật Bản sẽ áp đặt lệnh trừng phạt đối với Nga.")
                == ["2023-06-15 JPN-RUS statement"])
        #expect(Support.events("On June 15, the Japanese foreign minister said Japan will impose sanctions on Russia.", in: Support.english)
                == ["2023-06-15 JPN-RUS statement"])
        #expect(Support.events("The White House said on June 14 that the president will visit Vietnam.", in: Support.english)
                == ["2023-06-14 USA-VNM statement"])
        // A light verb and a determiner between the word of plans and the step (`sẽ tiến hành các …`).
        #expect(Support.events("Ngày 8/6, Bộ Ngoại giao Iran cho biết Iran và Oman sẽ tiến hành các cuộc đàm phán tại Muscat vào ngày 12/6.")
                == ["2023-06-08 IRN-OMN statement", "2023-06-12 IRN-OMN talks"])
    }

    /// The announcement named as a noun (`Tuesday's announcement`, `thông báo ngày 13/6`) is
    /// the statement as much as the verb is.
    @Test func aDatedAnnouncementNamedAsANounIsAStatement() {
        #expect(Support.events("Brazil and Argentina will resume trade talks next month. Tuesday's announcement by the Brazilian foreign ministry came after weeks of pressure from farmers.", in: Support.english) == ["2023-06-13 ARG-BRA statement", "2023-07 ARG-BRA talks"])
        #expect(Support.events("Brazil và Argentina sẽ nối lại đàm phán thương mại vào tháng tới. Thông báo ngày 13/6 của Bộ Ngoại giao Brazil được đưa ra sau nhiều tuần chuẩn bị.")
                == ["2023-06-13 ARG-BRA statement", "2023-07 ARG-BRA talks"])
    }

    /// The announcement of a trip is a statement with each party the trip will meet, however
    /// many visit words its legs take (GUIDELINES).
    @Test func anAnnouncedTripIsAStatementWithEachOfItsLegs() {
        let english = Support.events("On June 14, the Indian foreign ministry confirmed that Prime Minister Narendra Modi would travel to Japan on June 20 and pay a visit to Australia on June 24.", in: Support.english)
        #expect(english == ["2023-06-14 AUS-IND statement", "2023-06-14 IND-JPN statement", "2023-06-20 IND-JPN visit", "2023-06-24 AUS-IND visit"])
        let vietnamese = Support.events("Ngày 14/6, Bộ Ngoại giao Ấn Độ xác nhận Thủ tướng Narendra Modi sẽ thăm Nhật Bản từ ngày 20/6 và sang thăm Australia từ ngày 24/6.")
        #expect(vietnamese == ["2023-06-14 AUS-IND statement", "2023-06-14 IND-JPN statement", "2023-06-20 IND-JPN visit", "2023-06-24 AUS-IND visit"])
        // The traveller named before the announcing word (`nước này`) is still the traveller.
        let unnamed = Support.events("Ngày 14/6, Bộ Ngoại giao Kenya xác nhận Tổng thống nước này sẽ thăm Eritrea từ ngày 20/6 và sang thăm Djibouti từ ngày 23/6.")
        #expect(unnamed.contains("2023-06-20 ERI-KEN visit") && unnamed.contains("2023-06-23 DJI-KEN visit"), "\(unnamed)")
        #expect(!unnamed.contains("2023-06-20 DJI-ERI visit"), "\(unnamed)")
        // A past trip criticised is no announcement of one.
        #expect(Support.events("On June 14, China condemned Japan over the visit its minister had paid to Taiwan on June 2.", in: Support.english)
                .allSatisfy { !$0.hasPrefix("2023-06-14 CHN-TWN") })
    }

    /// A meeting agreed to lies ahead of the agreeing (the dates' direction: `agreed to hold`).
    @Test func anAgreedMeetingIsAhead() {
        #expect(Support.events("Brazil and Argentina agreed to hold a follow-up meeting in Buenos Aires in March.", in: Support.english)
                == ["2024-03 ARG-BRA meet"])
    }

    /// What a meeting comes `ahead of`, `trước thềm`, lies ahead of it: a Thursday or a Tuesday
    /// named on a Monday is this week's, though the meeting is past.
    @Test func whatAMeetingComesAheadOfIsAhead() {
        #expect(Support.events("Chile's foreign minister met his Peruvian counterpart on Monday ahead of the leaders' summit on Thursday.", published: "2023-06-19", in: Support.english)
                == ["2023-06-19 CHL-PER meet", "2023-06-22 CHL-PER summit"])
        #expect(Support.events("Ngày 19/6, Tổng thống Chile đã gặp Tổng thống Peru trước thềm cuộc hội đàm chính thức vào thứ Ba.", published: "2023-06-19")
                == ["2023-06-19 CHL-PER meet", "2023-06-20 CHL-PER talks"])
    }

    /// Talks proposed lie ahead of the proposing (`proposed talks`, `đề xuất hội đàm`): a
    /// January after a proposal of December is next year's, though the proposing is past.
    @Test func proposedTalksAreAhead() {
        #expect(Support.events("Chile on December 20 proposed talks in Santiago on January 10 with Argentina.", published: "2023-12-22", in: Support.english)
                == ["2023-12-20 ARG-CHL appeal", "2024-01-10 ARG-CHL talks"])
        #expect(Support.events("Ngày 20/12, Chile đã đề xuất hội đàm với Argentina tại Santiago vào ngày 10/1.", published: "2023-12-22")
                == ["2023-12-20 ARG-CHL appeal", "2024-01-10 ARG-CHL talks"])
        #expect(Support.events("Ngày 20/12, Chile đã đề nghị tổ chức cuộc gặp với Argentina vào ngày 10/1.", published: "2023-12-22")
                == ["2023-12-20 ARG-CHL appeal", "2024-01-10 ARG-CHL meet"])
    }

    /// A step with a date of its own is that step on that date; the saying, dated, is the
    /// announcement besides it (GUIDELINES: the statement on the announcement's date, the step
    /// on its own) — whether the speaker is named before the step or after it.
    @Test func aStepWithADateOfItsOwnIsThatStep() {
        #expect(Support.events("Canada said on June 16 that it will impose sanctions on Iran on July 1.", in: Support.english)
                == ["2023-06-16 CAN-IRN statement", "2023-07-01 CAN-IRN sanction"])
        #expect(Support.events("The Argentine president will visit Chile on July 3, the foreign ministry in Buenos Aires said on Friday.", in: Support.english)
                == ["2023-06-16 ARG-CHL statement", "2023-07-03 ARG-CHL visit"])
        #expect(Support.events("Phủ Tổng thống Argentina ngày 16/6 cho biết Tổng thống nước này sẽ thăm Chile vào ngày 3/7.")
                == ["2023-06-16 ARG-CHL statement", "2023-07-03 ARG-CHL visit"])
        // A step already taken, said, is that step alone.
        #expect(Support.events("Bộ Ngoại giao Argentina ngày 16/6 cho biết Tổng thống nước này đã thăm Chile hôm 14/6.")
                == ["2023-06-14 ARG-CHL visit"])
        // Done, not announced: the step itself on its date.
        #expect(Support.events("On June 15, Japan imposed sanctions on Russia.", in: Support.english) == ["2023-06-15 JPN-RUS sanction"])
    }
}

/// A state at an organisation's meeting: the pair with the organisation is that meeting, the
/// pair of states what they did there (GUIDELINES: a state at an organisation's own summit).
@Suite("Events: pairs at an organisation's meeting")
struct AttendedMeetingTests {
    @Test func eachPairIsNamedByWhatItDidThere() {
        let events = Support.events("Ngày 5/6, nhân dịp dự Hội nghị Cấp cao ASEAN tại Jakarta, Thủ tướng Việt Nam và Thủ tướng Lào đã gặp nhau.")
        #expect(events.contains("2023-06-05 LAO-VNM meet"), "\(events)")
        #expect(events.contains("2023-06-05 ASEAN-VNM summit"), "\(events)")
        let english = Support.events("On June 5, the Malaysian and Thai prime ministers attended the ASEAN summit in Jakarta and met on its sidelines.", in: Support.english)
        #expect(english.contains("2023-06-05 MYS-THA meet"), "\(english)")
        #expect(english.contains("2023-06-05 ASEAN-MYS summit"), "\(english)")
    }
}

/// Relations upgraded (active or passive) are an agreement, even on the occasion of a visit.
@Suite("Events: upgraded relations")
struct UpgradedRelationsTests {
    @Test func relationsUpgradedDuringAVisitAreAnAgreement() {
        #expect(Support.events("Tháng 9/2023, quan hệ Việt Nam và Mỹ được nâng cấp lên Đối tác Chiến lược Toàn diện nhân chuyến thăm của Tổng thống Mỹ.")
                == ["2023-09 USA-VNM agreement"])
        #expect(Support.events("In September 2023, relations between Vietnam and the United States were upgraded to a comprehensive strategic partnership during a presidential visit.", in: Support.english) == ["2023-09 USA-VNM agreement"])
        #expect(Support.events("On March 3, relations between Brazil and Indonesia were elevated to a comprehensive partnership.", in: Support.english) == ["2023-03-03 BRA-IDN agreement"])
    }
}
