import DyadText
import DyadResources
import DyadModel
import DyadReading
import DyadCleaning
import DyadActors

/// What a document's dates are anchored to.
public enum DateAnchor: Sendable, Hashable {
    /// The publication date: relative expressions and years follow from it.
    case published(CalendarDate)
    /// A publication date known only to the month or the year: it places dates without a year
    /// near it, but not relative days or weekdays.
    case publishedApproximately(FuzzyDate)
    /// No publication date; the year inferred from the document's own evidence.
    case inferredYear(Int)
    /// Nothing: only dates that state their year can be placed.
    case none
}

/// Places a document's date expressions on the calendar, in reading order, so that `cùng
/// ngày` and `hôm sau` can refer back to the date before them.
public struct DateResolver: Sendable {
    /// How far a date may fall on the wrong side of the publication date before the sentence's
    /// direction (`sẽ` forward, `đã` back) rules that year out: dates of planned events are often
    /// announced a few days late, and publication dates are not always exact.
    public var tolerance = 14

    public init() {}

    public func resolve(_ found: [(sentence: Int, line: Int, expression: TemporalExpression)], anchor: DateAnchor) -> [DatedExpression] {
        var previousDay: (date: CalendarDate, basis: DateBasis)?
        // The text's own today, once it states one (`Hôm nay 23/01/2013`).
        var textToday: (date: CalendarDate, basis: DateBasis)?
        // The last weekday placed, and its sentence.
        var weekdayBefore: (sentence: Int, weekday: Int, date: CalendarDate, basis: DateBasis)?
        var output: [DatedExpression] = []
        for item in found {
            var (resolved, reason) = resolve(item.expression, anchor: anchor, previousDay: previousDay)
            if case .weekday(let weekday, let place) = item.expression.kind {
                // `talks Friday …, followed by more talks Saturday`: a later weekday that nothing
                // places is later in the same week as the one its sentence named before it.
                if case .nearest = place, let before = weekdayBefore,
                   before.sentence == item.sentence, weekday > before.weekday {
                    resolved = ResolvedDate(start: FuzzyDate(before.date.adding(days: weekday - before.weekday)), end: nil, basis: before.basis)
                    reason = .laterInWeek(before.date)
                }
                if let day = resolved?.start.firstDay, let basis = resolved?.basis {
                    weekdayBefore = (item.sentence, weekday, day, basis)
                }
            }
            if let today = textToday, case .relative(.day, let offset) = item.expression.kind {
                resolved = ResolvedDate(start: FuzzyDate(today.date.adding(days: offset)), end: nil, basis: today.basis)
                reason = .textTodayDays(today.date, offset)
            }
            if let resolved, resolved.start.precision == .day {
                previousDay = (resolved.start.firstDay, resolved.basis)
                if item.expression.statesToday { textToday = (resolved.start.firstDay, resolved.basis) }
            }
            output.append(DatedExpression(expression: item.expression, sentence: item.sentence, line: item.line,
                                          resolved: resolved, reason: reason))
        }
        return Self.countedFromEvents(output)
    }

    /// `một ngày sau khi Thượng viện … hôm 27/7`: an expression that counts from the event named
    /// after it is that many days from the first day the clause of that event gives; with none,
    /// it dates nothing and is left out.
    static func countedFromEvents(_ dates: [DatedExpression]) -> [DatedExpression] {
        guard dates.contains(where: \.expression.countsFromEvent) else { return dates }
        return dates.indices.compactMap { index in
            let dated = dates[index]
            guard case .fromEvent(let days, let within) = dated.expression.kind else { return dated }
            guard let event = dates[(index + 1)...].prefix(while: { $0.sentence == dated.sentence })
                    .first(where: { $0.resolved?.start.precision == .day && !$0.expression.countsFromEvent }),
                  event.expression.tokens.lowerBound < within,
                  let resolved = event.resolved
            else { return nil }
            let day = resolved.start.firstDay
            return DatedExpression(expression: dated.expression, sentence: dated.sentence, line: dated.line,
                                   resolved: ResolvedDate(start: FuzzyDate(day.adding(days: days)), end: nil, basis: resolved.basis),
                                   reason: .eventDate(day, days: days))
        }
    }

