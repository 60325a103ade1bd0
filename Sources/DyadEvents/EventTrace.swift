import DyadText
import DyadModel
import DyadCleaning
import DyadActors
import DyadDates

/// What the events stage made of one sentence, for `dyad explain`.
public struct SentenceTrace: Sendable {
    public let sentence: Sentence
    public let actors: [ActorMention]
    public let dates: [DatedExpression]
    public let triggers: [String]
    /// One line per decision: an event made, or why a trigger made none.
    public let decisions: [String]
}

/// One decision of the events stage about a sentence, as a value: what was decided, and by
/// which rule. Only `dyad explain` puts decisions into words (``SentenceTrace``).
enum Decision {
    /// The sentence has event words but no date.
    case noDateInSentence
    /// The sentence is a photo's caption, which makes no events.
    case caption
    /// The event word is hedged or negated.
    case blocked(word: Range<Int>, Modality)
    /// The event word has no date that places an event.
    case undated(word: Range<Int>, Undated)
    /// The event word, dated, has no pair of parties.
    case noPair(word: Range<Int>, date: ResolvedDate, rule: PairRule)
    case event(ExtractedEvent, rule: PairRule)
}

/// The decisions about one sentence, kept only when someone will read them: a build of
/// thousands of documents keeps none, and makes no value for them.
struct DecisionLog {
    let kept: Bool
    private(set) var decisions: [Decision] = []

    init(kept: Bool) { self.kept = kept }

    mutating func record(_ decision: @autoclosure () -> Decision) {
        if kept { decisions.append(decision()) }
    }
}

extension SentenceTrace {
    /// A sentence's trace: what the stage read in it, and its decisions put into words.
    init(sentence: Sentence, actors: [ActorMention], dates: [DatedExpression], words: [EventWord], decisions: [Decision]) {
        let tokens = sentence.tokens
        self.init(sentence: sentence, actors: actors, dates: dates, triggers: words.map { tokens.text($0.range) },
                  decisions: decisions.map { $0.text(tokens: tokens) })
    }
}

extension Decision {
    /// The decision in words, for `dyad explain`.
    func text(tokens: TokenList) -> String {
        switch self {
        case .noDateInSentence:
            return "no date in the sentence; no event"
        case .caption:
            return "a photo's caption: it restates the body or shows a moment the body does not report; no event"
        case .blocked(let word, .hedged(let hedge)):
            return "'\(tokens.text(word))': hedged by '\(tokens.text(hedge))'; no event"
        case .blocked(let word, .negated):
            return "'\(tokens.text(word))': negated; no event"
        case .undated(let word, .noDate):
            return "'\(tokens.text(word))': no date in its clause; no event"
        case .undated(let word, .unplaced(let date)):
            return "'\(tokens.text(word))': its date '\(date.expression.text)' cannot be placed (\(date.note)); no event"
        case .undated(let word, .yearAlone(let date)):
            return "'\(tokens.text(word))': its date '\(date.expression.text)' is a year alone (background); no event"
        case .noPair(let word, let date, let rule):
            return "'\(tokens.text(word))' on \(date.start.iso): \(rule.text); no event"
        case .event(let event, let rule):
            let date = event.date.start.iso + (event.date.end.map { "…" + $0.iso } ?? "")
            return "event: \(date) \(event.actors.joined(separator: "–")) \(event.meaning.type.rawValue) ('\(event.trigger)', \(rule.text))"
        }
    }
}

extension PairRule {
    /// The rule in words, for `dyad explain`.
    var text: String {
        switch self {
        case .between: return "giữa X và Y"
        case .betweenReferredBack: return "giữa hai bên: the pair of the previous sentences"
        case .compound: return "compound"
        case .directed: return "each party before the event word with the first after it"
        case .calls: return "the first party's calls with each of the others"
        case .threeTogether: return "three parties together"
        case .manyStates(let count): return "a gathering of \(count) states, not a pair"
        case .forum(let name): return "a gathering (\(name)), not a pair"
        case .firstTwo: return "the clause's first two parties"
        case .firstTwoAndAttended: return "the clause's two states, and the first with the organisation's meeting it attends"
        case .partyAndVenue: return "party and venue"
        case .statementAbout: return "a statement and the party it is about"
        case .contextAndThird: return "the previous sentences' pair and a third party, together"
        case .bothSides: return "the party and each side of the previous sentences' pair"
        case .sentenceSubject: return "the party and the sentence's subject"
        case .sentencePair: return "the pair its sentence names"
        case .travelSubject: return "the party and the subject of the previous sentences"
        case .contextPair: return "the pair of the previous sentences"
        case .noActor: return "no actor"
        case .oneActor(let code): return "only one actor (\(code))"
        }
    }
}
