import DyadText
import DyadResources
import DyadModel
import DyadReading
import DyadCleaning
import DyadActors
import DyadDates

/// The event words of one language and the words that shape their reading, compiled from
/// `<lang>/events.json`.
public struct EventLexicon: Sendable {
    /// What separates one clause of a sentence from the next.
    public enum ClauseKind: String, Sendable {
        /// The sentence's own clause.
        case main
        /// `…, còn …`, `; …`: a parallel clause; it shares a date stated at the start.
        case coordinate
        /// `sau khi …`, `trước khi …`: another time; shares no date.
        case subordinate
        /// `trong bối cảnh …`: background; shares no date.
        case context
        /// `để …`, `nhằm …`: a purpose, never an event of its own.
        case purpose
        /// `, who arrived on Monday,`: a clause set into another, up to the next comma, with
        /// its own time; the clause it interrupts goes on after it.
        case insertion
        /// `nhằm vào` (aimed at: the target): starts like a connective but goes on with the
        /// clause it is in; no break.
        case continuing
    }

    private(set) var triggers: PhraseMatcher<TriggerMeaning?>
    private(set) var hedges: PhraseMatcher<Bool>
    private(set) var negations: PhraseMatcher<Bool>
    private(set) var futureMarkers: PhraseMatcher<Bool>
    private(set) var topicMarkers: PhraseMatcher<Bool>
    private(set) var topicResets: PhraseMatcher<Bool>
    /// `quan hệ với`, `hợp tác với`: a `với` that stays inside the topic.
    private(set) var topicContinuations: PhraseMatcher<Bool>
    private(set) var between: WordSet
    private(set) var joiners: WordSet
    private(set) var determiners: WordSet
    private(set) var pairStops: WordSet
    private(set) var venueNouns: PhraseMatcher<Bool>
    private(set) var locationMarkers: WordSet
    private(set) var venueGenitives: WordSet
    private(set) var anaphoricSubjects: PhraseMatcher<Bool>
    /// `cho biết`, `said`: words that are a statement when a spokesperson says them.
    private(set) var officialSpeech: PhraseMatcher<TriggerMeaning>
    /// `dự`, `attend`: a party takes part in a meeting named after it.
    private(set) var attendance: PhraseMatcher<Bool>
    /// `cả hai bên`, `both parties`: the two sides of the pair the text is about, as an object.
    private(set) var bothSides: PhraseMatcher<Bool>
    /// `ba bên`, `trilateral`: three parties meet together.
    private(set) var trilateral: PhraseMatcher<Bool>
    /// `and`, `và vào`: what alone stands between two dates of one event word.
    private(set) var dateListJoiners: PhraseMatcher<Bool>
    /// `lần gần nhất`, `the last was`: a clause that dates the event before it once more.
    private(set) var repeatMarkers: PhraseMatcher<Bool>
    /// `cho đến`, `until` (the date after them ends a duration) and `bầu cử`, `elections held`
    /// (an occasion, or a name: `Quốc khánh 2/9`, `luật 30/4`): the date right after them dates no event word.
    private(set) var elsewhereMarkers: PhraseMatcher<Bool>
    /// `when`, `, khi`: the clause they open happens at the date of the clause before it.
    private(set) var simultaneous: PhraseMatcher<Bool>
    /// `toward`, `về phía`: right after an event word's object they name its target.
    private(set) var directions: PhraseMatcher<Bool>
    /// How many words may stand between an event word and a word of direction naming its target.
    let directionReach: Int
    private(set) var clauseBreaks: PhraseMatcher<ClauseKind>

