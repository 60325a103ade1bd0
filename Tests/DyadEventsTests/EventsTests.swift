import Testing
@testable import DyadText
@testable import DyadResources
@testable import DyadModel
@testable import DyadReading
@testable import DyadCleaning
@testable import DyadActors
@testable import DyadDates
@testable import DyadEvents
@testable import DyadPipeline
@testable import DyadTestSupport

@Suite("Events: who did what with whom, and when")
struct EventsTests {
    /// `dyad explain` asks for each sentence's decisions; a build does not, and gets the same
    /// events without formatting them.
    @Test func decisionsAreTracedOnlyWhenAskedFor() {
        let document = Support.document("Ngày 2/10, Mỹ kêu gọi Trung Quốc. Nga sẽ hội đàm với Pháp.", published: "2023-10-03")
        let quiet = Analyzer(resources: Support.resources).analyze(document)
        #expect(quiet.extraction.traces.isEmpty)
        #expect(quiet.extraction.events.count == 1)
        let traced = Analyzer(resources: Support.resources, options: AnalysisOptions(tracesDecisions: true)).analyze(document)
        #expect(traced.extraction.events == quiet.extraction.events)
        #expect(traced.extraction.traces.map(\.decisions.count) == [1, 1])
        #expect(traced.extraction.traces.first?.decisions.first?.hasPrefix("event: 2023-10-02 CHN–USA appeal") == true)
        #expect(traced.extraction.traces.last?.decisions == ["no date in the sentence; no event"])
    }

