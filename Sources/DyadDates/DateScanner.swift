import DyadText
import DyadResources
import DyadModel
import DyadReading
import DyadCleaning
import DyadActors

/// Finds the date expressions of a sentence: calendar dates and spans with or without a year,
/// months, years, quarters, and dates relative to the publication or to the previous date.
///
/// Numbers count as dates only in date shapes and, for shapes that numbers often take
/// otherwise (`18-3` could be a score, `1/3` a fraction, `24/7` round the clock), only after a
/// date word such as `ngày`, `hôm`, `sáng` or inside parentheses. Durations (`5 năm`, `55 năm
/// trước`) are not dates.
public struct DateScanner: Sendable {
    let lexicon: DateLexicon

    public init(lexicon: DateLexicon) {
        self.lexicon = lexicon
    }

    /// A sentence names a few dates; one with more is a table or a list run together, and the
    /// dates past these are not read (each would be held until the document is done).
    static let mostPerSentence = 24

    public func scan(_ tokens: TokenList) -> [TemporalExpression] {
        // A sentence has a few cues at most: a list is cheaper to make and search than a set.
        let cueEnds = lexicon.dayCues.matches(in: tokens).map { $0.range.upperBound - 1 }
        // Direction markers matter only once a date is found; most sentences have none.
        var markers: [(range: Range<Int>, value: TimeDirection)]?

        var found: [TemporalExpression] = []
        var index = 0
        // The first-word bits hold only for tokens of the vocabulary the lists are registered in.
        let starts = tokens.vocabulary == lexicon.expressionStartsVocabulary ? lexicon.expressionStarts : .max
        while index < tokens.count, found.count < Self.mostPerSentence {
            // Only a number or a word that starts a date list can start an expression.
            let token = tokens[index]
            guard token.isNumber || token.firstWordClasses & starts != 0 else {
                index += 1
                continue
            }
            if let (range, kind) = expression(at: index, in: tokens, cueEnds: cueEnds) {
                if markers == nil { markers = directionMarkers(in: tokens) }
                var expression = TemporalExpression(tokens: range, text: tokens.text(range), kind: kind,
                                                    direction: direction(near: range, markers: markers!))
                if expression.isAbsolute { expression.statesToday = followsToday(range.lowerBound, in: tokens) }
                found.append(expression)
                index = range.upperBound
            } else {
                index += 1
            }
        }
        return found
    }

    // MARK: - Shapes

