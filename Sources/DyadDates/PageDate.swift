import DyadText
import DyadResources
import DyadModel
import DyadReading
import DyadCleaning
import DyadActors

/// The publication date a page prints near its top (`Thứ Năm, 15/12/2016 14:30`, `Write:
/// 2013-08-09 18:30:05`, `September 5, 2012`), for documents whose publication date is not
/// given: the first full date, with its year, on one of the page's first short lines (the first
/// of two, posted and updated, when the line prints both) or in the dateline that opens its
/// first paragraph (`Paris, 26 October 2022 (dpa) -`).
///
/// A date on such a line dates the page, never an event (page furniture never anchors an
/// event's own date); it anchors the years of the text's other dates as a given publication
/// date would.
public struct PageDate: Sendable {
    let scanner: DateScanner
    let vocabulary: Vocabulary
    /// How many non-blank lines from the top are looked at.
    var lines = 12
    /// Lines longer than this are prose, not a dateline.
    var longestLine = 90

    public init(scanner: DateScanner, vocabulary: Vocabulary) {
        self.scanner = scanner
        self.vocabulary = vocabulary
    }

    /// The date and the line it stands on, if any.
    public func find(in document: CleanDocument) -> (date: CalendarDate, line: Int)? {
        var seen = 0
        for line in document.lines where line.role != .blank {
            seen += 1
            if seen > lines { break }
            var text = line.text
            let wholeLine = text.utf8.count <= longestLine
            if !wholeLine {
                // A dateline opening the first paragraph (`Paris, 26 October 2022 (dpa) - …`):
                // the words before its dash.
                guard let dash = Self.datelineEnd(text) else { continue }
                text = String(text[..<dash])
            }
            // Where pages print the time with their date (Vietnamese sites do), a date line
            // without one is a site header's "today" (the crawl day), not the article's date.
            if scanner.lexicon.pageDateNeedsTime && !Self.hasTimeOfDay(text) { continue }
            let tokens = vocabulary.tokenize(text)
            for expression in scanner.scan(tokens) {
                // A date line may print two dates, posted and updated (`21/02/2022 - 22/02/2022
                // 08:45`): the first is the page's. In a dateline a span is an event's, not the page's.
                guard case .absolute(let start, let end) = expression.kind, end == nil || wholeLine,
                      let year = start.year, let month = start.month,
                      let day = start.day, let date = CalendarDate(year: year, month: month, day: day) else { continue }
                return (date, line.number)
            }
        }
        return nil
    }

    /// Where a dateline ends: the first ` - `, ` – ` or ` — ` within its first 100 bytes.
    static func datelineEnd(_ text: String) -> String.Index? {
        let head = text.utf8.prefix(100)
        for dash in [" - ", " – ", " — "] {
            if let range = String(decoding: head, as: UTF8.self).range(of: dash) {
                return text.index(text.startIndex, offsetBy: String(decoding: head, as: UTF8.self)[..<range.lowerBound].count)
            }
        }
        return nil
    }

    /// `14:30`, `08:19:54`, `17h46`, `12:20'`: a time of day written with digits.
    static func hasTimeOfDay(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        for index in bytes.indices.dropFirst().dropLast(2) where bytes[index] == UInt8(ascii: ":") || bytes[index] == UInt8(ascii: "h") {
            let before = bytes[index - 1], after = bytes[index + 1], next = bytes[index + 2]
            if (48...57).contains(before), (48...53).contains(after), (48...57).contains(next) { return true }
        }
        return false
    }
}
