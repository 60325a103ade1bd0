import Testing
@testable import DyadText
@testable import DyadResources
@testable import DyadModel
@testable import DyadReading
@testable import DyadCleaning
@testable import DyadActors
@testable import DyadDates
@testable import DyadPipeline
@testable import DyadTestSupport

@Suite("Dates: finding and resolving Vietnamese date expressions")
struct DatesTests {
    let scanner = DateScanner(lexicon: Support.resources.dates)

    /// The expressions found in a sentence, resolved against a publication date.
    func resolve(_ sentence: String, published: String? = "2023-06-17") -> [String] {
        let found = scanner.scan(Tokenizer.tokenize(sentence)).map { (sentence: 0, line: 1, expression: $0) }
        let anchor: DateAnchor = published.flatMap(CalendarDate.init(iso:)).map(DateAnchor.published) ?? .none
        return DateResolver().resolve(found, anchor: anchor).map { dated in
            guard let resolved = dated.resolved else { return "?" }
            return resolved.start.iso + (resolved.end.map { "/" + $0.iso } ?? "")
        }
    }

    func texts(_ sentence: String) -> [String] {
        scanner.scan(Tokenizer.tokenize(sentence)).map(\.text)
    }

    /// ISO dates are written as zero-padded decimal fields, for every year, month and day,
    /// including ones no real date has (the digit-by-digit path and the general one agree).
    @Test func isoTextIsZeroPaddedFields() {
        func reference(_ year: Int, _ month: Int?, _ day: Int?) -> String {
            func padded(_ value: Int, _ width: Int) -> String {
                let text = String(value)
                return text.count >= width ? text : String(repeating: "0", count: width - text.count) + text
            }
            return padded(year, 4) + (month.map { "-" + padded($0, 2) } ?? "") + (day.map { "-" + padded($0, 2) } ?? "")
        }
        for year in [-5, 0, 7, 99, 999, 2023, 9999, 10_000, 123_456] {
            for month in [nil, 0, 1, 9, 10, 12, 99, 100] as [Int?] {
                for day in [nil, 0, 1, 9, 31, 99, 100] as [Int?] {
                    #expect(isoText(year: year, month: month, day: day) == reference(year, month, day), "\(year) \(String(describing: month)) \(String(describing: day))")
                }
            }
        }
        #expect(CalendarDate(year: 2023, month: 6, day: 9)?.iso == "2023-06-09")
        #expect(FuzzyDate(year: 2023, month: 6).iso == "2023-06")
    }

