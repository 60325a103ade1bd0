import Foundation

/// Every language Dyad has a folder of resources for, and the rule that picks one per document.
///
/// A document's language is, in order: the `language` its front matter or its `dyad.yml` entry
/// gives; else the one its words show (``LanguageDetector``); else the build's default (the
/// configuration's top-level `language`, else the first language in the resources). A document
/// whose words show a language Dyad has no resources for is not read with another language's
/// rules: it is reported with a warning and gives no events.
public struct LanguageLibrary: Sendable {
    /// The resources of each language, by its code (the folder's name).
    public let resources: [String: LanguageResources]
    /// The language of documents whose words do not decide.
    public let defaultLanguage: String
    let detector: LanguageDetector

    /// Loads every language folder, with the user's extra actor aliases for each. Language
    /// folders in `additionalFolder` (laid out as the bundled `Resources`: `<code>/language.json`,
    /// `actors.json`, `titles.json`, `dates.json`, `events.json`, `furniture.json`) are added to
    /// the bundled ones, or replace a bundled language of the same code.
    public static func load(defaultLanguage: String? = nil, extraAliases: [String: ActorAliases] = [:],
                            additionalFolder: URL? = nil) throws -> LanguageLibrary {
        let added = additionalFolder.map { ResourceLoader.availableLanguages(in: $0) } ?? []
        let bundled = ResourceLoader.availableLanguages().filter { !added.contains($0) }
        let languages = (bundled + added).sorted()
        let folders = Dictionary(uniqueKeysWithValues: bundled.map { ($0, URL?.none) } + added.map { ($0, additionalFolder) })
        // Vietnamese, the language Dyad was first written for, unless configured otherwise.
        let fallback = defaultLanguage ?? (languages.contains("vi") ? "vi" : languages.first ?? "vi")
        guard languages.contains(fallback) else {
            throw LexiconError(file: "\(fallback)/", reason: "no resources for language '\(fallback)' (have: \(languages.joined(separator: ", ")))")
        }
        let common = try LanguageResources.Common.load()
        let loaded = concurrentMap(languages.count) { index in
            Result {
                try LanguageResources.load(language: languages[index], common: common, extraAliases: extraAliases,
                                           folder: folders[languages[index]]!)
            }
        }
        var resources: [String: LanguageResources] = [:]
        for item in loaded {
            let language = try item.get()
            resources[language.language] = language
        }
        return LanguageLibrary(resources: resources, defaultLanguage: fallback,
                               detector: try LanguageDetector.load(languages: languages, folders: folders))
    }

    /// A library of one language, read for every document (tests, single-language tools).
    public init(single resources: LanguageResources) {
        self.resources = [resources.language: resources]
        self.defaultLanguage = resources.language
        self.detector = LanguageDetector(profiles: [])
    }

    init(resources: [String: LanguageResources], defaultLanguage: String, detector: LanguageDetector) {
        self.resources = resources
        self.defaultLanguage = defaultLanguage
        self.detector = detector
    }

    /// The default language's resources: its gazetteer names actors in merging and rendering.
    public var primary: LanguageResources { resources[defaultLanguage]! }

    /// The language codes, sorted.
    public var languages: [String] { resources.keys.sorted() }

    /// How a document's language was decided.
    public struct Choice: Sendable, Hashable {
        public enum Basis: String, Sendable {
            case given = "given"
            case detected = "detected"
            case `default` = "default"
        }
        /// The language code, possibly one Dyad has no resources for.
        public let language: String
        public let basis: Basis
        /// The language's English name when Dyad has no resources for it.
        public let unsupportedName: String?
    }

    /// The language of `document`.
    public func choose(for document: SourceDocument) -> Choice {
        if let given = document.metadata.language, !given.isEmpty {
            return Choice(language: given, basis: .given, unsupportedName: resources[given] == nil ? given : nil)
        }
        guard let detected = detector.detect(document.utf8) else {
            return Choice(language: defaultLanguage, basis: .default, unsupportedName: nil)
        }
        return Choice(language: detected.code, basis: .detected,
                      unsupportedName: resources[detected.code] == nil ? detected.name : nil)
    }
}

/// Tells a document's language from the share of its words that are each language's most
/// common function words (`của`, `và`, `là` against `the`, `of`, `and`). Each language folder
/// lists its own in `language.json`; `common/languages.json` lists languages Dyad has no
/// resources for, so that a French page is named as French rather than read as English.
struct LanguageDetector: Sendable {
    struct Profile: Sendable {
        let code: String
        let name: String
        let words: Set<String>
    }

    let profiles: [Profile]
    /// Words read from the start of a document: enough to decide, cheap on a large one.
    var sampleWords = 400
    /// A language wins with at least this many function words …
    var minimumHits = 4
    /// … and this many times the runner-up's.
    var margin = 1.5

    struct LanguageFile: Decodable {
        let name: String
        let function_words: [String]
        /// Words written with a full stop that does not end a sentence (`Mr`, `Nov`).
        let abbreviations: [String]?
    }

    struct OtherLanguagesFile: Decodable {
        let languages: [String: LanguageFile]
    }

    static func load(languages: [String], folders: [String: URL?] = [:]) throws -> LanguageDetector {
        var profiles: [Profile] = []
        for code in languages {
            let file = try ResourceLoader.decode(LanguageFile.self, "\(code)/language.json", in: folders[code] ?? nil)
            profiles.append(Profile(code: code, name: file.name, words: Set(file.function_words.map { $0.lowercased() })))
        }
        let others = try ResourceLoader.decode(OtherLanguagesFile.self, "common/languages.json")
        for code in others.languages.keys.sorted() where !languages.contains(code) {
            let file = others.languages[code]!
            profiles.append(Profile(code: code, name: file.name, words: Set(file.function_words.map { $0.lowercased() })))
        }
        return LanguageDetector(profiles: profiles)
    }

    /// The language most of the sample's function words belong to, or nil when none stands out.
    func detect(_ utf8: [UInt8]) -> (code: String, name: String)? {
        guard !profiles.isEmpty else { return nil }
        var hits = [Int](repeating: 0, count: profiles.count)
        var count = 0
        for word in Self.words(utf8, limit: sampleWords) {
            count += 1
            for (index, profile) in profiles.enumerated() where profile.words.contains(word) { hits[index] += 1 }
        }
        let ranked = hits.indices.sorted { hits[$0] > hits[$1] || (hits[$0] == hits[$1] && $0 < $1) }
        let best = ranked[0]
        let runnerUp = ranked.count > 1 ? hits[ranked[1]] : 0
        guard hits[best] >= minimumHits, Double(hits[best]) >= margin * Double(runnerUp) else { return nil }
        return (profiles[best].code, profiles[best].name)
    }

    /// The first `limit` words of the text, lower-cased: runs of letters (any script).
    static func words(_ utf8: [UInt8], limit: Int) -> [String] {
        var words: [String] = []
        var current = ""
        // Only the first few kilobytes are decoded: a word list of `limit` words fits in them.
        let prefix = utf8.prefix(limit * 16)
        for scalar in String(decoding: prefix, as: UTF8.self).unicodeScalars {
            if scalar.properties.isAlphabetic {
                current.unicodeScalars.append(scalar)
            } else if !current.isEmpty {
                words.append(current.lowercased())
                current = ""
                if words.count == limit { return words }
            }
        }
        if !current.isEmpty { words.append(current.lowercased()) }
        return words
    }
}