    @Test func subjectAndObjectMakeThePair() {
        #expect(Support.events("Ngày 2/10, Mỹ kêu gọi Trung Quốc gây sức ép để Triều Tiên trở lại đàm phán.", published: "2023-10-03")
                == ["2023-10-02 CHN-USA appeal"])
    }

    @Test func peopleResolveToTheirStates() {
        #expect(Support.events("Hôm 18/6, Ngoại trưởng Antony Blinken đã hội đàm với Tần Cương tại Bắc Kinh.")
                == ["2023-06-18 CHN-USA talks"])
    }

    @Test func betweenXAndYNamesThePairEvenWithOtherActorsAround() {
        let text = "Người phát ngôn Mỹ nói về cuộc gặp thượng đỉnh dự kiến giữa Chủ tịch Trung Quốc Tập Cận Bình và Tổng thống Nga Vladimir Putin tại Bắc Kinh trong tháng 10."
        #expect(Support.events(text, published: "2023-10-03") == ["2023-10 CHN-RUS summit"])
    }

    @Test func aTopicIsNotAParty() {
        #expect(Support.events("Ngày 7/6, đại diện Trung Quốc điện đàm với Nga về vấn đề Triều Tiên.", published: "2021-06-08")
                == ["2021-06-07 CHN-RUS call"])
        #expect(Support.events("Ngày 5/3, Nhật Bản hội đàm với Hàn Quốc về tình hình Ukraine.", published: "2021-06-08")
                == ["2021-03-05 JPN-KOR talks"])
    }

    @Test func hedgedAndNegatedEventsAreNotEvents() {
        #expect(Support.events("Chuyến thăm có thể mở đường cho cuộc gặp giữa Mỹ và Trung Quốc vào ngày 20/7.").isEmpty)
        #expect(Support.events("Ngày 20/6, Nhật Bản không gặp Hàn Quốc như dự kiến.").isEmpty)
        // The statement is real; the meeting it hopes for is not.
        #expect(Support.events("Trong tuyên bố ngày 17/6, Tổng thống Biden bày tỏ hy vọng sẽ gặp Chủ tịch Tập Cận Bình.")
                == ["2023-06-17 CHN-USA statement"])
    }

    @Test func theDateGoesToTheEventWordItGoverns() {
        // 10/3 dates the confirmation; the talks it confirms are 'next week', too vague to date.
        let text = "Ngày 10/3, Bộ Ngoại giao Mỹ xác nhận Ngoại trưởng sẽ hội đàm với Trung Quốc vào tuần tới."
        #expect(Support.events(text, published: "2021-03-11") == ["2021-03-10 CHN-USA statement"])
        // A subordinate 'sau khi' clause is another time: its summit does not take the date.
        let second = "Cuộc họp giữa Mỹ và Trung Quốc dự kiến diễn ra ngày 18-3, sau khi Tổng thống Mỹ dự thượng đỉnh với Nhật Bản và Ấn Độ."
        #expect(Support.events(second, published: "2021-03-11") == ["2021-03-18 CHN-USA meet"])
    }

    @Test func aParallelClauseSharesTheOpeningDate() {
        let text = "Đại diện Trung Quốc và Nga hôm qua (7/6) đã điện đàm, còn Tổng thư ký NATO họp với Tổng thống Mỹ."
        #expect(Support.events(text, published: "2021-06-08") == ["2021-06-07 CHN-RUS call", "2021-06-07 NATO-USA meet"])
    }

    @Test func anaphoricSubjectTakesThePairOfThePreviousSentences() {
        let text = """
            Ngoại trưởng Mỹ sẽ thảo luận với Bộ trưởng Ngoại giao Trung Quốc về nhiều vấn đề.
            Cuộc họp dự kiến diễn ra ngày 18-3 tại Alaska.
            """
        #expect(Support.events(text, published: "2021-03-11") == ["2021-03-18 CHN-USA talks"])
    }

    @Test func talksBetweenTheTwoSidesAreThePairsNotTheHosts() {
        #expect(Support.events("Ethiopia và Eritrea từng xảy ra tranh chấp biên giới. Ngày 2/3, Kenya đã tổ chức cuộc đàm phán giữa hai nước tại Nairobi.")
                == ["2023-03-02 ERI-ETH talks"])
    }

    @Test func aTripAfterTheMainEventIsTheSubjectsTrip() {
        #expect(Support.events("Tổng thống Pháp đã hội đàm với Thủ tướng Đức ngày 5/3, trước khi sang thăm Ba Lan ngày 7/3.")
                == ["2023-03-05 DEU-FRA talks", "2023-03-07 FRA-POL visit"])
        #expect(Support.events("The Japanese prime minister met Australian leaders on June 5 before travelling to New Zealand on June 7.", in: Support.english)
                == ["2023-06-05 AUS-JPN meet", "2023-06-07 JPN-NZL visit"])
    }

    /// A `since`, `after` clause naming no party is about the pair its sentence names: the
    /// background event it dates is that pair's (GUIDELINES: background with a month is required).
    @Test func aBackgroundClauseWithoutPartiesIsAboutItsSentencesPair() {
        #expect(Support.events("Quan hệ giữa Chile và Peru đã cải thiện rõ rệt sau khi hiệp định biên giới được ký vào tháng 1/2014.")
                == ["2014-01 CHL-PER agreement"])
        #expect(Support.events("Relations between Chile and Peru have improved after the border agreement was signed in January 2014.", in: Support.english) == ["2014-01 CHL-PER agreement"])
        #expect(Support.events("Trade between Vietnam and the United States has grown twentyfold since relations were normalized in July 1995.", in: Support.english) == ["1995-07 USA-VNM agreement"])
        #expect(Support.events("Quan hệ Việt Nam - Mỹ đã phát triển mạnh mẽ kể từ khi bình thường hóa vào tháng 7/1995.")
                == ["1995-07 USA-VNM agreement"])
        // Referring back, it is its own sentence's pair, nearer than the previous sentences'.
        #expect(Support.events("France and Germany held talks on March 2. Relations between Ethiopia and Eritrea have improved since the two governments signed a transit accord in February 2023.", in: Support.english) == ["2023-02 ERI-ETH agreement", "2023-03-02 DEU-FRA talks"])
        // Naming one side of the pair, it is still the pair's.
        #expect(Support.events("Quan hệ giữa Chile và Peru xấu đi sau khi chính quyền quân sự trục xuất đại sứ Chile ngày 3/3.")
                == ["2023-03-03 CHL-PER sanction"])
        #expect(Support.events("Relations between Chile and Peru have soured since the junta expelled the Chilean ambassador on March 3.", in: Support.english) == ["2023-03-03 CHL-PER sanction"])
    }

    /// Where a background meeting was held is no party to it: a `since` or `after` clause
    /// naming only its place (`since their meeting in Lima, Peru`) is about its
    /// sentence's pair, not the place with the sentence's subject; attending a conference
    /// there meets no one.
    @Test func aBackgroundMeetingsPlaceIsNoParty() {
        #expect(Support.events("Quan hệ Trung - Nhật chỉ dịu đi sau cuộc gặp ở Lima, Peru ngày 15/11/2024.", published: "2025-03-02")
                == ["2024-11-15 CHN-JPN meet"])
        #expect(Support.events("Trade between China and Japan has recovered since their leaders' meeting in Lima, Peru on November 15, 2024.", published: "2025-03-02", in: Support.english)
                == ["2024-11-15 CHN-JPN meet"])
        #expect(Support.events("Tổng thống Pháp hội đàm với Thủ tướng Đức ngày 5/3, sau khi dự hội nghị ở Brussels, Bỉ ngày 4/3.")
                == ["2023-03-05 DEU-FRA talks"])
        #expect(Support.events("The French president held talks with the German chancellor on March 5 after attending a conference in Brussels, Belgium on March 4.", in: Support.english)
                == ["2023-03-05 DEU-FRA talks"])
        // Where a trip went is its party.
        #expect(Support.events("The Japanese prime minister met Australian leaders on June 5 before travelling to New Zealand on June 7.", in: Support.english)
                == ["2023-06-05 AUS-JPN meet", "2023-06-07 JPN-NZL visit"])
    }

    /// A `since` clause (`kể từ khi`, `từ khi`, `kể từ cuộc …`) is a clause of its own, as
    /// `since` is: a hedge or condition of the main clause does not reach the background it
    /// states, and its date is not the main clause's event's.
    @Test func aSinceClauseIsAClauseOfItsOwn() {
        #expect(Support.events("Nếu được phê chuẩn, khoản viện trợ này sẽ lớn nhất của Nhật Bản dành cho Philippines kể từ khi hai nước ký hiệp định quốc phòng vào tháng 7/2024.",
                               published: "2025-03-02") == ["2024-07 JPN-PHL agreement"])
        #expect(Support.events("If approved, it would be Japan's largest aid package for the Philippines since the two countries signed a defence pact in July 2024.",
                               published: "2025-03-02", in: Support.english) == ["2024-07 JPN-PHL agreement"])
        #expect(Support.events("Giá lương thực có thể còn tăng như từ khi Armenia và Azerbaijan giao tranh hồi tháng 9/2020.") == ["2020-09 ARM-AZE military"])
        #expect(Support.events("Đây là chuyến thăm Hàn Quốc đầu tiên của Tổng thống Pháp kể từ khi nhậm chức hồi tháng 5/2022.").isEmpty)
        #expect(Support.events("It is the French president's first visit to South Korea since taking office in May 2022.", in: Support.english).isEmpty)
        #expect(Support.events("Quan hệ Trung - Nhật vẫn lạnh nhạt kể từ cuộc hội đàm ở Lima, Peru ngày 15/11/2024.", published: "2025-03-02")
                == ["2024-11-15 CHN-JPN talks"])
        // `kể từ ngày …` is when a measure takes effect, not a clause.
        #expect(Support.events("Mỹ sẽ áp thuế 25% đối với hàng hóa Canada kể từ ngày 1/4.", published: "2025-03-02") == ["2025-04-01 CAN-USA sanction"])
    }

    /// Arriving somewhere (`đã tới Kiev`, `vừa đến Bắc Kinh`, `lên đường sang`) is a trip to
    /// the place's state, as `arrived in` is; `đã đến lúc` (it is time to) is no arriving.
    @Test func arrivingIsATrip() {
        #expect(Support.events("Ngoại trưởng Australia bất ngờ tới Kiev hôm 14/6.") == ["2023-06-14 AUS-UKR visit"])
        #expect(Support.events("Thủ tướng New Zealand đã đến Bắc Kinh chiều 15/6.") == ["2023-06-15 CHN-NZL visit"])
        #expect(Support.events("The Australian foreign minister arrived in Kyiv on June 14.", in: Support.english) == ["2023-06-14 AUS-UKR visit"])
        #expect(Support.events("Ngày 15/6, ông nói đã đến lúc Nhật Bản và Hàn Quốc gác lại bất đồng.").isEmpty)
        // Arriving on a day inside the visit's span is that visit, keyed by its first day.
        #expect(Support.events("Tổng thống Chile đã tới Hà Nội rạng sáng 14/6. Chuyến thăm Việt Nam diễn ra trong các ngày 13 - 15/6.")
                == ["2023-06-13 CHL-VNM visit"])
        #expect(Support.events("The Chilean president arrived in Hanoi early on June 14 for a state visit to Vietnam from June 13 to 15.", in: Support.english)
                == ["2023-06-13 CHL-VNM visit"])
        // Coming or going somewhere (`would come to Paris`, `went to Berlin`) is a trip too; the
        // idioms (`came to power`, `came to an agreement`, `went to the polls`) are none.
        #expect(Support.events("The Peruvian president would then come to Santiago de Chile on June 11, he said.", published: "2023-06-02",
                               in: Support.english) == ["2023-06-11 CHL-PER visit"])
        #expect(Support.events("On June 1, the Peruvian president went to Chile.", published: "2023-06-02", in: Support.english)
                == ["2023-06-01 CHL-PER visit"])
        #expect(Support.events("Peru's president, who came to power on June 1, went to the polls in Chile's embassy.", published: "2023-06-02",
                               in: Support.english).isEmpty)
        // Arriving still to come (`sẽ tới`, `sẽ sang`) is a planned trip; `sẽ đến lúc` is no arriving.
        #expect(Support.events("Ngoại trưởng Chile sẽ sang Peru vào cuối tháng này.", published: "2023-06-05") == ["2023-06 CHL-PER visit"])
        #expect(Support.events("Ngày 20/6, ông nói sẽ đến lúc Nhật Bản và Hàn Quốc gác lại bất đồng.", published: "2023-06-21").isEmpty)
    }

    /// Speaking or talking to the other side (`will be speaking to`, `talked with`) is a call
    /// or a conversation of the pair, as `spoke with` is.
    @Test func speakingToTheOtherSideIsACall() {
        #expect(Support.events("The Chilean president said he will be speaking to the Peruvian president Monday afternoon.",
                               published: "2023-06-19", in: Support.english) == ["2023-06-19 CHL-PER call"])
        #expect(Support.events("On June 14, the Chilean president talked with the Peruvian president about trade.", in: Support.english)
                == ["2023-06-14 CHL-PER call"])
    }

    /// A meal one side gives the other, or shares with it (`chiêu đãi`, `ăn tối`, `dined
    /// with`, `hosted a dinner`), is a meeting; a dinner that is only where another event
    /// happened (`met at a gala dinner`) is that event's place, not a second one.
    @Test func aMealTogetherIsAMeeting() {
        #expect(Support.events("Tối 14/6, Tổng thống Chile chiêu đãi Thủ tướng Peru tại Santiago.") == ["2023-06-14 CHL-PER meet"])
        #expect(Support.events("Hôm 14/6, Tổng thống Chile và Thủ tướng Peru đã ăn tối tại Santiago.") == ["2023-06-14 CHL-PER meet"])
        #expect(Support.events("The Chilean president hosted a dinner for the Peruvian prime minister on June 14.", in: Support.english)
                == ["2023-06-14 CHL-PER meet"])
        #expect(Support.events("The Chilean president dined with the Peruvian prime minister on June 14.", in: Support.english)
                == ["2023-06-14 CHL-PER meet"])
        #expect(Support.events("The Chilean and Peruvian presidents met at a gala dinner on June 14 before the OAS summit.",
                               in: Support.english) == ["2023-06-14 CHL-PER meet"])
    }

    /// An ambassador presenting credentials meets the head of state received by (`trình quốc
    /// thư`, `presented his credentials`); coast guards ramming or firing water cannon at each
    /// other's ships (`đâm va`, `bắn vòi rồng`, `rammed`, `fired water cannon`), or armies
    /// trading fire (`exchanged fire`, `đấu súng`) or facing off (`standoff`), is a clash.
    @Test func credentialsAndConfrontationsAtSea() {
        #expect(Support.events("Đại sứ Chile đã trình quốc thư lên Tổng thống Argentina ngày 12/6.") == ["2023-06-12 ARG-CHL meet"])
        #expect(Support.events("The new Chilean ambassador presented his credentials to the Argentine president on June 12.", in: Support.english)
                == ["2023-06-12 ARG-CHL meet"])
        #expect(Support.events("Tàu hải cảnh Trung Quốc đã bắn vòi rồng vào tàu Philippines hôm 14/6.") == ["2023-06-14 CHN-PHL military"])
        #expect(Support.events("A Chinese coast guard vessel rammed a Philippine supply boat on June 14.", in: Support.english)
                == ["2023-06-14 CHN-PHL military"])
        #expect(Support.events("Trung Quốc và Philippines lại xảy ra va chạm trên biển hôm 14/6.") == ["2023-06-14 CHN-PHL military"])
        // Armies trading fire across a border.
        #expect(Support.events("India and Pakistan exchanged fire along their border on June 14.", in: Support.english) == ["2023-06-14 IND-PAK military"])
        #expect(Support.events("Quân đội Ấn Độ và Pakistan đấu súng dọc biên giới hôm 14/6.") == ["2023-06-14 IND-PAK military"])
        // A standoff of two armies; the states a place is `claimed by` are what it is about.
        #expect(Support.events("Armenian and Azerbaijani troops began a tense standoff on June 12 near a mountain pass claimed by both Armenia and Georgia.", in: Support.english)
                == ["2023-06-12 ARM-AZE military"])
    }

    /// A word of direction after a strike's word and its object (`toward`, `về phía`) names the
    /// strike's target; elsewhere (`policy toward`) it still names what the clause is about.
    @Test func aDirectionAfterAStrikeNamesItsTarget() {
        #expect(Support.events("Syria bắn đạn pháo về phía Israel trong đêm 14/6.") == ["2023-06-14 ISR-SYR military"])
        #expect(Support.events("Ngày 14/6, Iran đã phóng tên lửa về hướng Israel.") == ["2023-06-14 IRN-ISR military"])
        // Vietnamese writes a syllable a word: a longer object still reaches its direction.
        #expect(Support.events("Ngày 14/6, Iran đã phóng ba tên lửa đạn đạo tầm xa về phía Israel.") == ["2023-06-14 IRN-ISR military"])
        #expect(Support.events("On June 14, Iran fired ballistic missiles towards Israel.", in: Support.english)
                == ["2023-06-14 IRN-ISR military"])
        #expect(Support.events("Syrian forces launched drones toward Turkey on June 14.", in: Support.english) == ["2023-06-14 SYR-TUR military"])
        // No event word before it: what the clause is about, no party.
        #expect(Support.events("On June 14, the Brazilian president criticised Washington's policy toward Venezuela.", in: Support.english)
                .allSatisfy { !$0.contains("VEN") })
    }

    /// An event word after a topic marker and a determiner is what an earlier event word is
    /// about (`protested … over the visit`), not an event of its own that would name the pair's.
    @Test func anEventWordThatIsTheMatterNamesNoEvent() {
        #expect(Support.events("Seoul lodged a protest with Tokyo on June 14 over the visit.", in: Support.english)
                == ["2023-06-14 JPN-KOR statement"])
        #expect(Support.events("Seoul protested to Tokyo about the sanctions on June 14.", in: Support.english)
                == ["2023-06-14 JPN-KOR statement"])
    }

    /// `will meet the Australian prime minister` is a meeting; only meeting a need, a target or
    /// a deadline (`meet the needs`, `meet the target`) is none.
    @Test func meetingTheOtherSidesLeaderIsAMeeting() {
        #expect(Support.events("The Japanese prime minister will meet the Australian prime minister in Canberra on June 23.", in: Support.english)
                == ["2023-06-23 AUS-JPN meet"])
        #expect(Support.events("On June 12, Japan said its exports to Australia would meet the target agreed in May.", in: Support.english)
                .allSatisfy { !$0.hasSuffix("meet") })
    }

    /// The G20 is a gathering of many states (GUIDELINES): a state at its summit makes no pair
    /// with it, as one at a NATO summit does with NATO; meetings on its sidelines still count.
    @Test func theG20IsAGatheringNotAParty() {
        #expect(Support.events("The Chilean president attended the G20 summit in Osaka on June 14.", in: Support.english).isEmpty)
        #expect(Support.events("Ngày 14/6, Tổng thống Chile dự Hội nghị thượng đỉnh G20 tại Osaka.").isEmpty)
        #expect(Support.events("On the sidelines of the G20 summit on June 14, the Chilean president met the Peruvian president.",
                               in: Support.english).map { $0.prefix(18) } == ["2023-06-14 CHL-PER"])
        #expect(Support.events("The Chilean president attended the NATO summit in Vilnius on June 14.", in: Support.english)
                == ["2023-06-14 CHL-NATO summit"])
        // The two leaders referred back to, with a third, at its summit; where it met is no party.
        #expect(Support.events("The Chilean and Peruvian presidents spoke by phone on June 14. The two leaders last met for a trilateral meeting with Japan on the sidelines of the G20 summit in Argentina on June 1.",
                               in: Support.english).map { $0.prefix(18) }.sorted()
                == ["2023-06-01 CHL-JPN", "2023-06-01 CHL-PER", "2023-06-01 JPN-PER", "2023-06-14 CHL-PER"])
    }

    /// Diplomatic representations (`lodged stern representations with`, `giao thiệp nghiêm khắc
    /// với`) are a protest to the other side.
    @Test func representationsAreAProtest() {
        #expect(Support.events("On Thursday, Chile lodged stern representations with Peru over the remarks.", published: "2023-06-16",
                               in: Support.english) == ["2023-06-15 CHL-PER statement"])
        #expect(Support.events("Ngày 15/6, Bộ Ngoại giao Chile đã giao thiệp nghiêm khắc với Đại sứ quán Peru.", published: "2023-06-16")
                == ["2023-06-15 CHL-PER statement"])
    }

    /// A terrorist or suicide attack (`vụ tấn công khủng bố`, `terrorist attacks`) is no act of
    /// a state: condolences for its victims do not make it one of the pair the text is about.
    @Test func aTerroristAttackIsNoStatesAct() {
        #expect(Support.events("Ngày 15/9, Ngoại trưởng Chile gặp Tổng thống Peru. Ông gửi lời chia buồn tới những người Peru thiệt mạng trong vụ tấn công khủng bố tại Lima ngày 8/9.",
                               published: "2023-09-17") == ["2023-09-15 CHL-PER meet"])
        #expect(Support.events("On September 15, the Chilean foreign minister met the Peruvian president. He offered condolences to the Peruvians killed in the terrorist attacks in Lima on September 8.",
                               published: "2023-09-17", in: Support.english) == ["2023-09-15 CHL-PER meet"])
    }

    /// `giữa hai Tổng thống`, `between the two presidents` names the pair the text is about;
    /// the forums named after it (`bên lề Hội nghị Cấp cao APEC, G20 và …`) are no side of it.
    @Test func betweenTheTwoLeadersIsThePairBefore() {
        #expect(Support.events("Chile và Peru đã ký hiệp định thương mại ngày 2/6. Quan hệ hai nước tiến triển sau các cuộc gặp giữa hai Tổng thống (tháng 5/2023) bên lề Hội nghị Cấp cao APEC, G20 và chuyến thăm Lima của Ngoại trưởng Chile (tháng 4/2023).")
                == ["2023-04 CHL-PER visit", "2023-05 CHL-PER summit", "2023-06-02 CHL-PER agreement"])
        #expect(Support.events("Chile and Peru signed a trade agreement on June 2. Relations have improved after meetings between the two presidents in May 2023 on the sidelines of the APEC, G20 and ASEAN summits.", in: Support.english)
                == ["2023-05 CHL-PER summit", "2023-06-02 CHL-PER agreement"])
    }

    /// Launching at another state (`đã phóng hàng chục tên lửa hành trình vào Ukraine`,
    /// `vừa phóng UAV`) is a strike, whatever was launched; releasing (`phóng thích`) is not.
    @Test func launchingAtAStateIsAStrike() {
        #expect(Support.events("Rạng sáng 14/6, Nga đã phóng hàng chục tên lửa hành trình vào Ukraine.") == ["2023-06-14 RUS-UKR military"])
        #expect(Support.events("Ngày 17/6, Trung Quốc đã phóng thích hai công dân Canada.").isEmpty)
    }

    /// A `when` clause happens at the date of the clause it hangs on (`erupted on June 5 when
    /// Turkey's foreign minister visited Washington`), when it names two parties of its own; one party
    /// leaves whom it met to guesswork, and an `after` clause is another time.
    @Test func aWhenClauseHappensAtItsMainClausesDate() {
        #expect(Support.events("The dispute erupted on June 5 when Turkey's foreign minister visited Washington.", in: Support.english)
                == ["2023-06-05 TUR-USA visit"])
        #expect(Support.events("Vụ việc bùng phát ngày 5/6, khi Ngoại trưởng Thổ Nhĩ Kỳ thăm Washington.") == ["2023-06-05 TUR-USA visit"])
        #expect(Support.events("The fighting began on June 5 when Chile launched an offensive in the north.", in: Support.english).isEmpty)
        #expect(Support.events("The dispute erupted on June 5 after Turkey's foreign minister visited Washington.", in: Support.english).isEmpty)
    }

    /// A tour of several countries (`a three-nation tour`) is dated by its whole span, which is
    /// no leg's: the tour gives no visit; a leg with its own date does.
    @Test func aTourOfSeveralCountriesIsNoVisit() {
        #expect(Support.events("The Chilean president will visit Peru on August 5 during a three-nation tour from August 1 to 9.", in: Support.english)
                == ["2023-08-05 CHL-PER visit"])
    }

    /// The outbreak of a war between two named parties is a military event of the pair, dated
    /// as background when the text gives its month (GUIDELINES).
    @Test func theOutbreakOfAWarIsAMilitaryEvent() {
        #expect(Support.events("Thương mại giữa hai nước đã giảm mạnh kể từ khi xảy ra xung đột Nga - Ukraine hồi tháng 2/2022.")
                == ["2022-02 RUS-UKR military"])
        #expect(Support.events("Grain exports have fallen since war broke out between Russia and Ukraine in February 2022.", in: Support.english) == ["2022-02 RUS-UKR military"])
        #expect(Support.events("Armenia and Azerbaijan went to war with each other in September 2020.", in: Support.english) == ["2020-09 ARM-AZE military"])
    }

    /// A clause that only dates the event before it once more (`lần gần nhất là vào …`, `the
    /// last was in …`) is that event on its date.
    @Test func theLastTimeIsTheEventBeforeOnItsOwnDate() {
        #expect(Support.events("Đây là chuyến thăm Việt Nam lần thứ ba của Thủ tướng Nhật Bản; lần gần nhất là vào tháng 5/2023, khi ông dự hội nghị tại Hà Nội.",
                               published: "2024-06-20") == ["2023-05 JPN-VNM visit"])
        #expect(Support.events("It is the Japanese prime minister's third visit to Vietnam; the last was in May 2023.", in: Support.english) == ["2023-05 JPN-VNM visit"])
        // Without a word of repetition, a clause's date is not the event's.
        #expect(Support.events("Đây là chuyến thăm Việt Nam lần thứ ba của Thủ tướng Nhật Bản; tháng 5/2023, giá gạo tăng mạnh.",
                               published: "2024-06-20").isEmpty)
    }

    @Test func oneActorAloneMakesNoEvent() {
        #expect(Support.events("Ngày 5/6, Nga tuyên bố tập trận lớn.").isEmpty)
    }

    @Test func futureFollowsPlansAndThePublicationDate() throws {
        let timeline = Support.timeline([Support.document(
            "Ngoại trưởng Mỹ sẽ gặp Chủ tịch Trung Quốc trong ngày 19/6.\nHôm 18/6, Ngoại trưởng Mỹ đã hội đàm với người đồng cấp Trung Quốc.",
            published: "2023-06-19")])
        let planned = try #require(timeline.events.first { $0.date.iso == "2023-06-19" })
        let past = try #require(timeline.events.first { $0.date.iso == "2023-06-18" })
        #expect(planned.future)
        #expect(!past.future)
    }

    @Test func eventsCarryCameoGoldsteinParticipantsAndTopics() throws {
        let timeline = Support.timeline([Support.document(
            "Ngày 7/6, Tổng thư ký NATO Jens Stoltenberg đã có cuộc họp với Tổng thống Mỹ Joe Biden tại Washington về quan hệ với Nga.",
            published: "2021-06-08")])
        let event = try #require(timeline.events.first)
        #expect(event.actors == ["NATO", "USA"])
        #expect(event.cameo == "040")
        #expect(event.participants.sorted() == ["Jens Stoltenberg", "Joe Biden"])
        #expect(event.topics == ["RUS"])
        #expect(event.location == "Washington")
    }

    @Test func furnitureIsNotReadForEventsUnlessAskedFor() {
        let page = """
            Tiêu đề bài viết

            Ngày 4/5, Việt Nam ký thỏa thuận với Lào tại Hà Nội.
            Tin liên quan
            Mỹ áp lệnh trừng phạt Nga
            Mỹ áp lệnh trừng phạt Nga
            Ngày 1/5/2024, Mỹ áp lệnh trừng phạt mới đối với Nga.
            Thái Lan và Campuchia ký hiệp định
            Thái Lan và Campuchia ký hiệp định
            """
        let document = Support.document(page, published: "2024-05-06")
        #expect(Support.timeline([document]).events.map(\.pair) == ["LAO-VNM"])
        let related = Support.timeline([document], options: AnalysisOptions(includeRelated: true)).events
        #expect(related.contains { $0.pair == "RUS-USA" && $0.lowConfidence && $0.date.iso == "2024-05-01" })
        #expect(related.contains { $0.pair == "LAO-VNM" && !$0.lowConfidence })
    }
}
