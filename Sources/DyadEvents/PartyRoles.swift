import DyadText
import DyadModel
import DyadActors

/// What the actors of a clause are to its event, word by word: a topic, a venue, a list with
/// another, one side of `giữa X và Y` or of a compound.
extension EventExtractor {
    /// The organisation whose meeting the clause says a party attends (`dự Hội nghị Cấp cao
    /// ASEAN`, `attend the NATO summit`), and where its name stands: an attendance word a few
    /// words before its name.
    func attended(_ parties: [ActorMention], tokens: TokenList, clause: Clause,
                  on date: CalendarDate) -> (code: String, name: Range<Int>)? {
        for mention in parties {
            guard let code = code(of: mention, on: date), gazetteer.actor(code)?.kind != "state" else { continue }
            let from = max(clause.range.lowerBound, mention.tokens.lowerBound - 6)
            if lexicon.attendance.firstMatch(in: tokens, within: from..<mention.tokens.lowerBound) != nil { return (code, mention.tokens) }
        }
        return nil
    }

    /// The parties before the event word, each paired with the first party after it; nil
    /// when either side is empty.
    ///
    /// The doers are the party nearest before the word and those listed with it (`France,
    /// Germany and Italy`, `Mỹ và Nhật Bản`) — for a visit, the clause's first party and its
    /// list, the traveller, since a visit's word often follows another's object (`travel to the
    /// US and pay a visit to Egypt`); a party set off by a comma alone (`Với sự ủng hộ từ Nga,
    /// Hội đồng Bảo an …`) is not one of them. The targets are the first party after the word
    /// and those listed with it (`visit the US and Egypt`). A list joins with `and`, `và`, and
    /// with what makes co-doers of a coalition (`the EU joined the US, Britain and Canada in
    /// imposing sanctions`, `EU cùng Mỹ`): up to five doers act, each on up to three targets.
    func directedPairs(_ parties: [ActorMention], word: Int, travel: Bool, on date: CalendarDate,
                       tokens: TokenList) -> [[String]]? {
        let before = parties.filter { $0.tokens.upperBound <= word }
        let after = parties.filter { $0.tokens.lowerBound > word }
        guard !before.isEmpty, !after.isEmpty else { return nil }
        let doerList = travel ? list(before, from: 0, step: 1, tokens: tokens) : list(before, from: before.count - 1, step: -1, tokens: tokens)
        let doers = distinctCodes(doerList, on: date)
        // The first party after the word that is not a doer (`… that Tehran fired at Israel`), and its list.
        guard let first = after.firstIndex(where: { code(of: $0, on: date).map { !doers.contains($0) } ?? false }) else { return nil }
        let targets = distinctCodes(list(after, from: first, step: 1, tokens: tokens), on: date).filter { !doers.contains($0) }
        guard !targets.isEmpty, doers.count <= 5, targets.count <= 3 else { return nil }
        return doers.flatMap { doer in targets.map { [doer, $0] } }
    }

    /// The other legs of a trip an announcement names (`confirmed that Modi would travel to the
    /// United States … and pay a visit to Egypt`): each announcer with the first party after each
    /// later visit word of the clause that a word of plans (`sẽ`, `would`) puts ahead — the announcement of a trip is a statement with each party
    /// the trip will meet (GUIDELINES). Pairs already made are not repeated.
    func announcedLegs(of pairs: [[String]], _ parties: [ActorMention], after word: Int, clause: Clause,
                       words: [Range<Int>], travelWordEnds: Set<Int>, on date: CalendarDate, tokens: TokenList) -> [[String]] {
        let announcers = pairs.reduce(into: [String]()) { if !$0.contains($1[0]) { $0.append($1[0]) } }
        var legs: [[String]] = []
        for visit in words where visit.lowerBound > word && clause.range.contains(visit.lowerBound) && travelWordEnds.contains(visit.upperBound)
            && lexicon.futureMarkers.firstMatch(in: tokens, within: word..<visit.lowerBound) != nil {
            guard let destination = parties.lazy.filter({ $0.tokens.lowerBound >= visit.upperBound })
                    .compactMap({ self.code(of: $0, on: date) }).first(where: { !announcers.contains($0) }) else { continue }
            for announcer in announcers where !(pairs + legs).contains([announcer, destination]) { legs.append([announcer, destination]) }
        }
        return legs
    }

