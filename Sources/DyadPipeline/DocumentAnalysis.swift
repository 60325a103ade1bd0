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

/// Runs the text stages on one document, in the pipeline's order: cleaning → actors → dates →
/// events. Each stage is one call; this type only hands each stage's result to the next.
///
/// A class: every document's task holds the analyzer of its language, and a reference is one
/// count where a copy of the stages' tables would be one per table.
public final class Analyzer: Sendable {
    public let resources: LanguageResources
    public let options: AnalysisOptions
    let cleaner: Cleaner
    let matcher: ActorMatcher
    let dating: DocumentDating
    let extractor: EventExtractor

    public init(resources: LanguageResources, options: AnalysisOptions = AnalysisOptions()) {
        self.resources = resources
        self.options = options
        cleaner = Cleaner(resources: resources)
        matcher = ActorMatcher(gazetteer: resources.gazetteer)
        dating = DocumentDating(lexicon: resources.dates, vocabulary: resources.vocabulary, gazetteer: resources.gazetteer)
        extractor = EventExtractor(resources: resources)
    }

    public func analyze(_ source: SourceDocument) -> DocumentAnalysis {
        let document = cleaner.clean(source)
        let sentences = document.sentences
        var named: Set<String> = []
        let actors = ActorMatcher.confirmed(sentences.map { matcher.mentions(in: $0.tokens, named: &named) })
        let dated = dating.date(document, actors: actors, ignoringPublished: options.ignorePublished)
        let extraction = extractor.extract(sentences: sentences, actors: actors, dates: dated.dates, document: source.path,
                                           published: dated.anchor.publishedDate, tracing: options.tracesDecisions)
        var related: [ExtractedEvent] = []
        if options.includeRelated {
            // Related-news items are other articles, read sentence by sentence as if they were
            // body: the same stages, but only dates that state their year are trusted.
            let items = cleaner.relatedSentences(of: document)
            related = extractor.extract(sentences: items, actors: ActorMatcher.confirmed(items.map { matcher.mentions(in: $0.tokens) }),
                                        dates: dating.dateAlone(items), document: source.path,
                                        published: dated.anchor.publishedDate, lowConfidence: true).events
        }
        return DocumentAnalysis(document: document, actors: actors, dates: dated.dates, anchor: dated.anchor,
                                yearInference: dated.yearInference, extraction: extraction, relatedEvents: related,
                                language: resources.language, pageDate: dated.pageDate)
    }
}
