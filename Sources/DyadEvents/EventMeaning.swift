import DyadText
import DyadDates
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

    /// A step still to come, told by a word of speech or a statement word of its event, and
    /// dated only by a date before it — `ngày 21/5 cho biết EU sẽ áp thuế`, `tuyên bố Paris sẽ
    /// rút đại sứ`, `said on Tuesday it will impose tariffs` — or a step a statement word right
    /// before it declares (`tuyên bố triệu hồi đại sứ`), is the announcement: a statement
    /// of the pair on the saying's date (GUIDELINES: a dated official announcement of a
    /// bilateral step). A step with a date of its own takes that date instead (`date(of:)`), so
    /// this never reads it.
    func announcement(of word: EventWord, dated date: DatedExpression, in clause: Clause, tokens: TokenList,
                      with words: [EventWord] = []) -> TriggerMeaning? {
        guard word.meaning.type != .statement, date.expression.tokens.upperBound <= word.range.lowerBound else { return nil }
        let said = words.last { $0.meaning.type == .statement && $0.range.upperBound <= word.range.lowerBound }
        // `tuyên bố triệu hồi đại sứ`: a statement word right before the step declares it.
        if let said, word.range.lowerBound == said.range.upperBound { return said.meaning }
        guard let speech = said.map({ (range: $0.range, value: $0.meaning) })
                ?? lexicon.officialSpeech.firstMatch(in: tokens, within: clause.range.lowerBound..<word.range.lowerBound).map({ (range: $0.range, value: $0.value) }),
              lexicon.futureMarkers.firstMatch(in: tokens, within: speech.range.upperBound..<word.range.lowerBound) != nil
        else { return nil }
        return speech.value
    }

    /// A state at an organisation's meeting (`dự Hội nghị Cấp cao ASEAN`, `attend the NATO
    /// summit`) meets the organisation in that meeting, and the other state in whatever they did
    /// there: the pair state–organisation is named by the word of the meeting attended, next to
    /// the organisation's name; the pair of states by the other words (`gặp`, `met`), when there
    /// are any. Nil when no meeting word stands by the organisation's name.
    func attendedMeeting(named name: Range<Int>, words: [EventWord]) -> (meeting: TriggerMeaning, others: TriggerMeaning?)? {
        guard let meeting = words.last(where: { word in
                  let before = word.range.upperBound <= name.lowerBound && name.lowerBound - word.range.upperBound <= 1
                  let after = word.range.lowerBound >= name.upperBound && word.range.lowerBound - name.upperBound <= 1
                  return (before || after) && word.meaning.type.isEncounter
              })
        else { return nil }
        let others = words.filter { $0.range != meeting.range }
        return (meeting.meaning, others.isEmpty ? nil : namingWord(of: others).meaning)
    }
}
