import DyadText
import DyadResources
import DyadModel
import DyadReading
import DyadCleaning
import DyadActors
import DyadDates

/// The events stage: turns a document's sentences, with their actors and resolved dates, into
/// dated bilateral events.
///
/// For each event word in a clause: skip it when hedged (`có thể`, `hy vọng`) or negated; give
/// it the date that follows it in its clause with no other event word between (`hội đàm … vào
/// ngày 21/6`), else the date before it in its clause (`Ngày 2/10, Mỹ kêu gọi`), else, in a main
/// or parallel clause, the date that opens the sentence. Event words of one clause sharing a date
/// are one event, named by the most specific word (`gặp và hội đàm` → talks). Its two parties
/// are those of `giữa X và Y`, else a compound `Mỹ-Trung`, else the first two actors of the
/// clause that are not merely its topic (`về vấn đề Triều Tiên`) or its venue (`tại Bắc Kinh`),
/// else — for `cuộc họp`, `hai bên` and the like — the pair the previous sentences were about.
public struct EventExtractor: Sendable {
    let lexicon: EventLexicon
    let gazetteer: Gazetteer
    /// How many tokens may separate an event word from a date that follows it.
    var postposedReach = 25
    /// How many sentences a pair stays the topic of the text for `cuộc họp`, `hai bên`.
    var contextReach = 3

    /// An extractor reading event words from `lexicon`, and people and places through `gazetteer`.
    public init(lexicon: EventLexicon, gazetteer: Gazetteer) {
        self.lexicon = lexicon
        self.gazetteer = gazetteer
    }

    /// The roles whose words are their government's: spokespeople and press secretaries.
    static let officialVoices: Set<String> = ["spokesperson", "press_secretary"]

    public struct Output: Sendable {
        public let events: [ExtractedEvent]
        /// What was decided in each sentence and why; empty unless asked for (`tracing`).
        public let traces: [SentenceTrace]
    }

    /// The decisions of one sentence, written down only when someone will read them: a build
    /// of thousands of documents would otherwise format a line for every event word.
    struct Decisions {
        let kept: Bool
        private(set) var lines: [String] = []

        init(kept: Bool) { self.kept = kept }

        mutating func add(_ line: @autoclosure () -> String) {
            if kept { lines.append(line()) }
        }
    }

