import DyadText
import DyadResources
import DyadModel
import DyadReading
import DyadCleaning
import DyadActors

/// A date expression placed on the calendar.
public struct ResolvedDate: Sendable, Hashable {
    public let start: FuzzyDate
    public let end: FuzzyDate?
    public let basis: DateBasis

    public init(start: FuzzyDate, end: FuzzyDate?, basis: DateBasis) {
        self.start = start
        self.end = end
        self.basis = basis
    }
}

/// A date expression of a document with what it resolved to.
public struct DatedExpression: Sendable {
    public let expression: TemporalExpression
    /// Index of the body sentence it is in.
    public let sentence: Int
    /// The file line.
    public let line: Int
    /// Nil when it cannot be placed on the calendar (a week, or no anchor).
    public let resolved: ResolvedDate?
    /// Why it resolved as it did.
    public let reason: DateNote

    /// Why it resolved as it did, in words, for `dyad dates` and `dyad explain`.
    public var note: String { reason.text }
}

/// Why a date expression resolved as it did: the facts, put into words (``text``) only when
/// shown. A large build resolves millions of dates and shows none of their notes.
public enum DateNote: Sendable, Hashable {
    case statedYear
    case notARealDate
    case notARealDateIn(year: Int)
    case anchorYearOffset(year: Int, offset: Int)
    case yearOffsetWithoutAnchor
    case nearestToPublication(year: Int, published: CalendarDate, direction: TimeDirection)
    case nearestToApproximatePublication(year: Int, published: FuzzyDate)
    case inferredYear(Int)
    case noYear
    case relativeWithoutPublication
    case publicationDays(Int)
    /// Days from the text's own today (``TemporalExpression/statesToday``).
    case textTodayDays(CalendarDate, Int)
    case week(monday: CalendarDate)
    case publicationMonths(Int)
    case publicationYears(Int)
    case noEarlierDate
    case earlierDate(CalendarDate, days: Int)
    case eventDate(CalendarDate, days: Int)
    case weekdayWithoutPublication
    case nearestWeekday(forward: Bool)
    case strictWeekday(forward: Bool)
    case weekdayOfWeek(Int)
    /// A later weekday of the same week as the weekday the sentence named before it.
    case laterInWeek(CalendarDate)

    public var text: String {
        switch self {
        case .statedYear: return "the text states the year"
        case .notARealDate: return "not a real date"
        case .notARealDateIn(let year): return "not a real date in \(year)"
        case .anchorYearOffset(let year, let offset): return "year \(year): the anchor year \(Self.signed(offset))"
        case .yearOffsetWithoutAnchor: return "relative to a year that nothing anchors"
        case .nearestToPublication(let year, let published, let direction):
            return "year \(year) from the publication date \(published.iso) (\(direction.rawValue))"
        case .nearestToApproximatePublication(let year, let published):
            return "year \(year) from the publication date known to \(published.precision.rawValue) \(published.iso)"
        case .inferredYear(let year): return "year \(year) inferred from the document (no publication date)"
        case .noYear: return "no year: the text gives none and nothing anchors it"
        case .relativeWithoutPublication: return "relative to the publication date, which is not known"
        case .publicationDays(let offset): return "publication date \(Self.signed(offset)) day(s)"
        case .textTodayDays(let today, let offset): return "the text's own today (\(today.iso)) \(Self.signed(offset)) day(s)"
        case .week(let monday): return "week of \(monday.iso): a week is too vague to date an event"
        case .publicationMonths(let offset): return "publication month \(Self.signed(offset))"
        case .publicationYears(let offset): return "publication year \(Self.signed(offset))"
        case .noEarlierDate: return "refers to an earlier date, but none precedes it"
        case .earlierDate(let date, let days): return "the previous date in the text (\(date.iso)) \(Self.signed(days)) day(s)"
        case .eventDate(let date, let days): return "the date of the event named after it (\(date.iso)) \(Self.signed(days)) day(s)"
        case .weekdayWithoutPublication: return "a weekday needs the publication date, which is not known"
        case .nearestWeekday(let forward):
            return "the nearest such weekday \(forward ? "on or after" : "on or before") the publication date"
        case .strictWeekday(let forward):
            return "the nearest such weekday \(forward ? "after" : "before") the publication day"
        case .weekdayOfWeek(let weeks):
            return "that weekday of the publication week \(Self.signed(weeks))"
        case .laterInWeek(let earlier):
            return "later in the week of the weekday before it in the sentence (\(earlier.iso))"
        }
    }

    /// `+3`, `0` as `+0`, `-2`.
    private static func signed(_ value: Int) -> String { value >= 0 ? "+\(value)" : "\(value)" }
}
