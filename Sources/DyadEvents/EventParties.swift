import DyadText
import DyadModel
import DyadActors

/// The rule that gave an event its parties, or that found none.
enum PairRule: Equatable {
    /// `giữa X và Y`, `between X and Y`.
    case between
    /// `giữa hai nước`, `between the two sides`: the pair the previous sentences were about,
    /// whoever else the clause names (a host, a mediator).
    case betweenReferredBack
    /// A hyphenated pair name: `Mỹ-Trung`, `US-China`.
    case compound
    /// `France and Germany summoned China's envoys`: each doer with the one acted on.
    case directed
    /// `Trump briefed Moon and Abe by phone`: the caller with each of the others.
    case calls
    /// Three states together: each of the three pairs.
    case threeTogether
    /// More than three states: a gathering, not a pair.
    case manyStates(Int)
    /// A forum named as such (`Hội nghị Cấp cao Đông Á`), with fewer than two parties.
    case forum(String)
    /// The clause's first two parties.
    case firstTwo
    /// The clause's two states, and the first with the organisation whose meeting it attends
    /// (named at `name`).
    case firstTwoAndAttended(organisation: String, name: Range<Int>)
    /// One party and where it went or met (`arrived in Beijing`).
    case partyAndVenue
    /// A dated statement about another party (GUIDELINES).
    case statementAbout
    /// `The two leaders will attend a trilateral summit with Biden`: the pair and the third.
    case contextAndThird
    /// `The AU urged both sides …`: the one party with each side of the pair the text is about.
    case bothSides
    /// `Chuyến thăm Việt Nam diễn ra …` after a sentence about Putin: the subject carries on.
    case travelSubject
    /// `…, trước khi lên đường thăm New Zealand`: a `before` or `after` clause without a subject
    /// of its own is its sentence's subject's doing.
    case sentenceSubject
    /// `quan hệ hai nước … kể từ khi bình thường hóa ngày 12/7/1995`: a `since` or `after`
    /// clause naming no party is about the pair its sentence names or refers to.
    case sentencePair
    /// `cuộc họp`, `hai bên`: the pair (or three) of the previous sentences.
    case contextPair
    case noActor
    case oneActor(String)

    /// The one actor a clause named, when that is why it has no pair.
    var oneActor: String? {
        if case .oneActor(let code) = self { return code }
        return nil
    }

    /// Whether the clause gave no pair of its own: no actor, one, or only the previous
    /// sentences' pair.
    var lacksOwnPair: Bool { self == .noActor || self == .contextPair || oneActor != nil }

    /// Whether the pair came from the previous sentences, not from the clause alone.
    var usesContext: Bool {
        switch self {
        case .betweenReferredBack, .contextAndThird, .bothSides, .travelSubject, .contextPair: return true
        default: return false
        }
    }
}

/// The parties of one event, and the rule that found them.
struct Parties {
    /// One pair, or several: three parties together, a caller's calls, each doer with its target.
    var pairs: [[String]]
    var rule: PairRule
    /// Officeholders taking part, by actor code, as ids.
    var participants: [String: [String]] = [:]
    /// Actors the clause is about without being parties to it.
    var topics: [String] = []
    /// The first venue the clause names (`tại Bắc Kinh`).
    var location: String?
}

/// A clause's actors sorted by what they are to its event.
struct ClauseActors {
    /// Every actor mention of the clause, whether or not it has an actor code.
    var all: [ActorMention]
    var parties: [ActorMention] = []
    /// `tại Bắc Kinh`, `in Nusa Dua, Bali, Indonesia`.
    var venues: [ActorMention] = []
    /// `về vấn đề Triều Tiên`: the codes of what the clause is about.
    var topics: [String] = []
}

