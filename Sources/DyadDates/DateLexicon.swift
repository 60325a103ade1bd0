import DyadText
import DyadResources
import DyadModel
import DyadReading
import DyadCleaning
import DyadActors

/// The date words of one language, compiled from `<lang>/dates.json`.
public struct DateLexicon: Sendable {
    enum Relative: Sendable, Hashable {
        case relative(TemporalExpression.Unit, Int)
        case anaphoric(Int)
    }

    private(set) var dayCues: PhraseMatcher<Bool>
    private(set) var monthWords: WordSet
    private(set) var yearWords: WordSet
    private(set) var quarterWords: WordSet
    let quarterNumerals: [String: Int]
    private(set) var spanJoiners: WordSet
    private(set) var relatives: PhraseMatcher<Relative>
    private(set) var weekdays: PhraseMatcher<Int>
    /// `last`, `vừa qua`: the weekday beside them is strictly before (-1) or after (+1) the publication day.
    private(set) var weekdayStrict: PhraseMatcher<Int>
    /// Lower-case weekdays with the cue before them that makes them weekdays (`hôm thứ ba`).
    private(set) var cuedWeekdays: PhraseMatcher<Int>
    private(set) var directions: PhraseMatcher<TimeDirection>
    /// `ed`: a lower-case word ending so points back (UTF-8).
    let pastSuffixes: [[UInt8]]
    /// Words that make a past ending right after them a participle (`be held`).
    private(set) var participleAfter: WordSet
    private(set) var notDatesUnlessCued: WordSet
    /// `giờ đồng hồ`, `phút`: right after numbers in a date's shape, they measure something.
    private(set) var quantityUnits: PhraseMatcher<Bool>
    private(set) var pluralMarkers: WordSet
    private(set) var numberWords: WordSet
    private(set) var relativeToEvent: WordSet
    /// `a day after`: followed by a word, the days count from the event it names.
    private(set) var eventOffsets: PhraseMatcher<Int>
    private(set) var monthNames: PhraseMatcher<Int>
    private(set) var spanPairJoiners: WordSet
    /// Numeric dates are written month first (`6/18`).
    let monthFirst: Bool
    /// Numeric dates count only with their year.
    let numericNeedsYear: Bool
    /// Pages print the time with their date: a date line without one is not the page's date.
    let pageDateNeedsTime: Bool
    /// Forums' summits by place, for the year of a text that names one.
    private(set) var summits: SummitCalendar
    /// The first-word bits of the lists a date expression can start with (besides a number);
    /// all set until the lists are registered, so that every word is looked at.
    private(set) var expressionStarts: UInt64 = .max
    /// The vocabulary whose tokens ``expressionStarts`` holds for; other tokens are all looked at.
    private(set) var expressionStartsVocabulary: UInt64 = 0

    package init(file: DatesFile) {
        dayCues = PhraseMatcher(file.day_cues.map { ($0, true) }, casing: .insensitive)
        monthWords = WordSet(file.month_words)
        yearWords = WordSet(file.year_words)
        quarterWords = WordSet(file.quarter_words)
        quarterNumerals = file.quarter_numerals
        spanJoiners = WordSet(file.span_joiners)
        var relatives = PhraseMatcher<Relative>(casing: .insensitive)
        for (phrase, offset) in file.relative_days { relatives.insert(phrase, value: .relative(.day, offset)) }
        for (phrase, offset) in file.relative_weeks { relatives.insert(phrase, value: .relative(.week, offset)) }
        for (phrase, offset) in file.relative_months { relatives.insert(phrase, value: .relative(.month, offset)) }
        for (phrase, offset) in file.relative_years { relatives.insert(phrase, value: .relative(.year, offset)) }
        for (phrase, offset) in file.anaphoric_days { relatives.insert(phrase, value: .anaphoric(offset)) }
        for (phrase, offset) in file.event_offsets ?? [:] where file.anaphoric_days[phrase] == nil {
            relatives.insert(phrase, value: .anaphoric(offset))
        }
        eventOffsets = PhraseMatcher((file.event_offsets ?? [:]).map { ($0.key, $0.value) }, casing: .insensitive)
        self.relatives = relatives
        weekdays = PhraseMatcher(file.weekdays.map { ($0.key, $0.value) }, casing: .sensitive)
        weekdayStrict = PhraseMatcher((file.weekday_strict ?? [:]).map { ($0.key, $0.value) }, casing: .insensitive)
        cuedWeekdays = PhraseMatcher((file.weekday_cues ?? []).flatMap { cue in
            (file.weekdays_after_cue ?? [:]).map { ("\(cue) \($0.key)", $0.value) }
        }, casing: .insensitive)
        var directions = PhraseMatcher<TimeDirection>(casing: .insensitive)
        for word in file.backward_markers { directions.insert(word, value: .backward) }
        for word in file.forward_markers { directions.insert(word, value: .forward) }
        // A clause opener points nowhere: it only parts a date from the markers beyond it.
        for word in file.clause_openers ?? [] { directions.insert(word, value: .neutral) }
        self.directions = directions
        pastSuffixes = (file.past_suffixes ?? []).map { Array($0.utf8) }
        participleAfter = WordSet(file.participle_after ?? [])
        notDatesUnlessCued = WordSet(file.not_dates_unless_cued)
        quantityUnits = PhraseMatcher((file.quantity_units ?? []).map { ($0, true) }, casing: .insensitive)
        pluralMarkers = WordSet(file.plural_markers)
        numberWords = WordSet(file.number_words ?? [])
        relativeToEvent = WordSet(file.relative_to_event ?? [])
        monthNames = PhraseMatcher((file.month_names ?? [:]).map { ($0.key, $0.value) }, casing: .sensitive)
        spanPairJoiners = WordSet(file.span_pair_joiners ?? [])
        monthFirst = file.numeric_order == "month_day"
        numericNeedsYear = file.numeric_needs_year ?? false
        pageDateNeedsTime = file.page_date_needs_time ?? false
        summits = SummitCalendar(file: file)
    }

    /// Adds the summits every language shares (`common/summits.json`).
    package mutating func add(summits file: SummitsFile) {
        summits.add(file)
    }
}

extension DateLexicon {
    /// Registers every word list in the vocabulary being made (see ``Vocabulary``).
    package mutating func register(in vocabulary: inout Vocabulary.Registrar) {
        vocabulary.register(&dayCues); vocabulary.register(&monthWords); vocabulary.register(&yearWords)
        vocabulary.register(&quarterWords); vocabulary.register(&spanJoiners); vocabulary.register(&relatives)
        vocabulary.register(&weekdays); vocabulary.register(&weekdayStrict); vocabulary.register(&cuedWeekdays); vocabulary.register(&directions); vocabulary.register(&notDatesUnlessCued); vocabulary.register(&participleAfter); vocabulary.register(&quantityUnits); vocabulary.register(&eventOffsets)
        vocabulary.register(&pluralMarkers); vocabulary.register(&numberWords)
        vocabulary.register(&relativeToEvent)
        vocabulary.register(&monthNames); vocabulary.register(&spanPairJoiners)
        summits.register(in: &vocabulary)
        let starts = [weekdays.firstWordBit, cuedWeekdays.firstWordBit, relatives.firstWordBit, monthWords.matcher.firstWordBit, monthNames.firstWordBit,
                      yearWords.matcher.firstWordBit, quarterWords.matcher.firstWordBit]
        // A list left without a bit (all 64 given out) is looked at for every word.
        expressionStarts = starts.contains(0) ? .max : starts.reduce(0, |)
        expressionStartsVocabulary = vocabulary.identity
    }
}
