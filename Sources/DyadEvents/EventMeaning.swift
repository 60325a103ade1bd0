import DyadModel

extension EventExtractor {
    /// The word that names the event of event words sharing a date: the most specific (highest
    /// priority), the first of equals (`gặp và hội đàm` → talks).
    func namingWord(of words: [EventWord]) -> EventWord {
        words.max { a, b in
            a.meaning.priority < b.meaning.priority
                || (a.meaning.priority == b.meaning.priority && a.range.lowerBound > b.range.lowerBound)
        }!
    }

    /// The event's type and CAMEO meaning: its naming word's, unless its pair came from the
    /// previous sentences, which named the same event more precisely — `cuộc họp` that refers
    /// back to talks is those talks.
    func meaning(of word: EventWord, pairFromContext: Bool, contextMeaning: TriggerMeaning?) -> TriggerMeaning {
        if pairFromContext, let earlier = contextMeaning, earlier.type.family == word.meaning.type.family,
           earlier.priority > word.meaning.priority {
            return earlier
        }
        return word.meaning
    }
}
