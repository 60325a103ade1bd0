import Testing
@testable import DyadEvents
@testable import DyadPipeline
@testable import DyadTestSupport

/// Where one clause ends and the next begins decides whose event is whose: a fronted `after`
/// clause ends at its comma, `nhưng` and `tuy nhiên` open a clause of their own, and `nơi`
/// (where) a relative clause with its own time.
@Suite("Events: clause boundaries")
struct ClauseBoundaryTests {
    /// `Sau cuộc gặp với …, X hội đàm với Y`: the one met before is no party to the talks.
    @Test func aFrontedAfterClauseEndsAtItsComma() {
        #expect(Support.events("Sau cuộc gặp với Thủ tướng Ấn Độ tuần trước, Tổng thống Pháp hôm thứ Hai đã hội đàm với Thủ tướng Đức.")
                == ["2023-06-19 DEU-FRA talks"])
        #expect(Support.events("After meeting India's prime minister last week, the French president held talks with the German chancellor on Monday.",
                               in: Support.english) == ["2023-06-19 DEU-FRA talks"])
        // Its own event keeps its own date and pair.
        #expect(Support.events("Sau khi hội đàm với Thủ tướng Ấn Độ ngày 12/6, Tổng thống Pháp lên đường về nước.")
                == ["2023-06-12 FRA-IND talks"])
    }

    /// `…, nhưng sẽ …`: what comes after `but` is another clause, not more parties of the first.
    @Test func butOpensAClauseOfItsOwn() {
        #expect(Support.events("Cuộc tập trận ngày 12/6 chỉ có hải quân Philippines tham gia, nhưng sau đó sẽ có thêm các hoạt động với lực lượng Nhật Bản.").isEmpty)
        #expect(Support.events("Cuộc tập trận ngày 12/6 chỉ có hải quân Philippines tham gia, tuy nhiên họ sẽ có thêm những hoạt động khác với lực lượng Nhật Bản.").isEmpty)
        #expect(Support.events("Ngày 12/6, hải quân Philippines tập trận với Nhật Bản, nhưng Mỹ không tham gia.")
                == ["2023-06-12 JPN-PHL military"])
    }

    /// `là nơi Triều Tiên hôm qua …`: the day of a relative clause is not the main event's.
    @Test func aWhereClauseKeepsItsDayToItself() {
        #expect(Support.events("Sáng 14/6, hải quân Ấn Độ tập trận bắn đạn thật nhằm vào Pakistan, mục tiêu giả định là nơi Pakistan hôm qua phóng tên lửa.",
                               published: "2023-06-14") == ["2023-06-14 IND-PAK military"])
    }

    /// `Trong khi …, X và Y …`, `While …, X and Y …`: the pair of the fronted clause is not the
    /// main clause's.
    @Test func aFrontedWhileClauseEndsAtItsComma() {
        #expect(Support.events("Trong khi các cuộc đàm phán giữa Ấn Độ và Pakistan đang diễn ra, Trung Quốc và Nga đã ký thỏa thuận hợp tác vào ngày 12/6.")
                == ["2023-06-12 CHN-RUS agreement"])
        #expect(Support.events("While talks between India and Pakistan were under way, China and Russia signed a cooperation agreement on June 12.",
                               in: Support.english) == ["2023-06-12 CHN-RUS agreement"])
    }

    /// `…, with sources suggesting …`, `…, noting …`, `…, according to …`: what follows is
    /// said about the event, not more of its parties.
    @Test func aWithOrNotingPhraseIsAClauseOfItsOwn() {
        #expect(Support.events("The Saudi foreign minister is expected to visit Oman on Saturday, with sources suggesting he will discuss the kingdom's dispute with Yemen.",
                               published: "2023-06-15", in: Support.english) == ["2023-06-17 OMN-SAU visit"])
    }
}
