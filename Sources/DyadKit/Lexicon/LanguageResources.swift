import Foundation

/// Everything one language contributes to the pipeline, compiled once and shared read-only by
/// every document. Adding a language means adding a folder of data files, not code.
public struct LanguageResources: Sendable {
    public let language: String
    public let gazetteer: Gazetteer
    public let dates: DateLexicon
    public let events: EventLexicon
    let furniture: FurnitureDetector
    /// The first words of every lexicon above, looked up once per token by the tokenizer.
    public let firstWords: FirstWordIndex

    /// Loads the bundled data of `language`, with the user's extra actor aliases.
    public static func load(language: String = "vi", extraAliases: [String: ActorAliases] = [:]) throws -> LanguageResources {
        guard ResourceLoader.availableLanguages().contains(language) else {
            throw LexiconError(file: "\(language)/", reason: "no resources for language '\(language)' (have: \(ResourceLoader.availableLanguages().joined(separator: ", ")))")
        }
        // The officeholders file is the largest: it is decoded while the rest are decoded and
        // compiled on another core.
        let (officeholders, rest) = try concurrently {
            try ResourceLoader.decode(OfficeholdersFile.self, "common/officeholders.json")
        } and: {
            return (actorList: try ResourceLoader.decode(ActorListFile.self, "common/actors.json"),
                    names: try ResourceLoader.decode(ActorNamesFile.self, "\(language)/actors.json"),
                    titles: try ResourceLoader.decode(TitlesFile.self, "\(language)/titles.json"),
                    dates: DateLexicon(file: try ResourceLoader.decode(DatesFile.self, "\(language)/dates.json")),
                    events: EventLexicon(file: try ResourceLoader.decode(EventsFile.self, "\(language)/events.json")),
                    furniture: FurnitureDetector(file: try ResourceLoader.decode(FurnitureFile.self, "\(language)/furniture.json")))
        }
        var gazetteer = try Gazetteer(actorList: rest.actorList, names: rest.names, officeholders: officeholders,
                                      titles: rest.titles, extraAliases: extraAliases)
        var (dates, events) = (rest.dates, rest.events)
        var firstWords = FirstWordIndex()
        gazetteer.registerFirstWords(in: &firstWords)
        dates.registerFirstWords(in: &firstWords)
        events.registerFirstWords(in: &firstWords)
        return LanguageResources(language: language, gazetteer: gazetteer, dates: dates, events: events,
                                 furniture: rest.furniture, firstWords: firstWords)
    }
}
