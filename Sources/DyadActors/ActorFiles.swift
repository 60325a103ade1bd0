import DyadText
import DyadResources
import DyadModel
import DyadReading
import DyadCleaning

// The shapes of the actor data files: `common/actors.json`, `common/officeholders.json`,
// `<lang>/actors.json`, `<lang>/territories.json` and `<lang>/titles.json`.

package struct ActorListFile: JSONReadableRecord {
    struct Entry: JSONReadableRecord {
        var code = ""
        var name = ""
        var kind = ""

        mutating func fields(_ json: inout JSONFields) {
            json.field("code", &code)
            json.field("name", &name)
            json.field("kind", &kind)
        }
    }
    var actors: [Entry] = []

    package init() {}

    package mutating func fields(_ json: inout JSONFields) {
        json.field("actors", &actors)
    }
}

/// `<lang>/actors.json`: the names of each actor in one language.
public struct ActorAliases: Codable, Sendable, Hashable, JSONReadableRecord {
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

    public init() {}

    public mutating func fields(_ json: inout JSONFields) {
        json.field("names", &names)
        json.field("short", &short)
        json.field("titled", &titled)
        json.field("by_context", &by_context)
        json.field("places", &places)
    }
}

package struct ActorNamesFile: JSONReadableRecord {
    var aliases: [String: ActorAliases] = [:]
    var not_actors: [String]? = nil
    /// Words that name two actors at once: `liên Triều`, `inter-Korean`, `cross-strait`.
    var pair_names: [String: [String]]? = nil
    /// Forums of many states that are no actor (`Cấp cao Đông Á`, `UN General Assembly`).
    var gatherings: [String]? = nil
    /// Words that make a place's name a time zone: before it (`giờ Hà Nội`) or after it (`Moscow time`).
    var time_words: Neighbours? = nil
    /// Words joined to a name by a hyphen that make it an origin (`U.S.-based`, `Chinese-made`).
    var origin_words: [String]? = nil
    /// Currencies named with a state's name: before it (`đô la Mỹ`) or after it (`U.S. dollars`).
    var currency_words: Neighbours? = nil
    /// Words that make a name a person's ancestry: right before or right after it (`người Mỹ
    /// gốc Trung Quốc`, `of Chinese descent`).
    var ancestry_words: Neighbours? = nil
    /// Words for people that make a compound of two names before them an ancestry (`a
    /// Chinese-American scientist`).
    var ancestry_persons: [String]? = nil
    /// Words that make a city's name the name of a document or a process: before it (`Thỏa
    /// thuận Minsk`) or after it (`the Minsk agreements`, `the Astana format`).
    var document_words: Neighbours? = nil

    /// Words that make a name the source of a report: a medium before it (`hãng thông tấn`,
    /// `truyền thông`) or after it (`news agency`, `state media`), across the medium's own name
    /// and a linking word (`Hãng thông tấn Yonhap của Hàn Quốc`, `South Korea's Yonhap news agency`).
    var source_words: SourceWords? = nil

    struct SourceWords: JSONReadableRecord {
        var before: [String] = []
        var after: [String] = []
        /// Words between the medium and the name: `của`, `tại`.
        var links: [String] = []
        /// Words after a medium that make it a state's body, not a source (`media regulator`).
        var not_before: [String]? = nil

        mutating func fields(_ json: inout JSONFields) {
            json.field("before", &before)
            json.field("after", &after)
            json.field("links", &links)
            json.field("not_before", &not_before)
        }
    }

    /// Words that stand right before or right after a name.
    struct Neighbours: JSONReadableRecord {
        var before: [String] = []
        var after: [String] = []

        mutating func fields(_ json: inout JSONFields) {
            json.field("before", &before)
            json.field("after", &after)
        }
    }

    package init() {}

    package mutating func fields(_ json: inout JSONFields) {
        json.field("aliases", &aliases)
        json.field("not_actors", &not_actors)
        json.field("pair_names", &pair_names)
        json.field("gatherings", &gatherings)
        json.field("time_words", &time_words)
        json.field("origin_words", &origin_words)
        json.field("currency_words", &currency_words)
        json.field("ancestry_words", &ancestry_words)
        json.field("ancestry_persons", &ancestry_persons)
        json.field("document_words", &document_words)
        json.field("source_words", &source_words)
    }

    /// These names with `other`'s added, actor by actor (`territories.json`, generated from
    /// CLDR, under the hand-kept `actors.json`, whose rule words are kept as they are).
    package func adding(_ other: ActorNamesFile) -> ActorNamesFile {
        var merged = self
        for (code, extra) in other.aliases { merged.aliases[code] = (aliases[code] ?? ActorAliases()).adding(extra) }
        merged.not_actors = (not_actors ?? []) + (other.not_actors ?? [])
        merged.pair_names = (pair_names ?? [:]).merging(other.pair_names ?? [:]) { mine, _ in mine }
        merged.gatherings = (gatherings ?? []) + (other.gatherings ?? [])
        return merged
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

package struct OfficeholdersFile: JSONReadableRecord {
    struct Person: JSONReadableRecord {
        var id = ""
        var names: [String] = []
        var titled_names: [String]?
        var terms: [Term] = []

        mutating func fields(_ json: inout JSONFields) {
            json.field("id", &id)
            json.field("names", &names)
            json.field("titled_names", &titled_names)
            json.field("terms", &terms)
        }
    }
    struct Term: JSONReadableRecord {
        var actor = ""
        var role = ""
        var start = ""
        var end: String?

        mutating func fields(_ json: inout JSONFields) {
            json.field("actor", &actor)
            json.field("role", &role)
            json.field("start", &start)
            json.field("end", &end)
        }
    }
    var people: [Person] = []

    package init() {}

    package mutating func fields(_ json: inout JSONFields) {
        json.field("people", &people)
    }
}

package struct TitlesFile: JSONReadableRecord {
    var titles: [String: String] = [:]
    var honorifics: [String] = []
    /// Words said only before a person's name (`ông`, `bà`, `Mr`): a name after one is a person's.
    var forms_of_address: [String]?
    /// Family names written first (`Nguyễn`, `Trần`): a run of capitalised words starting with
    /// one is a person's name.
    var family_names: [String]?

    package init() {}

    package mutating func fields(_ json: inout JSONFields) {
        json.field("titles", &titles)
        json.field("honorifics", &honorifics)
        json.field("forms_of_address", &forms_of_address)
        json.field("family_names", &family_names)
    }
}
