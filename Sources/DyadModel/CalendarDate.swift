/// A day in the proleptic Gregorian calendar, with no time zone: the unit news dates are in.
public struct CalendarDate: Sendable, Hashable, Comparable, CustomStringConvertible {
    public let year: Int
    public let month: Int
    public let day: Int

    /// Creates a date when the day exists in that month and year.
    public init?(year: Int, month: Int, day: Int) {
        guard (1...12).contains(month), day >= 1, day <= CalendarDate.daysIn(month: month, year: year) else {
            return nil
        }
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses `YYYY-MM-DD`.
    public init?(iso: String) {
        // The common form, digit by digit: the officeholders' terms are thousands of dates.
        if let date = Self.digits(iso) {
            self.init(year: date.year, month: date.month, day: date.day)
            return
        }
        let parts = iso.split(separator: "-")
        guard parts.count == 3, parts[0].count == 4, let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]) else {
            return nil
        }
        self.init(year: y, month: m, day: d)
    }

    /// The numbers of `YYYY-MM-DD` written with exactly those digits, else nil.
    private static func digits(_ iso: String) -> (year: Int, month: Int, day: Int)? {
        var text = iso
        return text.withUTF8 { bytes -> (year: Int, month: Int, day: Int)? in
            guard bytes.count == 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-") else { return nil }
            func number(_ range: Range<Int>) -> Int? {
                var value = 0
                for index in range {
                    let digit = Int(bytes[index]) - Int(UInt8(ascii: "0"))
                    guard (0...9).contains(digit) else { return nil }
                    value = value * 10 + digit
                }
                return value
            }
            guard let year = number(0..<4), let month = number(5..<7), let day = number(8..<10) else { return nil }
            return (year, month, day)
        }
    }

    /// Days since 1970-01-01 (negative before it).
    public var dayNumber: Int {
        // Howard Hinnant's days-from-civil.
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    /// The date `dayNumber` days after 1970-01-01.
    public init(dayNumber: Int) {
        let z = dayNumber + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        self.year = yoe + era * 400 + (m <= 2 ? 1 : 0)
        self.month = m
        self.day = d
    }

    public func adding(days: Int) -> CalendarDate { CalendarDate(dayNumber: dayNumber + days) }

    /// ISO weekday: 1 is Monday, 7 is Sunday.
    public var weekday: Int {
        let w = (dayNumber + 3) % 7  // 1970-01-01 was a Thursday
        return (w < 0 ? w + 7 : w) + 1
    }

    public var description: String { iso }
    public var iso: String { isoText(year: year, month: month, day: day) }

    public static func < (a: CalendarDate, b: CalendarDate) -> Bool { a.dayNumber < b.dayNumber }

    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }
}

/// A date at the precision a text gives it: a year, a month of a year, or a day.
public struct FuzzyDate: Sendable, Hashable, Comparable, CustomStringConvertible {
    public let year: Int
    public let month: Int?
    public let day: Int?

    public init(year: Int, month: Int? = nil, day: Int? = nil) {
        self.year = year
        self.month = month
        self.day = month == nil ? nil : day
    }

    public init(_ date: CalendarDate) {
        self.init(year: date.year, month: date.month, day: date.day)
    }

    /// Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
    public init?(iso: String) {
        let parts = iso.split(separator: "-").map { Int($0) }
        guard (1...3).contains(parts.count), parts.allSatisfy({ $0 != nil }), iso.prefix(4).count == 4 else { return nil }
        let year = parts[0]!
        let month = parts.count > 1 ? parts[1] : nil
        let day = parts.count > 2 ? parts[2] : nil
        if let month, !(1...12).contains(month) { return nil }
        if let month, let day, CalendarDate(year: year, month: month, day: day) == nil { return nil }
        self.init(year: year, month: month, day: day)
    }

    public enum Precision: String, Sendable, Codable { case year, month, day }

    public var precision: Precision { day != nil ? .day : month != nil ? .month : .year }

    /// The first day the date covers.
    public var firstDay: CalendarDate {
        CalendarDate(year: year, month: month ?? 1, day: day ?? 1)!
    }

    /// The last day the date covers.
    public var lastDay: CalendarDate {
        let m = month ?? 12
        return CalendarDate(year: year, month: m, day: day ?? CalendarDate.daysIn(month: m, year: year))!
    }

    public var iso: String { isoText(year: year, month: month, day: day) }

    public var description: String { iso }

    public static func < (a: FuzzyDate, b: FuzzyDate) -> Bool {
        if a.firstDay != b.firstDay { return a.firstDay < b.firstDay }
        return a.lastDay < b.lastDay
    }
}

/// `value` in decimal with zeros in front to `width` characters.
package func pad(_ value: Int, _ width: Int) -> String {
    let text = String(value)
    // The digits are ASCII: their count is their UTF-8 length (counting characters is costly).
    let length = text.utf8.count
    return length >= width ? text : String(repeating: "0", count: width - length) + text
}

/// `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. Written digit by digit for the years 0–9999 (the dates of
/// every event, made for each one written out); through ``pad(_:_:)`` otherwise.
func isoText(year: Int, month: Int?, day: Int?) -> String {
    guard (0...9999).contains(year), (0...99).contains(month ?? 0), (0...99).contains(day ?? 0), month != nil || day == nil else {
        var text = pad(year, 4)
        if let month { text += "-" + pad(month, 2) }
        if let day { text += "-" + pad(day, 2) }
        return text
    }
    let count = month == nil ? 4 : day == nil ? 7 : 10
    return String(unsafeUninitializedCapacity: count) { buffer in
        func digits(_ value: Int, _ width: Int, at start: Int) {
            var value = value
            for offset in (0..<width).reversed() {
                buffer[start + offset] = UInt8(ascii: "0") + UInt8(value % 10)
                value /= 10
            }
        }
        digits(year, 4, at: 0)
        if let month {
            buffer[4] = UInt8(ascii: "-")
            digits(month, 2, at: 5)
        }
        if let day {
            buffer[7] = UInt8(ascii: "-")
            digits(day, 2, at: 8)
        }
        return count
    }
}
