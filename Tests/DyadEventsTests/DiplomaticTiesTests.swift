import Testing
@testable import DyadEvents
@testable import DyadPipeline
@testable import DyadTestSupport

/// What is done to diplomatic ties themselves — an ambassador recalled, ties severed, an embassy
/// reopened — is an event of the pair, the embassy's host country being the other party.
@Suite("Events: diplomatic ties cut and restored")
struct DiplomaticTiesTests {
    @Test func tiesCutOrAnEnvoyRecalledIsASanction() {
        #expect(Support.events("Ngày 12/6, Argentina triệu hồi đại sứ tại Israel để tham vấn.") == ["2023-06-12 ARG-ISR sanction"])
        #expect(Support.events("Ngày 5/6, Nicaragua cắt đứt quan hệ ngoại giao với Đài Loan.") == ["2023-06-05 NIC-TWN sanction"])
        #expect(Support.events("Honduras cut ties with Taiwan on March 25.", in: Support.english)
                == ["2023-03-25 HND-TWN sanction"])
        #expect(Support.events("On June 12, Chile recalled its ambassador from Israel.", in: Support.english)
                == ["2023-06-12 CHL-ISR sanction"])
    }

    @Test func anEmbassyReopenedIsAnEventOfThePair() {
        #expect(Support.events("Hôm nay, Đại sứ quán Iran tại Saudi Arabia chính thức mở cửa trở lại sau 7 năm.") == ["2023-06-19 IRN-SAU other"])
        #expect(Support.events("Saudi Arabia reopened its embassy in Tehran on June 6 after seven years.", in: Support.english)
                == ["2023-06-06 IRN-SAU other"])
    }

    /// Ties resumed or re-established after a break are an agreement of the pair, as ties
    /// restored are.
    @Test func tiesResumedAreAnAgreement() {
        #expect(Support.events("Ecuador and Mexico resumed diplomatic relations on Tuesday.", in: Support.english)
                == ["2023-06-13 ECU-MEX agreement"])
        #expect(Support.events("Ngày 13/6, Ecuador và Mexico nối lại quan hệ ngoại giao.") == ["2023-06-13 ECU-MEX agreement"])
        #expect(Support.events("On June 13, Ecuador and Mexico re-established diplomatic relations.", in: Support.english)
                == ["2023-06-13 ECU-MEX agreement"])
    }

    /// Announced, the step is a statement on the day it is announced (GUIDELINES), whichever
    /// statement word announces it.
    @Test func anAnnouncedRecallIsAStatement() {
        // Declared by a statement word right before it, the step is that statement.
        #expect(Support.events("Ngày 5/6, Nicaragua tuyên bố cắt đứt quan hệ ngoại giao với Đài Loan.") == ["2023-06-05 NIC-TWN statement"])
        #expect(Support.events("Tối 14/6, Tổng thống Argentina tuyên bố nước này sẽ rút đại sứ tại Israel về nước.") == ["2023-06-14 ARG-ISR statement"])
        #expect(Support.events("On June 14, Argentina announced it will recall its ambassador to Israel.", in: Support.english)
                == ["2023-06-14 ARG-ISR statement"])
    }
}