    private func expression(at i: Int, in t: TokenList, cueEnds: [Int]) -> (Range<Int>, TemporalExpression.Kind)? {
        let token = t[i]
        if token.isNumber {
            if let found = numeric(at: i, in: t, cued: isCued(i, in: t, cueEnds: cueEnds)) {
                // `kéo dài từ 3-4 tiếng đồng hồ`: numbers that measure something are no date.
                if lexicon.quantityUnits.longestMatch(in: t, at: found.0.upperBound) != nil { return nil }
                return found
            }
            // `1 ngày sau đó`: a phrase that starts with a number.
            guard let relative = lexicon.relatives.longestMatch(in: t, at: i), case .anaphoric(let offset) = relative.value else {
                return nil
            }
            if countsFromAnEvent(i..<(i + relative.length), in: t) {
                return (i..<(i + relative.length), .fromEvent(days: offset, within: clauseEnd(after: i + relative.length, in: t)))
            }
            return (i..<(i + relative.length), .anaphoric(days: offset))
        }
        guard token.isWord else { return nil }
        if let month = lexicon.monthNames.longestMatch(in: t, at: i) {
            return named(month: month.value, at: i, length: month.length, in: t, cued: isCued(i, in: t, cueEnds: cueEnds))
        }
        if let weekday = lexicon.weekdays.longestMatch(in: t, at: i) ?? lexicon.cuedWeekdays.longestMatch(in: t, at: i) {
            let after = i + weekday.length
            // `thứ Hai (18/6)` or `thứ Hai, ngày 18/6`: the calendar date that follows says more.
            if let next = firstNumber(from: after, in: t, within: 3), numeric(at: next, in: t, cued: true) != nil { return nil }
            if (after..<min(t.count, after + 3)).contains(where: { monthName(at: $0, in: t) != nil }) { return nil }
            return weekdayExpression(weekday.value, at: i..<after, in: t)
        }
        if let relative = lexicon.relatives.longestMatch(in: t, at: i) {
            let after = i + relative.length
            // `5 năm trước` and `hai tháng sau` are durations and `những tháng tới` a vague
            // stretch, not dates; `hai ngày sau khi …` counts from an event, not the date before.
            let numberBefore = i > 0 && (t[i - 1].isNumber || lexicon.pluralMarkers.contains(t, at: i - 1)
                                         || lexicon.numberWords.contains(t, at: i - 1))
            let numberAfter = after < t.count && t[after].isNumber
            // `Hôm nay 23/01/2013`, `Today, January 23`: the calendar date that follows says more.
            let dateAfter = firstNumber(from: after, in: t, within: 3).flatMap { numeric(at: $0, in: t, cued: true) } != nil
                || (after..<min(t.count, after + 2)).contains { index in
                    t[index].isWord && monthName(at: index, in: t).map { t.int(at: $0.1) != nil } == true
                }
            if !numberBefore && !numberAfter && !dateAfter {
                switch relative.value {
                case .relative(let unit, let offset): return (i..<after, .relative(unit, offset))
                case .anaphoric(let offset):
                    if countsFromAnEvent(i..<after, in: t) { return (i..<after, .fromEvent(days: offset, within: clauseEnd(after: after, in: t))) }
                    return (i..<after, .anaphoric(days: offset))
                }
            }
        }
        let previousIsNumber = i > 0 && t[i - 1].isNumber
        if lexicon.monthWords.contains(t, at: i), !previousIsNumber, let month = t.int(at: i + 1), (1...12).contains(month) {
            let (date, end) = withYear(PartialDate(month: month), after: i + 2, in: t)
            return (i..<end, .absolute(date, end: nil))
        }
        if lexicon.yearWords.contains(t, at: i), !previousIsNumber, let year = t.int(at: i + 1), t[i + 1].byteCount == 4,
           (1900...2100).contains(year) {
            var end = i + 2
            var endYear: PartialDate?
            if end + 1 < t.count, lexicon.spanJoiners.contains(t, at: end), let last = t.int(at: end + 1),
               t[end + 1].byteCount == 4, last > year, last <= 2100 {
                endYear = PartialDate(year: last)
                end += 2
            }
            return (i..<end, .absolute(PartialDate(year: year), end: endYear))
        }
        if lexicon.quarterWords.contains(t, at: i), i + 1 < t.count, let quarter = lexicon.quarterNumerals[t.lower(at: i + 1)] {
            var end = i + 2
            var year: Int?
            if let (y, next) = yearSuffix(after: end, in: t) { year = y; end = next }
            return (i..<end, .absolute(PartialDate(year: year, month: quarter * 3 - 2),
                                       end: PartialDate(year: year, month: quarter * 3)))
        }
        return nil
    }

    /// `date` with the year that follows it at `end` (`năm 2023`, `năm ngoái`), if any, and the
    /// token after the whole expression.
    private func withYear(_ date: PartialDate, after end: Int, in t: TokenList) -> (PartialDate, Int) {
        var date = date
        if let (year, next) = yearSuffix(after: end, in: t) ?? bareYear(after: end, in: t) {
            date.year = year
            return (date, next)
        }
        if let (offset, next) = relativeYear(after: end, in: t) {
            date.yearOffset = offset
            return (date, next)
        }
        return (date, end)
    }

