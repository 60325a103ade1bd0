import DyadText
import DyadModel
import DyadDates

/// The date an event word was given, or why it was given none.
enum WordDate {
    case on(DatedExpression, ResolvedDate)
    case undated(Undated)
}

/// Why an event word has no date to make an event on.
enum Undated {
    /// No date follows it, precedes it in its clause, or opens its sentence for its clause.
    case noDate
    /// Its date cannot be placed on the calendar (a week, or no anchor).
    case unplaced(DatedExpression)
    /// Its date is a year alone (`thiết lập quan hệ năm 1967`, `since 2016`): background,
    /// which GUIDELINES leaves optional.
    case yearAlone(DatedExpression)
}

extension EventExtractor {
    /// The most years a span of an event's days may cross (a summit from 30 December to 2
    /// January crosses one); a longer span counts an anniversary's years.
    static let longestSpanInYears = 1

    /// The sentence's dates without those that restate the one before them in brackets
    /// (`ngày 30-7, giờ địa phương (tức ngày 31-7, giờ Hà Nội)`, `on June 28 (June 29 in Seoul)`).
    /// A bracket that says more than a weekday or `hôm nay` before it stands instead of it.
    func withoutRestatements(_ dates: [DatedExpression], tokens: TokenList) -> [DatedExpression] {
        guard dates.count > 1 else { return dates }
        var kept = [dates[0]]
        for date in dates.dropFirst() {
            let gap = kept.last!.expression.tokens.upperBound..<date.expression.tokens.lowerBound
            let bracketed = gap.contains { tokens.token(at: $0, is: "(") } && !gap.contains { tokens.token(at: $0, is: ")") }
            if bracketed && gap.count <= 12 {
                if case .absolute = date.expression.kind, !kept.last!.expression.isAbsolute { kept[kept.count - 1] = date }
                continue
            }
            kept.append(date)
        }
        return kept
    }

    /// The date a `when` clause happens on (`The dispute erupted on June 5 when Turkey's foreign
    /// minister visited Washington`, `…ngày 5/6, khi …`): the last date before it in its sentence,
    /// for a clause that opens with a word of the same time (`simultaneous_markers`) and names
    /// two parties of its own — one party, or one with a venue, leaves whom it met to guesswork.
    /// Nil for any other clause.
    func heldOverDate(for clause: Clause, facts: SentenceFacts) -> DatedExpression? {
        guard clause.range.lowerBound > 0, lexicon.simultaneous.longestMatch(in: facts.tokens, at: clause.range.lowerBound) != nil,
              let date = facts.dates.last(where: { $0.expression.tokens.upperBound <= clause.range.lowerBound }),
              let day = date.resolved?.start.firstDay
        else { return nil }
        let own = actors(in: clause, tokens: facts.tokens, mentions: facts.mentions, on: day, words: facts.wordRanges,
                         travelWordEnds: facts.travelWordEnds)
        return distinctCodes(own.parties, on: day).count >= 2 ? date : nil
    }

    /// The date that opens a sentence (`Ngày 2/10, Mỹ kêu gọi …`): in its first clause, before
    /// its first event word. Its main, parallel and purpose clauses happen then, unless they
    /// say otherwise.
    func openingDate(of dates: [DatedExpression], clauses: [Clause], firstWord: Int) -> DatedExpression? {
        dates.first { date in
            date.expression.tokens.lowerBound < firstWord && clauses[0].range.contains(date.expression.tokens.lowerBound)
        }
    }

    /// The date an event word gets: the first date of its clause after it, before the next
    /// event word and within `postposedReach` tokens (`hội đàm … vào ngày 21/6`); else the last
    /// date before it in its clause (`Ngày 2/10, Mỹ kêu gọi`); else, in a main, parallel or
    /// purpose clause (`đến Tokyo để tham dự hội nghị`), the sentence's opening date, and in a
    /// `when` clause the date of the clause it hangs on (`heldOver`). A date that cannot be
    /// placed, or is a year alone, dates no event.
    func date(of word: Range<Int>, nextWord: Int, in clause: Clause, clauseDates: [DatedExpression], tokens: TokenList,
              opening: DatedExpression?, heldOver: DatedExpression? = nil) -> WordDate {
        var after = clauseDates.first {
            $0.expression.tokens.lowerBound >= word.upperBound
                && $0.expression.tokens.lowerBound < nextWord
                && $0.expression.tokens.lowerBound - word.upperBound <= postposedReach
        }
        // `Hồi tháng 4, Tổng thống Chile đã thăm Peru và tới tháng 8 Ngoại trưởng Chile thăm …`:
        // a date a joiner opens, with the next event word after it, is that word's; this one
        // keeps the date before it.
        if let next = after, nextWord < clause.range.upperBound, opensNextEvent(next, tokens: tokens),
           clauseDates.contains(where: { $0.expression.tokens.upperBound <= word.lowerBound }) {
            after = nil
        }
        let inherited = clause.kind == .main || clause.kind == .coordinate || clause.kind == .purpose ? opening : heldOver
        guard let date = after ?? clauseDates.last(where: { $0.expression.tokens.upperBound <= word.lowerBound }) ?? inherited else {
            return .undated(.noDate)
        }
        guard let resolved = date.resolved else { return .undated(.unplaced(date)) }
        guard resolved.start.precision != .year else { return .undated(.yearAlone(date)) }
        return .on(date, resolved)
    }

