import Foundation

/// Everything one language contributes to the pipeline, compiled once and shared read-only by
/// every document. Adding a language means adding a folder of data files, not code.
public struct LanguageResources: Sendable {
    public let language: String
    public let gazetteer: Gazetteer
    public let dates: DateLexicon
    public let events: EventLexicon
    let furniture: FurnitureDetector
    /// Words whose full stop does not end a sentence (`Mr.`, `Nov.`).
    let abbreviations: SentenceSplitter.Abbreviations
    /// The first words of every lexicon above, looked up once per token by the tokenizer.
    public let firstWords: FirstWordIndex

    /// The files every language shares, decoded once.
    struct Common: Sendable {
        let actorList: ActorListFile
        let officeholders: OfficeholdersFile

        static func load() throws -> Common {
            // The officeholders file is the largest: it is decoded on another core.
            let (officeholders, actorList) = try concurrently {
                try ResourceLoader.decode(OfficeholdersFile.self, "common/officeholders.json")
            } and: {
                try ResourceLoader.decode(ActorListFile.self, "common/actors.json")
            }
            return Common(actorList: actorList, officeholders: officeholders)
        }
    }

    /// Loads the bundled data of `language`, with the user's extra actor aliases.
    public static func load(language: String = "vi", extraAliases: [String: ActorAliases] = [:]) throws -> LanguageResources {
        try load(language: language, common: Common.load(), extraAliases: extraAliases)
    }

    static func load(language: String, common: Common, extraAliases: [String: ActorAliases],
                     folder: URL? = nil) throws -> LanguageResources {
        guard ResourceLoader.availableLanguages(in: folder).contains(language) else {
            throw LexiconError(file: "\(language)/", reason: "no resources for language '\(language)' (have: \(ResourceLoader.availableLanguages(in: folder).joined(separator: ", ")))")
        }
        func decode<T: Decodable>(_ type: T.Type, _ name: String) throws -> T {
            try ResourceLoader.decode(type, "\(language)/\(name)", in: folder)
        }
        var names = try decode(ActorNamesFile.self, "actors.json")
        // Names generated from CLDR and iso-codes (scripts/gen-actors.py), under the hand-kept ones.
        if ResourceLoader.exists("\(language)/territories.json", in: folder) {
            names = names.adding(try decode(ActorNamesFile.self, "territories.json"))
        }
        let titles = try decode(TitlesFile.self, "titles.json")
        var dates = DateLexicon(file: try decode(DatesFile.self, "dates.json"))
        var events = try EventLexicon(file: try decode(EventsFile.self, "events.json"), path: "\(language)/events.json")
        let furniture = FurnitureDetector(file: try decode(FurnitureFile.self, "furniture.json"))
        let about = try decode(LanguageDetector.LanguageFile.self, "language.json")
        var gazetteer = try Gazetteer(actorList: common.actorList, names: names, officeholders: common.officeholders,
                                      titles: titles, extraAliases: extraAliases)
        var firstWords = FirstWordIndex()
        gazetteer.registerFirstWords(in: &firstWords)
        dates.registerFirstWords(in: &firstWords)
        events.registerFirstWords(in: &firstWords)
        return LanguageResources(language: language, gazetteer: gazetteer, dates: dates, events: events,
                                 furniture: furniture, abbreviations: SentenceSplitter.Abbreviations(about.abbreviations ?? []),
                                 firstWords: firstWords)
    }
}