    /// Shapes that start with a number: `18/6`, `18/6/2023`, `18-3`, `18 - 19/6`, `4-12/3/2026`,
    /// `18/6 - 20/6`, `21 tháng 6 năm 2023`, `từ 4 đến 12/3`.
    private func numeric(at i: Int, in t: TokenList, cued: Bool) -> (Range<Int>, TemporalExpression.Kind)? {
        if let iso = isoDate(at: i, in: t) { return iso }
        guard let first = t.int(at: i), t[i].byteCount <= 2, (1...31).contains(first) else { return nil }

        // Day, then the month's name: `18 June 2023`, `ngày 28 tháng Hai`.
        if let (month, after) = monthName(at: i + 1, in: t), CalendarDate(year: 2000, month: month, day: first) != nil {
            let (date, end) = withYear(PartialDate(month: month, day: first), after: after, in: t)
            return (i..<end, .absolute(date, end: nil))
        }
        // A span `D - D Month`, `D and D+1 Month`, `from D to D Month`.
        if let (joined, second) = spanSecond(after: i, first: first, in: t), let endDay = t.int(at: second),
           let (month, after) = monthName(at: second + 1, in: t), CalendarDate(year: 2000, month: month, day: endDay) != nil,
           joined == .range || endDay == first + 1 {
            let (endDate, end) = withYear(PartialDate(month: month, day: endDay), after: after, in: t)
            return (i..<end, .absolute(PartialDate(year: endDate.year, month: month, day: first), end: endDate))
        }

        // Day, then `tháng` and the month.
        if cued, i + 2 < t.count, lexicon.monthWords.contains(t, at: i + 1), let month = t.int(at: i + 2),
           (1...12).contains(month), CalendarDate(year: 2000, month: month, day: first) != nil {
            let (date, end) = withYear(PartialDate(month: month, day: first), after: i + 3, in: t)
            return (i..<end, .absolute(date, end: nil))
        }

        // A span `D - D/M`: the first day stands alone, the second carries the month.
        if let (joined, second) = spanSecond(after: i, first: first, in: t),
           let (endRange, endDate) = dayMonth(at: second, in: t, cued: true), let endDay = endDate.day, first < endDay,
           joined == .range || endDay == first + 1,
           cued || endDate.year != nil || standsAlone(endRange, in: t) {
            let start = PartialDate(year: endDate.year, month: endDate.month, day: first)
            if CalendarDate(year: endDate.year ?? 2000, month: endDate.month ?? 1, day: first) != nil {
                return (i..<endRange.upperBound, .absolute(start, end: endDate))
            }
        }

        guard let (range, date) = dayMonth(at: i, in: t, cued: cued) else { return nil }
        let separator = t.text(at: i + 1)
        if date.year == nil {
            let enclosed = i > 0 && t.token(at: i - 1, is: "(") && range.upperBound < t.count && t.token(at: range.upperBound, is: ")")
            if separator != "/" && !cued { return nil }
            if !cued && !enclosed && !standsAlone(range, in: t) { return nil }
        }
        if date.year == nil, let (offset, next) = relativeYear(after: range.upperBound, in: t) {
            var relative = date
            relative.yearOffset = offset
            return (i..<next, .absolute(relative, end: nil))
        }
        // A span `D/M - D/M`, its end perhaps cued again (`từ ngày 29/7 đến ngày 2/8`).
        var endStart = range.upperBound + 1
        if endStart < t.count, !t[endStart].isNumber, let cue = lexicon.dayCues.longestMatch(in: t, at: endStart) { endStart += cue.length }
        if endStart < t.count, lexicon.spanJoiners.contains(t, at: range.upperBound),
           let (endRange, endDate) = dayMonth(at: endStart, in: t, cued: true) {
            var start = date
            var end = endDate
            if start.year == nil { start.year = end.year }
            if end.year == nil { end.year = start.year }
            return (i..<endRange.upperBound, .absolute(start, end: end))
        }
        return (range, .absolute(date, end: nil))
    }

    /// `2013-08-09`, `2013/08/09`: year, month and day, written without spaces.
    private func isoDate(at i: Int, in t: TokenList) -> (Range<Int>, TemporalExpression.Kind)? {
        guard i + 4 < t.count, t[i].byteCount == 4, let year = t.int(at: i), (1900...2100).contains(year),
              t.token(at: i + 1, is: "-") || t.token(at: i + 1, is: "/"), t.text(at: i + 1) == t.text(at: i + 3),
              (i + 1...i + 4).allSatisfy({ !t[$0].spaceBefore }), t[i + 2].byteCount == 2, t[i + 4].byteCount == 2,
              let month = t.int(at: i + 2), let day = t.int(at: i + 4), CalendarDate(year: year, month: month, day: day) != nil
        else { return nil }
        return (i..<(i + 5), .absolute(PartialDate(year: year, month: month, day: day), end: nil))
    }

    /// `D/M`, `D-M`, `D/M/YYYY`, `D-M-YYYY`, `D.M.YYYY`, written without spaces.
    private func dayMonth(at i: Int, in t: TokenList, cued: Bool) -> (Range<Int>, PartialDate)? {
        guard i + 2 < t.count, let firstPart = t.int(at: i), t[i].byteCount <= 2,
              ["/", "-", "."].contains(t.text(at: i + 1)), !t[i + 1].spaceBefore, !t[i + 2].spaceBefore,
              let secondPart = t.int(at: i + 2), t[i + 2].byteCount <= 2 else { return nil }
        let (day, month) = lexicon.monthFirst ? (secondPart, firstPart) : (firstPart, secondPart)
        // Where numbers are written month first, `5/6/2018` may be either: only a part past 12 decides.
        if lexicon.monthFirst && firstPart <= 12 && secondPart <= 12 && firstPart != secondPart { return nil }
        let separator = t.text(at: i + 1)
        var end = i + 3
        var year: Int?
        if end + 1 < t.count, t.text(at: end) == separator, !t[end].spaceBefore, !t[end + 1].spaceBefore,
           let y = t.int(at: end + 1), t[end + 1].byteCount == 4 {
            year = y
            end += 2
        } else if lexicon.numericNeedsYear {
            return nil  // `6/18` alone is too often something else
        } else if separator == "." && (!cued || (end < t.count && !t[end].spaceBefore && t[end].isNumber)) {
            return nil  // `4.300` is a number, not a date; `ngày 15.6` is one
        } else if end < t.count, !t[end].spaceBefore, t[end].isNumber || [separator, ","].contains(t.text(at: end)) && end + 1 < t.count && t[end + 1].isNumber && !t[end + 1].spaceBefore {
            return nil  // part of a longer number such as 1/2/3 or 5/4,5
        }
        guard CalendarDate(year: year ?? 2000, month: month, day: day) != nil else { return nil }
        return (i..<end, PartialDate(year: year, month: month, day: day))
    }

