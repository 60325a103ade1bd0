import Testing
@testable import DyadText

/// A token's first-word bits mean something only in the vocabulary that set them: a matcher
/// must find its phrases in tokens made anywhere else too.
@Suite("Vocabulary: tokens meet only the matchers that stamped them")
struct VocabularyTests {
    @Test func aMatcherTrustsFirstWordBitsOnlyOnItsOwnVocabularysTokens() {
        var colours = PhraseMatcher<Int>([("sky blue", 1), ("olive", 2)], casing: .insensitive)
        var animals = PhraseMatcher<Int>([("blue whale", 3)], casing: .insensitive)
        let mine = Vocabulary.build { $0.register(&colours) }
        let theirs = Vocabulary.build { $0.register(&animals) }
        #expect(mine.identity != theirs.identity && mine.identity != 0)
        let text = "A sky blue ribbon, an olive tree and a blue whale."
        // Both matchers hold bit 0 of their own index: tokens of the other vocabulary must not
        // be read with that bit.
        #expect(colours.firstWordBit == animals.firstWordBit)
        for tokens in [mine.tokenize(text), theirs.tokenize(text), Tokenizer.tokenize(text)] {
            #expect(colours.matches(in: tokens).map(\.value) == [1, 2])
            #expect(animals.matches(in: tokens).map(\.value) == [3])
        }
        // On its own tokens a matcher skips the words none of its phrases start with.
        let own = mine.tokenize(text)
        #expect(own.indices.filter { own[$0].firstWordClasses & colours.firstWordBit != 0 }.map { own.lower(at: $0) } == ["sky", "olive"])
    }
}

/// Phrases added together are tokenised into one shared text: the trie is the one adding them
/// one by one makes.
@Suite("Phrase matcher: phrases added together")
struct PhraseBatchTests {
    @Test func phrasesAddedTogetherMatchAsAddedOneByOne() {
        let entries = [("Hoa Kỳ", 1), ("Mỹ", 2), ("Washington's", 3), ("O'Brien", 4), ("G7", 5), ("mỹ", 6), ("Hoa  Kỳ", 7), ("", 8), ("U.S.", 9)]
        let text = "Hoa Kỳ và Mỹ; O'Brien's view, G7 and the U.S. in Washington's note. mỹ"
        for casing in [PhraseMatcher<Int>.Casing.sensitive, .insensitive] {
            var single = PhraseMatcher<Int>(casing: casing)
            for (phrase, value) in entries { single.insert(phrase, value: value) }
            var together = PhraseMatcher<Int>(casing: casing)
            together.insert(contentsOf: entries)
            let tokens = Tokenizer.tokenize(text)
            #expect(together.matches(in: tokens).map { "\($0.range) \($0.value)" } == single.matches(in: tokens).map { "\($0.range) \($0.value)" })
            #expect(!together.matches(in: tokens).isEmpty)
        }
    }
}
