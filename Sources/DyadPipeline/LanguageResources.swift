import Foundation
import DyadText
import DyadResources
import DyadModel
import DyadReading
import DyadCleaning
import DyadActors
import DyadDates
import DyadEvents
import DyadMerging
import DyadRendering

/// Everything one language contributes to the pipeline, compiled once and shared read-only by
/// every document. Adding a language means adding a folder of data files, not code.
public struct LanguageResources: Sendable {
    public let language: String
    public let gazetteer: Gazetteer
    public let dates: DateLexicon
    public let events: EventLexicon
    public let furniture: FurnitureDetector
    /// Words whose full stop does not end a sentence (`Mr.`, `Nov.`).
    public let abbreviations: SentenceSplitter.Abbreviations
    /// Every lexicon's phrase lists, registered together: makes the tokens they match.
    public let vocabulary: Vocabulary

    /// The files every language shares, decoded once.
    struct Common: Sendable {
        let actorList: ActorListFile
        let officeholders: OfficeholdersFile
        let summits: SummitsFile

        static func load() throws -> Common {
            Common(actorList: try ResourceLoader.decode(ActorListFile.self, "common/actors.json"),
                   officeholders: try ResourceLoader.decode(OfficeholdersFile.self, "common/officeholders.json"),
                   summits: try ResourceLoader.decode(SummitsFile.self, "common/summits.json"))
        }
    }

    /// Loads the bundled data of `language`, with the user's extra actor aliases.
    public static func load(language: String = "vi", extraAliases: [String: ActorAliases] = [:]) throws -> LanguageResources {
        try load(language: language, common: Common.load(), extraAliases: extraAliases)
    }

    static func load(language: String, common: Common, extraAliases: [String: ActorAliases],
                     folder: URL? = nil) throws -> LanguageResources {
        try LanguageResources(files: Files(language: language, folder: folder), common: common, extraAliases: extraAliases)
    }

    /// A language folder's files, decoded and compiled as far as they go without the files
    /// every language shares (so that both can be read at once).
    struct Files: Sendable {
        let language: String
        let names: ActorNamesFile
        let titles: TitlesFile
        let dates: DateLexicon
        let events: EventLexicon
        public let furniture: FurnitureDetector
        let about: LanguageDetector.LanguageFile

        init(language: String, folder: URL?) throws {
            guard ResourceLoader.availableLanguages(in: folder).contains(language) else {
                throw LexiconError(file: "\(language)/", reason: "no resources for language '\(language)' (have: \(ResourceLoader.availableLanguages(in: folder).joined(separator: ", ")))")
            }
            func decode<T: JSONReadable>(_ type: T.Type, _ name: String) throws -> T {
                try ResourceLoader.decode(type, "\(language)/\(name)", in: folder)
            }
            var names = try decode(ActorNamesFile.self, "actors.json")
            // Names generated from CLDR and iso-codes (scripts/gen-actors.py), under the hand-kept ones.
            if ResourceLoader.exists("\(language)/territories.json", in: folder) {
                names = names.adding(try decode(ActorNamesFile.self, "territories.json"))
            }
            self.language = language
            self.names = names
            titles = try decode(TitlesFile.self, "titles.json")
            dates = DateLexicon(file: try decode(DatesFile.self, "dates.json"))
            events = try EventLexicon(file: try decode(EventsFile.self, "events.json"), path: "\(language)/events.json")
            furniture = FurnitureDetector(file: try decode(FurnitureFile.self, "furniture.json"))
            about = try decode(LanguageDetector.LanguageFile.self, "language.json")
        }
    }

}

extension LanguageResources {
    init(files: Files, common: Common, extraAliases: [String: ActorAliases]) throws {
        var gazetteer = try Gazetteer(actorList: common.actorList, names: files.names, officeholders: common.officeholders,
                                      titles: files.titles, extraAliases: extraAliases)
        var (dates, events) = (files.dates, files.events)
        dates.add(summits: common.summits)
        let vocabulary = Vocabulary.build { vocabulary in
            gazetteer.register(in: &vocabulary)
            dates.register(in: &vocabulary)
            events.register(in: &vocabulary)
        }
        self.init(language: files.language, gazetteer: gazetteer, dates: dates, events: events, furniture: files.furniture,
                  abbreviations: SentenceSplitter.Abbreviations(files.about.abbreviations ?? []), vocabulary: vocabulary)
    }
}

extension Cleaner {
    /// A cleaner for `resources`' language.
    public init(resources: LanguageResources) {
        self.init(furniture: resources.furniture, abbreviations: resources.abbreviations, vocabulary: resources.vocabulary)
    }
}

extension EventExtractor {
    /// An extractor for `resources`' language.
    public init(resources: LanguageResources) {
        self.init(lexicon: resources.events, gazetteer: resources.gazetteer)
    }
}
