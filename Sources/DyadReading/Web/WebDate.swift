import DyadText
import DyadModel

/// Reads the dates web pages write in their metadata, addresses and bylines: ISO 8601
/// (`2023-06-18T09:30:00+07:00`, the day as the page gives it, never moved to UTC), `20230618`,
/// `18/06/2023` (day first unless the page is in English), `June 18, 2023`, `18 Jun 2023`,
/// `Sun, 18 Jun 2023 …` and the Vietnamese `18 tháng 6 năm 2023`.
enum WebDate {
    /// Years a publication date may have; anything else is a typo or an identifier.
    static let years = 1990...2100

    private enum Kind: Equatable { case number, word, separator }

    private struct Token {
        let kind: Kind
        let text: Substring
        /// For a number, its value (capped); for a separator, its character.
        let value: Int
        let digits: Int
        /// Where the token starts in the text, in characters.
        let offset: Int
    }

    private static let months: [String: Int] = [
        "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4, "may": 5,
        "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9, "sep": 9, "sept": 9,
        "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
    ]

    /// The first date in `text`, with the character offset where it starts.
    static func first(in text: String, dayFirst: Bool = true) -> (date: CalendarDate, offset: Int)? {
        let tokens = tokenize(text)
        var index = 0
        while index < tokens.count {
            if let date = match(tokens, at: index, dayFirst: dayFirst) { return (date, tokens[index].offset) }
            index += 1
        }
        return nil
    }

    /// A metadata value (`content`, `datetime`, JSON-LD `datePublished`) read as a date.
    static func parse(_ value: String, dayFirst: Bool = true) -> CalendarDate? {
        first(in: String(value.prefix(80)), dayFirst: dayFirst)?.date
    }

    private static func tokenize(_ text: String) -> [Token] {
        var tokens: [Token] = []
        var index = text.startIndex
        var offset = 0
        while index < text.endIndex {
            let character = text[index]
            if character.isASCII && character.isNumber {
                var end = index
                var value = 0, digits = 0, length = 0
                while end < text.endIndex, text[end].isASCII, let digit = text[end].wholeNumberValue {
                    if digits < 9 { value = value * 10 + digit }
                    digits += 1
                    length += 1
                    end = text.index(after: end)
                }
                tokens.append(Token(kind: .number, text: text[index..<end], value: value, digits: digits, offset: offset))
                index = end
                offset += length
            } else if character.isLetter {
                var end = index, length = 0
                while end < text.endIndex, text[end].isLetter { end = text.index(after: end); length += 1 }
                tokens.append(Token(kind: .word, text: text[index..<end], value: 0, digits: 0, offset: offset))
                index = end
                offset += length
            } else {
                if !character.isWhitespace && character != "," {
                    let ascii = character.asciiValue.map(Int.init) ?? 0
                    tokens.append(Token(kind: .separator, text: text[index...index], value: ascii, digits: 0, offset: offset))
                }
                index = text.index(after: index)
                offset += 1
            }
        }
        return tokens
    }

    private static func date(_ year: Int, _ month: Int, _ day: Int) -> CalendarDate? {
        guard years.contains(year) else { return nil }
        return CalendarDate(year: year, month: month, day: day)
    }

    private static func match(_ tokens: [Token], at index: Int, dayFirst: Bool) -> CalendarDate? {
        func token(_ offset: Int) -> Token? { index + offset < tokens.count ? tokens[index + offset] : nil }
        func isNumber(_ offset: Int, digits: ClosedRange<Int>) -> Bool {
            guard let token = token(offset) else { return false }
            return token.kind == .number && digits.contains(token.digits)
        }
        func isSeparator(_ offset: Int, _ characters: String) -> Bool {
            guard let token = token(offset), token.kind == .separator else { return false }
            return characters.utf8.contains(UInt8(truncatingIfNeeded: token.value))
        }
        func month(_ offset: Int) -> Int? {
            guard let token = token(offset), token.kind == .word else { return nil }
            return months[token.text.lowercased()]
        }
        func word(_ offset: Int, _ words: Set<String>) -> Bool {
            guard let token = token(offset), token.kind == .word else { return false }
            return words.contains(token.text.lowercased())
        }
        let here = tokens[index]
        switch here.kind {
        case .number:
            // 2023-06-18, 2023/06/18, 2023.06.18
            if here.digits == 4, isSeparator(1, "-/."), isNumber(2, digits: 1...2), tokens[index + 1].text == token(3)?.text,
               isSeparator(3, "-/."), isNumber(4, digits: 1...2) {
                return date(here.value, tokens[index + 2].value, tokens[index + 4].value)
            }
            // 20230618, and the leading digits of a longer time stamp (20230618094512)
            if index == 0, here.digits == 8 || here.digits == 12 || here.digits == 14 {
                let digits = here.text.prefix(8).compactMap(\.wholeNumberValue)
                let year = digits[0] * 1000 + digits[1] * 100 + digits[2] * 10 + digits[3]
                return date(year, digits[4] * 10 + digits[5], digits[6] * 10 + digits[7])
            }
            // 18/06/2023, 06/18/2023
            if here.digits <= 2, isSeparator(1, "-/."), isNumber(2, digits: 1...2), tokens[index + 1].text == token(3)?.text,
               isSeparator(3, "-/."), isNumber(4, digits: 4...4) {
                let (a, b, year) = (here.value, tokens[index + 2].value, tokens[index + 4].value)
                if dayFirst || b > 12 { return date(year, b, a) ?? date(year, a, b) }
                return date(year, a, b) ?? date(year, b, a)
            }
            // 18 June 2023, 18 Jun. 2023, 16th June, 2023
            let monthAt = word(1, ["st", "nd", "rd", "th"]) ? 2 : 1
            if here.digits <= 2, let month = month(monthAt) {
                let yearAt = isSeparator(monthAt + 1, ".") ? monthAt + 2 : monthAt + 1
                if isNumber(yearAt, digits: 4...4) { return date(tokens[index + yearAt].value, month, here.value) }
            }
            // 18 tháng 6 năm 2023, 18 tháng 6, 2023, 18 tháng 06/2023
            if here.digits <= 2, word(1, ["tháng"]), isNumber(2, digits: 1...2) {
                var yearAt = 3
                if word(3, ["năm"]) || isSeparator(3, "/-.") { yearAt = 4 }
                if isNumber(yearAt, digits: 4...4) { return date(tokens[index + yearAt].value, tokens[index + 2].value, here.value) }
            }
        case .word:
            // June 18, 2023; Jun. 18 2023
            if let month = month(0) {
                let dayAt = isSeparator(1, ".") ? 2 : 1
                if isNumber(dayAt, digits: 1...2) {
                    var yearAt = dayAt + 1
                    if let suffix = token(yearAt), suffix.kind == .word, ["st", "nd", "rd", "th"].contains(suffix.text.lowercased()) { yearAt += 1 }
                    if isNumber(yearAt, digits: 4...4) { return date(tokens[index + yearAt].value, month, tokens[index + dayAt].value) }
                }
            }
        case .separator:
            break
        }
        return nil
    }