    /// Each reason a date resolved as it did reads as `dyad dates` and `dyad explain` print it.
    @Test func dateNotesReadAsPrinted() throws {
        let day = try #require(CalendarDate(year: 2023, month: 6, day: 19))
        let expected: [(DateNote, String)] = [
            (.statedYear, "the text states the year"),
            (.notARealDate, "not a real date"),
            (.notARealDateIn(year: 2023), "not a real date in 2023"),
            (.anchorYearOffset(year: 2022, offset: -1), "year 2022: the anchor year -1"),
            (.anchorYearOffset(year: 2023, offset: 0), "year 2023: the anchor year +0"),
            (.yearOffsetWithoutAnchor, "relative to a year that nothing anchors"),
            (.nearestToPublication(year: 2023, published: day, direction: .backward), "year 2023 from the publication date 2023-06-19 (backward)"),
            (.inferredYear(2021), "year 2021 inferred from the document (no publication date)"),
            (.noYear, "no year: the text gives none and nothing anchors it"),
            (.relativeWithoutPublication, "relative to the publication date, which is not known"),
            (.publicationDays(-1), "publication date -1 day(s)"),
            (.week(monday: day), "week of 2023-06-19: a week is too vague to date an event"),
            (.publicationMonths(1), "publication month +1"),
            (.publicationYears(-2), "publication year -2"),
            (.noEarlierDate, "refers to an earlier date, but none precedes it"),
            (.earlierDate(day, days: 1), "the previous date in the text (2023-06-19) +1 day(s)"),
            (.eventDate(day, days: 2), "the date of the event named after it (2023-06-19) +2 day(s)"),
            (.weekdayWithoutPublication, "a weekday needs the publication date, which is not known"),
            (.nearestWeekday(forward: true), "the nearest such weekday on or after the publication date"),
            (.nearestWeekday(forward: false), "the nearest such weekday on or before the publication date"),
            (.strictWeekday(forward: false), "the nearest such weekday before the publication day"),
            (.weekdayOfWeek(-1), "that weekday of the publication week -1"),
        ]
        for (note, text) in expected { #expect(note.text == text) }
        // The resolver gives the reasons: a stated year, and one placed by the publication date.
        let found = Support.resources.dates
        let scanner = DateScanner(lexicon: found)
        let tokens = Support.resources.vocabulary.tokenize("Ngày 19/6/2023 và hôm 18/6, họ gặp nhau.")
        let dates = DateResolver().resolve(scanner.scan(tokens).map { (sentence: 0, line: 1, expression: $0) }, anchor: .published(day))
        #expect(dates.map(\.note) == ["the text states the year", "year 2023 from the publication date 2023-06-19 (neutral)"])
    }

    @Test(arguments: [
        ("Bộ trưởng phát biểu ngày 21/6 tại Hà Nội.", "2023-06-21"),
        ("Hôm 18/6, hai bên đã hội đàm.", "2023-06-18"),
        ("Sáng 29/4, đoàn đã tới nơi.", "2023-04-29"),
        ("Tối 7/6 ông ấy đã rời đi.", "2023-06-07"),
        ("Cuộc họp dự kiến diễn ra ngày 18-3.", "2024-03-18"),
        ("Đại diện hai nước hôm qua (7/6) đã điện đàm.", "2023-06-07"),
        ("Hiệp định được ký ngày 21 tháng 6.", "2023-06-21"),
        ("Ông tới Bắc Kinh ngày 18/6/2023.", "2023-06-18"),
        ("Văn bản ký ngày 18-3-2021 có hiệu lực.", "2021-03-18"),
        ("Lễ ký diễn ra ngày 18 tháng 6 năm 2019.", "2019-06-18"),
    ])
    func dayAndMonth(sentence: String, expected: String) {
        #expect(resolve(sentence) == [expected])
    }

    @Test(arguments: [
        ("Ông thăm Trung Quốc các ngày 18 - 19/6.", "2023-06-18/2023-06-19"),
        ("Chuyến thăm diễn ra 18-19/6.", "2023-06-18/2023-06-19"),
        ("Hội nghị diễn ra từ ngày 4 đến 12/3.", "2023-03-04/2023-03-12"),
        // Across a month, the end cued again.
        ("Cuộc tập trận kéo dài từ ngày 29/7 đến ngày 2/8.", "2023-07-29/2023-08-02"),
        ("Kỳ họp diễn ra 4-12/3/2026.", "2026-03-04/2026-03-12"),
        ("Triển lãm mở cửa từ 18/6 - 20/6.", "2023-06-18/2023-06-20"),
    ])
    func spans(sentence: String, expected: String) {
        #expect(resolve(sentence) == [expected])
    }

    @Test(arguments: [
        ("Hai ông đã nhất trí hồi tháng 4/2017.", "2017-04"),
        ("Sự kiện diễn ra vào tháng 4 năm 2017.", "2017-04"),
        ("Họ đã gặp nhau hồi tháng 4.", "2023-04"),
        ("Hai bên dự kiến gặp nhau trong tháng 10.", "2023-10"),
        ("Báo cáo công bố cuối tháng 10 năm ngoái.", "2022-10"),
        ("Kinh tế tăng trưởng mạnh đầu năm 2023.", "2023"),
        ("GDP tăng trong quý I/2025.", "2025-01/2025-03"),
        ("Vị trí này bỏ trống từ năm 2019.", "2019"),
        ("Nhiều đại lý trong tháng 9.2025 giảm giá.", "2025-09"),
    ])
    func monthsYearsQuarters(sentence: String, expected: String) {
        #expect(resolve(sentence).first == expected)
    }

    @Test(arguments: [
        ("Hôm nay, hai bên ký kết.", "2023-06-17"),
        ("Hôm qua, ông đã tới Seoul.", "2023-06-16"),
        ("Ngày mai ông sẽ tới Seoul.", "2023-06-18"),
        ("Tháng tới hai bên sẽ gặp lại.", "2023-07"),
        ("Năm ngoái, hai nước đã ký hiệp định.", "2022"),
        ("Tuần tới ông sẽ tới Seoul.", "?"),
        ("Thứ Hai, ông đã tới Seoul.", "2023-06-12"),
        ("Chủ nhật tới, ông sẽ tới Seoul.", "2023-06-18"),
        // A relative day followed by the date it is says more with the date, in any of its forms.
        ("10h sáng nay 17-6, ông đã tới Seoul.", "2023-06-17"),
        ("Hôm qua 16-6, ông đã tới Seoul.", "2023-06-16"),
        ("Chiều nay (17/6), ông đã tới Seoul.", "2023-06-17"),
    ])
    func relativeToPublication(sentence: String, expected: String) {
        #expect(resolve(sentence) == [expected])
    }

    @Test func relativeToThePreviousDate() {
        let sentences = ["Ông sẽ gặp Chủ tịch trong ngày 19/6.", "Trước đó cùng ngày, ông đã gặp Ngoại trưởng.",
                         "Hôm sau, ông rời đi.", "Ngày hôm trước, ông đã tới nơi."]
        var found: [(sentence: Int, line: Int, expression: TemporalExpression)] = []
        for (index, sentence) in sentences.enumerated() {
            found += scanner.scan(Tokenizer.tokenize(sentence)).map { (index, index + 1, $0) }
        }
        let resolved = DateResolver().resolve(found, anchor: .published(CalendarDate(year: 2023, month: 6, day: 19)!))
        #expect(resolved.map { $0.resolved?.start.iso ?? "?" } == ["2023-06-19", "2023-06-19", "2023-06-20", "2023-06-19"])
    }

    /// A text that states its own today (`Hôm nay 23/1/2023`, `Today, January 23`) counts its
    /// relative days from it, not from the publication date: a page that reprints another's
    /// text days later keeps the text's `hôm qua`. Without a publication date too.
    @Test func aTextsOwnTodayAnchorsItsRelativeDays() {
        func resolve(_ sentences: [String], published: CalendarDate?, scanner: DateScanner = scanner) -> [String] {
            var found: [(sentence: Int, line: Int, expression: TemporalExpression)] = []
            for (index, sentence) in sentences.enumerated() {
                found += scanner.scan(Tokenizer.tokenize(sentence)).map { (index, index + 1, $0) }
            }
            let anchor: DateAnchor = published.map { .published($0) } ?? .none
            return DateResolver().resolve(found, anchor: anchor).map { $0.resolved?.start.iso ?? "?" }
        }
        let january25 = CalendarDate(year: 2023, month: 1, day: 25)!
        #expect(resolve(["Hôm nay 23/1/2023, báo chí cho biết.", "Ông đã công bố quyết định hôm qua."], published: january25)
                == ["2023-01-23", "2023-01-22"])
        #expect(resolve(["Hôm nay (23/1), báo chí cho biết.", "Ông đã công bố quyết định hôm qua."], published: january25)
                == ["2023-01-23", "2023-01-22"])
        #expect(resolve(["Hôm nay 23/1/2023, báo chí cho biết.", "Ông đã công bố quyết định hôm qua."], published: nil)
                == ["2023-01-23", "2023-01-22"])
        // A date that is not the text's today anchors nothing.
        #expect(resolve(["Ngày 23/1/2023, báo chí cho biết.", "Ông đã công bố quyết định hôm qua."], published: january25)
                == ["2023-01-23", "2023-01-24"])
        let english = DateScanner(lexicon: Support.english.dates)
        #expect(resolve(["Today, January 23, 2023, officials said.", "The minister announced it yesterday."], published: january25, scanner: english)
                == ["2023-01-23", "2023-01-22"])
    }

    @Test(arguments: [
        "Kinh tế có 3 mục tiêu chính.",
        "GDP tăng 5,4% so với cùng kỳ.",
        "Triều Tiên có 4.300 xe tăng.",
        "Khoảng 1/3 dân số sống ở thành thị.",
        "Dịch vụ hỗ trợ 24/7.",
        "Tổng thống kết thúc 100 ngày đầu tại nhiệm.",
        "Cuộc họp bắt đầu lúc 08:30.",
        "Liên hệ số 0243.123.456 để biết thêm.",
        "Nghị quyết HĐBA LHQ 2375 được thông qua.",
        "Tỷ số chung cuộc là 2-1.",
        "Hiệp ước được gia hạn thêm 5 năm.",
        "Vụ mất tích 55 năm trước vẫn chưa có lời giải.",
        "Ông hy vọng gặp lại trong những tháng tới.",
        "Hiện nay, quan hệ hai nước rất tốt.",
        "Nghị quyết 80- NQ/TW được ban hành.",
        "Chi 3,2 tỷ đồng cho dự án.",
        "Cuộc họp kéo dài từ 3-4 tiếng đồng hồ.",
        "Đoàn xe di chuyển từ 5-7 km mỗi giờ.",
    ])
    func notDates(sentence: String) {
        #expect(texts(sentence).isEmpty, "found \(texts(sentence)) in: \(sentence)")
    }

    /// A weekday placed by the words beside it: `thứ Sáu vừa qua` (last Friday) said on a
    /// Friday is a week earlier, not that day; `thứ Sáu tuần trước`, `thứ Ba tuần sau` are that
    /// day of the week before or after the publication week (weeks begin on Monday).
    @Test func aWeekdayPlacedByTheWordsBesideIt() {
        // Published Friday 16 June 2023.
        #expect(resolve("Hai bên đã hội đàm hôm thứ Sáu vừa qua.", published: "2023-06-16") == ["2023-06-09"])
        #expect(resolve("Hai bên đã hội đàm hôm thứ Sáu.", published: "2023-06-16") == ["2023-06-16"])
        #expect(resolve("Hai bên đã hội đàm hôm thứ Sáu tuần trước.", published: "2023-06-14") == ["2023-06-09"])
        // Published Monday 19 June: next week's Tuesday, not tomorrow.
        #expect(resolve("Hai bên sẽ hội đàm vào thứ Ba tuần sau.", published: "2023-06-19") == ["2023-06-27"])
        #expect(Support.events("Japan imposed sanctions on Russia last Friday.", published: "2023-06-16", in: Support.english)
                == ["2023-06-09 JPN-RUS sanction"])
        #expect(Support.events("The Japanese prime minister will meet the Australian prime minister next Friday.", published: "2023-06-16", in: Support.english)
                == ["2023-06-23 AUS-JPN meet"])
        // A word of plans in a reported clause (`… Wednesday that the U.S. would …`, `… rằng … sẽ …`)
        // is the clause's: the date is the telling's.
        #expect(Support.events("The Japanese prime minister told the Australian prime minister in a call Wednesday that Japan would defend its interests.",
                               published: "2023-06-16", in: Support.english) == ["2023-06-14 AUS-JPN call"])
        #expect(Support.events("Thủ tướng Nhật Bản hôm thứ Tư điện đàm với Thủ tướng Australia và nói rằng Nhật Bản sẽ bảo vệ lợi ích của mình.",
                               published: "2023-06-16") == ["2023-06-14 AUS-JPN call"])
        // `, and` parts a date from a past verb beyond it; `follows` points back.
        #expect(Support.events("The trade minister says China's foreign minister will visit Australia in July, and invited his counterpart to do the same.",
                               published: "2023-05-12", in: Support.english) == ["2023-07 AUS-CHN visit"])
        #expect(Support.events("The trip is expected in July and follows the Australian foreign minister meeting her Chinese counterpart in December.",
                               published: "2023-05-12", in: Support.english).first == "2022-12 AUS-CHN meet")
        // A schedule points ahead (`slated for Monday`, `is likely to … on Sunday`) as `will` does.
        #expect(Support.events("The Japanese prime minister's talks with the Australian prime minister are slated for Monday.",
                               published: "2023-06-16", in: Support.english) == ["2023-06-19 AUS-JPN talks"])
    }

    /// A date followed by the hour it is given in stays a date: only units that measure make
    /// numbers a quantity.
    @Test func aDateBeforeItsClockIsADate() {
        #expect(resolve("Ngày 10-6 giờ địa phương, hai bên hội đàm.") == ["2023-06-10"])
    }

    /// An English verb in the past (`elevated`, `expelled`) points back, listed or not: a
    /// September named in May is last year's. Listed words win (`expected` points ahead), and a
    /// name (`United`) is no verb.
    @Test func aVerbInThePastPointsBack() {
        #expect(Support.events("Chile and Peru elevated their ties to a comprehensive strategic partnership on Sept. 10.", published: "2024-05-18", in: Support.english)
                == ["2023-09-10 CHL-PER agreement"])
        #expect(Support.events("Chile and Peru are expected to elevate their ties to a comprehensive strategic partnership on Sept. 10.", published: "2024-05-18", in: Support.english)
                == ["2024-09-10 CHL-PER agreement"])
        #expect(Support.events("The United States and Peru elevate their ties to a comprehensive strategic partnership on Sept. 10.", published: "2024-05-18", in: Support.english)
                == ["2024-09-10 PER-USA agreement"])
    }

    @Test func directionChoosesTheYear() {
        // Published 17 June: a planned 21 June is this year; an October reported as past is last year.
        #expect(resolve("Hai bên sẽ đối thoại vào ngày 21/6.") == ["2023-06-21"])
        #expect(resolve("Hai bên đã ký thỏa thuận ngày 10/10.") == ["2022-10-10"])
        // Published 28 December: a planned 3 January is next year.
        #expect(resolve("Ông sẽ tới Hà Nội ngày 3/1.", published: "2023-12-28") == ["2024-01-03"])
        // Agreeing to hold a meeting points ahead, though the agreeing is past: published 19 June,
        // a March is next year's.
        #expect(resolve("Ngày 18/6, hai bên nhất trí tổ chức kỳ họp tiếp theo vào tháng 3.", published: "2023-06-19") == ["2023-06-18", "2024-03"])
        // An explicit year is never replaced by the publication date.
        #expect(resolve("Giá vàng hôm nay 19/3/2026 giảm sâu.") == ["2026-03-19"])
    }

    @Test func withoutAnAnchorOnlyExplicitYearsResolve() {
        #expect(resolve("Hai bên gặp nhau ngày 5/7.", published: nil) == ["?"])
        #expect(resolve("Hai bên gặp nhau ngày 5/7/2020.", published: nil) == ["2020-07-05"])
    }

    @Test func yearInferenceUsesOfficeholdersAndStatedYears() {
        let both = YearInference.infer(
            statedYears: [(2019, "năm 2019", 5)],
            officeholders: [("Biden", 3, Set(2021...2024)), ("Stoltenberg", 4, Set(2014...2024))])
        // Four years fit and none is stated: no guess.
        #expect(both.candidates == [2021, 2022, 2023, 2024])
        #expect(both.chosen == nil)
        #expect(both.note.contains("left unplaced"))
        // A short stretch is taken at its start.
        let short = YearInference.infer(statedYears: [], officeholders: [("Miller", 3, Set(2023...2025)), ("Putin", 4, Set(2012...2026))])
        #expect(short.chosen == 2023)
        // Of the years stated inside the stretch, the latest.
        let two = YearInference.infer(statedYears: [(2021, "năm 2021", 2), (2023, "tháng 1/2023", 5), (2030, "năm 2030", 6)],
                                      officeholders: [("Biden", 3, Set(2021...2024))])
        #expect(two.chosen == 2023)
        let stated = YearInference.infer(
            statedYears: [(2017, "tháng 4/2017", 2)],
            officeholders: [("Tillerson", 3, [2017, 2018]), ("Trump", 4, Set(2017...2020))])
        #expect(stated.chosen == 2017)
        #expect(stated.evidence.count == 3)
        let none = YearInference.infer(statedYears: [], officeholders: [])
        #expect(none.chosen == nil)
    }

    @Test func calendarArithmetic() {
        let date = CalendarDate(year: 2024, month: 2, day: 28)!
        #expect(date.adding(days: 1).iso == "2024-02-29")
        #expect(date.adding(days: 2).iso == "2024-03-01")
        #expect(CalendarDate(year: 2023, month: 2, day: 29) == nil)
        #expect(CalendarDate(year: 2023, month: 6, day: 19)!.weekday == 1)
        #expect(CalendarDate(dayNumber: date.dayNumber) == date)
        #expect(FuzzyDate(iso: "2023-10")!.lastDay.iso == "2023-10-31")
    }
}