extension EventExtractor {
    /// Where an event word's parties are named: in its clause; for a purpose from the
    /// sentence's start, since its doer is named before it (`Abe đến Yamaguchi, để … hội đàm
    /// với Putin`); for an inserted clause from the party right before it, which it is about.
    func partyClause(of clause: Clause, mentions: [ActorMention] = []) -> Clause {
        switch clause.kind {
        case .purpose:
            return Clause(range: 0..<clause.range.upperBound, kind: .purpose)
        case .insertion:
            // `Zelensky, who spoke to Tusk by phone`: the party the insertion is about (the one
            // named right before it) is its doer — unless the insertion names only a city
            // (`Biden, who arrived in Vilnius,` says where he was, not whom he visited).
            let own = mentions.filter { clause.range.contains($0.tokens.lowerBound) && $0.code != nil }
            guard let antecedent = mentions.last(where: { $0.tokens.upperBound <= clause.range.lowerBound && $0.code != nil }),
                  clause.range.lowerBound - antecedent.tokens.upperBound <= 1,
                  own.isEmpty || own.contains(where: { $0.form != .place })
            else { return clause }
            return Clause(range: antecedent.tokens.lowerBound..<clause.range.upperBound, kind: .insertion)
        default:
            return clause
        }
    }

    /// Which actors of a clause may be its event's parties: all with an actor code, except its
    /// topic (`về vấn đề Triều Tiên`) and its venue (`tại Bắc Kinh`).
    func actors(in clause: Clause, tokens: TokenList, mentions: [ActorMention], on date: CalendarDate,
                words: [Range<Int>], travelWordEnds: Set<Int> = []) -> ClauseActors {
        var actors = ClauseActors(all: mentions.filter { clause.covers($0.tokens.lowerBound) })
        for mention in actors.all {
            guard let code = code(of: mention, on: date) else { continue }
            if isTopic(mention, tokens: tokens, words: words) {
                actors.topics.append(code)
            } else if isVenue(mention, tokens: tokens, words: words, travelWordEnds: travelWordEnds) {
                actors.venues.append(mention)
            } else {
                actors.parties.append(mention)
            }
        }
        return actors
    }

    /// The two parties of an event (`word` is where its first word starts), by the first rule
    /// that finds them — a mutual event named as the object of another event word keeping the
    /// parties named after it (`ownParties`) —: those of `giữa X và Y`; the pair the previous
    /// sentences were about for `giữa hai nước`, `between the two sides` (a host or mediator the
    /// clause names is no party: GUIDELINES); a compound (`Mỹ-Trung`); among the parties the
    /// clause names, less its topic and venue (`pairs(among:)`); for a clause naming one party
    /// or none, with its venue, with what a statement is about, or the pair the previous
    /// sentences were about (`context`, `pairs(withOne:)`); a `before` or `after` clause that
    /// names one party and no subject, with its sentence's subject (`elidedSubject`), and one
    /// that names none, one of them as an object, or refers back (`the two governments`), the
    /// pair its sentence names, nearer than the previous sentences' (`sentencePair`). The
    /// officeholders of the pair's sides, and the clause's other actors as its topics, go with it.
    func parties(in clause: Clause, tokens: TokenList, mentions: [ActorMention], on date: CalendarDate,
                 words: [Range<Int>], travelWordEnds: Set<Int> = [], word: Int, meaning: TriggerMeaning,
                 context: [String]?) -> Parties {
        var actors = actors(in: clause, tokens: tokens, mentions: mentions, on: date, words: words, travelWordEnds: travelWordEnds)
        // A visit's traveller is named before the word that announces it: not governed.
        if meaning.isMutual && meaning.type != .visit {
            actors.parties = ownParties(of: word, among: actors.parties, clause: clause, words: words, on: date)
        }
        var found: (pairs: [[String]], rule: PairRule)
        // `giữa hai Tổng thống`: no party named after it is a side.
        let refersBack = betweenRefersBack(in: clause, tokens: tokens)
        if !refersBack, let between = betweenPair(in: clause, tokens: tokens, mentions: actors.all, on: date) {
            found = ([between], .between)
        } else if let context, context.count == 2, refersBack {
            found = ([context], .betweenReferredBack)
        } else if let compound = compoundPair(actors.parties + actors.venues, on: date) {
            found = ([compound], .compound)
        } else {
            found = pairs(among: actors, clause: clause, tokens: tokens, on: date, word: word, meaning: meaning,
                          words: words, travelWordEnds: travelWordEnds, context: context)
        }
        // Where a meeting was held is no party to it (`since their meeting in Helsinki, Finland`);
        // where a trip went is (`before travelling to New Zealand`). Attending a conference
        // there meets no one at all (`after attending a conference in Brussels, Belgium`).
        let venueOnly = actors.parties.isEmpty && meaning.type != .visit
        let one = venueOnly ? nil : found.rule.oneActor
        if venueOnly, found.rule.oneActor != nil, lexicon.attendance.longestMatch(in: tokens, at: word) != nil {
            found = ([], .noActor)
        } else if let one,
           let subject = elidedSubject(of: clause, tokens: tokens, mentions: mentions, on: date, words: words, word: word),
           subject != one {
            found = ([[subject, one]], .sentenceSubject)
        } else if found.rule.lacksOwnPair,
                  let pair = sentencePair(of: clause, tokens: tokens, mentions: mentions, on: date, words: words, context: context) {
            // One party named must be a side of that pair, and named as an object, not a subject.
            if one == nil || (pair.contains(one!) && !namesSubject(clause, tokens: tokens, mentions: mentions, on: date, words: words, word: word)) {
                found = ([pair], .sentencePair)
            }
        }
        var result = Parties(pairs: found.pairs, rule: found.rule, location: actors.venues.first?.text)
        if !result.pairs.isEmpty {
            let involved = Set(result.pairs.joined())
            for mention in actors.all where mention.form == .person {
                guard let id = mention.personID, let code = code(of: mention, on: date), involved.contains(code) else { continue }
                if !(result.participants[code] ?? []).contains(id) { result.participants[code, default: []].append(id) }
            }
            result.topics = Array(Set(actors.topics).subtracting(involved)).sorted()
        }
        return result
    }

