import DyadText
import DyadResources
import DyadModel
import DyadReading
import DyadCleaning

/// A name in a sentence that stands for an actor.
public struct ActorMention: Sendable, Hashable {
    public enum Form: String, Sendable, Hashable {
        /// A country or organisation name (`Trung Quốc`, `NATO`).
        case name
        /// A capital or seat used for its government (`Bắc Kinh`, `Điện Kremlin`).
        case place
        /// A short form inside a compound (`Trung` in `Mỹ-Trung`), or a name that needs a title.
        case short
        /// A person, whose actor depends on the date.
        case person
        /// A forum of many states that is no actor (`Cấp cao Đông Á`, `UN General Assembly`):
        /// its meetings give no pair of their own.
        case gathering
        /// A name shared with something else (`Georgia`), not yet confirmed by the document:
        /// ``ActorMatcher/confirmed(_:)`` keeps it, as a name, only where the document names
        /// the same actor otherwise.
        case unconfirmed
    }

    /// The tokens of the sentence it covers.
    public let tokens: Range<Int>
    public let text: String
    public let form: Form
    /// The actor code; for a person, the actor of the term that fits the role best, refined by
    /// the event date later.
    public let code: String?
    /// The officeholder's id when the mention is a person.
    public let personID: String?
    /// The role named by the title right before it (`Ngoại trưởng` → foreign_minister).
    public let role: String?
    /// Whether it is part of a hyphenated compound (`Mỹ-Trung`), which names a pair.
    public let inCompound: Bool
}