    public func extract(sentences: [Sentence], actors: [[ActorMention]], dates: [DatedExpression],
                        document: String, published: CalendarDate?, lowConfidence: Bool = false,
                        tracing: Bool = false) -> Output {
        // By sentence index (the sentences are numbered from 0 in order), without hashing.
        let sentenceCount = sentences.reduce(0) { max($0, $1.index + 1) }
        var datesBySentence = [[DatedExpression]](repeating: [], count: sentenceCount)
        for date in dates where datesBySentence.indices.contains(date.sentence) { datesBySentence[date.sentence].append(date) }
        var events: [ExtractedEvent] = []
        var traces: [SentenceTrace] = []
        var context: (pair: [String], sentence: Int, meaning: TriggerMeaning?)?
        // The pair the document is about (its first event's, else the first two actors named
        // together): `hai nhà lãnh đạo`, `the two leaders` far from any pair mean them.
        var mainPair: [String]?

        for sentence in sentences {
            let tokens = sentence.tokens
            // Made once, when the sentence's first event needs it; its events share it.
            var text: String?
            let sentenceDates = withoutRestatements(datesBySentence[sentence.index], tokens: tokens)
            let mentions = actors[sentence.index]
            var triggers = lexicon.triggers.matches(in: tokens).compactMap { match in
                match.value.map { (range: match.range, meaning: $0) }
            }
            // A spokesperson's words (`Người phát ngôn … cho biết`, `spokesman … said`) are an
            // official statement: dated, about another party, they are an event (GUIDELINES).
            if mentions.contains(where: { $0.role.map(Self.officialVoices.contains) ?? false }) {
                let speech = lexicon.officialSpeech.matches(in: tokens).filter { word in
                    !triggers.contains { $0.range.overlaps(word.range) }
                }
                if !speech.isEmpty {
                    triggers = (triggers + speech.map { (range: $0.range, meaning: $0.value) }).sorted { $0.range.lowerBound < $1.range.lowerBound }
                }
            }
            let triggerRanges = triggers.map(\.range)
            var decisions = Decisions(kept: tracing)
            let activeContext = context.flatMap { sentence.index - $0.sentence <= contextReach ? $0 : nil }
            // This sentence's events are appended to `events` directly, from this position on.
            let firstMade = events.count
            // Made once, when the events or the pair left for the next sentences need them.
            var madeClauses: [Clause]?
            func clauses() -> [Clause] {
                if let madeClauses { return madeClauses }
                let made = lexicon.clauses(of: tokens)
                madeClauses = made
                return made
            }

            if !triggers.isEmpty && !sentenceDates.isEmpty {
                let clauses = clauses()
                let firstTrigger = triggers[0].range.lowerBound
                let opening = sentenceDates.first { date in
                    date.expression.tokens.lowerBound < firstTrigger && clauses[0].range.contains(date.expression.tokens.lowerBound)
                }
                for clause in clauses {
                    let clauseDates = sentenceDates.filter { clause.range.contains($0.expression.tokens.lowerBound) }
                    // A purpose (`để thảo luận`) adds nothing to an event already made from its
                    // sentence, unless it states a date of its own.
                    if clause.kind == .purpose && clauseDates.isEmpty && events.count > firstMade { continue }
                    let inClause = joinedTriggers(triggers.filter { clause.range.contains($0.range.lowerBound) })
                    var groups: [(date: DatedExpression, triggers: [(range: Range<Int>, meaning: TriggerMeaning)])] = []
                    for (k, trigger) in inClause.enumerated() {
                        var word: String { tokens.text(trigger.range) }
                        if let reason = blocked(trigger.range, clause: clause, tokens: tokens, dates: sentenceDates) {
                            decisions.add("'\(word)': \(reason); no event")
                            continue
                        }
                        let nextTrigger = k + 1 < inClause.count ? inClause[k + 1].range.lowerBound : clause.range.upperBound
                        let after = clauseDates.first {
                            $0.expression.tokens.lowerBound >= trigger.range.upperBound
                                && $0.expression.tokens.lowerBound < nextTrigger
                                && $0.expression.tokens.lowerBound - trigger.range.upperBound <= postposedReach
                        }
                        let before = clauseDates.last { $0.expression.tokens.upperBound <= trigger.range.lowerBound }
                        // A purpose (`đến Tokyo để tham dự hội nghị`) happens on the sentence's date.
                        let inherited = clause.kind == .main || clause.kind == .coordinate || clause.kind == .purpose ? opening : nil
                        guard let date = after ?? before ?? inherited else {
                            decisions.add("'\(word)': no date in its clause; no event")
                            continue
                        }
                        guard let resolved = date.resolved else {
                            decisions.add("'\(word)': its date '\(date.expression.text)' cannot be placed (\(date.note)); no event")
                            continue
                        }
                        // A year alone dates background (`thiết lập quan hệ năm 1967`, `since
                        // 2016`), which GUIDELINES leaves optional: no event is made of it.
                        guard resolved.start.precision != .year else {
                            decisions.add("'\(word)': its date '\(date.expression.text)' is a year alone (background); no event")
                            continue
                        }
                        if let index = groups.firstIndex(where: { $0.date.expression == date.expression }) {
                            groups[index].triggers.append(trigger)
                        } else {
                            groups.append((date, [trigger]))
                        }
                    }
                    for group in groups {
                        let best = group.triggers.max { a, b in
                            a.meaning.priority < b.meaning.priority
                                || (a.meaning.priority == b.meaning.priority && a.range.lowerBound > b.range.lowerBound)
                        }!
                        let word = tokens.text(best.range)
                        let resolved = group.date.resolved!
                        let reference = resolved.start.firstDay
                        let first = group.triggers.map(\.range.lowerBound).min()!
                        // A purpose's doer is named before it: `Abe đến Yamaguchi, để … hội đàm với Putin`.
                        let partyClause = clause.kind == .purpose ? Clause(range: 0..<clause.range.upperBound, kind: .purpose) : clause
                        let parties = parties(in: partyClause, tokens: tokens, mentions: mentions, on: reference,
                                              triggers: triggerRanges,
                                              context: activeContext?.pair ?? (refersBack(partyClause, tokens: tokens) ? mainPair : nil),
                                              trigger: first, encounter: best.meaning.type.isEncounter, mutual: best.meaning.isMutual,
                                              travel: best.meaning.type == .visit, statement: best.meaning.type == .statement,
                                              call: best.meaning.type == .call)
                        guard !parties.pairs.isEmpty else {
                            decisions.add("'\(word)' on \(resolved.start.iso): \(parties.reason); no event")
                            continue
                        }
                        for pair in parties.pairs {
                        // `Cuộc họp` that refers back to talks is those talks.
                        var meaning = best.meaning
                        if parties.fromContext, let earlier = activeContext?.meaning, earlier.type.family == meaning.type.family,
                           earlier.priority > meaning.priority {
                            meaning = earlier
                        }
                        let future = isFuture(trigger: best.range, clause: clause, tokens: tokens, triggers: group.triggers.map(\.range),
                                              date: resolved, published: published)
                        let whole = text ?? sentence.text
                        text = whole
                        let event = ExtractedEvent(
                            date: resolved, actors: pair.sorted(), meaning: meaning, trigger: word, future: future,
                            summary: summary(of: clauseText(clause, tokens: tokens, whole: whole, clauses: clauses.count)),
                            participants: parties.participants.filter { pair.contains($0.key) },
                            topics: parties.topics, location: parties.location,
                            mention: EventMention(document: document, line: sentence.line, text: whole),
                            lowConfidence: lowConfidence)
                        events.append(event)
                        decisions.add("event: \(resolved.start.iso)\(resolved.end.map { "…" + $0.iso } ?? "") \(pair.sorted().joined(separator: "–")) \(meaning.type.rawValue) ('\(word)', \(parties.reason))")
                        }
                    }
                }
            } else if !triggers.isEmpty {
                decisions.add("no date in the sentence; no event")
            }

            let strongest = triggers.max { $0.meaning.priority < $1.meaning.priority }?.meaning
            if events.count > firstMade, let last = events.last {
                // Three pairs of one event: its three parties stay the subject.
                let made = events[firstMade...].filter { $0.date == last.date && $0.meaning == last.meaning }
                let parties = made.count == 3 ? Array(Set(made.flatMap(\.actors))).sorted() : last.actors
                context = (parties, sentence.index, last.meaning)
            } else if mentions.count >= 2 {
                // Two actors at least make a pair for the sentences that follow; three named
                // as a trilateral (`ba bên`, `trilateral`) stay three.
                // Only the sentence's own clauses: `…, sau chuyến thăm Triều Tiên` is not what it is about.
                let own = clauses().filter { $0.kind == .main || $0.kind == .coordinate }
                let codes = distinctCodes(mentions.filter { mention in
                    own.contains { $0.covers(mention.tokens.lowerBound) } && !isTopic(mention, tokens: tokens, triggers: triggerRanges)
                }, on: nil)
                let three = codes.count == 3 && lexicon.trilateral.firstMatch(in: tokens, within: tokens.indices) != nil
                if codes.count >= 2 { context = (Array(codes.prefix(three ? 3 : 2)), sentence.index, strongest) }
            }
            if mainPair == nil { mainPair = context.map { Array($0.pair.prefix(2)) } }
            if tracing {
                traces.append(SentenceTrace(sentence: sentence, actors: mentions, dates: sentenceDates,
                                            triggers: triggers.map { tokens.text($0.range) }, decisions: decisions.lines))
            }
        }
        return Output(events: events, traces: traces)
    }

