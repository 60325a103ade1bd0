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
/// Which reports are one event is ``MergeRule``'s to say; the merger finds the reports the rule
/// compares (by their ``MergeKey``, in a ``GroupingTable``), makes each group its event and puts
/// the events in timeline order (``OrderKey``).
public struct EventMerger: Sendable {
    let gazetteer: Gazetteer

    /// A merger that names officeholders as `gazetteer` does.
    public init(gazetteer: Gazetteer) {
        self.gazetteer = gazetteer
    }

    /// The events `reports` make, in timeline order, numbered `e1`, `e2`, … in that order.
    public func merge(_ reports: [ExtractedEvent]) -> [TimelineEvent] {
        // Reports are read in place through a buffer: a report is never copied whole, only the
        // fields an event takes from it.
        reports.withUnsafeBufferPointer(merge)
    }

    /// Reports are read in place through pointers (``UnsafeBufferPointer/at(_:)``): `reports[i]`
    /// would copy a report, with all its fields, to read one of them.
    private func merge(_ reports: UnsafeBufferPointer<ExtractedEvent>) -> [TimelineEvent] {
        let clusters = Self.clusters(of: reports)
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

    /// The reports of each event, in the order the events are made: ``MergeRule`` applied to
    /// each report in turn. Reports are grouped by key (hashed in parallel beforehand, so that
    /// grouping only compares); a key's events (other officeholders) are chained from its
    /// first in the order they were made, and a report joins the first that accepts it.
    static func clusters(of reports: UnsafeBufferPointer<ExtractedEvent>) -> [Cluster] {
        let mergeKeys = concurrentMap(reports.count) { MergeKey(reports.at($0).pointee) }
        var byKey = GroupingTable<MergeKey>(capacity: reports.count)
        // The first cluster of each key, by the key's group number.
        var firstOfKey: [Int] = []
        var clusters: [Cluster] = []
        for position in reports.indices {
            let participants = reports.at(position).pointee.participants
            let key = byKey.insert(mergeKeys[position])
            guard !key.isNew else {
                firstOfKey.append(clusters.count)
                clusters.append(Cluster(first: position, participants: participants))
                continue
            }
            var index = firstOfKey[key.group]
            while !clusters[index].accepts(participants), let next = clusters[index].nextOfKey { index = next }
            if clusters[index].accepts(participants) {
                clusters[index].add(position, participants: participants)
            } else {
                clusters[index].nextOfKey = clusters.count
                clusters.append(Cluster(first: position, participants: participants))
            }
        }
        return clusters
    }

    /// The reports of one event so far, with the distinct sets of officeholders they name on
    /// each side, so that a new report is checked against each distinct set once, not against
    /// every report: an event reported ten thousand times costs no more per report than one
    /// reported twice.
    struct Cluster {
        var members: [Int]
        var namedSets: [String: [Set<String>]] = [:]
        /// The next cluster of the same key, if any.
        var nextOfKey: Int?

        init(first position: Int, participants: [String: [String]]) {
            members = [position]
            add(names: participants)
        }

        /// Whether a report naming `participants` is the same event as every report here
        /// (``MergeRule/officeholdersAgree(_:_:)`` with each).
        func accepts(_ participants: [String: [String]]) -> Bool {
            for (code, people) in participants {
                for named in namedSets[code] ?? [] where !MergeRule.agree(named, people) { return false }
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
}
