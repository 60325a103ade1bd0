import DyadText
import DyadResources
import DyadModel
import DyadReading
import DyadCleaning
import DyadActors
import DyadDates
import DyadEvents
import DyadMerging
import DyadRendering

/// Everything the pipeline worked out about one document, stage by stage.
public struct DocumentAnalysis: Sendable {
    public let document: CleanDocument
    /// Actor mentions of each body sentence, by sentence index.
    public let actors: [[ActorMention]]
    /// Every date expression of the body, resolved.
    public let dates: [DatedExpression]
    public let anchor: DateAnchor
    /// Present when the publication date was not used and the year had to be inferred.
    public let yearInference: YearInference?
    public let extraction: EventExtractor.Output
    /// Events from page furniture, made only when related items are asked for.
    public let relatedEvents: [ExtractedEvent]
    /// The language whose rules read the document.
    public let language: String
    /// The publication date the page prints near its top, when none was given (or it was set aside).
    public let pageDate: CalendarDate?

    /// Where the years of the document's dates come from, as `timeline.json` reports it.
    public var dateBasis: String {
        switch anchor {
        case .published, .publishedApproximately: return "published"
        case .inferredYear: return "inferred"
        case .none: return "none"
        }
    }
}

/// Options that change what the analysis does.
public struct AnalysisOptions: Sendable, Hashable {
    /// Infer years from the text even where a publication date is known.
    public var ignorePublished = false
    /// Also read events from related-news lists, marked low-confidence.
    public var includeRelated = false
    /// Keep what the events stage decided in every sentence, and why (`dyad explain`).
    public var tracesDecisions = false

    public init(ignorePublished: Bool = false, includeRelated: Bool = false, tracesDecisions: Bool = false) {
        self.ignorePublished = ignorePublished
        self.includeRelated = includeRelated
        self.tracesDecisions = tracesDecisions
    }
}

/// Runs the text stages on one document: cleaning → dates → actors → events.
public struct Analyzer: Sendable {
    public let resources: LanguageResources
    public let options: AnalysisOptions
    let cleaner: Cleaner
    let scanner: DateScanner
    let matcher: ActorMatcher
    let extractor: EventExtractor

    public init(resources: LanguageResources, options: AnalysisOptions = AnalysisOptions()) {
        self.resources = resources
        self.options = options
        cleaner = Cleaner(resources: resources)
        scanner = DateScanner(lexicon: resources.dates)
        matcher = ActorMatcher(gazetteer: resources.gazetteer)
        extractor = EventExtractor(resources: resources)
    }

    public func analyze(_ source: SourceDocument) -> DocumentAnalysis {
        let document = cleaner.clean(source)
        let sentences = document.sentences
        let found = sentences.flatMap { sentence in
            scanner.scan(sentence.tokens).map { (sentence: sentence.index, line: sentence.line, expression: $0) }
        }
        var named: Set<String> = []
        let actors = sentences.map { matcher.mentions(in: $0.tokens, named: &named) }

        var anchor = DateAnchor.none
        var inference: YearInference?
        var pageDate: CalendarDate?
        let given = options.ignorePublished ? nil : source.metadata.published
        let approximate = options.ignorePublished ? nil : source.metadata.publishedApproximately
        // The page's own date line (`15/12/2016 14:30`) stands for a publication date not given,
        // or given only to the month it falls in.
        let printed = given == nil ? PageDate(scanner: scanner, vocabulary: resources.vocabulary).find(in: document) : nil
        if let given {
            anchor = .published(given)
        } else if let printed, approximate.map({ $0.firstDay <= printed.date && printed.date <= $0.lastDay }) ?? true {
            pageDate = printed.date
            anchor = .published(printed.date)
        } else if let approximate {
            anchor = .publishedApproximately(approximate)
        } else {
            let result = inferYear(sentences: sentences, found: found, actors: actors)
            inference = result
            if let year = result.chosen { anchor = .inferredYear(year) }
        }
        let dates = DateResolver().resolve(found, anchor: anchor)
        let extraction = extractor.extract(sentences: sentences, actors: actors, dates: dates, document: source.path,
                                           published: anchor.publishedDate, tracing: options.tracesDecisions)
        var related: [ExtractedEvent] = []
        if options.includeRelated {
            related = relatedEvents(of: document, anchor: anchor)
        }
        return DocumentAnalysis(document: document, actors: actors, dates: dates, anchor: anchor,
                                yearInference: inference, extraction: extraction, relatedEvents: related,
                                language: resources.language, pageDate: pageDate)
    }

    private func inferYear(sentences: [Sentence], found: [(sentence: Int, line: Int, expression: TemporalExpression)],
                           actors: [[ActorMention]]) -> YearInference {
        var stated: [(year: Int, text: String, line: Int)] = []
        for item in found {
            // A date standing alone on its line is a page's or a site header's date (the crawl
            // day), not a year the article states: the sentence has fewer than two words besides.
            let tokens = sentences[item.sentence].tokens
            let besides = tokens.indices.lazy.filter { tokens[$0].isWord && !item.expression.tokens.contains($0) }.prefix(2).count
            guard besides >= 2 else { continue }
            if case .absolute(let start, let end) = item.expression.kind, let year = start.year ?? end?.year {
                stated.append((year, item.expression.text, item.line))
            }
        }
        var people: [(text: String, line: Int, years: Set<Int>)] = []
        var seen = Set<String>()
        for (index, mentions) in actors.enumerated() {
            for mention in mentions {
                guard let id = mention.personID, let person = resources.gazetteer.officeholders[id] else { continue }
                let key = id + "|" + (mention.role ?? "")
                guard seen.insert(key).inserted else { continue }
                let years = person.years(in: mention.role, horizon: resources.gazetteer.horizonYear)
                let text = mention.role.map { "\(mention.text) (\($0))" } ?? mention.text
                people.append((text, sentences[index].line, years))
            }
        }
        return YearInference.infer(statedYears: stated, officeholders: people)
    }

    /// Related-news items, read sentence by sentence as if they were body, for users who ask.
    private func relatedEvents(of document: CleanDocument, anchor: DateAnchor) -> [ExtractedEvent] {
        var sentences: [Sentence] = []
        var seenText = Set<String>()
        for line in document.lines {
            guard case .furniture = line.role else { continue }
            for text in SentenceSplitter.split(line.text, abbreviations: resources.abbreviations) where seenText.insert(text).inserted {
                sentences.append(Sentence(line: line.number, index: sentences.count,
                                          tokens: resources.vocabulary.tokenize(text)))
            }
        }
        let found = sentences.flatMap { sentence in
            scanner.scan(sentence.tokens).map { (sentence: sentence.index, line: sentence.line, expression: $0) }
        }
        // Related items are other articles: only dates that state their year are trusted.
        let dates = DateResolver().resolve(found, anchor: .none)
        let actors = sentences.map { matcher.mentions(in: $0.tokens) }
        return extractor.extract(sentences: sentences, actors: actors, dates: dates, document: document.source.path,
                                 published: anchor.publishedDate, lowConfidence: true).events
    }
}

extension DateAnchor {
    var publishedDate: CalendarDate? {
        if case .published(let date) = self { return date }
        return nil
    }
}
