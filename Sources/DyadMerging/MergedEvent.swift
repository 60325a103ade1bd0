import Foundation
import DyadText
import DyadResources
import DyadModel
import DyadReading
import DyadCleaning
import DyadActors
import DyadDates
import DyadEvents

/// How a group of reports becomes one event, and where the event goes in the timeline.
extension EventMerger {
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
    static func bestReport(_ members: [Int], of reports: UnsafeBufferPointer<ExtractedEvent>) -> Int {
        var best = members[0]
        for member in members.dropFirst() where reports.at(member).pointee.meaning.priority > reports.at(best).pointee.meaning.priority {
            best = member
        }
        return best
    }

    /// The event the reports at `members` make: dated, paired and summarised by the first, typed
    /// by the report at `best` (``bestReport(_:of:)``), with every distinct mention.
    func event(from members: [Int], best: Int, of reports: UnsafeBufferPointer<ExtractedEvent>, id: String) -> TimelineEvent {
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
