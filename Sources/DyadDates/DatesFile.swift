import DyadText
import DyadResources
import DyadModel
import DyadReading
import DyadCleaning
import DyadActors

/// `<lang>/dates.json`: the words dates are written with.
package struct DatesFile: Decodable {
    let day_cues: [String]
    let month_words: [String]
    let year_words: [String]
    let quarter_words: [String]
    let quarter_numerals: [String: Int]
    let span_joiners: [String]
    let relative_days: [String: Int]
    let relative_weeks: [String: Int]
    let relative_months: [String: Int]
    let relative_years: [String: Int]
    let anaphoric_days: [String: Int]
    let weekdays: [String: Int]
    let forward_markers: [String]
    let backward_markers: [String]
    let not_dates_unless_cued: [String]
    let plural_markers: [String]
    /// Numbers written as words (`hai`, `two`): before a relative phrase they make it a duration
    /// (`hai tháng sau`, two months after something), as digits do.
    let number_words: [String]?
    /// Words that, right after a relative phrase, tie it to an event instead of a date (`hai
    /// ngày sau khi …`: two days after something happened, not after the date before).
    let relative_to_event: [String]?
    /// Month names, matched as written: `June`, `Nov.`, `tháng Sáu`.
    let month_names: [String: Int]?
    /// Joiners of two consecutive days (`11 và 12/7`, `June 18 and 19`): a span only then.
    let span_pair_joiners: [String]?
    /// How a numeric date orders its parts: `day_month` (18/6) or `month_day` (6/18).
    let numeric_order: String?
    /// Whether a numeric date counts only with its year (`6/18/2023`, never `6/18`).
    let numeric_needs_year: Bool?
    /// Whether the language's pages print the time with their date line (a date alone near the
    /// top is then a site header's "today", not the article's date).
    let page_date_needs_time: Bool?
    /// Words that make a forum's meeting its summit (`summit`, `thượng đỉnh`): see ``SummitCalendar``.
    let summit_words: [String]?
    /// The language's names of places where summits met, by their English names
    /// (`"Hangzhou": ["Hàng Châu"]`); a place not listed is found by its English name.
    let host_names: [String: [String]]?
}