    /// The pairs among the parties a clause names. Acted on by several (`France and Germany
    /// summoned China's envoys`), each doer with the one acted on — and an announcement with
    /// each leg of the trip it announces (`announcedLegs`); a call among three, the
    /// caller with each; three states, each of their pairs; more states, or a forum with fewer
    /// than two parties, no pair; else the first two — and a state attending an organisation's
    /// meeting (`dự Hội nghị Cấp cao ASEAN`) with that organisation too (GUIDELINES).
    private func pairs(among actors: ClauseActors, clause: Clause, tokens: TokenList, on date: CalendarDate,
                       word: Int, meaning: TriggerMeaning, words: [Range<Int>], travelWordEnds: Set<Int>,
                       context: [String]?) -> (pairs: [[String]], rule: PairRule) {
        let codes = distinctCodes(actors.parties, on: date)
        let states = codes.filter { gazetteer.actor($0)?.kind == "state" }
        let travel = meaning.type == .visit
        if !meaning.isMutual || travel, codes.count >= 3,
           let directed = directedPairs(actors.parties, word: word, travel: travel, on: date, tokens: tokens) {
            guard meaning.type == .statement else { return (directed, .directed) }
            return (directed + announcedLegs(of: directed, actors.parties, after: word, clause: clause, words: words,
                                             travelWordEnds: travelWordEnds, on: date, tokens: tokens), .directed)
        } else if meaning.type == .call, codes.count == 3 {
            return ([[codes[0], codes[1]], [codes[0], codes[2]]], .calls)
        } else if codes.count == 3 && states.count == 3 {
            return (Self.threePairs(codes), .threeTogether)
        } else if states.count > 3 {
            return ([], .manyStates(states.count))
        } else if let gathering = actors.all.first(where: { isGathering($0) }), codes.count < 2,
                  context == nil || !refersBack(clause, tokens: tokens) {
            // `the two presidents met on the sidelines of the G20 summit` is the pair referred
            // back to (`pairs(withOne:)`), not the gathering.
            return ([], .forum(gathering.text))
        } else if codes.count >= 2 {
            guard codes.count > 2, states.count == 2 else { return ([Array(codes.prefix(2))], .firstTwo) }
            if let organisation = attended(actors.parties, tokens: tokens, clause: clause, on: date) {
                return ([states, [states[0], organisation.code]], .firstTwoAndAttended(organisation: organisation.code, name: organisation.name))
            }
            return ([states], .firstTwo)
        }
        let attending = lexicon.attendance.longestMatch(in: tokens, at: word) != nil
        return pairs(withOne: codes.first, actors: actors, clause: clause, tokens: tokens, on: date, meaning: meaning,
                     attending: attending, context: context)
    }

