import DyadText

/// The relative shapes whose words place them: a weekday by the words beside it, and the days
/// counted from an event the text names next.
extension DateScanner {
    /// A weekday, with the words beside it that place it — `last Friday`, `thứ Sáu vừa qua`
    /// (strictly before the publication day), `thứ Sáu tuần trước` (in the week before) — else
    /// the nearest one in the sentence's direction. Those words are part of the expression.
    func weekdayExpression(_ weekday: Int, at range: Range<Int>, in t: TokenList) -> (Range<Int>, TemporalExpression.Kind) {
        let end = range.upperBound
        if end < t.count, let after = lexicon.weekdayStrict.longestMatch(in: t, at: end) {
            return (range.lowerBound..<end + after.length, .weekday(weekday, .strictly(after.value)))
        }
        if end < t.count, let week = lexicon.relatives.longestMatch(in: t, at: end), case .relative(.week, let offset) = week.value {
            return (range.lowerBound..<end + week.length, .weekday(weekday, .week(offset)))
        }
        for length in 1...3 where range.lowerBound - length >= 0 {
            if let before = lexicon.weekdayStrict.longestMatch(in: t, at: range.lowerBound - length), before.length == length {
                return (range.lowerBound - length..<end, .weekday(weekday, .strictly(before.value)))
            }
        }
        return (range, .weekday(weekday, .nearest))
    }

    /// Whether an anaphoric phrase counts from an event the text names next, not from the date
    /// before it: a word that ties it to one follows (`hai ngày sau khi …`), or it is a phrase of
    /// `event_offsets` followed by a word (`a day after the Senate voted`, but `the day after,`).
    func countsFromAnEvent(_ phrase: Range<Int>, in t: TokenList) -> Bool {
        let after = phrase.upperBound
        guard after < t.count else { return false }
        if lexicon.relativeToEvent.contains(t, at: after) { return true }
        return t[after].isWord && lexicon.eventOffsets.longestMatch(in: t, at: phrase.lowerBound)?.length == phrase.count
    }

    /// Where the clause naming that event ends: at the next comma or semicolon, else the sentence's end.
    func clauseEnd(after: Int, in t: TokenList) -> Int {
        (after..<t.count).first { t.token(at: $0, is: ",") || t.token(at: $0, is: ";") } ?? t.count
    }

    /// The words that point a sentence back or ahead: those the lists name (`will`, `met`), and
    /// — where the language marks the past on its verbs — any lower-case word with a past
    /// ending (`past_suffixes`: `elevated`, `expelled`) that no list names, unless it is a
    /// participle of what is to come (`will be held`: `participle_after`).
    func directionMarkers(in tokens: TokenList) -> [(range: Range<Int>, value: TimeDirection)] {
        // `will be held`, `to be signed`: a participle after `be` points nowhere back.
        let isParticiple = { (i: Int) in i > 0 && lexicon.participleAfter.contains(tokens, at: i - 1) }
        let listed = lexicon.directions.matches(in: tokens).filter { !($0.value == .backward && isParticiple($0.range.lowerBound)) }
        guard !lexicon.pastSuffixes.isEmpty else { return listed }
        var markers = listed
        for i in 0..<tokens.count where tokens[i].isWord && !tokens[i].hasUpper
            && !listed.contains(where: { $0.range.contains(i) }) && !isParticiple(i) {
            if lexicon.pastSuffixes.contains(where: { tokens.token(at: i, endsWith: $0, more: 3) }) {
                markers.append((i..<(i + 1), .backward))
            }
        }
        return markers
    }

    /// Whether `hôm nay`, `today` (a relative day of offset 0) ends right before token `i`, or
    /// before the bracket or comma there: `Hôm nay 23/01/2013`, `Hôm nay (10/7)`, `Today, June 5`.
    func followsToday(_ i: Int, in t: TokenList) -> Bool {
        var end = i
        if end > 0, t.token(at: end - 1, is: "(") || t.token(at: end - 1, is: ",") { end -= 1 }
        return (max(0, end - 3)..<end).contains { start in
            guard let match = lexicon.relatives.longestMatch(in: t, at: start), start + match.length == end,
                  case .relative(.day, 0) = match.value else { return false }
            return true
        }
    }
}