    /// Event words of one family that follow each other (`tham dự hội nghị thượng đỉnh`,
    /// `attend a summit`) are one, named by the more specific: the first takes its date from
    /// after the second. A proposal of talks (`proposed talks … on January 15`) stays two.
    private func joinedTriggers(_ triggers: [(range: Range<Int>, meaning: TriggerMeaning)]) -> [(range: Range<Int>, meaning: TriggerMeaning)] {
        var joined: [(range: Range<Int>, meaning: TriggerMeaning)] = []
        for trigger in triggers {
            if let last = joined.last, trigger.range.lowerBound - last.range.upperBound <= 1,
               last.meaning.type.family == trigger.meaning.type.family {
                let meaning = trigger.meaning.priority > last.meaning.priority ? trigger.meaning : last.meaning
                joined[joined.count - 1] = (last.range.lowerBound..<trigger.range.upperBound, meaning)
            } else {
                joined.append(trigger)
            }
        }
        return joined
    }

    /// The sentence's dates without those that restate the one before them in brackets
    /// (`ngày 30-7, giờ địa phương (tức ngày 31-7, giờ Hà Nội)`, `on June 28 (June 29 in Seoul)`).
    private func withoutRestatements(_ dates: [DatedExpression], tokens: TokenList) -> [DatedExpression] {
        guard dates.count > 1 else { return dates }
        var kept = [dates[0]]
        for date in dates.dropFirst() {
            let gap = kept.last!.expression.tokens.upperBound..<date.expression.tokens.lowerBound
            let bracketed = gap.contains { tokens.token(at: $0, is: "(") } && !gap.contains { tokens.token(at: $0, is: ")") }
            if bracketed && gap.count <= 12 {
                // The bracket says more than a weekday or `hôm nay` before it: it stands instead.
                if case .absolute = date.expression.kind, !kept.last!.expression.isAbsolute { kept[kept.count - 1] = date }
                continue
            }
            kept.append(date)
        }
        return kept
    }