    /// The pair of a clause that names one party or none: with the place it goes to or meets in
    /// (`arrived in Beijing`, but not where an organisation's or a gathering's summit met: `the G20 summit in Japan`); a statement's
    /// with the party it is about; else the pair the previous sentences were about — with a
    /// third party for a trilateral meeting, with the one party for `both sides`, the subject of
    /// a trip that carries on (`Chuyến thăm Việt Nam diễn ra …`), or the pair itself for
    /// `cuộc họp`, `hai bên`, an encounter without parties (but not the attending of one, which
    /// meets no one by itself), or a party of that pair.
    private func pairs(withOne party: String?, actors: ClauseActors, clause: Clause, tokens: TokenList, on date: CalendarDate,
                       meaning: TriggerMeaning, attending: Bool, context: [String]?) -> (pairs: [[String]], rule: PairRule) {
        var codes = party.map { [$0] } ?? []
        let organisation = party.map { gazetteer.actor($0)?.kind != "state" } ?? false
        // Where a gathering met (`the G20 summit in Argentina`) is the gathering's place, not a party.
        let atGathering = actors.all.contains(where: { isGathering($0) })
        for code in distinctCodes(actors.venues, on: date) where !codes.contains(code) && !organisation && !atGathering { codes.append(code) }
        if codes.count >= 2 { return ([Array(codes.prefix(2))], .partyAndVenue) }
        // The one party, or the one place, named; nil for none.
        let one = codes.first
        if meaning.type == .statement, let one, let topic = actors.topics.first(where: { $0 != one }) {
            return ([[one, topic]], .statementAbout)
        }
        guard let context else { return ([], one.map { .oneActor($0) } ?? .noActor) }
        if let one, !context.contains(one) {
            if context.count == 2, lexicon.trilateral.firstMatch(in: tokens, within: clause.range) != nil {
                return (Self.threePairs(context + [one]), .contextAndThird)
            }
            if context.count == 2, lexicon.bothSides.firstMatch(in: tokens, within: clause.range) != nil {
                return ([[one, context[0]], [one, context[1]]], .bothSides)
            }
            if meaning.type == .visit, refersBack(clause, tokens: tokens) {
                return ([[context[0], one]], .travelSubject)
            }
            // `the two presidents met … on the sidelines of the G20 summit`: the pair referred
            // back to, at an organisation's meeting.
            if organisation, context.count >= 2, refersBack(clause, tokens: tokens) {
                return ([Array(context.prefix(2))], .contextPair)
            }
            return ([], .oneActor(one))
        }
        // Attending something (`tham dự Diễn đàn …`, `attended a forum`) meets no one by itself:
        // with no party named, only a subject that refers back (`hai nhà lãnh đạo cùng dự`)
        // takes the previous sentences' pair.
        guard one != nil || (meaning.type.isEncounter && !attending) || refersBack(clause, tokens: tokens) else { return ([], .noActor) }
        if context.count == 3 && lexicon.trilateral.firstMatch(in: tokens, within: clause.range) != nil {
            // `hội nghị thượng đỉnh ba bên` after the three were named: their three pairs.
            return (Self.threePairs(context), .contextPair)
        }
        return ([Array(context.prefix(2))], .contextPair)
    }

    /// The three pairs of three parties: the first with the second and the third, the second with the third.
    static func threePairs(_ three: [String]) -> [[String]] {
        [[three[0], three[1]], [three[0], three[2]], [three[1], three[2]]]
    }
}
