import DyadText
import DyadModel
import DyadActors

/// The pair the text is about, carried from sentence to sentence: `cuộc họp`, `hai bên`, `the
/// two leaders` mean it.
struct TextTopic {
    /// The pair (or three) a sentence was about, that sentence, and the event it named.
    struct Pair {
        let parties: [String]
        let sentence: Int
        let meaning: TriggerMeaning?
    }

    /// The pair of the last sentence that left one.
    private(set) var recent: Pair?
    /// The pair the document is about: the first one a sentence left.
    private(set) var main: [String]?

    /// The recent pair while it is at most `reach` sentences behind `sentence`.
    func recent(at sentence: Int, reach: Int) -> Pair? {
        recent.flatMap { sentence - $0.sentence <= reach ? $0 : nil }
    }

    /// Takes the pair a sentence leaves, if it leaves one.
    mutating func carry(_ left: Pair?) {
        if let left { recent = left }
        if main == nil { main = recent.map { Array($0.parties.prefix(2)) } }
    }
}

extension EventExtractor {
    /// The pair a clause may take from the previous sentences: the pair of the last
    /// `contextReach` sentences (`recent`); else, when its subject refers back (`hai nhà lãnh
    /// đạo`, `the two leaders`) far from any pair, the pair the document is about.
    func contextPair(for clause: Clause, tokens: TokenList, recent: TextTopic.Pair?, topic: TextTopic) -> [String]? {
        recent?.parties ?? (refersBack(clause, tokens: tokens) ? topic.main : nil)
    }

    /// The pair a sentence leaves for the next ones: the parties of its last event — all three
    /// when that event was made for three pairs; else, when it made none, the first two actors
    /// its own clauses name other than as a topic (`…, sau chuyến thăm Triều Tiên` is not what
    /// it is about), or three when it calls them a trilateral (`ba bên`, `trilateral`). Nil
    /// when it names fewer than two.
    func pairLeft(by facts: SentenceFacts, made: ArraySlice<ExtractedEvent>, clauses: [Clause]?) -> TextTopic.Pair? {
        if let last = made.last {
            let same = made.filter { $0.date == last.date && $0.meaning == last.meaning }
            let parties = same.count == 3 ? Array(Set(same.flatMap(\.actors))).sorted() : last.actors
            return TextTopic.Pair(parties: parties, sentence: facts.sentence.index, meaning: last.meaning)
        }
        guard facts.mentions.count >= 2 else { return nil }
        let tokens = facts.tokens
        let own = (clauses ?? lexicon.clauses(of: tokens, dates: facts.dates)).filter { $0.kind == .main || $0.kind == .coordinate }
        let codes = distinctCodes(facts.mentions.filter { mention in
            own.contains { $0.covers(mention.tokens.lowerBound) } && !isTopic(mention, tokens: tokens, words: facts.wordRanges)
        }, on: nil)
        guard codes.count >= 2 else { return nil }
        let three = codes.count == 3 && lexicon.trilateral.firstMatch(in: tokens, within: tokens.indices) != nil
        let strongest = facts.words.max { $0.meaning.priority < $1.meaning.priority }?.meaning
        return TextTopic.Pair(parties: Array(codes.prefix(three ? 3 : 2)), sentence: facts.sentence.index, meaning: strongest)
    }
}
