import Testing
@testable import DyadText
@testable import DyadActors
@testable import DyadPipeline
@testable import DyadTestSupport

/// The actors stage finds a name configured for an actor whatever vocabulary made the tokens
/// (see `VocabularyTests`).
@Suite("Actors: configured names, whatever tokenised the sentence")
struct ConfiguredAliasTests {
    @Test func aConfiguredAliasIsFoundWhateverMadeTheTokens() throws {
        let plain = Support.resources
        let configured = try LanguageResources.load(language: "vi", extraAliases: ["USA": ActorAliases(names: ["Xứ Cờ Hoa"])])
        let sentence = "Xứ Cờ Hoa và Trung Quốc hội đàm tại Hà Nội."
        let matcher = ActorMatcher(gazetteer: configured.gazetteer)
        // Tokens of a vocabulary that lacks the alias, of the configured one, and unclassified.
        for tokens in [plain.vocabulary.tokenize(sentence), configured.vocabulary.tokenize(sentence), Tokenizer.tokenize(sentence)] {
            let codes = matcher.mentions(in: tokens).compactMap(\.code)
            #expect(codes.prefix(2) == ["USA", "CHN"], "tokens of vocabulary \(tokens.vocabulary)")
        }
        // The vocabulary without the alias does not know it, whatever made the tokens.
        #expect(ActorMatcher(gazetteer: plain.gazetteer).mentions(in: configured.vocabulary.tokenize(sentence)).compactMap(\.code).first == "CHN")
    }
}
