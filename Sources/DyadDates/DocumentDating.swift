import DyadText
import DyadModel
import DyadReading
import DyadCleaning
import DyadActors

/// The dates stage's result for one document: every date expression of its body placed on the
/// calendar, and what anchored their years.
public struct DocumentDates: Sendable {
    /// Every date expression of the body, resolved.
    public let dates: [DatedExpression]
    public let anchor: DateAnchor
    /// Present when no publication date was used and the year had to be inferred.
    public let yearInference: YearInference?
    /// The publication date the page prints near its top, when it stood for one not given.
    public let pageDate: CalendarDate?
}

/// The dates stage: scan, anchor, resolve.
///
/// The rules, in order:
/// 1. Every sentence is scanned for date expressions (``DateScanner``).
/// 2. The years of dates that do not state one are anchored by the publication date given;
///    failing that by the page's own date line (``PageDate``: `15/12/2016 14:30`, a dateline),
///    when it falls inside a publication date known only to the month or year; failing that by
///    a publication date known only to the month or year; failing that by the year inferred
///    from the body (``YearInference``: the years it states and the terms of the officeholders
///    it names in their roles). With none of these the dates without a year stay unplaced.
/// 3. Each expression is then resolved against that anchor (``DateResolver``).
public struct DocumentDating: Sendable {
    public let scanner: DateScanner
    let vocabulary: Vocabulary
    let gazetteer: Gazetteer

    /// A dates stage reading `lexicon`'s words in tokens of `vocabulary`; officeholders' terms
    /// come from `gazetteer`.
    public init(lexicon: DateLexicon, vocabulary: Vocabulary, gazetteer: Gazetteer) {
        scanner = DateScanner(lexicon: lexicon)
        self.vocabulary = vocabulary
        self.gazetteer = gazetteer
    }

    /// The stage's entry point: the dates of `document`'s body sentences, whose actor mentions
    /// (by sentence) are `actors`. With `ignoringPublished`, the years are inferred from the
    /// text even where a publication date is known.
    public func date(_ document: CleanDocument, actors: [[ActorMention]], ignoringPublished: Bool = false) -> DocumentDates {
        let found = scan(document.sentences)
        let metadata = document.source.metadata
        let given = ignoringPublished ? nil : metadata.published
        let approximate = ignoringPublished ? nil : metadata.publishedApproximately
        let printed = given == nil ? PageDate(scanner: scanner, vocabulary: vocabulary).find(in: document) : nil
        var anchor = DateAnchor.none
        var inference: YearInference?
        var pageDate: CalendarDate?
        if let given {
            anchor = .published(given)
        } else if let printed, approximate.map({ $0.firstDay <= printed.date && printed.date <= $0.lastDay }) ?? true {
            pageDate = printed.date
            anchor = .published(printed.date)
        } else if let approximate {
            anchor = .publishedApproximately(approximate)
        } else {
            let result = inferYear(sentences: document.sentences, found: found, actors: actors)
            inference = result
            if let year = result.chosen { anchor = .inferredYear(year) }
        }
        return DocumentDates(dates: DateResolver().resolve(found, anchor: anchor), anchor: anchor,
                             yearInference: inference, pageDate: pageDate)
    }

    /// The dates of sentences read on their own (related-news items: other articles), where
    /// only dates that state their year are trusted.
    public func dateAlone(_ sentences: [Sentence]) -> [DatedExpression] {
        DateResolver().resolve(scan(sentences), anchor: .none)
    }

    /// Every date expression of the sentences, with where it stands.
    func scan(_ sentences: [Sentence]) -> [(sentence: Int, line: Int, expression: TemporalExpression)] {
        sentences.flatMap { sentence in
            scanner.scan(sentence.tokens).map { (sentence: sentence.index, line: sentence.line, expression: $0) }
        }
    }

    /// The evidence for the year of a document without a publication date: the years its body
    /// states in sentences (a date standing alone on its line is a page's or a site header's
    /// date — the crawl day — not a year the article states), and the officeholders it names in
    /// their roles, each with the years their terms allow, and the summits it names where they met. A person named beside days without a
    /// year (`ngày 14/1`) allows only the years in which one of those days falls inside their
    /// term: the days of their own sentence, else every such day of the body.
    func inferYear(sentences: [Sentence], found: [(sentence: Int, line: Int, expression: TemporalExpression)],
                   actors: [[ActorMention]]) -> YearInference {
        var stated: [(year: Int, text: String, line: Int)] = []
        for item in found {
            // A sentence with fewer than two words besides the date is such a date line.
            let tokens = sentences[item.sentence].tokens
            let besides = tokens.indices.lazy.filter { tokens[$0].isWord && !item.expression.tokens.contains($0) }.prefix(2).count
            guard besides >= 2 else { continue }
            if case .absolute(let start, let end) = item.expression.kind, let year = start.year ?? end?.year {
                stated.append((year, item.expression.text, item.line))
            }
        }
        // Days the body gives without a year, by sentence.
        var yearless: [Int: [(month: Int, day: Int)]] = [:]
        for item in found {
            if case .absolute(let start, let end) = item.expression.kind, start.year == nil, end?.year == nil,
               start.yearOffset == nil, let month = start.month, let day = start.day {
                yearless[item.sentence, default: []].append((month, day))
            }
        }
        let everyYearless = yearless.keys.sorted().flatMap { yearless[$0]! }
        var people: [(text: String, line: Int, years: Set<Int>)] = []
        var seen = Set<String>()
        for (index, mentions) in actors.enumerated() {
            for mention in mentions {
                guard let id = mention.personID, let person = gazetteer.officeholders[id] else { continue }
                let key = id + "|" + (mention.role ?? "")
                guard seen.insert(key).inserted else { continue }
                var years = person.years(in: mention.role, horizon: gazetteer.horizonYear)
                let days = yearless[index] ?? everyYearless
                let serving = years.filter { year in
                    days.contains { CalendarDate(year: year, month: $0.month, day: $0.day).map { person.served(in: mention.role, on: $0) } ?? false }
                }
                if !serving.isEmpty { years = Set(serving) }
                let text = mention.role.map { "\(mention.text) (\($0))" } ?? mention.text
                people.append((text, sentences[index].line, years))
            }
        }
        // Summits named with the place they met in.
        var summits: [(text: String, line: Int, years: Set<Int>)] = []
        for (index, mentions) in actors.enumerated() {
            let forums = mentions.compactMap(\.code)
            if let found = scanner.lexicon.summits.evidence(in: sentences[index].tokens, forums: forums) {
                summits.append((found.text, sentences[index].line, found.years))
            }
        }
        return YearInference.infer(statedYears: stated, officeholders: people, summits: summits)
    }
}
