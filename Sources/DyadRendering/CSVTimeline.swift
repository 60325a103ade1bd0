import Foundation
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
    /// The file, made as it is written (``StreamedRows``).
    static func file(_ timeline: Timeline) -> OutputFile {
        OutputFile(name: OutputFormat.csv.fileName) { sink in try write(timeline, to: sink) }
    }

    static func write(_ timeline: Timeline, to sink: (Data) throws -> Void) throws {
        let events = timeline.events
        try sink(Data("id,date,end,date_basis,actor_1,actor_2,type,cameo,goldstein,future,summary,sources\r\n".utf8))
        try StreamedRows.write(events.count, bytesPerRow: 280, to: sink) { rows, index in
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
    }
}