    package init(file: EventsFile, path: String = "events.json") throws {
        var triggers = PhraseMatcher<TriggerMeaning?>(casing: .insensitive)
        for word in file.not_triggers { triggers.insert(word, value: nil) }
        for entry in file.triggers {
            guard let type = EventType(rawValue: entry.type) else {
                throw LexiconError(file: path, reason: "trigger '\(entry.words.first ?? "")' has unknown type '\(entry.type)' (known: \(EventType.allCases.map(\.rawValue).joined(separator: ", ")))")
            }
            let meaning = TriggerMeaning(type: type, cameo: entry.cameo,
                                         goldstein: entry.goldstein, priority: entry.priority)
            for word in entry.words { triggers.insert(word, value: meaning) }
        }
        self.triggers = triggers
        hedges = PhraseMatcher(file.hedges.map { ($0, true) }, casing: .insensitive)
        negations = PhraseMatcher(file.negations.map { ($0, true) }, casing: .insensitive)
        futureMarkers = PhraseMatcher(file.future_markers.map { ($0, true) }, casing: .insensitive)
        topicMarkers = PhraseMatcher(file.topic_markers.map { ($0, true) }, casing: .insensitive)
        topicResets = PhraseMatcher(file.topic_resets.map { ($0, true) }, casing: .insensitive)
        topicContinuations = PhraseMatcher(file.topic_continuations.map { ($0, true) }, casing: .insensitive)
        between = WordSet(file.pair_between)
        joiners = WordSet(file.pair_joiners)
        determiners = WordSet(file.pair_determiners ?? [])
        pairStops = WordSet(file.pair_stops)
        venueNouns = PhraseMatcher(file.venue_nouns.map { ($0, true) }, casing: .insensitive)
        locationMarkers = WordSet(file.location_markers)
        venueGenitives = WordSet(file.venue_genitives ?? [])
        anaphoricSubjects = PhraseMatcher(file.anaphoric_subjects.map { ($0, true) }, casing: .insensitive)
        let speech = TriggerMeaning(type: .statement, cameo: "010", goldstein: 0, priority: 1)
        officialSpeech = PhraseMatcher((file.official_speech ?? []).map { ($0, speech) }, casing: .insensitive)
        attendance = PhraseMatcher((file.attendance_markers ?? []).map { ($0, true) }, casing: .insensitive)
        bothSides = PhraseMatcher((file.both_sides ?? []).map { ($0, true) }, casing: .insensitive)
        trilateral = PhraseMatcher((file.trilateral_markers ?? []).map { ($0, true) }, casing: .insensitive)
        dateListJoiners = PhraseMatcher((file.date_list_joiners ?? []).map { ($0, true) }, casing: .insensitive)
        repeatMarkers = PhraseMatcher((file.repeat_markers ?? []).map { ($0, true) }, casing: .insensitive)
        elsewhereMarkers = PhraseMatcher(((file.until_markers ?? []) + (file.occasion_markers ?? [])).map { ($0, true) }, casing: .insensitive)
        simultaneous = PhraseMatcher((file.simultaneous_markers ?? []).map { ($0, true) }, casing: .insensitive)
        directions = PhraseMatcher((file.direction_markers ?? []).map { ($0, true) }, casing: .insensitive)
        directionReach = file.direction_reach ?? 4
        var breaks = PhraseMatcher<ClauseKind>(casing: .insensitive)
        for phrase in file.clause_breaks.coordinate { breaks.insert(phrase, value: .coordinate) }
        for phrase in file.clause_breaks.subordinate { breaks.insert(phrase, value: .subordinate) }
        for phrase in file.clause_breaks.context { breaks.insert(phrase, value: .context) }
        for phrase in file.clause_breaks.purpose { breaks.insert(phrase, value: .purpose) }
        for phrase in file.clause_breaks.insertion ?? [] { breaks.insert(phrase, value: .insertion) }
        for phrase in file.clause_breaks.not_breaks ?? [] { breaks.insert(phrase, value: .continuing) }
        clauseBreaks = breaks
    }
}

extension EventLexicon {
    /// Registers every word list in the vocabulary being made (see ``Vocabulary``).
    package mutating func register(in vocabulary: inout Vocabulary.Registrar) {
        vocabulary.register(&triggers); vocabulary.register(&hedges); vocabulary.register(&negations)
        vocabulary.register(&futureMarkers); vocabulary.register(&topicMarkers); vocabulary.register(&topicResets)
        vocabulary.register(&topicContinuations); vocabulary.register(&between); vocabulary.register(&joiners)
        vocabulary.register(&determiners)
        vocabulary.register(&pairStops); vocabulary.register(&venueNouns); vocabulary.register(&locationMarkers); vocabulary.register(&venueGenitives)
        vocabulary.register(&anaphoricSubjects); vocabulary.register(&clauseBreaks); vocabulary.register(&trilateral); vocabulary.register(&bothSides)
        vocabulary.register(&attendance); vocabulary.register(&officialSpeech); vocabulary.register(&dateListJoiners)
        vocabulary.register(&repeatMarkers); vocabulary.register(&elsewhereMarkers); vocabulary.register(&simultaneous)
        vocabulary.register(&directions)
    }
}