    /// A month in a page's address, when it gives no day: `/201207/`, `/2012/07/slug`.
    static func monthInURL(_ url: String) -> FuzzyDate? {
        let tokens = tokenize(String(path(of: url)))
        for index in tokens.indices where tokens[index].kind == .number && index > 0 && tokens[index - 1].text == "/" {
            let token = tokens[index]
            let closed = index + 1 == tokens.count || tokens[index + 1].text == "/"
            if token.digits == 6, closed {
                let year = token.value / 100, month = token.value % 100
                if years.contains(year), (1...12).contains(month) { return FuzzyDate(year: year, month: month) }
            }
            if token.digits == 4, years.contains(token.value), index + 2 < tokens.count, tokens[index + 1].text == "/" || tokens[index + 1].text == "-",
               tokens[index + 2].kind == .number, tokens[index + 2].digits <= 2, (1...12).contains(tokens[index + 2].value),
               index + 3 == tokens.count || tokens[index + 3].text == "/" || tokens[index + 1].text == "/" && tokens[index + 3].text == "-" {
                return FuzzyDate(year: token.value, month: tokens[index + 2].value)
            }
        }
        return nil
    }

    /// The path of an address: a date in the host or the query is not the page's.
    private static func path(of url: String) -> Substring {
        var path = Substring(url)
        if let scheme = path.range(of: "://") {
            path = path[scheme.upperBound...]
            path = path.firstIndex(of: "/").map { path[$0...] } ?? ""
        }
        if let query = path.firstIndex(where: { $0 == "?" || $0 == "#" }) { path = path[..<query] }
        return path
    }

    /// A date in a page's address: `/2023/06/18/`, `/2023-06-18/`, `/20230618/`, `-20230618…`
    /// (the leading digits of a time stamp in the last segment, as Vietnamese sites write them).
    static func inURL(_ url: String) -> CalendarDate? {
        let tokens = tokenize(String(path(of: url)))
        for index in tokens.indices where tokens[index].kind == .number {
            let token = tokens[index]
            // Each number must start a path segment or follow a separator, except a date of
            // exactly eight digits closing a segment (`…idUSL8N13L46E20151126`).
            guard index > 0 else { continue }
            let closesSegment = index + 1 == tokens.count || tokens[index + 1].kind == .separator
            guard tokens[index - 1].kind == .separator || token.digits == 8 && closesSegment else { continue }
            // /2023/0606/: the year, then month and day in one number
            if token.digits == 4, index + 2 < tokens.count, tokens[index + 1].text == "/", tokens[index + 2].kind == .number,
               tokens[index + 2].digits == 4, index + 3 == tokens.count || tokens[index + 3].text == "/" {
                if let found = date(token.value, tokens[index + 2].value / 100, tokens[index + 2].value % 100) { return found }
            }
            if token.digits == 4, index + 4 < tokens.count, tokens[index + 1].text == "/" || tokens[index + 1].text == "-",
               tokens[index + 2].kind == .number, tokens[index + 2].digits <= 2, tokens[index + 3].text == tokens[index + 1].text,
               tokens[index + 4].kind == .number, tokens[index + 4].digits <= 2 {
                if let found = date(token.value, tokens[index + 2].value, tokens[index + 4].value) { return found }
            }
            if token.digits >= 8 {
                let digits = token.text.prefix(8).compactMap(\.wholeNumberValue)
                let year = digits[0] * 1000 + digits[1] * 100 + digits[2] * 10 + digits[3]
                if let found = date(year, digits[4] * 10 + digits[5], digits[6] * 10 + digits[7]) { return found }
            }
        }
        return nil
    }
}
