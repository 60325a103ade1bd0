import Testing
@testable import DyadTestSupport
@testable import DyadText

/// The language detector reads only the lower-cased fingerprints of a sample's words, made by
/// the tokenizer's own rules without making tokens: they must be the ones a token list gives.
@Suite("Tokenizer: word fingerprints without a token list")
struct WordFingerprintTests {
    /// Every word's `lowerHash`, in order, as the full tokenizer makes them.
    private func listed(_ text: String) -> [UInt64] {
        let tokens = Tokenizer.tokenize(text)
        return tokens.indices.filter { tokens[$0].isWord }.map { tokens[$0].lowerHash }
    }

    private func lean(_ text: String) -> [UInt64] {
        text.withUTF8Bytes { Tokenizer.wordFingerprints(in: $0) }
    }

    @Test func theyAreTheTokenListsWordsLowerCased() {
        let texts = [
            "",
            "   ",
            "Của Việt Nam và Hoa Kỳ, ĐÀ NẴNG là thành phố.",
            "China's envoy met O'Brien’s aide; the ‘talks’ ended at 10:30 on 3/4.",
            "THE US AND the G7 — Washington’S NOTE, rock 'n' roll, don't.",
            "Ông Tập Cận Bình nói: \"Chúng tôi sẵn sàng\" (ngày 12/5/2023).",
            "e\u{301}te\u{301} café ÉCOLE straße İstanbul",
            "word", "Ω", "x'", "'s", "A1B2 3c 45,6 7.8",
        ]
        for text in texts {
            #expect(lean(text) == listed(text), "\(text)")
        }
    }

    @Test func anUpperCaseWordHasItsLowerCaseFingerprint() {
        #expect(lean("Và") == lean("và"))
        #expect(lean("THE") == [fingerprint("the")])
        #expect(lean("The Và") != lean("The Va"))
    }

    @Test func randomTextGivesTheSameFingerprints() {
        // Letters of both languages, marks, digits, apostrophes, quotes and spaces in random order.
        let alphabet = Array("aAbBzZđĐưƯếẾỹỸ\u{301}0179'’‘\".,;:-— \n\tsS")
        var generator = SeededGenerator(seed: 7)
        for _ in 0..<300 {
            let length = Int.random(in: 0..<60, using: &generator)
            let text = String((0..<length).map { _ in alphabet.randomElement(using: &generator)! })
            #expect(lean(text) == listed(text), "\(text.debugDescription)")
        }
    }
}