    /// The mentions listed with `mentions[start]`, walking by `step`: joined by a joiner (`và`,
    /// `and`), or by commas in a list that has one; a determiner before a party (`and the United
    /// States`) does not break the list.
    func list(_ mentions: [ActorMention], from start: Int, step: Int, tokens: TokenList) -> [ActorMention] {
        let seed = mentions[start]
        var chain = [seed]
        // Walking back, the list may end in its joiner right after the start (`France, Germany
        // and other countries`); a comma is crossed backwards only once the list is known to be one.
        var joined = step < 0 && seed.tokens.upperBound < tokens.count && lexicon.joiners.contains(tokens, at: seed.tokens.upperBound)
        var index = start + step
        while mentions.indices.contains(index) {
            let (left, right) = step > 0 ? (chain.last!, mentions[index]) : (mentions[index], chain.last!)
            var gap = left.tokens.upperBound..<right.tokens.lowerBound
            // `and the United States`: a determiner before the next party is no gap.
            while gap.count > 1, lexicon.determiners.contains(tokens, at: gap.upperBound - 1) { gap = gap.lowerBound..<gap.upperBound - 1 }
            if gap.count == 1 && lexicon.joiners.contains(tokens, at: gap.lowerBound) {
                joined = true
            } else if !(gap.isEmpty || (gap.count == 1 && tokens.token(at: gap.lowerBound, is: ",") && (step > 0 || joined))) {
                break
            }
            chain.append(mentions[index])
            index += step
        }
        return joined ? chain : [seed]
    }

    /// The actor a mention stands for on `date`: for a person, the one they served then in the
    /// role named; else the mention's own — none for a forum (``isGathering(_:)``).
    func code(of mention: ActorMention, on date: CalendarDate?) -> String? {
        if let id = mention.personID, let person = gazetteer.officeholders[id] {
            return person.actor(on: date, role: mention.role)
        }
        return isGathering(mention) ? nil : mention.code
    }

    /// Whether a mention names a gathering of many states, which gives no pair of its own
    /// (GUIDELINES): a forum the language lists as such (`Cấp cao Đông Á`), or one known by a
    /// code of kind `forum` (`G20`, kept as a code so that its summits can date a document).
    func isGathering(_ mention: ActorMention) -> Bool {
        mention.form == .gathering || mention.code.map { gazetteer.actor($0)?.kind == "forum" } == true
    }

    /// The actors of the mentions, each once, in the order first named.
    func distinctCodes(_ mentions: [ActorMention], on date: CalendarDate?) -> [String] {
        var codes: [String] = []
        for mention in mentions {
            if let code = code(of: mention, on: date), !codes.contains(code) { codes.append(code) }
        }
        return codes
    }

    /// An actor after `về`, `vấn đề`, `tình hình`… is what the clause is about, until `với`,
    /// `giữa` or another event word introduces a party again.
    func isTopic(_ mention: ActorMention, tokens: TokenList, words: [Range<Int>]) -> Bool {
        var index = mention.tokens.lowerBound - 1
        while index >= 0 {
            if words.contains(where: { $0.contains(index) }) { return false }
            if lexicon.topicResets.longestMatch(in: tokens, at: index) != nil, !continuesTopic(at: index, tokens: tokens) { return false }
            if let match = lexicon.topicMarkers.longestMatch(in: tokens, at: index), index + match.length <= mention.tokens.lowerBound {
                return !isDirection(at: index, tokens: tokens, words: words)
            }
            if tokens.token(at: index, is: ",") || tokens.token(at: index, is: ";") || tokens.token(at: index, is: ":") { return false }
            index -= 1
        }
        return false
    }

    /// Whether a word of direction at `index` follows an event word and its object (`fired
    /// missiles toward Japan`, `bắn pháo về phía Hàn Quốc`): then what it points at is the
    /// event's target, not what the clause is about (`policy toward China`).
    func isDirection(at index: Int, tokens: TokenList, words: [Range<Int>]) -> Bool {
        guard lexicon.directions.longestMatch(in: tokens, at: index) != nil else { return false }
        return words.contains { word in
            word.upperBound <= index && index - word.upperBound <= lexicon.directionReach
                && !(word.upperBound..<index).contains { tokens.token(at: $0, is: ",") }
        }
    }

    /// Whether a reset word at `index` is part of a phrase that keeps the topic (`quan hệ với`).
    func continuesTopic(at index: Int, tokens: TokenList) -> Bool {
        for start in max(0, index - 2)...index {
            if let match = lexicon.topicContinuations.longestMatch(in: tokens, at: start), start + match.length > index { return true }
        }
        return false
    }

