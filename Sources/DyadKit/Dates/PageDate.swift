/// The publication date a page prints near its top (`Thứ Năm, 15/12/2016 14:30`, `Write:
/// 2013-08-09 18:30:05`, `September 5, 2012`), for documents whose publication date is not
/// given: the first full date, with its year, on one of the page's first short lines.
///
/// A date on such a line dates the page, never an event (page furniture never anchors an
/// event's own date); it anchors the years of the text's other dates as a given publication
/// date would.
public struct PageDate: Sendable {
    let scanner: DateScanner
    let firstWords: FirstWordIndex
    /// How many non-blank lines from the top are looked at.
    var lines = 12
    /// Lines longer than this are prose, not a dateline.
    var longestLine = 90

    public init(scanner: DateScanner, firstWords: FirstWordIndex) {
        self.scanner = scanner
        self.firstWords = firstWords
    }

    /// The date and the line it stands on, if any.
    public func find(in document: CleanDocument) -> (date: CalendarDate, line: Int)? {
        var seen = 0
        for line in document.lines where line.role != .blank {
            seen += 1
            if seen > lines { break }
            let text = line.text
            guard text.utf8.count <= longestLine else { continue }
            let tokens = Tokenizer.tokenize(text, classifiedBy: firstWords)
            for expression in scanner.scan(tokens) {
                guard case .absolute(let start, nil) = expression.kind, let year = start.year, let month = start.month,
                      let day = start.day, let date = CalendarDate(year: year, month: month, day: day) else { continue }
                return (date, line.number)
            }
        }
        return nil
    }
}