@Suite("Dates: spans")
struct SpanTests {
    @Test func aSpanNeverEndsBeforeItStarts() {
        // Found by the fuzzer: `07/09/2025-06-07` once gave 2025-09-07…2025-07-06.
        #expect(Support.events("Ngày 07/09/2025-06-07, Mỹ và Nga hội đàm tại Moscow.") == ["2025-09-07 RUS-USA talks"])
    }

    @Test func aSpanAcrossNewYearEndsInTheNextYear() throws {
        let timeline = Support.timeline([Support.document("Từ ngày 30/12/2022 - 2/1, Mỹ và Nga hội đàm tại Geneva.", published: "2023-01-05")])
        let event = try #require(timeline.events.first)
        #expect(event.date.iso == "2022-12-30")
        #expect(event.end?.iso == "2023-01-02")
    }

    /// Every forum of the shared summit list is an actor, and every language's names of places
    /// name places in that list (a misspelt or dead entry would never match).
    @Test func theSummitListNamesActorsAndPlacesItKnows() throws {
        let summits = try ResourceLoader.decode(SummitsFile.self, "common/summits.json")
        let actors = try ResourceLoader.decode(ActorListFile.self, "common/actors.json")
        let codes = Set(actors.actors.map(\.code))
        #expect(summits.summits.allSatisfy { codes.contains($0.forum) })
        let places = Set(summits.summits.map(\.host))
        for language in ResourceLoader.availableLanguages(in: nil) {
            let file = try ResourceLoader.decode(DatesFile.self, "\(language)/dates.json")
            let unknown = Set((file.host_names ?? [:]).keys).subtracting(places)
            #expect(unknown.isEmpty, "\(language)/dates.json host_names: \(unknown.sorted())")
        }
    }
}
