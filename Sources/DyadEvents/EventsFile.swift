import DyadText
import DyadResources
import DyadModel
import DyadReading
import DyadCleaning
import DyadActors
import DyadDates

/// `<lang>/events.json`: the words events are written with.
package struct EventsFile: Decodable {
    struct Trigger: Decodable {
        let words: [String]
        let type: String
        let cameo: String
        let goldstein: Double
        let priority: Int
    }
    struct ClauseBreaks: Decodable {
        let coordinate: [String]
        let subordinate: [String]
        let context: [String]
        let purpose: [String]
        /// `, who …,`, `, which …,`: a clause set into another, up to the next comma.
        let insertion: [String]?
        /// Phrases that start with a connective but continue the clause (`nhằm vào`, aimed at).
        let not_breaks: [String]?
    }
    let triggers: [Trigger]
    let not_triggers: [String]
    let hedges: [String]
    let negations: [String]
    let future_markers: [String]
    let topic_markers: [String]
    let topic_resets: [String]
    let topic_continuations: [String]
    let pair_between: [String]
    let pair_joiners: [String]
    /// Words that end the second party of `giữa X và Y` (a venue, a topic, a purpose).
    let pair_stops: [String]
    /// Nouns between a location marker and a place: `tại thủ đô Washington`.
    let venue_nouns: [String]
    let location_markers: [String]
    let anaphoric_subjects: [String]
    let clause_breaks: ClauseBreaks
    /// Words that are an official statement when a spokesperson says them (`cho biết`, `said`).
    let official_speech: [String]?
    /// Words that say a party takes part in a meeting (`dự`, `attend`).
    let attendance_markers: [String]?
    /// The two sides of the pair the text is about, named as an object (`both parties`).
    let both_sides: [String]?
    /// Words that say three parties meet together (`ba bên`, `trilateral`).
    let trilateral_markers: [String]?
}
