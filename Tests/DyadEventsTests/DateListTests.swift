import Testing
@testable import DyadEvents
@testable import DyadPipeline
@testable import DyadTestSupport

/// An event word dated by a list of dates happened on each of them (GUIDELINES: one key per
/// date); two consecutive days named together stay one span, keyed by the first.
@Suite("Events: an event word dated by a list of dates")
struct DateListTests {
    @Test func eachDateOfAListIsAnEvent() {
        #expect(Support.events("Ông Tập Cận Bình từng thăm Việt Nam vào tháng 11/2015 và tháng 11/2017.")
                == ["2015-11 CHN-VNM visit", "2017-11 CHN-VNM visit"])
        #expect(Support.events("Việt Nam và Campuchia đã hội đàm vào ngày 4/3 và ngày 9/3.", published: "2024-03-14")
                == ["2024-03-04 KHM-VNM talks", "2024-03-09 KHM-VNM talks"])
        #expect(Support.events("Turkey hosted two rounds of talks between Armenia and Azerbaijan in January and again in March.", in: Support.english)
                == ["2023-01 ARM-AZE talks", "2023-03 ARM-AZE talks"])
        #expect(Support.events("Japan and India held joint drills on May 5 and on May 8.", in: Support.english)
                == ["2023-05-05 IND-JPN military", "2023-05-08 IND-JPN military"])
    }

    @Test func consecutiveDaysStayOneSpan() {
        #expect(Support.events("Pháp và Đức đã tập trận chung ngày 2/3 và 3/3.", published: "2024-03-14") == ["2024-03-02 DEU-FRA military"])
        #expect(Support.events("France and Germany held talks on June 2 and June 3.", in: Support.english)
                == ["2023-06-02 DEU-FRA talks"])
    }

    @Test func aDateOfAnotherEventIsNoListItem() {
        // Another event word stands between the two dates: each word keeps its own.
        #expect(Support.events("Vietnam and Laos held talks on June 2 and signed an agreement on June 9.", in: Support.english)
                == ["2023-06-02 LAO-VNM talks", "2023-06-09 LAO-VNM agreement"])
    }

    /// A date a joiner opens (`và tới tháng 8`, `and in September`) with another event word
    /// after it begins that event: the word before keeps its own date, not a list of both.
    @Test func aDateOpeningTheNextEventIsItsOwn() {
        #expect(Support.events("Hồi tháng 4, Tổng thống Chile đã thăm Peru và tới tháng 8 Ngoại trưởng Chile thăm Argentina.",
                               published: "2023-12-01") == ["2023-04 CHL-PER visit", "2023-08 ARG-CHL visit"])
        #expect(Support.events("In May, the Chilean president visited Peru, and in September the Chilean foreign minister paid an official visit to Argentina.",
                               published: "2023-12-01", in: Support.english) == ["2023-05 CHL-PER visit", "2023-09 ARG-CHL visit"])
        // A list of dates for one word is still each date's.
        #expect(Support.events("Chile and Peru held talks in July and in September.", published: "2023-12-01", in: Support.english)
                == ["2023-07 CHL-PER talks", "2023-09 CHL-PER talks"])
    }

    /// The end of a duration (`kéo dài đến Chủ nhật`, `last until Sunday`) dates no event: what
    /// goes on until then began on a date of its own.
    @Test func theEndOfADurationIsNoEventsDate() {
        #expect(Support.events("Trung Quốc tập trận quanh Đài Loan, kéo dài đến ngày 25/6.").isEmpty)
        #expect(Support.events("China's drills around Taiwan are scheduled to last until June 25.", in: Support.english).isEmpty)
        // The start of the span still dates it.
        #expect(Support.events("Ngày 18/6, Trung Quốc bắt đầu tập trận quanh Đài Loan, kéo dài đến ngày 25/6.") == ["2023-06-18 CHN-TWN military"])
    }

    /// A date right after one side's own occasion (`cuộc bầu cử ngày 9/5`, `the election held
    /// last month`, `took office in May`) dates that occasion, not the sentence's event
    /// word: a greeting or a congratulation takes the date of its own, or none.
    @Test func anOccasionOfOneSideIsNoEventsDate() {
        #expect(Support.events("The Italian president welcomed the Brazilian president and congratulated him on winning the presidential election held last month.",
                               in: Support.english).isEmpty)
        #expect(Support.events("Thủ tướng Nhật Bản chúc mừng Tổng thống Hàn Quốc nhân dịp nhậm chức hồi tháng 5.").isEmpty)
        #expect(Support.events("Thủ tướng Canada đã điện đàm với Tổng thống Philippines hôm thứ Ba để chúc mừng ông thắng cử trong cuộc bầu cử ngày 9/5.")
                == ["2023-06-13 CAN-PHL call"])
        #expect(Support.events("The Canadian prime minister spoke by phone with the Philippine president on Tuesday to congratulate him on winning the election on May 9.",
                               in: Support.english) == ["2023-06-13 CAN-PHL call"])
    }

    /// A national day (`nhân dịp Quốc khánh 2/9`, `Independence Day on July 4`) dates the
    /// holiday a message is sent for, not the message; a span of decades (`(2/9/1945 -
    /// 2/9/2023)`) counts an anniversary's years. Neither dates an event word, while a date of
    /// the event's own still does.
    @Test func aHolidayAnAnniversaryOrANameIsNoEventsDate() {
        #expect(Support.events("Nhân dịp Quốc khánh 2/9, Thủ tướng Lào gửi thư chúc mừng Thủ tướng Campuchia.", published: "2023-08-30").isEmpty)
        #expect(Support.events("Nhân dịp kỷ niệm 50 năm Quốc khánh Lào (2/12/1975 - 2/12/2025), Chủ tịch Trung Quốc gửi điện mừng Chủ tịch Lào.",
                               published: "2025-11-30").isEmpty)
        #expect(Support.events("Ngày 30/11, nhân dịp Quốc khánh 2/12, Chủ tịch Trung Quốc gửi điện mừng Chủ tịch Lào.", published: "2025-12-01")
                == ["2025-11-30 CHN-LAO statement"])
        #expect(Support.events("On the occasion of Independence Day on July 4, the Indian prime minister sent a message to the American president.",
                               published: "2023-07-02", in: Support.english).isEmpty)
        // A summit from one year into the next is still the summit's span.
        #expect(Support.events("Hội nghị thượng đỉnh Nga - Ấn Độ diễn ra từ ngày 30/12/2024 đến ngày 2/1/2025.", published: "2025-01-03")
                == ["2024-12-30 IND-RUS summit"])
    }
}