    /// The dates an event word happened on: the date it got (`date(of:)`), or each date of the
    /// list it is in — an event word dated by `tháng 11/2015 và tháng 11/2017`, `in July and
    /// September`, happened on each (GUIDELINES: one key per date) — each with what it resolved
    /// to. Dates are listed when nothing but a list's joiner (`và`, `and in`) stands between
    /// them. The day right after the one before is no date of its own — two consecutive days
    /// named together are one span, keyed by its first day — and a date that cannot be placed,
    /// or is a year alone, dates no event.
    func listedDates(with date: DatedExpression, resolved: ResolvedDate, among dates: [DatedExpression],
                     tokens: TokenList) -> [(DatedExpression, ResolvedDate)] {
        guard let first = dates.firstIndex(where: { $0.expression == date.expression }) else { return [(date, resolved)] }
        var chain = first...first
        // Walk both ways from the date the word got, while only a joiner separates two dates.
        while chain.upperBound + 1 < dates.count, joinsList(dates[chain.upperBound], dates[chain.upperBound + 1], tokens: tokens) {
            chain = chain.lowerBound...chain.upperBound + 1
        }
        while chain.lowerBound > 0, joinsList(dates[chain.lowerBound - 1], dates[chain.lowerBound], tokens: tokens) {
            chain = chain.lowerBound - 1...chain.upperBound
        }
        guard chain.count > 1 else { return [(date, resolved)] }
        var listed: [(DatedExpression, ResolvedDate)] = []
        var previous: ResolvedDate?
        for index in chain {
            guard let placed = dates[index].resolved, placed.start.precision != .year else { previous = nil; continue }
            defer { previous = placed }
            if let previous, previous.start.precision == .day, placed.start.precision == .day,
               placed.start.firstDay == (previous.end ?? previous.start).lastDay.adding(days: 1) { continue }
            listed.append((dates[index], placed))
        }
        return listed
    }

    /// Whether nothing but a list's joiner (`và`, `and in`) stands between two dates.
    /// Whether a joiner of events (`và`, `and in`) opens a date, right before it or before one
    /// word of time (`và tới tháng 8`).
    func opensNextEvent(_ date: DatedExpression, tokens: TokenList) -> Bool {
        let start = date.expression.tokens.lowerBound
        return (0...1).contains { gap in
            (1...3).contains { length in
                start - gap - length >= 0 && lexicon.dateListJoiners.longestMatch(in: tokens, at: start - gap - length)?.length == length
            }
        }
    }

    private func joinsList(_ a: DatedExpression, _ b: DatedExpression, tokens: TokenList) -> Bool {
        let gap = a.expression.tokens.upperBound..<b.expression.tokens.lowerBound
        guard !gap.isEmpty, let match = lexicon.dateListJoiners.longestMatch(in: tokens, at: gap.lowerBound) else { return false }
        return match.length == gap.count
    }

    /// The event a clause without event words dates once more (`Đây là chuyến thăm Việt Nam
    /// lần thứ năm của ông Putin; lần gần nhất là vào tháng 11/2017`, `…; the last was in May
    /// 2019`): it opens with a word of repetition, and the clause before it has event words —
    /// the last of them happened again on this clause's first date. Nil when the date cannot be
    /// placed or is a year alone (background GUIDELINES leaves optional).
    func repetition(in clause: Clause, of previous: Clause, dates: [DatedExpression], facts: SentenceFacts) -> DatedGroup? {
        let opening = clause.range.lowerBound..<min(clause.range.upperBound, clause.range.lowerBound + 6)
        guard let marker = lexicon.repeatMarkers.firstMatch(in: facts.tokens, within: opening),
              let word = joinedWords(facts.words, in: previous).last,
              let date = dates.first(where: { $0.expression.tokens.lowerBound >= marker.range.upperBound }),
              let resolved = date.resolved, resolved.start.precision != .year
        else { return nil }
        return DatedGroup(date: date, resolved: resolved, words: [word])
    }

    /// Whether a date belongs to something other than the sentence's event words: it ends a
    /// duration (`kéo dài đến Chủ nhật`, `last until Sunday`: what goes on until then began
    /// before, on a date of its own), dates an occasion named right before it (`cuộc bầu cử
    /// ngày 9/5`, `the election held last month`, `nhân dịp Quốc khánh 2/9`: a message sent for
    /// a national day is sent before it), or spans years (`(2/9/1945 - 2/9/2023)`: what an
    /// anniversary counts, no event's days).
    func datesElsewhere(_ date: DatedExpression, tokens: TokenList) -> Bool {
        if let resolved = date.resolved, let end = resolved.end,
           end.firstDay.year - resolved.start.firstDay.year > Self.longestSpanInYears {
            return true
        }
        let start = date.expression.tokens.lowerBound
        return (1...4).contains { length in
            start - length >= 0 && lexicon.elsewhereMarkers.longestMatch(in: tokens, at: start - length)?.length == length
        }
    }

    /// Whether an event is still to come: after the publication date, or on it or in its month
    /// with a word of plans (`sẽ`, `will`) near its word; without a publication date, whether
    /// such a word is there.
    func isFuture(word: Range<Int>, clause: Clause, tokens: TokenList, date: ResolvedDate, published: CalendarDate?) -> Bool {
        let windowEnd = min(clause.range.upperBound, word.upperBound + 3)
        let planned = lexicon.futureMarkers.firstMatch(in: tokens, within: clause.range.lowerBound..<windowEnd) != nil
        guard let published else { return planned }
        if date.start.precision == .day {
            let start = date.start.firstDay
            return start > published || (planned && start == published)
        }
        return date.start.lastDay >= published && (planned || date.start.firstDay > published)
    }
}