    /// How the two days of a span are joined: a range (`18 - 20`, `from 18 to 20`) or a pair of
    /// days (`11 và 12`, `18 and 19`), which is a span only when the days are consecutive.
    enum Joined { case range, pair }

    /// After the first day of a span at `i`, the joiner and the token where the second day
    /// starts (a day word after the joiner is stepped over: `từ ngày 25 đến ngày 27-5`).
    private func spanSecond(after i: Int, first: Int, in t: TokenList) -> (Joined, Int)? {
        guard i + 2 < t.count else { return nil }
        let joined: Joined
        if lexicon.spanJoiners.contains(t, at: i + 1) {
            joined = .range
        } else if lexicon.spanPairJoiners.contains(t, at: i + 1) {
            joined = .pair
        } else {
            return nil
        }
        var second = i + 2
        if !t[second].isNumber, let cue = lexicon.dayCues.longestMatch(in: t, at: second) { second += cue.length }
        guard second < t.count, t[second].isNumber, !(t[i + 1].isPunctuation && t[i + 2].isWord),
              let day = t.int(at: second), t[second].byteCount <= 2, day > first else { return nil }
        return (joined, second)
    }

    /// The month named at `i` (`June`, `Nov.`, `tháng Sáu`) and the token after it.
    private func monthName(at i: Int, in t: TokenList) -> (Int, Int)? {
        guard i < t.count, t[i].isWord, let match = lexicon.monthNames.longestMatch(in: t, at: i) else { return nil }
        return (match.value, i + match.length)
    }

    /// Shapes that start with a month's name: `June 18`, `June 18, 2023`, `June 18-19`,
    /// `June 30 - July 2`, `June 2023`, `tháng Sáu năm ngoái`, `June` alone. A name that is
    /// also a word (`May`) counts alone only after a date word.
    private func named(month: Int, at i: Int, length: Int, in t: TokenList, cued: Bool) -> (Range<Int>, TemporalExpression.Kind)? {
        let after = i + length
        if after < t.count, let day = t.int(at: after), t[after].byteCount <= 2, (1...31).contains(day),
           CalendarDate(year: 2000, month: month, day: day) != nil {
            var end = after + 1
            var endDate: PartialDate?
            if let (joined, second) = spanSecond(after: after, first: day, in: t), let endDay = t.int(at: second),
               joined == .range || endDay == day + 1, CalendarDate(year: 2000, month: month, day: endDay) != nil {
                endDate = PartialDate(month: month, day: endDay)
                end = second + 1
            } else if end + 2 < t.count, lexicon.spanJoiners.contains(t, at: end), let (endMonth, dayAt) = monthName(at: end + 1, in: t),
                      let endDay = t.int(at: dayAt), t[dayAt].byteCount <= 2, CalendarDate(year: 2000, month: endMonth, day: endDay) != nil {
                endDate = PartialDate(month: endMonth, day: endDay)
                end = dayAt + 1
            }
            var start = PartialDate(month: month, day: day)
            if let (year, next) = bareYear(after: end, in: t) ?? yearSuffix(after: end, in: t) {
                start.year = year
                endDate?.year = year
                end = next
            }
            return (i..<end, .absolute(start, end: endDate))
        }
        if let (year, next) = bareYear(after: after, in: t) ?? yearSuffix(after: after, in: t) {
            return (i..<next, .absolute(PartialDate(year: year, month: month), end: nil))
        }
        if let (offset, next) = relativeYear(after: after, in: t) {
            return (i..<next, .absolute(PartialDate(month: month, yearOffset: offset), end: nil))
        }
        if lexicon.notDatesUnlessCued.contains(t, in: i..<(i + length)) && !cued { return nil }
        return (i..<after, .absolute(PartialDate(month: month), end: nil))
    }

