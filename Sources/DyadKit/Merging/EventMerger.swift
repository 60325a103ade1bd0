import Foundation

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
        // Clusters hold indices into `reports`, so no report is copied while grouping.
        var clusters: [Cluster] = []
        // The keys, with their hash values, are made in parallel; grouping then only compares.
        let mergeKeys = concurrentMap(reports.count) { MergeKey(reports[$0]) }
        // The first cluster of each key, in an open-addressing table of cluster numbers (a key is
        // read back from the cluster's first report); a key's further clusters (other
        // officeholders) are chained from its first in the order they were made.
        var table = [Int32](repeating: -1, count: max(16, (2 * reports.count).nextPowerOfTwo))
        let mask = table.count - 1
        for position in reports.indices {
            let key = mergeKeys[position]
            let participants = reports[position].participants
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
        // Each cluster becomes an event on its own, so they are made in parallel.
        var events = concurrentMap(clusters.count) { index in event(from: clusters[index].members.map { reports[$0] }) }
        // Sorted by keys made once per event (a comparison would otherwise rebuild dates and
        // pair names); equal keys keep the clusters' order, as a stable sort would.
        let keys = concurrentMap(events.count) { OrderKey(events[$0]) }
        let order = events.indices.sorted { keys[$0] < keys[$1] || (keys[$0] == keys[$1] && $0 < $1) }
        events.permute(to: order)
        for index in events.indices { events[index].id = "e\(index + 1)" }
        return events
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

        init(_ report: ExtractedEvent) {
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

        static func == (a: MergeKey, b: MergeKey) -> Bool {
            a.hash == b.hash && a.start == b.start && a.end == b.end && a.actors == b.actors && a.family == b.family
        }
    }

    /// Timeline order: date (first day, then last day), then pair, then type, then end; then
    /// the first mention, so the order never depends on input order.
    struct OrderKey: Comparable {
        let firstDay: Int
        let lastDay: Int
        let pair: String
        let type: String
        let end: String
        let document: String
        /// The line as text, compared as text.
        let line: String

        init(_ event: TimelineEvent) {
            firstDay = event.date.firstDay.dayNumber
            lastDay = event.date.lastDay.dayNumber
            pair = event.pair
            type = event.type.rawValue
            end = event.end?.iso ?? ""
            document = event.mentions.first?.document ?? ""
            line = event.mentions.first.map { String($0.line) } ?? ""
        }

        static func < (a: OrderKey, b: OrderKey) -> Bool {
            if (a.firstDay, a.lastDay, a.pair, a.type) != (b.firstDay, b.lastDay, b.pair, b.type) {
                return (a.firstDay, a.lastDay, a.pair, a.type) < (b.firstDay, b.lastDay, b.pair, b.type)
            }
            return (a.end, a.document, a.line) < (b.end, b.document, b.line)
        }
    }

    private func event(from cluster: [ExtractedEvent]) -> TimelineEvent {
        let first = cluster[0]
        let best = cluster.max { a, b in
            a.meaning.priority < b.meaning.priority
        }!
        var participantIDs: [String] = []
        for report in cluster {
            for code in report.actors {
                for id in report.participants[code] ?? [] where !participantIDs.contains(id) { participantIDs.append(id) }
            }
        }
        // Most events are reported once: their one mention needs no de-duplicating.
        let mentions = cluster.count == 1 ? [first.mention] : Array(Set(cluster.map(\.mention))).sorted()
        return TimelineEvent(
            id: "",
            date: first.date.start,
            end: first.date.end,
            basis: cluster.map(\.date.basis).min()!,
            actors: first.actors,
            type: best.meaning.type,
            cameo: best.meaning.cameo,
            goldstein: best.meaning.goldstein,
            future: cluster.allSatisfy(\.future),
            summary: first.summary,
            participants: participantIDs.map { gazetteer.officeholders[$0]?.displayName ?? $0 },
            topics: cluster.count == 1 && first.topics.count < 2 ? first.topics : Array(Set(cluster.flatMap(\.topics))).sorted(),
            location: cluster.compactMap(\.location).first,
            mentions: mentions,
            lowConfidence: cluster.allSatisfy(\.lowConfidence))
    }
}

extension Array {
    /// Rearranges the elements in place so that the element at `i` is the one that was at
    /// `order[i]` (`order` is a permutation of the indices), one cycle at a time.
    mutating func permute(to order: [Int]) {
        precondition(order.count == count)
        var placed = [Bool](repeating: false, count: count)
        for start in indices where !placed[start] {
            let first = self[start]
            var current = start
            while true {
                placed[current] = true
                let source = order[current]
                if source == start { self[current] = first; break }
                self[current] = self[source]
                current = source
            }
        }
    }
}

extension Int {
    /// The smallest power of two at least this large (1 for 0 and below).
    var nextPowerOfTwo: Int {
        self <= 1 ? 1 : 1 << (Int.bitWidth - (self - 1).leadingZeroBitCount)
    }
}
