import DyadText
import DyadResources
import DyadModel
import DyadReading
import DyadCleaning

/// Everything Dyad knows about actors and the people who speak for them, in one language.
public struct Gazetteer: Sendable {
    enum Entry: Sendable, Hashable {
        case actor(code: String, form: ActorMention.Form)
        case titled(code: String)
        /// A name that counts when the document names its actor otherwise too.
        case byContext(code: String)
        /// A word that names two actors at once (`liên Triều`).
        case pair(codes: [String])
        case person(id: String, needsTitle: Bool)
        case notAnActor
        case gathering
    }

    public let actors: [String: Actor]
    public let officeholders: [String: Officeholder]
    /// The last year any listed term started, plus one: the horizon of open terms. Derived from
    /// the data, not the clock, so outputs do not change with the day they are made.
    public let horizonYear: Int
    private(set) var names: PhraseMatcher<Entry>
    private(set) var titles: PhraseMatcher<String?>
    /// Words said only before a person's name (see ``ActorMatcher``'s rule for personal names).
    private(set) var formsOfAddress: WordSet
    /// Family names written first, in languages that write them first.
    private(set) var familyNames: WordSet
    /// Words that make the place named after them (`giờ Hà Nội`) or before them (`Moscow time`) a time zone.
    private(set) var timeWords: NameNeighbours
    /// Words a hyphen joins to a name to make it an origin (`U.S.-based`).
    private(set) var originWords: WordSet
    /// Currencies that make the name after them (`đô la Mỹ`) or before them (`U.S. dollars`) money's.
    private(set) var currencyWords: NameNeighbours
    /// Words that make the name after them (`gốc Trung Quốc`) or before them (`Chinese descent`)
    /// a person's ancestry, and words for people that make a compound of names before them one
    /// (`Chinese-American scientist`).
    private(set) var ancestryWords: NameNeighbours
    private(set) var ancestryPersons: WordSet
    /// Words that make the city named after them (`Thỏa thuận Minsk`) or before them (`the
    /// Minsk agreements`) a document's or a process's name.
    private(set) var documentWords: NameNeighbours
    /// Media named before (`hãng thông tấn`) or after (`news agency`) a name that is a report's
    /// source, and the words that may link them (`của`, `'s`).
    private(set) var sourceWordsBefore: WordSet
    private(set) var sourceWordsAfter: WordSet
    private(set) var sourceLinks: WordSet
    /// Words after a medium that make it a state's body (`media regulator`).
    private(set) var notSourceAfter: WordSet

    package init(actorList: ActorListFile, names file: ActorNamesFile, officeholders people: OfficeholdersFile,
         titles titleFile: TitlesFile, extraAliases: [String: ActorAliases]) throws {
        var localNames: [String: String] = [:]
        for (code, aliases) in file.aliases { localNames[code] = aliases.names?.first }
        var actors: [String: Actor] = [:]
        for entry in actorList.actors {
            actors[entry.code] = Actor(code: entry.code, name: entry.name, kind: entry.kind, localName: localNames[entry.code])
        }
        // The names in the order they are listed: a later duplicate replaces an earlier one.
        var phrases: [(String, Entry)] = []
        phrases.reserveCapacity(people.people.count * 4)
        for phrase in file.not_actors ?? [] { phrases.append((phrase, .notAnActor)) }
        for phrase in file.gatherings ?? [] { phrases.append((phrase, .gathering)) }
        for (phrase, codes) in (file.pair_names ?? [:]).sorted(by: { $0.key < $1.key }) {
            guard codes.count == 2, codes.allSatisfy({ actors[$0] != nil }) else {
                throw LexiconError(file: "actors.json", reason: "pair name '\(phrase)' must name two known actors (has \(codes))")
            }
            phrases.append((phrase, .pair(codes: codes)))
        }
        var all = file.aliases
        for (code, extra) in extraAliases {
            guard actors[code] != nil else {
                throw UnknownActorError(code: code, known: actors.keys.sorted())
            }
            all[code] = (all[code] ?? ActorAliases()).adding(extra)
        }
        for code in all.keys.sorted() {
            guard actors[code] != nil else {
                throw LexiconError(file: "actors.json", reason: "names given for unknown actor '\(code)'")
            }
            let aliases = all[code]!
            for phrase in aliases.short ?? [] { phrases.append((phrase, .actor(code: code, form: .short))) }
            for phrase in aliases.titled ?? [] { phrases.append((phrase, .titled(code: code))) }
            for phrase in aliases.by_context ?? [] { phrases.append((phrase, .byContext(code: code))) }
            for phrase in aliases.places ?? [] { phrases.append((phrase, .actor(code: code, form: .place))) }
            for phrase in aliases.names ?? [] { phrases.append((phrase, .actor(code: code, form: .name))) }
        }
        var holders: [String: Officeholder] = [:]
        holders.reserveCapacity(people.people.count)
        var latestStart = 0
        for person in people.people {
            var terms: [Term] = []
            for term in person.terms {
                guard let start = CalendarDate(iso: term.start) else {
                    throw LexiconError(file: "officeholders.json", reason: "\(person.id): bad start date '\(term.start)'")
                }
                let end = try term.end.map { text -> CalendarDate in
                    guard let date = CalendarDate(iso: text) else {
                        throw LexiconError(file: "officeholders.json", reason: "\(person.id): bad end date '\(text)'")
                    }
                    return date
                }
                guard actors[term.actor] != nil else {
                    throw LexiconError(file: "officeholders.json", reason: "\(person.id): unknown actor '\(term.actor)'")
                }
                latestStart = max(latestStart, start.year)
                terms.append(Term(actor: term.actor, role: term.role, start: start, end: end))
            }
            holders[person.id] = Officeholder(id: person.id, displayName: person.names[0], terms: terms)
            for name in person.names { phrases.append((name, .person(id: person.id, needsTitle: false))) }
            for name in person.titled_names ?? [] { phrases.append((name, .person(id: person.id, needsTitle: true))) }
        }
        var names = PhraseMatcher<Entry>(casing: .sensitive)
        names.insert(contentsOf: phrases)
        var titles = PhraseMatcher<String?>(casing: .sensitive)
        for honorific in titleFile.honorifics { titles.insert(honorific, value: nil) }
        for (title, role) in titleFile.titles { titles.insert(title, value: role) }
        self.actors = actors
        self.officeholders = holders
        self.horizonYear = latestStart + 1
        self.names = names
        self.titles = titles
        self.formsOfAddress = WordSet(titleFile.forms_of_address ?? [])
        self.familyNames = WordSet(titleFile.family_names ?? [])
        self.timeWords = NameNeighbours(file.time_words)
        self.originWords = WordSet(file.origin_words ?? [])
        self.currencyWords = NameNeighbours(file.currency_words)
        self.ancestryWords = NameNeighbours(file.ancestry_words)
        self.ancestryPersons = WordSet(file.ancestry_persons ?? [])
        // As written: `Thỏa thuận Minsk` names a document, `thỏa thuận Washington đề xuất` is
        // the deal Washington proposed.
        self.documentWords = NameNeighbours(file.document_words, casing: .sensitive)
        // As written too: `cảnh báo Mỹ` (warn the US) is no newspaper. A medium before a name
        // may open the sentence (`Truyền thông Hàn Quốc đưa tin`): each is also taken capitalised.
        self.sourceWordsBefore = WordSet(Self.withSentenceCase(file.source_words?.before ?? []), casing: .sensitive)
        self.sourceWordsAfter = WordSet(file.source_words?.after ?? [], casing: .sensitive)
        self.sourceLinks = WordSet(file.source_words?.links ?? [], casing: .sensitive)
        self.notSourceAfter = WordSet(file.source_words?.not_before ?? [])
    }

