import Testing
@testable import DyadText
@testable import DyadResources
@testable import DyadModel
@testable import DyadReading
@testable import DyadCleaning
@testable import DyadActors
@testable import DyadPipeline
@testable import DyadTestSupport

@Suite("Actors: names, compounds, metonyms and officeholders")
struct ActorsTests {
    let matcher = ActorMatcher(gazetteer: Support.resources.gazetteer)

    func codes(_ sentence: String) -> [String] {
        matcher.mentions(in: Tokenizer.tokenize(sentence)).map { $0.code ?? "?" }
    }

    @Test(arguments: [
        ("Quan hệ Mỹ-Trung đang cải thiện.", ["USA", "CHN"]),
        ("Hợp tác Trung - Nga rất quan trọng.", ["CHN", "RUS"]),
        ("Quan hệ Trung- Mỹ căng thẳng.", ["CHN", "USA"]),
        ("Thế chân vạc Mỹ-Nga-Trung đã hình thành.", ["USA", "RUS", "CHN"]),
        ("Xung đột Nga-Ukraine kéo dài.", ["RUS", "UKR"]),
        ("Thượng đỉnh Mỹ-Hàn diễn ra tại Washington.", ["USA", "KOR", "USA"]),
        ("Quan hệ Bình Nhưỡng-Moscow ngày càng chặt chẽ.", ["PRK", "RUS"]),
    ])
    func compounds(sentence: String, expected: [String]) {
        #expect(codes(sentence) == expected)
        #expect(matcher.mentions(in: Tokenizer.tokenize(sentence)).filter(\.inCompound).count >= 2)
    }

    @Test(arguments: [
        ("Xung đột ở Trung Đông leo thang.", [String]()),
        ("Ông được phong Trung tướng năm ngoái.", []),
        ("Ủy ban Trung ương họp phiên thứ ba.", []),
        ("Tình hình trên Bán đảo Triều Tiên vẫn căng thẳng.", []),
        ("Tàu thuyền qua lại trên Biển Đông.", []),
        ("Ông Trung là chuyên gia kinh tế.", []),
        ("Anh ấy sẽ tới vào ngày mai.", []),
        ("Đức tin của người dân rất mạnh.", []),
        ("Hôm Chủ Nhật, người dân đi lễ.", []),
    ])
    func notActors(sentence: String, expected: [String]) {
        #expect(codes(sentence) == expected)
    }

    /// `Chủ Nhật` (Sunday) is written with a capital N too: a weekday, not Japan.
    @Test func sundayWrittenWithACapitalIsAWeekday() {
        #expect(Support.events("Hôm Chủ Nhật, Ngoại trưởng Mỹ gặp Ngoại trưởng Nga.", published: "2023-06-19") == ["2023-06-18 RUS-USA meet"])
    }