    private func resolve(_ expression: TemporalExpression, anchor: DateAnchor,
                         previousDay: (date: CalendarDate, basis: DateBasis)?) -> (ResolvedDate?, DateNote) {
        switch expression.kind {
        case .absolute(let start, let end):
            return absolute(start, end: end, direction: expression.direction, anchor: anchor)
        case .relative(let unit, let offset):
            if case .publishedApproximately(let approximate) = anchor {
                return relative(unit, offset, toApproximate: approximate)
            }
            guard case .published(let published) = anchor else {
                return (nil, .relativeWithoutPublication)
            }
            switch unit {
            case .day:
                return (ResolvedDate(start: FuzzyDate(published.adding(days: offset)), end: nil, basis: .published),
                        .publicationDays(offset))
            case .week:
                let monday = published.adding(days: 1 - published.weekday + 7 * offset)
                return (nil, .week(monday: monday))
            case .month:
                var month = published.month + offset
                var year = published.year
                while month < 1 { month += 12; year -= 1 }
                while month > 12 { month -= 12; year += 1 }
                return (ResolvedDate(start: FuzzyDate(year: year, month: month), end: nil, basis: .published),
                        .publicationMonths(offset))
            case .year:
                return (ResolvedDate(start: FuzzyDate(year: published.year + offset), end: nil, basis: .published),
                        .publicationYears(offset))
            }
        case .fromEvent:
            return (nil, .noEarlierDate)
        case .anaphoric(let days):
            guard let previousDay else { return (nil, .noEarlierDate) }
            return (ResolvedDate(start: FuzzyDate(previousDay.date.adding(days: days)), end: nil, basis: previousDay.basis),
                    .earlierDate(previousDay.date, days: days))
        case .weekday(let weekday, let place):
            guard case .published(let published) = anchor else {
                return (nil, .weekdayWithoutPublication)
            }
            var delta = weekday - published.weekday
            let note: DateNote
            switch place {
            case .nearest:
                if expression.direction == .forward {
                    if delta < 0 { delta += 7 }
                } else if delta > 0 {
                    delta -= 7
                }
                note = .nearestWeekday(forward: expression.direction == .forward)
            case .strictly(let side):
                if side > 0 && delta <= 0 { delta += 7 }
                if side < 0 && delta >= 0 { delta -= 7 }
                note = .strictWeekday(forward: side > 0)
            case .week(let weeks):
                delta += 7 * weeks
                note = .weekdayOfWeek(weeks)
            }
            return (ResolvedDate(start: FuzzyDate(published.adding(days: delta)), end: nil, basis: .published), note)
        }
    }

    private func absolute(_ start: PartialDate, end: PartialDate?, direction: TimeDirection,
                          anchor: DateAnchor) -> (ResolvedDate?, DateNote) {
        if let year = start.year ?? end?.year {
            guard let first = fuzzy(start, year: start.year ?? year) else { return (nil, .notARealDate) }
            return (ResolvedDate(start: first, end: spanEnd(end, after: first, year: year), basis: .explicit), .statedYear)
        }
        if let offset = start.yearOffset {
            let base: Int
            switch anchor {
            case .published(let published): base = published.year
            case .publishedApproximately(let approximate): base = approximate.year
            case .inferredYear(let year): base = year
            case .none: return (nil, .yearOffsetWithoutAnchor)
            }
            guard let first = fuzzy(start, year: base + offset) else { return (nil, .notARealDate) }
            return (ResolvedDate(start: first, end: nil, basis: anchor == .none ? .explicit : anchor.basis),
                    .anchorYearOffset(year: base + offset, offset: offset))
        }
        switch anchor {
        case .published(let published):
            guard let year = nearestYear(for: start, end: end, to: published, direction: direction) else {
                return (nil, .notARealDate)
            }
            let first = fuzzy(start, year: year)!
            return (ResolvedDate(start: first, end: spanEnd(end, after: first, year: year), basis: .published),
                    .nearestToPublication(year: year, published: published, direction: direction))
        case .publishedApproximately(let approximate):
            // The middle of the month (or year) stands for the day, and the tolerance grows
            // by the half of it that is not known.
            let middle = CalendarDate(year: approximate.year, month: approximate.month ?? 7, day: approximate.month == nil ? 2 : 15)!
            var widened = self
            widened.tolerance += approximate.month == nil ? 183 : 16
            guard let year = widened.nearestYear(for: start, end: end, to: middle, direction: direction),
                  let first = fuzzy(start, year: year) else {
                return (nil, .notARealDate)
            }
            return (ResolvedDate(start: first, end: spanEnd(end, after: first, year: year), basis: .published),
                    .nearestToApproximatePublication(year: year, published: approximate))
        case .inferredYear(let year):
            guard let first = fuzzy(start, year: year) else { return (nil, .notARealDateIn(year: year)) }
            return (ResolvedDate(start: first, end: spanEnd(end, after: first, year: year), basis: .inferred),
                    .inferredYear(year))
        case .none:
            return (nil, .noYear)
        }
    }