    // MARK: - Modality

    /// Why an event word is not an event: a hedge (`có thể`, `may`) before it in its clause, or
    /// a negation right before it. A word inside a date (`May 16`) hedges nothing.
    private func blocked(_ trigger: Range<Int>, clause: Clause, tokens: TokenList, dates: [DatedExpression]) -> String? {
        var from = clause.range.lowerBound
        while from < trigger.lowerBound, let hedge = lexicon.hedges.firstMatch(in: tokens, within: from..<trigger.lowerBound) {
            if !dates.contains(where: { $0.expression.tokens.contains(hedge.range.lowerBound) }) {
                return "hedged by '\(tokens.text(hedge.range))'"
            }
            from = hedge.range.upperBound
        }
        // `did not meet`, `chưa gặp`, `cancelled a planned meeting`: up to three words before.
        let windowStart = max(clause.range.lowerBound, trigger.lowerBound - 3)
        if lexicon.negations.firstMatch(in: tokens, within: windowStart..<trigger.lowerBound) != nil {
            return "negated"
        }
        return nil
    }

    private func isFuture(trigger: Range<Int>, clause: Clause, tokens: TokenList, triggers: [Range<Int>],
                          date: ResolvedDate, published: CalendarDate?) -> Bool {
        let windowEnd = min(clause.range.upperBound, trigger.upperBound + 3)
        let planned = lexicon.futureMarkers.firstMatch(in: tokens, within: clause.range.lowerBound..<windowEnd) != nil
        guard let published else { return planned }
        if date.start.precision == .day {
            let start = date.start.firstDay
            return start > published || (planned && start == published)
        }
        return date.start.lastDay >= published && (planned || date.start.firstDay > published)
    }

