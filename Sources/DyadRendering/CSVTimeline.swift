import DyadText
import DyadResources
import DyadModel
import DyadReading
import DyadCleaning
import DyadActors
import DyadDates
import DyadEvents
import DyadMerging

/// `timeline.csv`: one row per event, for spreadsheets. Made in bytes, the rows in parallel
/// chunks, each field escaped by ``ByteText/csvField(_:)``.
enum CSVTimeline {
    static func render(_ timeline: Timeline) -> [UInt8] {
        let events = timeline.events
        var text = ByteText(capacity: events.count * 280 + 256)
        text.add("id,date,end,date_basis,actor_1,actor_2,type,cameo,goldstein,future,summary,sources\r\n")
        let chunk = 2_000
        let rows = concurrentMap((events.count + chunk - 1) / chunk) { part -> [UInt8] in
            var rows = ByteText(capacity: chunk * 280)
            for index in (part * chunk)..<min(events.count, (part + 1) * chunk) {
                let event = events[index]
                var sources = ""
                for (position, mention) in event.mentions.enumerated() {
                    sources += (position > 0 ? "; " : "") + mention.document + ":" + String(mention.line)
                }
                for (position, field) in [event.id, event.date.iso, event.end?.iso ?? "", event.basis.rawValue, event.actors[0],
                                          event.actors[1], event.type.rawValue, event.cameo, String(event.goldstein),
                                          String(event.future), event.summary, sources].enumerated() {
                    if position > 0 { rows.byte(UInt8(ascii: ",")) }
                    rows.csvField(field)
                }
                rows.add("\r\n")
            }
            return rows.bytes
        }
        for part in rows { text.bytes += part }
        return text.bytes
    }
}
