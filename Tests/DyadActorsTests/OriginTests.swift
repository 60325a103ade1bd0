import Testing
@testable import DyadText
@testable import DyadActors
@testable import DyadPipeline
@testable import DyadTestSupport

/// A name a hyphen joins to a word of origin says where something comes from: the state is no
/// party to what it does.
@Suite("Actors: a name that says where something comes from")
struct OriginTests {
    @Test func anOriginIsNoParty() {
        #expect(Support.actorCodes("On Tuesday, the U.S.-based company met officials in Beijing.", in: Support.english) == ["CHN"])
        #expect(Support.actorCodes("Chinese-made drones were sold to Iran.", in: Support.english) == ["IRN"])
        #expect(Support.actorCodes("The Iranian-born writer met the French minister.", in: Support.english) == ["FRA"])
        #expect(Support.events("On June 18, the U.S.-based company met officials in Beijing.", in: Support.english).isEmpty)
    }

    /// A name that says where a person's family comes from names the person: `gốc` before or
    /// after it, `descent` after it, or a compound of two names before a word for a person.
    @Test func anAncestryIsNoParty() {
        #expect(Support.actorCodes("Chiều 12/6, một kỹ sư người Canada gốc Hàn Quốc đã gặp Đại sứ Nhật Bản.") == ["JPN"])
        #expect(Support.actorCodes("Nữ doanh nhân gốc Việt đã tiếp Bộ trưởng Pháp tại Paris.") == ["FRA", "FRA"])
        #expect(Support.actorCodes("A Vietnamese-Australian engineer met the Japanese ambassador on June 12.", in: Support.english) == ["JPN"])
        #expect(Support.actorCodes("The lawmaker, of Turkish descent, met the Greek minister.", in: Support.english) == ["GRC"])
        #expect(Support.events("Ngày 12/6, một kỹ sư người Canada gốc Hàn Quốc đã gặp Đại sứ Nhật Bản tại Tokyo.").isEmpty)
        #expect(Support.events("On June 12, a Vietnamese-Australian engineer met the Japanese ambassador in Tokyo.", in: Support.english).isEmpty)
        // Two states' compound before anything but a person stays their pair.
        #expect(Support.events("Vietnamese-Australian relations warmed after talks on June 12.", in: Support.english) == ["2023-06-12 AUS-VNM talks"])
    }

    /// A name beside a currency (`U.S. dollars`, `US$`, `đô la Mỹ`, `bảng Anh`) names the
    /// money: the state is no party to a deal priced in it. `Hội đồng Châu Âu` stays the EU.
    @Test func aCurrencyIsNoParty() {
        #expect(Support.actorCodes("Mexico and Uruguay signed a deal worth 500 million U.S. dollars on Friday.", in: Support.english)
                == ["MEX", "URY"])
        #expect(Support.actorCodes("Chile and Peru signed a US$2 billion deal, far above the Japanese yen loans.", in: Support.english)
                == ["CHL", "PER"])
        #expect(Support.actorCodes("Chile và Peru ký thỏa thuận trị giá 500 triệu đô la Mỹ, hay 400 triệu bảng Anh.") == ["CHL", "PER"])
        #expect(Support.actorCodes("Hội đồng Châu Âu và Nhật Bản ký thỏa thuận.") == ["EU", "JPN"])
        #expect(Support.events("On June 16, Mexico and Uruguay signed an agreement worth 500 million U.S. dollars.", in: Support.english)
                == ["2023-06-16 MEX-URY agreement"])
    }

    @Test func aCompoundOfTwoStatesIsStillTheirPair() {
        #expect(Support.actorCodes("U.S.-China talks resumed on Monday.", in: Support.english) == ["USA", "CHN"])
        #expect(Support.actorCodes("The U.S. based its demand on the treaty.", in: Support.english) == ["USA"])
    }
}