    // MARK: - Parties

    struct Parties {
        /// One pair, or three for three parties together.
        var pairs: [[String]] = []
        var pair: [String]? {
            get { pairs.first }
            set { pairs = newValue.map { [$0] } ?? [] }
        }
        var reason: String
        var participants: [String: [String]] = [:]
        var topics: [String] = []
        var location: String?
        var fromContext = false
    }

    private func parties(in clause: Clause, tokens: TokenList, mentions: [ActorMention], on date: CalendarDate,
                         triggers: [Range<Int>], context: [String]?, trigger: Int, encounter: Bool, mutual: Bool,
                         travel: Bool, statement: Bool = false, call: Bool = false) -> Parties {
        let inClause = mentions.filter { clause.covers($0.tokens.lowerBound) }
        var result = Parties(reason: "")
        var parties: [ActorMention] = []
        var venues: [ActorMention] = []
        var topics: [String] = []
        for mention in inClause {
            guard code(of: mention, on: date) != nil else { continue }
            if isTopic(mention, tokens: tokens, triggers: triggers) {
                topics.append(code(of: mention, on: date)!)
            } else if isVenue(mention, tokens: tokens, triggers: triggers) {
                venues.append(mention)
                if result.location == nil { result.location = mention.text }
            } else {
                parties.append(mention)
            }
        }

        let gathering = inClause.first { $0.form == .gathering }
        if let between = betweenPair(in: clause, tokens: tokens, mentions: inClause, on: date) {
            result.pair = between
            result.reason = "giữa X và Y"
        } else if let compound = compoundPair(parties + venues, on: date) {
            result.pair = compound
            result.reason = "compound"
        } else {
            var codes = distinctCodes(parties, on: date)
            let states = codes.filter { gazetteer.actor($0)?.kind == "state" }
            let directed = directedPairs(parties, trigger: trigger, travel: travel, on: date, tokens: tokens)
            if !mutual || travel, codes.count >= 3, let directed {
                // `France and Germany summoned China's envoys`: each doer with the one acted on.
                result.pairs = directed
                result.reason = "each party before the event word with the first after it"
            } else if call, codes.count == 3 {
                // `Trump briefed Moon and Abe by phone`: calls go from one caller to each.
                result.pairs = [[codes[0], codes[1]], [codes[0], codes[2]]]
                result.reason = "the first party's calls with each of the others"
            } else if codes.count == 3 && states.count == 3 {
                // Three states together: each of the three pairs.
                result.pairs = [[codes[0], codes[1]], [codes[0], codes[2]], [codes[1], codes[2]]]
                result.reason = "three parties together"
            } else if states.count > 3 {
                result.reason = "a gathering of \(states.count) states, not a pair"
            } else if let gathering, codes.count < 2 {
                // `Hội nghị Cấp cao Đông Á`, `the UN General Assembly`: a forum, not a pair.
                result.reason = "a gathering (\(gathering.text)), not a pair"
            } else if codes.count >= 2 {
                // A state and an organisation among others: the organisation's meeting, else the first two.
                result.pair = codes.count > 2 && states.count == 2 ? states : Array(codes.prefix(2))
                result.reason = "the clause's first two parties"
                // `dự Hội nghị Cấp cao ASEAN`: the state that attends an organisation's meeting
                // is paired with it too (GUIDELINES), besides the meeting on its sidelines.
                if codes.count > 2, states.count == 2, let organisation = attended(parties, tokens: tokens, clause: clause, on: date) {
                    result.pairs.append([states[0], organisation])
                    result.reason = "the clause's two states, and the first with the organisation's meeting it attends"
                }
            } else {
                // A trip's destination is its other party (`arrived in Beijing`); an organisation's
                // meeting is not with the country it meets in (`the G20 summit in Japan`).
                let organisation = codes.count == 1 && gazetteer.actor(codes[0])?.kind != "state"
                for code in distinctCodes(venues, on: date) where !codes.contains(code) && !organisation { codes.append(code) }
                if codes.count >= 2 {
                    result.pair = Array(codes.prefix(2))
                    result.reason = "party and venue"
                } else if statement, codes.count == 1, let topic = topics.first(where: { $0 != codes[0] }) {
                    // A dated statement about another party is a statement of the pair (GUIDELINES).
                    result.pair = [codes[0], topic]
                    result.reason = "a statement and the party it is about"
                } else if let context, codes.count == 1, !context.contains(codes[0]), context.count == 2,
                          lexicon.trilateral.firstMatch(in: tokens, within: clause.range) != nil {
                    // `The two leaders will attend a trilateral summit with Biden`: the pair and the third.
                    let three = context + [codes[0]]
                    result.pairs = [[three[0], three[1]], [three[0], three[2]], [three[1], three[2]]]
                    result.fromContext = true
                    result.reason = "the previous sentences' pair and a third party, together"
                } else if let context, codes.count == 1, !context.contains(codes[0]), context.count == 2,
                          lexicon.bothSides.firstMatch(in: tokens, within: clause.range) != nil {
                    // `The AU urged both sides …`: the one party with each of the pair the text is about.
                    result.pairs = [[codes[0], context[0]], [codes[0], context[1]]]
                    result.fromContext = true
                    result.reason = "the party and each side of the previous sentences' pair"
                } else if travel, let context, codes.count == 1, !context.contains(codes[0]), refersBack(clause, tokens: tokens) {
                    // `Chuyến thăm Việt Nam diễn ra …` after a sentence about Putin: the subject carries on.
                    result.pair = [context[0], codes[0]]
                    result.fromContext = true
                    result.reason = "the party and the subject of the previous sentences"
                } else if let context, codes.count == 1 ? context.contains(codes[0]) : ((codes.isEmpty && encounter) || refersBack(clause, tokens: tokens)) {
                    if context.count == 3 && lexicon.trilateral.firstMatch(in: tokens, within: clause.range) != nil {
                        // `hội nghị thượng đỉnh ba bên` after the three were named: their three pairs.
                        result.pairs = [[context[0], context[1]], [context[0], context[2]], [context[1], context[2]]]
                    } else {
                        result.pair = Array(context.prefix(2))
                    }
                    result.fromContext = true
                    result.reason = "the pair of the previous sentences"
                } else {
                    result.reason = codes.isEmpty ? "no actor" : "only one actor (\(codes[0]))"
                }
            }
        }
        if !result.pairs.isEmpty {
            let involved = Set(result.pairs.joined())
            for mention in inClause where mention.form == .person {
                guard let id = mention.personID, let code = code(of: mention, on: date), involved.contains(code) else { continue }
                if !(result.participants[code] ?? []).contains(id) { result.participants[code, default: []].append(id) }
            }
            result.topics = Array(Set(topics).subtracting(involved)).sorted()
        }
        return result
    }

