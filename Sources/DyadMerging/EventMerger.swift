import Foundation
import DyadText
import DyadResources
import DyadModel
import DyadReading
import DyadCleaning
import DyadActors
import DyadDates
import DyadEvents

/// The merging stage: one timeline entry per real event, however often it is reported.
///
/// Reports merge when they give the same date (and end), the same pair and the same family of
/// event (a meeting, talks and a summit are one family), unless both name the officeholders on
/// one side and those differ: a meeting with the foreign minister and one with the president on
/// the same day stay two events.
public struct EventMerger: Sendable {
    let gazetteer: Gazetteer

    public init(gazetteer: Gazetteer) {
        self.gazetteer = gazetteer
    }

    public func merge(_ reports: [ExtractedEvent]) -> [TimelineEvent] {
        // Reports are read in place through a buffer: a report is never copied whole, only the
        // fields an event takes from it.
        reports.withUnsafeBufferPointer(merge)
    }

    /// Reports are read in place through pointers (``UnsafeBufferPointer/at(_:)``): `reports[i]`
    /// would copy a report, with all its fields, to read one of them.
    private func merge(_ reports: UnsafeBufferPointer<ExtractedEvent>) -> [TimelineEvent] {
        // Clusters hold indices into `reports`, so no report is copied while grouping.
        var clusters: [Cluster] = []
        // The keys, with their hash values, are made in parallel; grouping then only compares.
        let mergeKeys = concurrentMap(reports.count) { MergeKey(reports.at($0)) }
        // The first cluster of each key, in an open-addressing table of cluster numbers (a key is
        // read back from the cluster's first report); a key's further clusters (other
        // officeholders) are chained from its first in the order they were made.
        var table = [Int32](repeating: -1, count: max(16, (2 * reports.count).nextPowerOfTwo))
        let mask = table.count - 1
        for position in reports.indices {
            let key = mergeKeys[position]
            let participants = reports.at(position).pointee.participants
            var slot = key.hash & mask
            while table[slot] >= 0, mergeKeys[clusters[Int(table[slot])].members[0]] != key { slot = (slot + 1) & mask }
            guard table[slot] >= 0 else {
                table[slot] = Int32(clusters.count)
                clusters.append(Cluster(first: position, participants: participants))
                continue
            }
            var index = Int(table[slot])
            while !clusters[index].accepts(participants), let next = clusters[index].nextOfKey { index = next }
            if clusters[index].accepts(participants) {
                clusters[index].add(position, participants: participants)
            } else {
                clusters[index].nextOfKey = clusters.count
                clusters.append(Cluster(first: position, participants: participants))
            }
        }
        table = []
        // Clusters are put in timeline order by keys read from their reports (made once per
        // cluster: a comparison would otherwise rebuild dates and pair names); equal keys keep
        // the clusters' order, as a stable sort would. Then each becomes its event, in parallel,
        // straight into its place.
        // Each cluster's best report (the one that types its event) is found once, for both.
        let best = concurrentMap(clusters.count) { Self.bestReport(clusters[$0].members, of: reports) }
        let keys = concurrentMap(clusters.count) { OrderKey(members: clusters[$0].members, best: best[$0], of: reports) }
        let order = clusters.indices.sorted { keys[$0] < keys[$1] || (keys[$0] == keys[$1] && $0 < $1) }
        return concurrentMap(order.count) { position in
            event(from: clusters[order[position]].members, best: best[order[position]], of: reports, id: "e\(position + 1)")
        }
    }

    /// The reports of one event so far, with the distinct sets of officeholders they name on
    /// each side, so that a new report is checked against each distinct set once, not against
    /// every report: an event reported ten thousand times costs no more per report than one
    /// reported twice.
    private struct Cluster {
        var members: [Int]
        var namedSets: [String: [Set<String>]] = [:]
        /// The next cluster of the same key, if any.
        var nextOfKey: Int?

        init(first position: Int, participants: [String: [String]]) {
            members = [position]
            add(names: participants)
        }

        /// A report fits unless, on some side, it names officeholders and a report already
        /// here names others, none of them the same.
        func accepts(_ participants: [String: [String]]) -> Bool {
            for (code, people) in participants {
                for named in namedSets[code] ?? [] where named.isDisjoint(with: people) { return false }
            }
            return true
        }

        mutating func add(_ position: Int, participants: [String: [String]]) {
            members.append(position)
            add(names: participants)
        }

        private mutating func add(names participants: [String: [String]]) {
            for (code, people) in participants where !people.isEmpty {
                let named = Set(people)
                if !(namedSets[code] ?? []).contains(named) { namedSets[code, default: []].append(named) }
            }
        }
    }

    /// What two reports must share to be one event, with its hash value computed once.
    private struct MergeKey: Equatable {
        let start: FuzzyDate
        let end: FuzzyDate?
        let actors: [String]
        let family: String
        let hash: Int

        init(_ report: UnsafePointer<ExtractedEvent>) {
            start = report.pointee.date.start
            end = report.pointee.date.end
            actors = report.pointee.actors
            family = report.pointee.meaning.type.family
            var hasher = Hasher()
            hasher.combine(start)
            hasher.combine(end)
            hasher.combine(actors)
            hasher.combine(family)
            hash = hasher.finalize()
        }