    /// An English state is named by its adjective too, the smaller states' as the larger ones':
    /// `two Latvian diplomats`, `the Ghanaian president`.
    @Test func smallerStatesAreNamedByTheirAdjectives() {
        #expect(Support.events("Belarus expelled two Latvian diplomats on June 11.", in: Support.english) == ["2023-06-11 BLR-LVA sanction"])
        #expect(Support.events("The Ghanaian president met his Togolese counterpart in Accra on June 12.", in: Support.english)
                == ["2023-06-12 GHA-TGO meet"])
        #expect(Support.actorCodes("Slovak and Slovenian ministers spoke on June 13.", in: Support.english) == ["SVK", "SVN"])
    }

    @Test func capitalsAndSeatsStandForGovernments() {
        #expect(codes("Washington và Bắc Kinh nối lại đối thoại.") == ["USA", "CHN"])
        #expect(codes("Điện Kremlin bác bỏ thông tin này.") == ["RUS"])
        #expect(codes("Nhà Trắng ra tuyên bố.") == ["USA"])
        #expect(codes("Bình Nhưỡng phóng tên lửa.") == ["PRK"])
        #expect(codes("NATO và LHQ cùng kêu gọi.") == ["NATO", "UN"])
        #expect(codes("Nghị quyết của HĐBA LHQ.") == ["UN"])
    }

    /// The Pope is the Holy See's sovereign: he acts for it as a head of state does for a
    /// state. The honorific `Đức` before a cleric's title, and the name `Biển Đức` (Benedict),
    /// are not Germany.
    @Test func thePopeStandsForTheHolySee() {
        let english = ActorMatcher(gazetteer: Support.english.gazetteer)
        let englishCodes = { (text: String) in english.mentions(in: Tokenizer.tokenize(text)).map { $0.code ?? "?" } }
        #expect(codes("Đức Giáo hoàng tiếp Tổng thống Pháp.") == ["VAT", "FRA"])
        #expect(codes("ĐTC Biển Đức 16 tiếp Chủ tịch Việt Nam.") == ["VAT", "VNM"])
        #expect(codes("Đức TGM Ngoại trưởng Tòa Thánh gặp Đại sứ Đức.") == ["VAT", "DEU"])
        #expect(englishCodes("Pope Leo received the President of Peru.") == ["VAT", "PER"])
    }

    /// A state's armed forces, named as such, act for it.
    @Test func armedForcesStandForTheirState() {
        let english = ActorMatcher(gazetteer: Support.english.gazetteer)
        let codes = { (text: String) in english.mentions(in: Tokenizer.tokenize(text)).map { $0.code ?? "?" } }
        #expect(codes("The People's Liberation Army fired missiles near Taiwan.") == ["CHN", "TWN"])
        #expect(codes("The IDF struck targets in Lebanon.") == ["ISR", "LBN"])
        #expect(self.codes("Quân Giải phóng Nhân dân Trung Quốc tập trận quanh Đài Loan.") == ["CHN", "CHN", "TWN"])
    }

    /// The Pope speaks for the Holy See (`Giáo hoàng`, `Đức Thánh Cha`, `ĐTC`, `Pope`); `Đức`
    /// as an honorific (`Đức TGM`, `Đức Giám mục`) or inside a name (`Biển Đức`, Benedict) is
    /// not Germany.
    @Test func thePopeIsTheHolySee() {
        #expect(codes("Tổng thống Chile hội kiến ĐTC Biển Đức XVI.") == ["CHL", "VAT"])
        #expect(codes("Đức TGM phụ trách ngoại giao của Tòa Thánh gặp Đức Giám mục giáo phận.") == ["VAT"])
        #expect(codes("Giáo hoàng tiếp Thủ tướng Đức.") == ["VAT", "DEU"])
        let english = ActorMatcher(gazetteer: Support.english.gazetteer)
        #expect(english.mentions(in: Tokenizer.tokenize("Pope Francis received the Argentine president.")).map { $0.code ?? "?" } == ["VAT", "ARG"])
    }

    /// The reader's clock (`giờ Việt Nam`, `giờ Hà Nội`) restates an hour for the reader and
    /// names no one who took part.
    @Test func theReadersClockIsNoActor() {
        #expect(codes("Sáng 15/6 (giờ Hà Nội), Tổng thống Mỹ đã điện đàm với Tổng thống Pháp.") == ["USA", "FRA"])
        #expect(codes("Rạng sáng 14/6 theo giờ Việt Nam, Nga tấn công Ukraine.") == ["RUS", "UKR"])
    }

    @Test func titledNamesNeedATitle() {
        #expect(codes("Thủ tướng Anh Keir Starmer phát biểu.") == ["GBR", "GBR"])
        #expect(codes("Thủ tướng Anh phát biểu.") == ["GBR"])
        #expect(codes("Anh em họ cùng đến.") == [])
        #expect(codes("Sau đó ông Tập phát biểu.") == ["CHN"])
        #expect(codes("Tập 7 của chương trình lên sóng.") == [])
    }

    /// A name shared with something else counts where the document names its actor in another
    /// way too, before or after it; alone it is dropped.
    @Test func aSharedNameCountsWhereTheDocumentConfirmsIt() {
        func document(_ sentences: [String]) -> [[String]] {
            ActorMatcher.confirmed(sentences.map { matcher.mentions(in: Tokenizer.tokenize($0)) }).map { $0.map { $0.code ?? "?" } }
        }
        #expect(document(["Georgia và Nga đã ký thỏa thuận.", "Ông cho biết thủ đô Tbilisi đã yên tĩnh."]) == [["GEO", "RUS"], ["GEO"]])
        #expect(document(["Georgia và Nga đã ký thỏa thuận."]) == [["RUS"]])
        // After a title it needs no other name.
        #expect(document(["Tổng thống Georgia tới Nga."]) == [["GEO", "RUS"]])
    }

    @Test func peopleResolveByDateAndRole() throws {
        let gazetteer = Support.resources.gazetteer
        let stoltenberg = try #require(gazetteer.officeholders["stoltenberg"])
        #expect(stoltenberg.actor(on: CalendarDate(year: 2021, month: 6, day: 7), role: nil) == "NATO")
        #expect(stoltenberg.actor(on: CalendarDate(year: 2025, month: 6, day: 1), role: nil) == "NOR")
        let mentions = matcher.mentions(in: Tokenizer.tokenize("Ngoại trưởng Mỹ Antony Blinken gặp người đồng cấp Trung Quốc Tần Cương."))
        let people = mentions.filter { $0.form == .person }
        #expect(people.map(\.personID) == ["blinken", "qin-gang"])
        #expect(people[0].role == "foreign_minister")
        #expect(people.map(\.code) == ["USA", "CHN"])
    }

    /// A person's actor, for every officeholder the lexicon lists, on the first of every month
    /// from 1990 to 2030 and without a date, in each of their roles, no role and an unknown
    /// one — and for made-up people whose terms overlap and change sides — is what the rule
    /// says, written out plainly here: among the terms covering the date, the first in the role,
    /// else the first; without one, the actor of the terms in the role (or of all terms) when
    /// they are one actor, else the last term's.
    @Test func peopleResolveAsTheRuleSaysForEveryTermDateAndRole() {
        func expected(_ person: Officeholder, on date: CalendarDate?, role: String?) -> String? {
            if let date {
                let current = person.terms.filter { $0.covers(date) }
                if let match = current.first(where: { $0.role == role }) ?? current.first { return match.actor }
            }
            let inRole = person.terms.filter { $0.role == role }
            let pool = inRole.isEmpty ? person.terms : inRole
            return Set(pool.map(\.actor)).count == 1 ? pool[0].actor : pool.last?.actor
        }
        let day = { (year: Int, month: Int) -> CalendarDate in CalendarDate(year: year, month: month, day: 1)! }
        let madeUp = [
            Officeholder(id: "a", displayName: "A", terms: [Term(actor: "USA", role: "x", start: day(2000, 1), end: day(2010, 1)),
                                                           Term(actor: "CHN", role: "y", start: day(2005, 1), end: nil),
                                                           Term(actor: "RUS", role: "x", start: day(2008, 1), end: day(2012, 1))]),
            Officeholder(id: "b", displayName: "B", terms: []),
        ]
        let people = Array(Support.resources.gazetteer.officeholders.values) + madeUp
        var dates: [CalendarDate?] = [nil]
        for year in 1990...2030 { for month in 1...12 { dates.append(day(year, month)) } }
        for person in people {
            let roles: [String?] = [nil, "unknown"] + person.terms.map { $0.role }
            for role in roles {
                for date in dates {
                    #expect(person.actor(on: date, role: role) == expected(person, on: date, role: role), "\(person.id) \(String(describing: date)) \(role ?? "-")")
                }
            }
        }
    }

    @Test func rolesNarrowTheYearsOfAnOfficeholder() throws {
        let biden = try #require(Support.resources.gazetteer.officeholders["biden"])
        #expect(biden.years(in: "head_of_state", horizon: 2026) == Set(2021...2025))
        #expect(biden.years(in: "vice_president", horizon: 2026) == Set(2009...2017))
    }

    @Test func userAliasesExtendTheGazetteer() throws {
        let resources = try LanguageResources.load(extraAliases: ["USA": ActorAliases(names: ["Xứ cờ hoa"])])
        let matcher = ActorMatcher(gazetteer: resources.gazetteer)
        #expect(matcher.mentions(in: Tokenizer.tokenize("Xứ cờ hoa lên tiếng.")).map(\.code) == ["USA"])
        #expect(throws: UnknownActorError.self) {
            _ = try LanguageResources.load(extraAliases: ["XYZ": ActorAliases(names: ["Xứ lạ"])])
        }
    }
}