    /// The organisation whose meeting the clause says a party attends (`dự Hội nghị Cấp cao
    /// ASEAN`, `attend the NATO summit`): an attendance word a few words before its name.
    private func attended(_ parties: [ActorMention], tokens: TokenList, clause: Clause, on date: CalendarDate) -> String? {
        for mention in parties {
            guard let code = code(of: mention, on: date), gazetteer.actor(code)?.kind != "state" else { continue }
            let from = max(clause.range.lowerBound, mention.tokens.lowerBound - 6)
            if lexicon.attendance.firstMatch(in: tokens, within: from..<mention.tokens.lowerBound) != nil { return code }
        }
        return nil
    }

    /// The parties before the event word, each paired with the first party after it; nil
    /// when either side is empty.
    /// The doers are the party nearest before the word and those listed with it (`France,
    /// Germany and Italy`, `Mỹ và Nhật Bản`) — for a visit, the clause's first party and its
    /// list, the traveller, since a visit's word often follows another's object (`travel to the
    /// US and pay a visit to Egypt`); a party set off by a comma alone (`Với sự ủng hộ từ Nga,
    /// Hội đồng Bảo an …`) is not one of them. The targets are the first party after the word
    /// and those listed with it (`visit the US and Egypt`).
    private func directedPairs(_ parties: [ActorMention], trigger: Int, travel: Bool, on date: CalendarDate,
                               tokens: TokenList) -> [[String]]? {
        let before = parties.filter { $0.tokens.upperBound <= trigger }
        let after = parties.filter { $0.tokens.lowerBound > trigger }
        guard !before.isEmpty, !after.isEmpty else { return nil }
        let doerList = travel ? list(before, from: 0, step: 1, tokens: tokens) : list(before, from: before.count - 1, step: -1, tokens: tokens)
        let doers = distinctCodes(doerList, on: date)
        // The first party after the word that is not a doer (`… that Tehran fired at Israel`), and its list.
        guard let first = after.firstIndex(where: { code(of: $0, on: date).map { !doers.contains($0) } ?? false }) else { return nil }
        let targets = distinctCodes(list(after, from: first, step: 1, tokens: tokens), on: date).filter { !doers.contains($0) }
        guard !targets.isEmpty, doers.count <= 3, targets.count <= 3 else { return nil }
        return doers.flatMap { doer in targets.map { [doer, $0] } }
    }