    /// `tại Bắc Kinh`, `ở thủ đô Washington`: where the event is, not who takes part. A marker
    /// that is part of an event word (`fired at Israel`) names its target, not a place.
    func isVenue(_ mention: ActorMention, tokens: TokenList, words: [Range<Int>], travelWordEnds: Set<Int> = []) -> Bool {
        guard mention.form == .place || mention.form == .name else { return false }
        var index = stepBackOverVenueNoun(from: mention.tokens.lowerBound - 1, tokens: tokens)
        if index >= 0 && lexicon.locationMarkers.contains(tokens, at: index) {
            // Right after a visit's word (`visit to Egypt`), the place is where it goes: a party.
            return !words.contains { $0.contains(index) } && !travelWordEnds.contains(index)
        }
        // `tại Bali, Indonesia`, `in Nusa Dua, Bali, Indonesia`, `tại thủ đô Hà Nội của Việt
        // Nam`: the country of a place named just before it.
        while index > 0, tokens.token(at: index, is: ",") || tokens.token(at: index, is: "(") || lexicon.venueGenitives.contains(tokens, at: index) {
            var start = index
            while start > 0, index - start < 4, tokens[start - 1].isWord, tokens[start - 1].hasUpper { start -= 1 }
            guard start < index, start > 0 else { return false }
            let before = stepBackOverVenueNoun(from: start - 1, tokens: tokens)
            if before >= 0, lexicon.locationMarkers.contains(tokens, at: before) { return true }
            index = start - 1
        }
        return false
    }

    /// The index before a venue noun (`thủ đô`) that ends at `index`, or `index` when none does.
    private func stepBackOverVenueNoun(from index: Int, tokens: TokenList) -> Int {
        guard let length = (1...3).first(where: { length in
            index - length + 1 >= 0 && lexicon.venueNouns.longestMatch(in: tokens, at: index - length + 1)?.length == length
        }) else { return index }
        return index - length
    }

    /// The pair of `giữa X và Y`, `between X and Y`: the first party after `giữa` and before
    /// the joiner, with the first other party after it and before a word that ends the pair
    /// (a venue, a topic, a purpose).
    func betweenPair(in clause: Clause, tokens: TokenList, mentions: [ActorMention], on date: CalendarDate) -> [String]? {
        guard let start = clause.range.first(where: { lexicon.between.contains(tokens, at: $0) }) else { return nil }
        guard let joiner = (start + 1..<clause.range.upperBound).first(where: { lexicon.joiners.contains(tokens, at: $0) }) else {
            return nil
        }
        var end = joiner + 1
        while end < clause.range.upperBound, !lexicon.pairStops.contains(tokens, at: end) { end += 1 }
        // The first side ends where a word that ends the pair comes before the joiner
        // (`giữa hai Chủ tịch nước, … bên lề các Hội nghị APEC, ASEAN và …` names no side).
        let leftEnd = (start + 1..<joiner).first { lexicon.pairStops.contains(tokens, at: $0) } ?? joiner
        let left = distinctCodes(mentions.filter { (start + 1..<leftEnd).contains($0.tokens.lowerBound) }, on: date)
        let right = distinctCodes(mentions.filter { (joiner + 1..<end).contains($0.tokens.lowerBound) }, on: date)
        guard let a = left.first, let b = right.first(where: { $0 != a }) else { return nil }
        return [a, b]
    }

    /// Whether the clause's `giữa`, `between` is followed by words that refer back to a pair
    /// (`giữa hai bên`, `between the two sides`) rather than by its parties.
    func betweenRefersBack(in clause: Clause, tokens: TokenList) -> Bool {
        guard let start = clause.range.first(where: { lexicon.between.contains(tokens, at: $0) }),
              start + 1 < clause.range.upperBound else { return false }
        return lexicon.anaphoricSubjects.longestMatch(in: tokens, at: start + 1) != nil
            || lexicon.bothSides.longestMatch(in: tokens, at: start + 1) != nil
    }

    /// The doer of a `before` or `after` clause that names no party before its first event
    /// word (`Chính gặp Toàn quyền Australia, trước khi lên đường thăm New Zealand`, `after
    /// meeting Xi, Lula flew home`): the sentence's subject — its first party before the clause,
    /// or, for a clause that opens the sentence, the first after it. Nil for any other clause.
    func elidedSubject(of clause: Clause, tokens: TokenList, mentions: [ActorMention], on date: CalendarDate,
                       words: [Range<Int>], word: Int) -> String? {
        guard clause.kind == .subordinate || clause.kind == .context,
              !namesSubject(clause, tokens: tokens, mentions: mentions, on: date, words: words, word: word) else { return nil }
        let party = { (mention: ActorMention) -> Bool in self.isParty(mention, tokens: tokens, on: date, words: words) }
        let subject = mentions.first { $0.tokens.upperBound <= clause.range.lowerBound && party($0) }
            ?? (clause.range.lowerBound == 0 ? mentions.first { $0.tokens.lowerBound >= clause.range.upperBound && party($0) } : nil)
        return subject.flatMap { code(of: $0, on: date) }
    }

