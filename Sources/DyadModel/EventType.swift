/// The kinds of bilateral interaction Dyad reports.
public enum EventType: String, Sendable, Codable, CaseIterable, Comparable {
    case meet, call, visit, talks, summit, statement, appeal, agreement, sanction, military, other

    /// Events of one family on one day between one pair may be the same event reported twice.
    package var family: String {
        switch self {
        case .meet, .talks, .summit: return "encounter"
        default: return rawValue
        }
    }

    /// Meetings, talks, summits, calls and visits: the parties meet.
    package var isEncounter: Bool { family == "encounter" || self == .call || self == .visit }

    /// Encounters and agreements: the parties act together; other events go from one party to another.
    var isMutual: Bool { isEncounter || self == .agreement }

    public static func < (a: EventType, b: EventType) -> Bool { a.rawValue < b.rawValue }
}

/// What an event word means: a type, a CAMEO code and that code's Goldstein value.
public struct TriggerMeaning: Sendable, Hashable {
    public let type: EventType
    public let cameo: String
    public let goldstein: Double
    public let priority: Int

    public init(type: EventType, cameo: String, goldstein: Double, priority: Int) {
        self.type = type
        self.cameo = cameo
        self.goldstein = goldstein
        self.priority = priority
    }

    /// Whether the parties act together: encounters, agreements, and cooperative military
    /// acts (joint exercises, a positive Goldstein value); other events go from one to another.
    package var isMutual: Bool { type.isMutual || (type == .military && goldstein > 0) }
}