    /// The mentions listed with `mentions[start]`, walking by `step`: joined by a joiner (`và`,
    /// `and`), or by commas in a list that has one.
    private func list(_ mentions: [ActorMention], from start: Int, step: Int, tokens: TokenList) -> [ActorMention] {
        let seed = mentions[start]
        var chain = [seed]
        // Walking back, the list may end in its joiner right after the start (`France, Germany
        // and other countries`); a comma is crossed backwards only once the list is known to be one.
        var joined = step < 0 && seed.tokens.upperBound < tokens.count && lexicon.joiners.contains(tokens, at: seed.tokens.upperBound)
        var index = start + step
        while mentions.indices.contains(index) {
            let (left, right) = step > 0 ? (chain.last!, mentions[index]) : (mentions[index], chain.last!)
            let gap = left.tokens.upperBound..<right.tokens.lowerBound
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

    private func code(of mention: ActorMention, on date: CalendarDate?) -> String? {
        if let id = mention.personID, let person = gazetteer.officeholders[id] {
            return person.actor(on: date, role: mention.role)
        }
        return mention.code
    }

    private func distinctCodes(_ mentions: [ActorMention], on date: CalendarDate?) -> [String] {
        var codes: [String] = []
        for mention in mentions {
            if let code = code(of: mention, on: date), !codes.contains(code) { codes.append(code) }
        }
        return codes
    }

    /// An actor after `về`, `vấn đề`, `tình hình`… is what the clause is about, until `với`,
    /// `giữa` or another event word introduces a party again.
    private func isTopic(_ mention: ActorMention, tokens: TokenList, triggers: [Range<Int>]) -> Bool {
        var index = mention.tokens.lowerBound - 1
        while index >= 0 {
            if triggers.contains(where: { $0.contains(index) }) { return false }
            if lexicon.topicResets.longestMatch(in: tokens, at: index) != nil, !continuesTopic(at: index, tokens: tokens) { return false }
            if let match = lexicon.topicMarkers.longestMatch(in: tokens, at: index), index + match.length <= mention.tokens.lowerBound {
                return true
            }
            if tokens.token(at: index, is: ",") || tokens.token(at: index, is: ";") || tokens.token(at: index, is: ":") { return false }
            index -= 1
        }
        return false
    }

    private func continuesTopic(at index: Int, tokens: TokenList) -> Bool {
        for start in max(0, index - 2)...index {
            if let match = lexicon.topicContinuations.longestMatch(in: tokens, at: start), start + match.length > index { return true }
        }
        return false
    }

    /// `tại Bắc Kinh`, `ở thủ đô Washington`: where the event is, not who takes part. A marker
    /// that is part of an event word (`fired at Israel`) names its target, not a place.
    private func isVenue(_ mention: ActorMention, tokens: TokenList, triggers: [Range<Int>]) -> Bool {
        guard mention.form == .place || mention.form == .name else { return false }
        var index = mention.tokens.lowerBound - 1
        // Step back over a venue noun (`thủ đô`) that ends right before the place.
        if let length = (1...3).first(where: { length in
            index - length + 1 >= 0 && lexicon.venueNouns.longestMatch(in: tokens, at: index - length + 1)?.length == length
        }) {
            index -= length
        }
        if index >= 0 && lexicon.locationMarkers.contains(tokens, at: index) {
            return !triggers.contains { $0.contains(index) }
        }
        // `tại Bali, Indonesia`, `in Nusa Dua, Bali, Indonesia`: the country of a place named just before it.
        while index > 0, tokens.token(at: index, is: ",") || tokens.token(at: index, is: "(") {
            var start = index
            while start > 0, index - start < 4, tokens[start - 1].isWord, tokens[start - 1].hasUpper { start -= 1 }
            guard start < index, start > 0 else { return false }
            if lexicon.locationMarkers.contains(tokens, at: start - 1) { return true }
            index = start - 1
        }
        return false
    }

    private func betweenPair(in clause: Clause, tokens: TokenList, mentions: [ActorMention], on date: CalendarDate) -> [String]? {
        guard let start = clause.range.first(where: { lexicon.between.contains(tokens, at: $0) }) else { return nil }
        guard let joiner = (start + 1..<clause.range.upperBound).first(where: { lexicon.joiners.contains(tokens, at: $0) }) else {
            return nil
        }
        var end = joiner + 1
        while end < clause.range.upperBound, !lexicon.pairStops.contains(tokens, at: end) { end += 1 }
        let left = distinctCodes(mentions.filter { (start + 1..<joiner).contains($0.tokens.lowerBound) }, on: date)
        let right = distinctCodes(mentions.filter { (joiner + 1..<end).contains($0.tokens.lowerBound) }, on: date)
        guard let a = left.first, let b = right.first(where: { $0 != a }) else { return nil }
        return [a, b]
    }

    private func compoundPair(_ mentions: [ActorMention], on date: CalendarDate) -> [String]? {
        let codes = distinctCodes(mentions.filter(\.inCompound), on: date)
        return codes.count >= 2 ? Array(codes.prefix(2)) : nil
    }

    private func refersBack(_ clause: Clause, tokens: TokenList) -> Bool {
        lexicon.anaphoricSubjects.firstMatch(in: tokens, within: clause.range) != nil
    }

    /// The clause an event was found in, without the connective that opens it; the whole
    /// sentence when it has one clause.
    private func clauseText(_ clause: Clause, tokens: TokenList, whole: String, clauses: Int) -> String {
        guard clauses > 1 else { return whole }
        var start = clause.range.lowerBound
        if clause.kind != .main, let match = lexicon.clauseBreaks.longestMatch(in: tokens, at: start) { start += match.length }
        while start < clause.range.upperBound, tokens[start].isPunctuation { start += 1 }
        let text = tokens.text(start..<clause.range.upperBound)
        guard let first = text.first else { return whole }
        return first.uppercased() + text.dropFirst()
    }

    private func summary(of text: String) -> String {
        let limit = 220
        // Counting characters walks the whole text: a text of at most `limit` bytes has at
        // most `limit` characters and is kept without counting.
        guard text.utf8.count > limit, text.count > limit else { return text }
        var cut = String(text.prefix(limit))
        if let space = cut.lastIndex(of: " ") { cut = String(cut[..<space]) }
        return cut + " …"
    }
}