    /// A month or year relative to a publication date known to the month or year; a day or week
    /// relative to it cannot be placed.
    private func relative(_ unit: TemporalExpression.Unit, _ offset: Int, toApproximate approximate: FuzzyDate) -> (ResolvedDate?, DateNote) {
        switch unit {
        case .year:
            return (ResolvedDate(start: FuzzyDate(year: approximate.year + offset), end: nil, basis: .published),
                    .publicationYears(offset))
        case .month:
            guard let publishedMonth = approximate.month else { return (nil, .relativeWithoutPublication) }
            let months = approximate.year * 12 + publishedMonth - 1 + offset
            return (ResolvedDate(start: FuzzyDate(year: months / 12, month: months % 12 + 1), end: nil, basis: .published),
                    .publicationMonths(offset))
        case .day, .week:
            return (nil, .relativeWithoutPublication)
        }
    }

    /// Of the years around the publication date, the one that puts the date nearest to it on
    /// the side the sentence points to.
    func nearestYear(for start: PartialDate, end: PartialDate?, to published: CalendarDate, direction: TimeDirection) -> Int? {
        var best: (score: Int, year: Int)?
        for year in (published.year - 1)...(published.year + 1) {
            guard let date = fuzzy(start, year: year) else { continue }
            let last = spanEnd(end, after: date, year: year)?.lastDay ?? date.lastDay
            let distance: Int
            if published < date.firstDay {
                distance = date.firstDay.dayNumber - published.dayNumber
            } else if last < published {
                distance = -(published.dayNumber - last.dayNumber)
            } else {
                distance = 0
            }
            var score = abs(distance)
            if direction == .forward && distance < -tolerance { score += 1000 }
            if direction == .backward && distance > tolerance { score += 1000 }
            if best == nil || score < best!.score { best = (score, year) }
        }
        return best?.year
    }

    /// The end of a span that starts at `start`: in `year` unless it states its own, or in the
    /// next year when a short span crosses New Year (`30/12 - 2/1`). An end that would still
    /// come before the start is dropped: the span was misread.
    func spanEnd(_ end: PartialDate?, after start: FuzzyDate, year: Int) -> FuzzyDate? {
        guard let end else { return nil }
        let stated = end.year ?? year
        if let last = fuzzy(end, year: stated), last.lastDay >= start.firstDay { return last }
        if let last = fuzzy(end, year: stated + 1), last.lastDay >= start.firstDay,
           last.firstDay.dayNumber - start.firstDay.dayNumber <= 31 {
            return last
        }
        return nil
    }

    fileprivate func fuzzy(_ date: PartialDate, year: Int) -> FuzzyDate? {
        guard let month = date.month else { return FuzzyDate(year: year) }
        guard let day = date.day else { return FuzzyDate(year: year, month: month) }
        return CalendarDate(year: year, month: month, day: day).map(FuzzyDate.init)
    }
}

extension DateAnchor {
    /// The basis of a date whose year comes from this anchor.
    var basis: DateBasis {
        switch self {
        case .published, .publishedApproximately: return .published
        case .inferredYear: return .inferred
        case .none: return .explicit
        }
    }
}

extension DateAnchor {
    /// The publication date, when it anchors the dates.
    public var publishedDate: CalendarDate? {
        if case .published(let date) = self { return date }
        return nil
    }
}
