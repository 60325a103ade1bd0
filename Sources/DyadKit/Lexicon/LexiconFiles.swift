import Foundation

// The shapes of the bundled data files. Each stage compiles the part it needs into matchers.

struct ActorListFile: Decodable {
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
    public var places: [String]?

    public init(names: [String]? = nil, short: [String]? = nil, titled: [String]? = nil, places: [String]? = nil) {
        self.names = names
        self.short = short
        self.titled = titled
        self.places = places
    }
}

struct ActorNamesFile: Decodable {
    let aliases: [String: ActorAliases]
    let not_actors: [String]?
    /// Words that name two actors at once: `liên Triều`, `inter-Korean`, `cross-strait`.
    var pair_names: [String: [String]]? = nil
    /// Forums of many states that are no actor (`Cấp cao Đông Á`, `UN General Assembly`).
    var gatherings: [String]? = nil

    /// These names with `other`'s added, actor by actor (`territories.json`, generated from
    /// CLDR, under the hand-kept `actors.json`).
    func adding(_ other: ActorNamesFile) -> ActorNamesFile {
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
                            titled: merged(titled, other.titled), places: merged(places, other.places))
    }
}

struct OfficeholdersFile: Decodable {
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

struct TitlesFile: Decodable {
    let titles: [String: String]
    let honorifics: [String]
}

struct DatesFile: Decodable {
    let day_cues: [String]
    let month_words: [String]
    let year_words: [String]
    let quarter_words: [String]
    let quarter_numerals: [String: Int]
    let span_joiners: [String]
    let part_of_period: [String: String]
    let relative_days: [String: Int]
    let relative_weeks: [String: Int]
    let relative_months: [String: Int]
    let relative_years: [String: Int]
    let anaphoric_days: [String: Int]
    let weekdays: [String: Int]
    let forward_markers: [String]
    let backward_markers: [String]
    let not_dates_unless_cued: [String]
    let duration_followers: [String]
    let plural_markers: [String]
    /// Month names, matched as written: `June`, `Nov.`, `tháng Sáu`.
    let month_names: [String: Int]?
    /// Joiners of two consecutive days (`11 và 12/7`, `June 18 and 19`): a span only then.
    let span_pair_joiners: [String]?
    /// How a numeric date orders its parts: `day_month` (18/6) or `month_day` (6/18).
    let numeric_order: String?
    /// Whether a numeric date counts only with its year (`6/18/2023`, never `6/18`).
    let numeric_needs_year: Bool?
}

struct EventsFile: Decodable {
    struct Trigger: Decodable {
        let words: [String]
        let type: String
        let cameo: String
        let goldstein: Double
        let priority: Int
    }
    struct ClauseBreaks: Decodable {
        let coordinate: [String]
        let subordinate: [String]
        let context: [String]
        let purpose: [String]
        /// `, who …,`, `, which …,`: a clause set into another, up to the next comma.
        let insertion: [String]?
    }
    let triggers: [Trigger]
    let not_triggers: [String]
    let hedges: [String]
    let negations: [String]
    let future_markers: [String]
    let topic_markers: [String]
    let topic_resets: [String]
    let topic_continuations: [String]
    let pair_between: [String]
    let pair_joiners: [String]
    /// Words that end the second party of `giữa X và Y` (a venue, a topic, a purpose).
    let pair_stops: [String]
    /// Nouns between a location marker and a place: `tại thủ đô Washington`.
    let venue_nouns: [String]
    let location_markers: [String]
    let counterpart_markers: [String]
    let anaphoric_subjects: [String]
    let clause_breaks: ClauseBreaks
    /// Words that say a party takes part in a meeting (`dự`, `attend`).
    let attendance_markers: [String]?
    /// The two sides of the pair the text is about, named as an object (`both parties`).
    let both_sides: [String]?
    /// Words that say three parties meet together (`ba bên`, `trilateral`).
    let trilateral_markers: [String]?
}

struct FurnitureFile: Decodable {
    let headings: [String]
    let line_prefixes: [String]
    let caption_markers: [String]
    let teaser_prefixes: [String]
    let media_prefixes: [String]
}

/// Errors met while loading Dyad's own data files.
public struct LexiconError: Error, CustomStringConvertible {
    public let file: String
    public let reason: String
    public var description: String { "lexicon \(file): \(reason)" }
}

enum ResourceLoader {
    /// The bundled `Resources` folder.
    static var root: URL {
        Bundle.module.bundleURL.appendingPathComponent("Resources")
    }

    static func decode<T: Decodable>(_ type: T.Type, _ relativePath: String, in folder: URL? = nil) throws -> T {
        let url = (folder ?? root).appendingPathComponent(relativePath)
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw LexiconError(file: relativePath, reason: "cannot be read (\(error.localizedDescription))")
        }
        do {
            return try JSONDecoder().decode(T.self, from: data)
        } catch {
            throw LexiconError(file: relativePath, reason: "is not valid: \(error)")
        }
    }

    static func exists(_ relativePath: String, in folder: URL? = nil) -> Bool {
        FileManager.default.fileExists(atPath: (folder ?? root).appendingPathComponent(relativePath).path)
    }

    /// The languages that have a folder of resources (in `folder`, else the bundled ones): every
    /// folder but `common` with a `language.json`.
    static func availableLanguages(in folder: URL? = nil) -> [String] {
        let base = folder ?? root
        let items = (try? FileManager.default.contentsOfDirectory(atPath: base.path)) ?? []
        return items.filter { $0 != "common" && exists("\($0)/language.json", in: base) }.sorted()
    }
}