    public func actor(_ code: String) -> Actor? { actors[code] }

    /// The phrases, and each also with its first letter capitalised, as at a sentence's start.
    static func withSentenceCase(_ phrases: [String]) -> [String] {
        var output = phrases
        for phrase in phrases {
            let capitalised = phrase.prefix(1).uppercased() + phrase.dropFirst()
            if capitalised != phrase, !output.contains(capitalised) { output.append(capitalised) }
        }
        return output
    }

    /// Registers the name and title lists in the vocabulary being made (see ``Vocabulary``).
    package mutating func register(in vocabulary: inout Vocabulary.Registrar) {
        vocabulary.register(&names)
        vocabulary.register(&titles)
        vocabulary.register(&formsOfAddress)
        vocabulary.register(&familyNames)
        timeWords.register(in: &vocabulary)
        vocabulary.register(&originWords)
        currencyWords.register(in: &vocabulary)
        ancestryWords.register(in: &vocabulary)
        vocabulary.register(&ancestryPersons)
        documentWords.register(in: &vocabulary)
        vocabulary.register(&sourceWordsBefore)
        vocabulary.register(&sourceWordsAfter)
        vocabulary.register(&sourceLinks)
        vocabulary.register(&notSourceAfter)
    }
}

/// Words that change what a name stands for when they stand right before it (`giờ Hà Nội`,
/// `Thỏa thuận Minsk`) or right after it (`Moscow time`, `the Minsk agreements`).
struct NameNeighbours: Sendable {
    private(set) var before: WordSet
    private(set) var after: WordSet

    init(_ file: ActorNamesFile.Neighbours?, casing: PhraseMatcher<Bool>.Casing = .insensitive) {
        before = WordSet(file?.before ?? [], casing: casing)
        after = WordSet(file?.after ?? [], casing: casing)
    }

    /// Whether one of the words ends right before `range` or one starts right after it.
    func touch(_ range: Range<Int>, in tokens: TokenList) -> Bool {
        before.endsRightBefore(range.lowerBound, in: tokens) || after.matcher.longestMatch(in: tokens, at: range.upperBound) != nil
    }

    mutating func register(in vocabulary: inout Vocabulary.Registrar) {
        vocabulary.register(&before)
        vocabulary.register(&after)
    }
}

/// Extra names were given for an actor code that the gazetteer does not know.
public struct UnknownActorError: Error, CustomStringConvertible {
    public let code: String
    public let known: [String]

    public var description: String {
        "names given for unknown actor '\(code)' (known codes include \(known.prefix(12).joined(separator: ", ")), …)"
    }
}
