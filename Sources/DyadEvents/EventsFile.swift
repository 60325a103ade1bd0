import DyadText
import DyadResources
import DyadModel
import DyadReading
import DyadCleaning
import DyadActors
import DyadDates

/// `<lang>/events.json`: the words events are written with.
package struct EventsFile: JSONReadableRecord {
    struct Trigger: JSONReadableRecord {
        var words: [String] = []
        var type = ""
        var cameo = ""
        var goldstein = 0.0
        var priority = 0

        mutating func fields(_ json: inout JSONFields) {
            json.field("words", &words)
            json.field("type", &type)
            json.field("cameo", &cameo)
            json.field("goldstein", &goldstein)
            json.field("priority", &priority)
        }
    }
    struct ClauseBreaks: JSONReadableRecord {
        var coordinate: [String] = []
        var subordinate: [String] = []
        var context: [String] = []
        var purpose: [String] = []
        /// `, who …,`, `, which …,`: a clause set into another, up to the next comma.
        var insertion: [String]?
        /// Phrases that start with a connective but continue the clause (`nhằm vào`, aimed at).
        var not_breaks: [String]?

        mutating func fields(_ json: inout JSONFields) {
            json.field("coordinate", &coordinate)
            json.field("subordinate", &subordinate)
            json.field("context", &context)
            json.field("purpose", &purpose)
            json.field("insertion", &insertion)
            json.field("not_breaks", &not_breaks)
        }
    }
    var triggers: [Trigger] = []
    var not_triggers: [String] = []
    var hedges: [String] = []
    var negations: [String] = []
    var future_markers: [String] = []
    var topic_markers: [String] = []
    var topic_resets: [String] = []
    var topic_continuations: [String] = []
    var pair_between: [String] = []
    var pair_joiners: [String] = []
    /// Words that may stand between a list's joiner and its next party (`and the United States`).
    var pair_determiners: [String]?
    /// Words that end the second party of `giữa X và Y` (a venue, a topic, a purpose).
    var pair_stops: [String] = []
    /// Nouns between a location marker and a place: `tại thủ đô Washington`.
    var venue_nouns: [String] = []
    var location_markers: [String] = []
    /// Words that tie a place to the country it is in (`thủ đô Hà Nội của Việt Nam`): that
    /// country is where the event was, as the place is.
    var venue_genitives: [String]?
    var anaphoric_subjects: [String] = []
    var clause_breaks = ClauseBreaks()
    /// Words that are an official statement when a spokesperson says them (`cho biết`, `said`).
    var official_speech: [String]?
    /// Words that say a party takes part in a meeting (`dự`, `attend`).
    var attendance_markers: [String]?
    /// The two sides of the pair the text is about, named as an object (`both parties`).
    var both_sides: [String]?
    /// Words that say three parties meet together (`ba bên`, `trilateral`).
    var trilateral_markers: [String]?
    /// What joins two dates of one event word (`in July and September`, `tháng 7 và tháng 9`).
    var date_list_joiners: [String]?
    /// Words that open a clause dating the event before it once more (`lần gần nhất`, `the last was`).
    var repeat_markers: [String]?
    /// Words that make the date after them the end of a duration (`cho đến`, `until`).
    var until_markers: [String]?
    /// Words naming an occasion (`bầu cử`, `elections held`, `Quốc khánh`) or a thing named
    /// by a date (`luật 30/4`) that make the date right after them that occasion's or name's.
    var occasion_markers: [String]?
    /// Words opening a clause that happens at the date of the clause before it (`when`, `, khi`).
    var simultaneous_markers: [String]?
    /// Words of direction (`toward`, `về phía`) that name the target of the event word a few
    /// words before them (`fired missiles toward Japan`), and elsewhere a topic.
    var direction_markers: [String]?
    /// How many words of the event word's object may stand before a word of direction
    /// (Vietnamese writes a syllable a word: `phóng hai tên lửa đạn đạo tầm ngắn về phía`).
    var direction_reach: Int?

    package init() {}

    package mutating func fields(_ json: inout JSONFields) {
        json.field("triggers", &triggers)
        json.field("not_triggers", &not_triggers)
        json.field("hedges", &hedges)
        json.field("negations", &negations)
        json.field("future_markers", &future_markers)
        json.field("topic_markers", &topic_markers)
        json.field("topic_resets", &topic_resets)
        json.field("topic_continuations", &topic_continuations)
        json.field("pair_between", &pair_between)
        json.field("pair_joiners", &pair_joiners)
        json.field("pair_determiners", &pair_determiners)
        json.field("pair_stops", &pair_stops)
        json.field("venue_nouns", &venue_nouns)
        json.field("location_markers", &location_markers)
        json.field("venue_genitives", &venue_genitives)
        json.field("anaphoric_subjects", &anaphoric_subjects)
        json.field("clause_breaks", &clause_breaks)
        json.field("official_speech", &official_speech)
        json.field("attendance_markers", &attendance_markers)
        json.field("both_sides", &both_sides)
        json.field("trilateral_markers", &trilateral_markers)
        json.field("date_list_joiners", &date_list_joiners)
        json.field("repeat_markers", &repeat_markers)
        json.field("until_markers", &until_markers)
        json.field("occasion_markers", &occasion_markers)
        json.field("simultaneous_markers", &simultaneous_markers)
        json.field("direction_markers", &direction_markers)
        json.field("direction_reach", &direction_reach)
    }
}
