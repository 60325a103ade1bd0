import DyadText
import DyadModel
import DyadCleaning
import DyadActors
import DyadDates

/// An event word (trigger) of a sentence: where it is and what event it names.
struct EventWord {
    let range: Range<Int>
    let meaning: TriggerMeaning
}

/// Why an event word makes no event although it is written: it is hedged or negated.
enum Modality: Equatable {
    /// `có thể`, `hy vọng`, `may`: the word in its range comes before the event word in its clause.
    case hedged(by: Range<Int>)
    /// `không`, `chưa`, `did not`, right before the event word.
    case negated
}

extension EventExtractor {
    /// The roles whose words are their government's: spokespeople and press secretaries.
    static let officialVoices: Set<String> = ["spokesperson", "press_secretary"]

    /// The event words of a sentence, in order: those of the lexicon, and — when a spokesperson
    /// speaks in it (`Người phát ngôn … cho biết`, `spokesman … said`) — the words of speech,
    /// which are an official statement: dated, about another party, they are an event (GUIDELINES).
    /// A word of speech inside an event word is not one of its own.
    /// A word inside a name — of a forum (`Hội nghị Cấp cao Đông Á`, `East Asia Summit`) or of
    /// an actor (`Tổ chức Hiệp ước Bắc Đại Tây Dương`, `North Atlantic Treaty Organization`) — is
    /// part of that name, not an event word of the sentence.
    func eventWords(in tokens: TokenList, mentions: [ActorMention]) -> [EventWord] {
        let forums = mentions.filter { isGathering($0) || $0.tokens.count > 1 }.map(\.tokens)
        var words = lexicon.triggers.matches(in: tokens).compactMap { match in
            forums.contains { $0.lowerBound <= match.range.lowerBound && match.range.upperBound <= $0.upperBound }
                ? nil : match.value.map { EventWord(range: match.range, meaning: $0) }
        }
        words = words.filter { !isTopicOfEarlierWord($0, words: words, tokens: tokens) }
        if mentions.contains(where: { $0.role.map(Self.officialVoices.contains) ?? false }) || announcesStep(tokens, words: words) {
            let speech = lexicon.officialSpeech.matches(in: tokens).filter { word in
                !words.contains { $0.range.overlaps(word.range) }
            }
            if !speech.isEmpty {
                words = (words + speech.map { EventWord(range: $0.range, meaning: $0.value) }).sorted { $0.range.lowerBound < $1.range.lowerBound }
            }
        }
        return words
    }

    /// Whether an event word is what an earlier one is about: right after a topic marker and a
    /// determiner (`lodged a protest with Tokyo over the visit`, `talks about the agreement`),
    /// it names the matter, not another event of the sentence.
    func isTopicOfEarlierWord(_ word: EventWord, words: [EventWord], tokens: TokenList) -> Bool {
        let start = word.range.lowerBound
        guard start >= 2, lexicon.determiners.contains(tokens, at: start - 1),
              words.contains(where: { $0.range.upperBound < start - 1 && $0.meaning.type.family != word.meaning.type.family })
        else { return false }
        return (1...min(4, start - 1)).contains { length in
            lexicon.topicMarkers.longestMatch(in: tokens, at: start - 1 - length)?.length == length
        }
    }

    /// Whether a sentence tells of a step still to come — a word of plans at most four words
    /// before an event word (`sẽ thăm`, `will impose sanctions`, `sẽ tiến hành các cuộc đàm
    /// phán`, `will hold a round of talks`) — so that its words of
    /// speech are the announcement (`Điện Kremlin ngày 15/5 cho biết … sẽ thăm`, `…, the
    /// ministry said on Wednesday`): GUIDELINES' dated official announcement of a step.
    func announcesStep(_ tokens: TokenList, words: [EventWord]) -> Bool {
        // Most sentences have no event word: nothing to announce, and no markers to look for.
        !words.isEmpty && lexicon.futureMarkers.matches(in: tokens).contains { marker in
            // The marker may open the word itself (`will travel to`), or a light verb and a
            // determiner may stand between (`sẽ tiến hành các cuộc đàm phán`).
            words.contains { $0.range.upperBound > marker.range.lowerBound && $0.range.lowerBound - marker.range.upperBound <= 4 }
        }
    }

    /// The event words of one clause, those of one family that follow each other joined into
    /// one (`tham dự hội nghị thượng đỉnh`, `attend a summit`), named by the more specific: the
    /// first takes its date from after the second. A proposal of talks (`proposed talks … on
    /// January 15`) stays two: its words are of two families.
    func joinedWords(_ words: [EventWord], in clause: Clause) -> [EventWord] {
        var joined: [EventWord] = []
        for word in words where clause.range.contains(word.range.lowerBound) {
            if let last = joined.last, word.range.lowerBound - last.range.upperBound <= 1,
               last.meaning.type.family == word.meaning.type.family {
                let meaning = word.meaning.priority > last.meaning.priority ? word.meaning : last.meaning
                joined[joined.count - 1] = EventWord(range: last.range.lowerBound..<word.range.upperBound, meaning: meaning)
            } else {
                joined.append(word)
            }
        }
        return joined
    }

    /// Why an event word is not an event, if it is not: a hedge (`có thể`, `may`) before it in
    /// its clause, or a negation up to three words before it (`did not meet`, `chưa gặp`,
    /// `cancelled a planned meeting`). A hedge's word inside a date (`May 16`) hedges nothing.
    func modality(of word: Range<Int>, in clause: Clause, tokens: TokenList, dates: [DatedExpression]) -> Modality? {
        var from = clause.range.lowerBound
        while from < word.lowerBound, let hedge = lexicon.hedges.firstMatch(in: tokens, within: from..<word.lowerBound) {
            if !dates.contains(where: { $0.expression.tokens.contains(hedge.range.lowerBound) }) {
                return .hedged(by: hedge.range)
            }
            from = hedge.range.upperBound
        }
        let windowStart = max(clause.range.lowerBound, word.lowerBound - 3)
        if lexicon.negations.firstMatch(in: tokens, within: windowStart..<word.lowerBound) != nil {
            return .negated
        }
        return nil
    }

    /// Whether a clause is passed over: a purpose (`để thảo luận`) adds nothing to an event
    /// already made from its sentence, unless it states a date of its own.
    func addsNothing(_ clause: Clause, dates: [DatedExpression], afterEvents: Bool) -> Bool {
        clause.kind == .purpose && dates.isEmpty && afterEvents
    }
}