        static func == (a: MergeKey, b: MergeKey) -> Bool {
            a.hash == b.hash && a.start == b.start && a.end == b.end && a.actors == b.actors && a.family == b.family
        }
    }

    /// Timeline order: date (first day, then last day), then pair, then type, then end; then
    /// the first mention, so the order never depends on input order.
    package struct OrderKey: Comparable {
        package let firstDay: Int
        package let lastDay: Int
        package let pair: String
        let type: String
        package let end: String
        package let document: String
        /// The line as text, compared as text.
        let line: String

        /// The key of the event the reports at `members` make (see ``event(from:best:of:id:)``).
        init(members: [Int], best: Int, of reports: UnsafeBufferPointer<ExtractedEvent>) {
            let first = reports.at(members[0])
            firstDay = first.pointee.date.start.firstDay.dayNumber
            lastDay = first.pointee.date.start.lastDay.dayNumber
            pair = TimelineEvent.pair(of: first.pointee.actors)
            type = reports.at(best).pointee.meaning.type.rawValue
            end = first.pointee.date.end?.iso ?? ""
            // The event's first mention: the least of its reports' mentions.
            var mention = first.pointee.mention
            for member in members.dropFirst() where reports.at(member).pointee.mention < mention { mention = reports.at(member).pointee.mention }
            document = mention.document
            line = String(mention.line)
        }

        package static func < (a: OrderKey, b: OrderKey) -> Bool {
            if (a.firstDay, a.lastDay, a.pair, a.type) != (b.firstDay, b.lastDay, b.pair, b.type) {
                return (a.firstDay, a.lastDay, a.pair, a.type) < (b.firstDay, b.lastDay, b.pair, b.type)
            }
            return (a.end, a.document, a.line) < (b.end, b.document, b.line)
        }
    }

    /// The report whose event word names the event: the first of highest priority.
    private static func bestReport(_ members: [Int], of reports: UnsafeBufferPointer<ExtractedEvent>) -> Int {
        var best = members[0]
        for member in members.dropFirst() where reports.at(member).pointee.meaning.priority > reports.at(best).pointee.meaning.priority {
            best = member
        }
        return best
    }

    /// The event the reports at `members` make: dated, paired and summarised by the first, typed
    /// by the report at `best` (``bestReport(_:of:)``), with every distinct mention.
    private func event(from members: [Int], best: Int, of reports: UnsafeBufferPointer<ExtractedEvent>, id: String) -> TimelineEvent {
        let first = reports.at(members[0])
        let best = reports.at(best).pointee.meaning
        var participantIDs: [String] = []
        for member in members {
            let report = reports.at(member)
            for code in report.pointee.actors {
                for id in report.pointee.participants[code] ?? [] where !participantIDs.contains(id) { participantIDs.append(id) }
            }
        }
        // Most events are reported once: their one mention needs no de-duplicating.
        let single = members.count == 1
        return TimelineEvent(
            id: id,
            date: first.pointee.date.start,
            end: first.pointee.date.end,
            basis: single ? first.pointee.date.basis : members.lazy.map { reports.at($0).pointee.date.basis }.min()!,
            actors: first.pointee.actors,
            type: best.type,
            cameo: best.cameo,
            goldstein: best.goldstein,
            future: members.allSatisfy { reports.at($0).pointee.future },
            summary: first.pointee.summary,
            participants: participantIDs.map { gazetteer.officeholders[$0]?.displayName ?? $0 },
            topics: single && first.pointee.topics.count < 2 ? first.pointee.topics : members.flatMap { reports.at($0).pointee.topics }.sortedDistinct(),
            location: members.lazy.compactMap { reports.at($0).pointee.location }.first,
            mentions: single ? [first.pointee.mention] : members.map { reports.at($0).pointee.mention }.sortedDistinct(),
            lowConfidence: members.allSatisfy { reports.at($0).pointee.lowConfidence })
    }
}

extension Array where Element: Comparable {
    /// The elements sorted, each once: what `Array(Set(self)).sorted()` gives, without hashing
    /// them (a mention's hash reads its whole sentence).
    func sortedDistinct() -> [Element] {
        var distinct: [Element] = []
        distinct.reserveCapacity(count)
        for element in sorted() where distinct.last != element { distinct.append(element) }
        return distinct
    }
}

extension Int {
    /// The smallest power of two at least this large (1 for 0 and below).
    var nextPowerOfTwo: Int {
        self <= 1 ? 1 : 1 << (Int.bitWidth - (self - 1).leadingZeroBitCount)
    }
}

extension EventMerger.OrderKey {
    /// The key of a merged event: what ``init(members:best:of:)`` gave its reports (its first
    /// mention is the least of its reports', since an event's mentions are sorted).
    package init(_ event: TimelineEvent) {
        firstDay = event.date.firstDay.dayNumber
        lastDay = event.date.lastDay.dayNumber
        pair = event.pair
        type = event.type.rawValue
        end = event.end?.iso ?? ""
        document = event.mentions[0].document
        line = String(event.mentions[0].line)
    }
}
