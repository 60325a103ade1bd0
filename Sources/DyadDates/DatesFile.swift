import DyadText
import DyadResources
import DyadModel
import DyadReading
import DyadCleaning
import DyadActors

/// `<lang>/dates.json`: the words dates are written with.
package struct DatesFile: JSONReadableRecord {
    var day_cues: [String] = []
    var month_words: [String] = []
    var year_words: [String] = []
    var quarter_words: [String] = []
    var quarter_numerals: [String: Int] = [:]
    var span_joiners: [String] = []
    var relative_days: [String: Int] = [:]
    var relative_weeks: [String: Int] = [:]
    var relative_months: [String: Int] = [:]
    var relative_years: [String: Int] = [:]
    var anaphoric_days: [String: Int] = [:]
    var weekdays: [String: Int] = [:]
    /// Words right before or after a weekday that place it strictly before (-1) or after (+1)
    /// the publication day (`last Friday`, `thứ Sáu vừa qua`).
    var weekday_strict: [String: Int]?
    /// Weekdays written in lower case, which are ordinals too (`thứ ba`: Tuesday, or third):
    /// read as weekdays only right after one of `weekday_cues` (`hôm thứ ba`, `sáng thứ ba`).
    var weekdays_after_cue: [String: Int]?
    var weekday_cues: [String]?
    var forward_markers: [String] = []
    var backward_markers: [String] = []
    /// Words that open a reported clause (`that`, `rằng`): a marker on the far side of one from a
    /// date is the reported clause's (`told him in a call Wednesday that the U.S. would …`).
    var clause_openers: [String]?
    /// Endings of the past on verbs (`ed`): a lower-case word with one points back, as a
    /// backward marker does, unless a list names it.
    var past_suffixes: [String]?
    /// Words after which a past ending is a participle of what is to come, not the past
    /// (`will be held`, `is planned to be signed`).
    var participle_after: [String]?
    var not_dates_unless_cued: [String] = []
    /// Units right after numbers in a date's shape that make them a quantity (`3-4 tiếng đồng hồ`).
    var quantity_units: [String]?
    var plural_markers: [String] = []
    /// Numbers written as words (`hai`, `two`): before a relative phrase they make it a duration
    /// (`hai tháng sau`, two months after something), as digits do.
    var number_words: [String]?
    /// Words that, right after a relative phrase, tie it to an event instead of a date (`hai
    /// ngày sau khi …`: two days after something happened, not after the date before).
    var relative_to_event: [String]?
    /// Days counted from the event a word right after them names (`a day after the vote`);
    /// followed by no word (`the day after,`) they count from the date before, as anaphoric days.
    var event_offsets: [String: Int]?
    /// Month names, matched as written: `June`, `Nov.`, `tháng Sáu`.
    var month_names: [String: Int]?
    /// Joiners of two consecutive days (`11 và 12/7`, `June 18 and 19`): a span only then.
    var span_pair_joiners: [String]?
    /// How a numeric date orders its parts: `day_month` (18/6) or `month_day` (6/18).
    var numeric_order: String?
    /// Whether a numeric date counts only with its year (`6/18/2023`, never `6/18`).
    var numeric_needs_year: Bool?
    /// Whether the language's pages print the time with their date line (a date alone near the
    /// top is then a site header's "today", not the article's date).
    var page_date_needs_time: Bool?
    /// Words that make a forum's meeting its summit (`summit`, `thượng đỉnh`): see ``SummitCalendar``.
    var summit_words: [String]?
    /// The language's names of places where summits met, by their English names
    /// (`"Hangzhou": ["Hàng Châu"]`); a place not listed is found by its English name.
    var host_names: [String: [String]]?

    package init() {}

    package mutating func fields(_ json: inout JSONFields) {
        json.field("day_cues", &day_cues)
        json.field("month_words", &month_words)
        json.field("year_words", &year_words)
        json.field("quarter_words", &quarter_words)
        json.field("quarter_numerals", &quarter_numerals)
        json.field("span_joiners", &span_joiners)
        json.field("relative_days", &relative_days)
        json.field("relative_weeks", &relative_weeks)
        json.field("relative_months", &relative_months)
        json.field("relative_years", &relative_years)
        json.field("anaphoric_days", &anaphoric_days)
        json.field("weekdays", &weekdays)
        json.field("weekday_strict", &weekday_strict)
        json.field("weekdays_after_cue", &weekdays_after_cue)
        json.field("weekday_cues", &weekday_cues)
        json.field("forward_markers", &forward_markers)
        json.field("backward_markers", &backward_markers)
        json.field("clause_openers", &clause_openers)
        json.field("past_suffixes", &past_suffixes)
        json.field("participle_after", &participle_after)
        json.field("not_dates_unless_cued", &not_dates_unless_cued)
        json.field("quantity_units", &quantity_units)
        json.field("plural_markers", &plural_markers)
        json.field("number_words", &number_words)
        json.field("relative_to_event", &relative_to_event)
        json.field("event_offsets", &event_offsets)
        json.field("month_names", &month_names)
        json.field("span_pair_joiners", &span_pair_joiners)
        json.field("numeric_order", &numeric_order)
        json.field("numeric_needs_year", &numeric_needs_year)
        json.field("page_date_needs_time", &page_date_needs_time)
        json.field("summit_words", &summit_words)
        json.field("host_names", &host_names)
    }
}
