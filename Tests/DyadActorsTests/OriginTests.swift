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

    @Test func aCompoundOfTwoStatesIsStillTheirPair() {
        #expect(Support.actorCodes("U.S.-China talks resumed on Monday.", in: Support.english) == ["USA", "CHN"])
        #expect(Support.actorCodes("The U.S. based its demand on the treaty.", in: Support.english) == ["USA"])
    }
}

