import DyadText
import DyadResources
import DyadModel
import DyadReading
import DyadCleaning
import DyadActors

/// A date as written, with whatever parts the text gives.
public struct PartialDate: Sendable, Hashable, CustomStringConvertible {
    public var year: Int?
    public var month: Int?
    public var day: Int?
    /// For `tháng 10 năm ngoái`: the year relative to the anchor's year.
    public var yearOffset: Int?

    public init(year: Int? = nil, month: Int? = nil, day: Int? = nil, yearOffset: Int? = nil) {
        self.year = year
        self.month = month
        self.day = day
        self.yearOffset = yearOffset
    }

    public var description: String {
        [year.map { pad($0, 4) } ?? "????", month.map { pad($0, 2) }, day.map { pad($0, 2) }]
            .compactMap { $0 }.joined(separator: "-")
    }
}

/// Which way in time a sentence points: planned events forward, reported ones back.
public enum TimeDirection: String, Sendable, Codable {
    case forward, backward, neutral
}

/// A date expression found in a sentence, before its year or anchor is resolved.
public struct TemporalExpression: Sendable, Hashable {
    public enum Unit: String, Sendable, Hashable { case day, week, month, year }

    public enum Kind: Sendable, Hashable {
        /// A calendar date or span, possibly without a year (`ngày 18/6`, `các ngày 18 - 19/6`).
        case absolute(PartialDate, end: PartialDate?)
        /// Relative to the publication date (`hôm qua`, `tuần tới`, `năm ngoái`).
        case relative(Unit, Int)
        /// Relative to the previous date in the text (`cùng ngày`, `hôm sau`).
        case anaphoric(days: Int)
        /// So many days from the event the text names next (`một ngày sau khi Thượng viện …
        /// hôm 27/7`), dated by the first day after it in its sentence before the token `within`
        /// (the end of that event's clause: the next comma or semicolon).
        case fromEvent(days: Int, within: Int)
        /// A weekday (`thứ Hai`), placed from the publication date as the words beside it say.
        case weekday(Int, WeekdayPlace)
    }

    /// Where a weekday lies from the publication date.
    public enum WeekdayPlace: Sendable, Hashable {
        /// The nearest one in the sentence's direction, the publication day itself included
        /// (`on Friday`, `hôm thứ Sáu`).
        case nearest
        /// The nearest one strictly before (-1) or after (+1) the publication day: `last
        /// Friday`, `thứ Sáu vừa qua` said on a Friday is a week earlier.
        case strictly(Int)
        /// That day of the week so many weeks from the publication day's (weeks begin on
        /// Monday): `thứ Sáu tuần trước`, `thứ Ba tuần sau`.
        case week(Int)
    }

    /// The tokens of the sentence the expression covers.
    public let tokens: Range<Int>
    public let text: String
    public let kind: Kind
    /// The way the sentence around it points in time.
    public let direction: TimeDirection
    /// Whether the text gives it as its own today (`Hôm nay 23/01/2013`, `Today, June 5`): the
    /// relative days after it count from it, not from the publication date (a page that
    /// reprints another's text days later).
    public var statesToday = false

    /// Whether the expression counts from the event named after it (`hai ngày sau khi …`).
    public var countsFromEvent: Bool {
        if case .fromEvent = kind { return true }
        return false
    }

    /// Whether the expression is a calendar date or span (not relative to another date).
    public var isAbsolute: Bool {
        if case .absolute = kind { return true }
        return false
    }

    /// Whether the expression states its own year.
    public var hasExplicitYear: Bool {
        if case .absolute(let start, let end) = kind { return start.year != nil || end?.year != nil }
        return false
    }
}
