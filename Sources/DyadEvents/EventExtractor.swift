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
/// ngày 21/6`), else the date before it in its clause (`Ngày 2/10, Mỹ kêu gọi`), else, in a main,
/// parallel or purpose clause, the date that opens the sentence. Event words of one clause sharing a date
/// are one event, named by the most specific word (`gặp và hội đàm` → talks). Its two parties
/// are those of `giữa X và Y`, else a compound `Mỹ-Trung`, else the first two actors of the
/// clause that are not merely its topic (`về vấn đề Triều Tiên`) or its venue (`tại Bắc Kinh`),
/// else — for `cuộc họp`, `hai bên` and the like — the pair the previous sentences were about.
///
/// Each decision is a function of its own, stating its rule: which event words count
/// (`EventWords.swift`), which date each gets (`EventDating.swift`), which parties
/// (`EventParties.swift`, `PartyRoles.swift`, `TextTopic.swift`), which meaning
/// (`EventMeaning.swift`). They return what they decided as values; `EventTrace.swift` alone
/// puts those into words for `dyad explain`.
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

    public struct Output: Sendable {
        public let events: [ExtractedEvent]
        /// What was decided in each sentence and why; empty unless asked for (`tracing`).
        public let traces: [SentenceTrace]
    }

    /// The dated bilateral events of a document's body sentences, in order — the stage's one
    /// entry point.
    ///
    /// `actors` holds each sentence's actor mentions and `dates` the body's dates, resolved
    /// against `published` where there is one; `document` names the source of every event.
    /// Sentence by sentence: its event words (`eventWords`) and its dates, less those that
    /// restate another (`withoutRestatements`), make its events clause by clause (`events(of:)`);
    /// then the pair it leaves (`pairLeft`) stands for `cuộc họp`, `hai bên` in the next ones.
    /// With `tracing`, each sentence's decisions are kept and put into words for `dyad explain`;
    /// without, none is kept.
    public func extract(sentences: [Sentence], actors: [[ActorMention]], dates: [DatedExpression],
                        document: String, published: CalendarDate?, lowConfidence: Bool = false,
                        tracing: Bool = false) -> Output {
        let datesBySentence = Self.datesBySentence(dates, sentences: sentences)
        var events: [ExtractedEvent] = []
        var traces: [SentenceTrace] = []
        var topic = TextTopic()
        for sentence in sentences {
            // A photo's caption restates the body, or shows a moment the body does not report:
            // it makes no events, and leaves the pair the text is about as it was.
            if sentence.isCaption {
                if tracing {
                    traces.append(SentenceTrace(sentence: sentence, actors: actors[sentence.index], dates: datesBySentence[sentence.index],
                                                words: [], decisions: [.caption]))
                }
                continue
            }
            let tokens = sentence.tokens
            let words = eventWords(in: tokens, mentions: actors[sentence.index])
            let facts = SentenceFacts(sentence: sentence, tokens: tokens, mentions: actors[sentence.index],
                                      dates: withoutRestatements(datesBySentence[sentence.index], tokens: tokens),
                                      words: words)
            var log = DecisionLog(kept: tracing)
            let firstMade = events.count
            // Segmented once, when the events or the pair left for the next sentences need them.
            var clauses: [Clause]?
            if !words.isEmpty && !facts.dates.isEmpty {
                let made = lexicon.clauses(of: tokens, dates: facts.dates)
                clauses = made
                self.events(of: facts, clauses: made, topic: topic, document: document, published: published,
                            lowConfidence: lowConfidence, into: &events, log: &log)
            } else if !words.isEmpty {
                log.record(.noDateInSentence)
            }
            topic.carry(pairLeft(by: facts, made: events[firstMade...], clauses: clauses))
            if tracing {
                traces.append(SentenceTrace(sentence: sentence, actors: facts.mentions, dates: facts.dates,
                                            words: words, decisions: log.decisions))
            }
        }
        return Output(events: Self.withoutArrivalsInsideVisits(events), traces: traces)
    }

    /// A trip dated on one day inside the span of a visit of the same pair that the document
    /// gives (`đã tới Hà Nội rạng sáng 20/6` in a visit `trong các ngày 19 - 20/6`, `arrived in
    /// Hanoi on Thursday` in one from Wednesday to Friday) is that visit, keyed by its first day
    /// (GUIDELINES: a span's first day is its key): it adds no event of its own.
    static func withoutArrivalsInsideVisits(_ events: [ExtractedEvent]) -> [ExtractedEvent] {
        let spans = events.filter { $0.meaning.type == .visit && $0.date.end != nil }
        guard !spans.isEmpty else { return events }
        return events.filter { event in
            guard event.meaning.type == .visit, event.date.end == nil, event.date.start.precision == .day else { return true }
            let day = event.date.start.firstDay
            return !spans.contains { span in
                span.actors == event.actors && span.date.start.firstDay < day && day <= span.date.end!.lastDay
            }
        }
    }

    /// The dates of each sentence, by sentence index (the sentences are numbered from 0 in
    /// order), without hashing.
    private static func datesBySentence(_ dates: [DatedExpression], sentences: [Sentence]) -> [[DatedExpression]] {
        let sentenceCount = sentences.reduce(0) { max($0, $1.index + 1) }
        var datesBySentence = [[DatedExpression]](repeating: [], count: sentenceCount)
        for date in dates where datesBySentence.indices.contains(date.sentence) { datesBySentence[date.sentence].append(date) }
        return datesBySentence
    }

    /// The events of a sentence that has event words and dates, clause by clause: the words of
    /// each clause that count, grouped by the date each gets (`datedGroups`) — or, for a clause
    /// that only dates the event before it once more (`repetition`), that event's word; then
    /// each group's naming word, parties and meaning, and an event for each of its pairs.
    private func events(of facts: SentenceFacts, clauses: [Clause], topic: TextTopic, document: String,
                        published: CalendarDate?, lowConfidence: Bool, into events: inout [ExtractedEvent], log: inout DecisionLog) {
        let firstMade = events.count
        let tokens = facts.tokens
        let opening = openingDate(of: facts.dates, clauses: clauses, firstWord: facts.words[0].range.lowerBound)
        let recent = topic.recent(at: facts.sentence.index, reach: contextReach)
        // Made once, when the sentence's first event needs it; its events share it.
        var text: String?
        for (k, clause) in clauses.enumerated() {
            let clauseDates = facts.dates.filter { clause.range.contains($0.expression.tokens.lowerBound) }
            if addsNothing(clause, dates: clauseDates, afterEvents: events.count > firstMade) { continue }
            var groups = datedGroups(of: joinedWords(facts.words, in: clause), in: clause, clauseDates: clauseDates,
                                     opening: opening, facts: facts, log: &log)
            // `…; lần gần nhất là vào tháng 11/2017`: the clause before's event, once more.
            var wordsClause = clause
            if groups.isEmpty, k > 0, let repeated = repetition(in: clause, of: clauses[k - 1], dates: clauseDates, facts: facts) {
                groups = [repeated]
                wordsClause = clauses[k - 1]
            }
            for group in groups {
                let word = namingWord(of: group.words)
                let partyClause = partyClause(of: wordsClause, mentions: facts.mentions)
                let parties = parties(in: partyClause, tokens: tokens, mentions: facts.mentions, on: group.resolved.start.firstDay,
                                      words: facts.wordRanges, travelWordEnds: facts.travelWordEnds,
                                      word: group.words[0].range.lowerBound, meaning: word.meaning,
                                      context: contextPair(for: partyClause, tokens: tokens, recent: recent, topic: topic))
                guard !parties.pairs.isEmpty else {
                    log.record(.noPair(word: word.range, date: group.resolved, rule: parties.rule))
                    continue
                }
                let meaning = announcement(of: word, dated: group.date, in: wordsClause, tokens: tokens, with: group.words)
                    ?? meaning(of: word, pairFromContext: parties.rule.usesContext, contextMeaning: recent?.meaning)
                let future = isFuture(word: word.range, clause: wordsClause, tokens: tokens, date: group.resolved, published: published)
                let whole = text ?? facts.sentence.text
                text = whole
                let summary = summary(of: clauseText(clause, tokens: tokens, whole: whole, clauses: clauses.count))
                let trigger = tokens.text(word.range)
                // At an organisation's meeting, each pair is named by what it did there.
                var attended: (organisation: String, meeting: TriggerMeaning, others: TriggerMeaning?)?
                if case .firstTwoAndAttended(let organisation, let name) = parties.rule,
                   let named = attendedMeeting(named: name, words: group.words) {
                    attended = (organisation, named.meeting, named.others)
                }
                for pair in parties.pairs {
                    let pairMeaning = attended.map { pair.contains($0.organisation) ? $0.meeting : $0.others ?? meaning } ?? meaning
                    let event = ExtractedEvent(
                        date: group.resolved, actors: pair.sorted(), meaning: pairMeaning, trigger: trigger, future: future,
                        summary: summary, participants: parties.participants.filter { pair.contains($0.key) },
                        topics: parties.topics, location: parties.location,
                        mention: EventMention(document: document, line: facts.sentence.line, text: whole),
                        lowConfidence: lowConfidence)
                    events.append(event)
                    log.record(.event(event, rule: parties.rule))
                }
            }
        }
    }

    /// The event words of a clause that make events, grouped by the date each gets: words of
    /// one clause sharing a date are one event; a word dated by a list of dates (`talks in July
    /// and September`) is an event on each (`listedDates`). The end of a duration (`until
    /// Sunday`) and one side's occasion (`the elections held on Sunday`) date none
    /// (`datesElsewhere`). A word hedged or negated (`modality`), or without a
    /// date that places it (`date(of:)`), makes none.
    private func datedGroups(of words: [EventWord], in clause: Clause, clauseDates: [DatedExpression],
                             opening: DatedExpression?, facts: SentenceFacts, log: inout DecisionLog) -> [DatedGroup] {
        var groups: [DatedGroup] = []
        // `kéo dài đến Chủ nhật`, `last until Sunday`: the end of what goes on dates no event;
        // `the elections held on Sunday`: nor does one side's occasion.
        let clauseDates = clauseDates.filter { !datesElsewhere($0, tokens: facts.tokens) }
        let opening = opening.flatMap { datesElsewhere($0, tokens: facts.tokens) ? nil : $0 }
        // `on June 5 when the minister visited …`: a `when` clause happens then.
        let heldOver = heldOverDate(for: clause, facts: facts).flatMap { datesElsewhere($0, tokens: facts.tokens) ? nil : $0 }
        for (k, word) in words.enumerated() {
            if let modality = modality(of: word.range, in: clause, tokens: facts.tokens, dates: facts.dates) {
                log.record(.blocked(word: word.range, modality))
                continue
            }
            let nextWord = k + 1 < words.count ? words[k + 1].range.lowerBound : clause.range.upperBound
            switch date(of: word.range, nextWord: nextWord, in: clause, clauseDates: clauseDates, tokens: facts.tokens,
                        opening: opening, heldOver: heldOver) {
            case .undated(let why):
                log.record(.undated(word: word.range, why))
            case .on(let date, let resolved):
                // `in July and September`: the word happened on each date of the list.
                for (date, resolved) in listedDates(with: date, resolved: resolved, among: facts.dates, tokens: facts.tokens) {
                    if let index = groups.firstIndex(where: { $0.date.expression == date.expression }) {
                        groups[index].words.append(word)
                    } else {
                        groups.append(DatedGroup(date: date, resolved: resolved, words: [word]))
                    }
                }
            }
        }
        return groups
    }
}

/// What the decisions about one sentence read: its tokens, actors, dates and event words.
struct SentenceFacts {
    let sentence: Sentence
    let tokens: TokenList
    let mentions: [ActorMention]
    /// Its dates, without restatements.
    let dates: [DatedExpression]
    let words: [EventWord]
    let wordRanges: [Range<Int>]
    /// Where the visits' words end: a place named right after one (`visit to Egypt`) is its
    /// destination, not a venue.
    let travelWordEnds: Set<Int>

    init(sentence: Sentence, tokens: TokenList, mentions: [ActorMention], dates: [DatedExpression], words: [EventWord]) {
        (self.sentence, self.tokens, self.mentions, self.dates, self.words) = (sentence, tokens, mentions, dates, words)
        wordRanges = words.map(\.range)
        travelWordEnds = Set(words.lazy.filter { $0.meaning.type == .visit }.map(\.range.upperBound))
    }
}

/// The event words of a clause that share a date: one event.
struct DatedGroup {
    let date: DatedExpression
    let resolved: ResolvedDate
    /// In the order written.
    var words: [EventWord]
}