    /// Whether a clause names a party before its first event word: a subject of its own
    /// (`sau chuyến thăm Mỹ và gặp …` names the one visited, not the visitor).
    func namesSubject(_ clause: Clause, tokens: TokenList, mentions: [ActorMention], on date: CalendarDate,
                      words: [Range<Int>], word: Int) -> Bool {
        let firstWord = words.first { clause.range.contains($0.lowerBound) }?.lowerBound ?? word
        return mentions.contains { mention in
            (clause.range.lowerBound..<min(word, firstWord)).contains(mention.tokens.lowerBound)
                && isParty(mention, tokens: tokens, on: date, words: words)
        }
    }

    /// Whether a mention can be a party: it has an actor, and is neither a topic nor a venue.
    private func isParty(_ mention: ActorMention, tokens: TokenList, on date: CalendarDate, words: [Range<Int>]) -> Bool {
        code(of: mention, on: date) != nil && !isTopic(mention, tokens: tokens, words: words) && !isVenue(mention, tokens: tokens, words: words)
    }

    /// The pair a `since`, `before` or `after` clause naming no party (or one of its sentence's
    /// pair: `relations between Paris and Bamako collapsed since the junta expelled the French
    /// ambassador`) is about: the first two
    /// parties its sentence names before it (`quan hệ Việt Nam và Mỹ … kể từ khi bình thường hóa
    /// ngày 12/7/1995`), or, when the sentence refers back (`quan hệ hai nước`), the pair of the
    /// previous sentences. Nil for any other clause.
    func sentencePair(of clause: Clause, tokens: TokenList, mentions: [ActorMention], on date: CalendarDate,
                      words: [Range<Int>], context: [String]?) -> [String]? {
        guard clause.kind == .subordinate || clause.kind == .context, clause.range.lowerBound > 0 else { return nil }
        let before = mentions.filter { $0.tokens.upperBound <= clause.range.lowerBound && isParty($0, tokens: tokens, on: date, words: words) }
        let codes = distinctCodes(before, on: date)
        if codes.count >= 2 { return Array(codes.prefix(2)) }
        let opening = 0..<clause.range.lowerBound
        guard codes.isEmpty, let context, context.count >= 2,
              lexicon.anaphoricSubjects.firstMatch(in: tokens, within: opening) != nil
                || lexicon.bothSides.firstMatch(in: tokens, within: opening) != nil
        else { return nil }
        return Array(context.prefix(2))
    }

    /// The parties of a mutual event word (talks, a meeting, joint drills) that another event
    /// word governs (`Bình Nhưỡng chỉ trích cuộc tập trận chung của Mỹ và Hàn Quốc`, `China
    /// criticised the joint drills of the US and Japan`): those named after it, when they are
    /// two or more and every party before it is cut off from it by another event word — the
    /// subject of the governing word is no party to what it governs. Else all of them.
    func ownParties(of word: Int, among parties: [ActorMention], clause: Clause, words: [Range<Int>],
                    on date: CalendarDate) -> [ActorMention] {
        let after = parties.filter { $0.tokens.lowerBound >= word }
        let before = parties.filter { $0.tokens.lowerBound < word }
        // Only the clause's own words govern (`Biden, who arrived to attend the summit, met …`).
        let governing = words.filter { clause.covers($0.lowerBound) }
        guard !before.isEmpty, distinctCodes(after, on: date).count >= 2,
              before.allSatisfy({ party in governing.contains { $0.lowerBound >= party.tokens.upperBound && $0.upperBound <= word } })
        else { return parties }
        return after
    }

    /// The first two parties named in hyphenated compounds (`Mỹ-Trung`, `US-China`).
    func compoundPair(_ mentions: [ActorMention], on date: CalendarDate) -> [String]? {
        let codes = distinctCodes(mentions.filter(\.inCompound), on: date)
        return codes.count >= 2 ? Array(codes.prefix(2)) : nil
    }

    /// Whether the clause's subject refers back to parties named before (`hai bên`, `the two leaders`).
    func refersBack(_ clause: Clause, tokens: TokenList) -> Bool {
        lexicon.anaphoricSubjects.firstMatch(in: tokens, within: clause.range) != nil
    }
}
