/// Everything one language contributes to the pipeline, compiled once and shared read-only by
/// every document. Adding a language means adding a folder of data files, not code.
public struct LanguageResources: Sendable {
    public let language: String
    public let gazetteer: Gazetteer
    public let dates: DateLexicon
    public let events: EventLexicon
    let furniture: FurnitureDetector

    /// Loads the bundled data of `language`, with the user's extra actor aliases.
    public static func load(language: String = "vi", extraAliases: [String: ActorAliases] = [:]) throws -> LanguageResources {
        guard ResourceLoader.availableLanguages().contains(language) else {
            throw LexiconError(file: "\(language)/", reason: "no resources for language '\(language)' (have: \(ResourceLoader.availableLanguages().joined(separator: ", ")))")
        }
        let gazetteer = try Gazetteer(
            actorList: ResourceLoader.decode(ActorListFile.self, "common/actors.json"),
            names: ResourceLoader.decode(ActorNamesFile.self, "\(language)/actors.json"),
            officeholders: ResourceLoader.decode(OfficeholdersFile.self, "common/officeholders.json"),
            titles: ResourceLoader.decode(TitlesFile.self, "\(language)/titles.json"),
            extraAliases: extraAliases)
        return LanguageResources(
            language: language,
            gazetteer: gazetteer,
            dates: DateLexicon(file: try ResourceLoader.decode(DatesFile.self, "\(language)/dates.json")),
            events: EventLexicon(file: try ResourceLoader.decode(EventsFile.self, "\(language)/events.json")),
            furniture: FurnitureDetector(file: try ResourceLoader.decode(FurnitureFile.self, "\(language)/furniture.json")))
    }
}
