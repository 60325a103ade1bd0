import DyadText
import DyadResources
import DyadModel
import DyadReading
import DyadCleaning
import DyadActors
import DyadDates
import DyadEvents
import DyadMerging

extension TimelineEvent {
    /// The date as every text output shows it: `2023-06-18`, `2023-06-18 – 2023-06-19`, with
    /// `(year inferred)` and `(planned)` when they apply.
    var dateLabel: String {
        var label = date.iso + (end.map { " – " + $0.iso } ?? "")
        if basis == .inferred { label += " (year inferred)" }
        if future { label += " (planned)" }
        return label
    }

    /// Whether ``dateLabel`` says more than the start date alone.
    var dateNeedsLabel: Bool { end != nil || basis == .inferred || future }
}
