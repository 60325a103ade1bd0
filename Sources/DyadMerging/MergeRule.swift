import DyadText
import DyadModel
import DyadDates
import DyadEvents

/// When reports are one event: the rule of the merging stage, apart from how ``EventMerger``
/// finds the reports it applies to.
///
/// Two reports are one event when they give the same date (and end), the same pair and the
/// same family of event (a meeting, talks and a summit are one family) — the same
/// ``MergeKey`` — unless both name the officeholders on one side and those differ: a meeting
/// with the foreign minister and one with the president on the same day stay two events.
///
/// Reports are taken in order: each joins the first event of its key all of whose reports it
/// is the same event as (``sameEvent(_:_:)``), or else makes an event of its own. A report
/// that lists a side with nobody on it (which the extractor never writes) thus stays apart
/// from an event naming someone there.
public enum MergeRule {
    /// Whether `later` reports the same event as `earlier`: the same key, and officeholders
    /// that agree.
    public static func sameEvent(_ earlier: borrowing ExtractedEvent, _ later: borrowing ExtractedEvent) -> Bool {
        MergeKey(earlier) == MergeKey(later) && officeholdersAgree(earlier.participants, later.participants)
    }

    /// Whether the officeholders `later` names (ids by actor code) agree with those `earlier`
    /// names: on each side `later` lists, `earlier` names nobody or one of them.
    public static func officeholdersAgree(_ earlier: [String: [String]], _ later: [String: [String]]) -> Bool {
        later.allSatisfy { side, people in agree(Set(earlier[side] ?? []), people) }
    }

    /// Whether the officeholders one report names on a side (`named`) agree with those another
    /// lists there (`people`): the first names nobody there, or they share one.
    @inline(__always)
    static func agree(_ named: Set<String>, _ people: [String]) -> Bool {
        named.isEmpty || !named.isDisjoint(with: people)
    }
}

/// What two reports must share to be one event: their date and end, their pair and the family
/// of their event (``EventType/family``). Its hash value is computed once, when it is made.
public struct MergeKey: Hashable, Sendable {
    /// The date the report gives (its first day, for a span).
    public let start: FuzzyDate
    /// The last day of a span.
    public let end: FuzzyDate?
    /// The pair's actor codes, sorted.
    public let actors: [String]
    /// The family of the report's type of event (``EventType/family``).
    public let family: String
    let hash: Int

    /// The key of `report`, reading only the fields it takes.
    public init(_ report: borrowing ExtractedEvent) {
        start = report.date.start
        end = report.date.end
        actors = report.actors
        family = report.meaning.type.family
        var hasher = Hasher()
        hasher.combine(start)
        hasher.combine(end)
        hasher.combine(actors)
        hasher.combine(family)
        hash = hasher.finalize()
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(hash)
    }

    public static func == (a: MergeKey, b: MergeKey) -> Bool {
        a.hash == b.hash && a.start == b.start && a.end == b.end && a.actors == b.actors && a.family == b.family
    }
}