    /// A four-digit year right after a month or day, with or without a comma: `June 18, 2023`.
    private func bareYear(after i: Int, in t: TokenList) -> (Int, Int)? {
        var index = i
        if index < t.count, t.token(at: index, is: ",") { index += 1 }
        guard index < t.count, let year = t.int(at: index), t[index].byteCount == 4, (1900...2100).contains(year) else { return nil }
        return (year, index + 1)
    }

    /// An uncued `18/6` counts only standing alone (punctuation or the end after it) and not as
    /// a listed idiom or fraction (`24/7`, `1/3`).
    private func standsAlone(_ range: Range<Int>, in t: TokenList) -> Bool {
        if lexicon.notDatesUnlessCued.contains(t, in: range) { return false }
        guard range.upperBound < t.count else { return true }
        let next = t[range.upperBound]
        return next.isPunctuation && !t.token(at: range.upperBound, is: "%") && !t.token(at: range.upperBound, is: "/")
    }

    /// `năm ngoái`, `năm nay`, `năm tới` right after a month or day.
    private func relativeYear(after i: Int, in t: TokenList) -> (Int, Int)? {
        guard i < t.count, let match = lexicon.relatives.longestMatch(in: t, at: i),
              case .relative(.year, let offset) = match.value else { return nil }
        return (offset, i + match.length)
    }

    /// A year written after a month: `/2017`, `.2025`, `năm 2017`.
    private func yearSuffix(after i: Int, in t: TokenList) -> (Int, Int)? {
        guard i + 1 < t.count else { return nil }
        if (t.token(at: i, is: "/") || t.token(at: i, is: ".") || t.token(at: i, is: "-")), !t[i].spaceBefore, !t[i + 1].spaceBefore,
           let year = t.int(at: i + 1), t[i + 1].byteCount == 4 {
            return (year, i + 2)
        }
        if lexicon.yearWords.contains(t, at: i), let year = t.int(at: i + 1), t[i + 1].byteCount == 4 {
            return (year, i + 2)
        }
        return nil
    }

    /// Whether a date word (`ngày`, `hôm`, `sáng`, `các ngày`, …), an opening parenthesis, a
    /// weekday or a relative day the date says more about (`sáng nay 28-8`) stands right
    /// before token `i`.
    private func isCued(_ i: Int, in t: TokenList, cueEnds: [Int]) -> Bool {
        guard i > 0 else { return false }
        if cueEnds.contains(i - 1) || t.token(at: i - 1, is: "(") { return true }
        for start in max(0, i - 3)..<i where lexicon.relatives.longestMatch(in: t, at: start).map({ start + $0.length == i }) == true {
            return true
        }
        if t.token(at: i - 1, is: ","), i >= 2 {
            for start in max(0, i - 4)..<(i - 1) where lexicon.weekdays.longestMatch(in: t, at: start).map({ start + $0.length == i - 1 }) == true {
                return true
            }
        }
        if i >= 2, lexicon.weekdays.longestMatch(in: t, at: i - 2).map({ $0.length == 2 }) == true { return true }
        return false
    }

    private func firstNumber(from start: Int, in t: TokenList, within limit: Int) -> Int? {
        var index = start
        while index < t.count, index < start + limit {
            if t[index].isNumber { return index }
            if t[index].isWord, lexicon.dayCues.longestMatch(in: t, at: index) == nil { return nil }
            index += 1
        }
        return nil
    }

    private func direction(near range: Range<Int>, markers: [(range: Range<Int>, value: TimeDirection)]) -> TimeDirection {
        var best: (distance: Int, value: TimeDirection)?
        // `told Qin in a call Wednesday that the U.S. would defend …`: `would` is the reported clause's.
        let openers = markers.filter { $0.value == .neutral }.map(\.range.lowerBound)
        for marker in markers where marker.value != .neutral {
            let between = marker.range.upperBound <= range.lowerBound ? marker.range.upperBound..<range.lowerBound
                                                                        : range.upperBound..<max(range.upperBound, marker.range.lowerBound)
            if openers.contains(where: between.contains) { continue }
            let distance: Int
            if marker.range.upperBound <= range.lowerBound {
                distance = range.lowerBound - marker.range.upperBound
            } else if marker.range.lowerBound >= range.upperBound {
                distance = marker.range.lowerBound - range.upperBound
            } else {
                distance = 0
            }
            if best == nil || distance < best!.distance { best = (distance, marker.value) }
        }
        return best?.value ?? .neutral
    }
}

