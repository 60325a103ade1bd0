import Testing
@testable import DyadText
@testable import DyadActors
@testable import DyadPipeline
@testable import DyadTestSupport

/// Given names are often countries' names (`Đức`, `Nga`, `Anh`, `Mỹ`; `Jordan`): inside a
/// person's name they name the person, not the country.
@Suite("Actors: a country's name inside a person's name")
struct PersonalNameTests {
    private let vietnamese = Support.resources
    private let english = Support.english
    private let codes = Support.actorCodes

    @Test(arguments: [
        ("Ông Nguyễn Văn Đức tiếp Đại sứ Nhật Bản.", ["JPN"]),
        ("Bà Lê Thị Nga phát biểu tại hội thảo.", []),
        ("Phó Giám đốc Trần Minh Mỹ và Đại sứ Lào dự lễ.", ["LAO"]),
        ("Ông Đức cho biết phía Pháp đã đồng ý.", ["FRA"]),
        ("Theo bà Nga, Tổng thống Nga sẽ tới.", ["RUS"]),
        ("Chị Anh làm việc ở Úc.", ["AUS"]),
    ])
    func aGivenNameIsNoCountry(sentence: String, expected: [String]) {
        #expect(codes(sentence, vietnamese) == expected)
    }

    @Test(arguments: [
        // A title, not a person's name, before the country.
        ("Thủ tướng Đức điện đàm với Tổng thống Nga.", ["DEU", "RUS"]),
        // A family name right before a country's name is not yet a person's name.
        ("Đoàn Việt Nam do Thủ tướng dẫn đầu đã tới Nhật Bản.", ["VNM", "JPN"]),
        // A person's name, then the country after a word of its own.
        ("Ông Nguyễn Văn Hùng, Đại sứ Việt Nam tại Đức, cho biết.", ["VNM", "DEU"]),
        ("Bộ trưởng Phạm Văn Hùng và Ngoại trưởng Mỹ hội đàm.", ["USA"]),
    ])
    func countriesBesideNamesStay(sentence: String, expected: [String]) {
        #expect(codes(sentence, vietnamese) == expected)
    }

    @Test func aFormOfAddressNamesAPersonInEnglishToo() {
        #expect(codes("Mr Jordan met the French ambassador.", english) == ["FRA"])
        #expect(codes("Ms. Chad said she would travel.", english) == [])
        #expect(codes("King Abdullah of Jordan met Mr Smith.", english) == ["JOR"])
    }

    /// One word of an officeholder's name beside another capitalised word that is no title and
    /// no known name (`Seyyed Abbas Mousavi`, `Abbas Kiarostami`) is someone else's name; with a
    /// title (`President Abbas`), alone, or in a title-case headline, it is the officeholder.
    @Test func anOfficeholdersNameInsideAnotherNameIsNotTheirs() {
        #expect(codes("Foreign Ministry spokesman Seyyed Abbas Mousavi condemned the attack in Lima.", english) == ["PER"])
        #expect(codes("Abbas Kiarostami met the Omani foreign minister.", english) == ["OMN"])
        #expect(codes("President Abbas met the Omani foreign minister.", english) == ["PSE", "OMN"])
        #expect(codes("Abbas met the Omani foreign minister.", english) == ["PSE", "OMN"])
        #expect(codes("Abbas Meets Omani Foreign Minister in Muscat", english) == ["PSE", "OMN", "OMN"])
        #expect(codes("Palestinian leader Abbas said Israel must withdraw.", english) == ["PSE", "PSE", "ISR"])
    }

    /// The sentence that made an event between two countries out of a person's given name
    /// makes none.
    @Test func noEventWithTheCountryOfAGivenName() {
        #expect(Support.events("Ngày 17/6, ông Trần Văn Đức đã gặp Đại sứ Nhật Bản.").allSatisfy { !$0.contains("DEU") })
        #expect(Support.events("Ngày 17/6, Thủ tướng Đức đã gặp Đại sứ Nhật Bản.").contains { $0.contains("DEU-JPN") })
    }
}
