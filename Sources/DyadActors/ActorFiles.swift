import DyadText
import DyadResources
import DyadModel
import DyadReading
import DyadCleaning

// The shapes of the actor data files: `common/actors.json`, `common/officeholders.json`,
// `<lang>/actors.json`, `<lang>/territories.json` and `<lang>/titles.json`.

package struct ActorListFile: Decodable {
    struct Entry: Decodable {
        let code: String
        let name: String
        let kind: String
    }
    let actors: [Entry]
}

/// `<lang>/actors.json`: the names of each actor in one language.
public struct ActorAliases: Codable, Sendable, Hashable {
    public var names: [String]?
    public var short: [String]?
    public var titled: [String]?
    /// Names shared with something else (`Georgia`, also a US state; `Jordan`, also a person's
    /// name): they count as the actor after a title, in a compound, or in a document that names
    /// the actor otherwise too (`Tbilisi`, `Jordanian`, its officeholders).
    public var by_context: [String]?
    public var places: [String]?

    public init(names: [String]? = nil, short: [String]? = nil, titled: [String]? = nil, by_context: [String]? = nil,
                places: [String]? = nil) {
        self.names = names
        self.short = short
        self.titled = titled
        self.by_context = by_context
        self.places = places
    }
}

package struct ActorNamesFile: Decodable {
    let aliases: [String: ActorAliases]
    let not_actors: [String]?
    /// Words that name two actors at once: `liên Triều`, `inter-Korean`, `cross-strait`.
    var pair_names: [String: [String]]? = nil
    /// Forums of many states that are no actor (`Cấp cao Đông Á`, `UN General Assembly`).
    var gatherings: [String]? = nil

    /// These names with `other`'s added, actor by actor (`territories.json`, generated from
    /// CLDR, under the hand-kept `actors.json`).
    package func adding(_ other: ActorNamesFile) -> ActorNamesFile {
        var aliases = self.aliases
        for (code, extra) in other.aliases { aliases[code] = (aliases[code] ?? ActorAliases()).adding(extra) }
        return ActorNamesFile(aliases: aliases, not_actors: (not_actors ?? []) + (other.not_actors ?? []),
                              pair_names: (pair_names ?? [:]).merging(other.pair_names ?? [:]) { mine, _ in mine },
                              gatherings: (gatherings ?? []) + (other.gatherings ?? []))
    }
}

extension ActorAliases {
    /// Every list of `self` followed by the names of `other` it lacks.
    func adding(_ other: ActorAliases) -> ActorAliases {
        func merged(_ a: [String]?, _ b: [String]?) -> [String]? {
            guard let b else { return a }
            let base = a ?? []
            return base + b.filter { !base.contains($0) }
        }
        return ActorAliases(names: merged(names, other.names), short: merged(short, other.short),
                            titled: merged(titled, other.titled), by_context: merged(by_context, other.by_context),
                            places: merged(places, other.places))
    }
}

package struct OfficeholdersFile: Decodable {
    struct Person: Decodable {
        let id: String
        let names: [String]
        let titled_names: [String]?
        let terms: [Term]
    }
    struct Term: Decodable {
        let actor: String
        let role: String
        let start: String
        let end: String?
    }
    let people: [Person]
}

package struct TitlesFile: Decodable {
    let titles: [String: String]
    let honorifics: [String]
}
