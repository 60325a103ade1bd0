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

/// Every language Dyad has a folder of resources for, and the rule that picks one per document.
///
/// A document's language is, in order: the `language` its front matter or its `dyad.yml` entry
/// gives; else the one its words show (``LanguageDetector``); else the build's default (the
/// configuration's top-level `language`, else the first language in the resources). A document
/// whose words show a language Dyad has no resources for is not read with another language's
/// rules: it is reported with a warning and gives no events.
public struct LanguageLibrary: Sendable {
    /// The language codes (the folders' names), sorted.
    public let languages: [String]
    /// The language of documents whose words do not decide.
    public let defaultLanguage: String
    /// The default language's resources: its gazetteer merges events and names actors.
    public let primary: LanguageResources
    let detector: LanguageDetector
    /// The other languages, compiled the first time a document needs one: a build of
    /// Vietnamese articles never pays for English.
    private let others: LazyLanguages

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
        // The shared files (the officeholders are the largest) are read while the default
        // language's own files are read and compiled on another core.
        let (common, (files, detector)) = try concurrently {
            try LanguageResources.Common.load()
        } and: {
            (try LanguageResources.Files(language: fallback, folder: folders[fallback] ?? nil),
             try LanguageDetector.load(languages: languages, folders: folders))
        }
        let primary = try LanguageResources(files: files, common: common, extraAliases: extraAliases)
        let load: @Sendable (String) throws -> LanguageResources = { code in
            try LanguageResources.load(language: code, common: common, extraAliases: extraAliases, folder: folders[code] ?? nil)
        }
        return LanguageLibrary(languages: languages, primary: primary, detector: detector, others: LazyLanguages(load: load))
    }

    /// A library of one language, read for every document (tests, single-language tools).
    public init(single resources: LanguageResources) {
        self.init(languages: [resources.language], primary: resources, detector: LanguageDetector(profiles: []),
                  others: LazyLanguages { code in throw LexiconError(file: "\(code)/", reason: "not loaded") })
    }

    private init(languages: [String], primary: LanguageResources, detector: LanguageDetector, others: LazyLanguages) {
        self.languages = languages
        self.defaultLanguage = primary.language
        self.primary = primary
        self.detector = detector
        self.others = others
    }

    /// The resources of `code`, compiled on first use; nil for a language without resources.
    public func resources(for code: String) throws -> LanguageResources? {
        if code == defaultLanguage { return primary }
        guard languages.contains(code) else { return nil }
        return try others.get(code)
    }

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
            return Choice(language: given, basis: .given, unsupportedName: languages.contains(given) ? nil : given)
        }
        guard let detected = detector.detect(document.utf8) else {
            return Choice(language: defaultLanguage, basis: .default, unsupportedName: nil)
        }
        return Choice(language: detected.code, basis: .detected,
                      unsupportedName: languages.contains(detected.code) ? nil : detected.name)
    }
}

/// Languages compiled when first asked for, each once, whatever thread asks.
private final class LazyLanguages: @unchecked Sendable {
    private let load: @Sendable (String) throws -> LanguageResources
    private let lock = NSLock()
    private var loaded: [String: Result<LanguageResources, Error>] = [:]

    init(load: @escaping @Sendable (String) throws -> LanguageResources) {
        self.load = load
    }

    func get(_ code: String) throws -> LanguageResources {
        lock.lock()
        defer { lock.unlock() }
        if let result = loaded[code] { return try result.get() }
        let result = Result { try load(code) }
        loaded[code] = result
        return try result.get()
    }
}

/// Tells a document's language from the share of its words that are each language's most
/// common function words (`của`, `và`, `là` against `the`, `of`, `and`). Each language folder
/// lists its own in `language.json`; `common/languages.json` lists languages Dyad has no
/// resources for, so that a French page is named as French rather than read as English.
///
/// Words are compared by the fingerprints the tokenizer gives their lower-cased bytes: the
/// sample is tokenised once, keeping only those (no token list is made), and nothing is
/// decoded, case-mapped or hashed as a `String`.
struct LanguageDetector: Sendable {
    struct Profile: Sendable {
        let code: String
        let name: String
        /// Fingerprints of the lower-cased function words.
        let words: Set<UInt64>

        init(code: String, name: String, words: [String]) {
            self.code = code
            self.name = name
            self.words = Set(words.map { fingerprint($0.lowercased()) })
        }
    }

    let profiles: [Profile]
    /// For each function word's fingerprint, a bit per profile that lists it: one look-up a word.
    let owners: [UInt64: UInt64]
    /// Bytes read from the start of a document: a few hundred words, enough to decide, cheap
    /// on a large one.
    var sampleBytes = 2_000
    /// A language wins with at least this many function words …
    var minimumHits = 4
    /// … and this many times the runner-up's.
    var margin = 1.5

    struct LanguageFile: JSONReadableRecord {
        var name = ""
        var function_words: [String] = []
        /// Words written with a full stop that does not end a sentence (`Mr`, `Nov`).
        var abbreviations: [String]?

        mutating func fields(_ json: inout JSONFields) {
            json.field("name", &name)
            json.field("function_words", &function_words)
            json.field("abbreviations", &abbreviations)
        }
    }

    struct OtherLanguagesFile: JSONReadableRecord {
        var languages: [String: LanguageFile] = [:]

        mutating func fields(_ json: inout JSONFields) {
            json.field("languages", &languages)
        }
    }

    static func load(languages: [String], folders: [String: URL?] = [:]) throws -> LanguageDetector {
        var profiles: [Profile] = []
        for code in languages {
            let file = try ResourceLoader.decode(LanguageFile.self, "\(code)/language.json", in: folders[code] ?? nil)
            profiles.append(Profile(code: code, name: file.name, words: file.function_words))
        }
        let others = try ResourceLoader.decode(OtherLanguagesFile.self, "common/languages.json")
        for code in others.languages.keys.sorted() where !languages.contains(code) {
            let file = others.languages[code]!
            profiles.append(Profile(code: code, name: file.name, words: file.function_words))
        }
        return LanguageDetector(profiles: profiles)
    }

    init(profiles: [Profile]) {
        self.profiles = Array(profiles.prefix(64))
        var owners: [UInt64: UInt64] = [:]
        for (index, profile) in self.profiles.enumerated() {
            for word in profile.words { owners[word, default: 0] |= 1 << UInt64(index) }
        }
        self.owners = owners
    }

    /// The language most of the sample's function words belong to, or nil when none stands out.
    func detect(_ utf8: [UInt8]) -> (code: String, name: String)? {
        guard !profiles.isEmpty else { return nil }
        var end = min(utf8.count, sampleBytes)
        // Cut at a space, so that no word (or scalar) is cut in two.
        while end < utf8.count, end > 0, utf8[end - 1] != UInt8(ascii: " ") { end -= 1 }
        let words = utf8.withUnsafeBufferPointer { Tokenizer.wordFingerprints(in: UnsafeBufferPointer(rebasing: $0[..<end])) }
        var hits = [Int](repeating: 0, count: profiles.count)
        for word in words {
            guard var bits = owners[word] else { continue }
            while bits != 0 {
                hits[bits.trailingZeroBitCount] += 1
                bits &= bits - 1
            }
        }
        let ranked = hits.indices.sorted { hits[$0] > hits[$1] || (hits[$0] == hits[$1] && $0 < $1) }
        let best = ranked[0]
        let runnerUp = ranked.count > 1 ? hits[ranked[1]] : 0
        guard hits[best] >= minimumHits, Double(hits[best]) >= margin * Double(runnerUp) else { return nil }
        return (profiles[best].code, profiles[best].name)
    }
}
