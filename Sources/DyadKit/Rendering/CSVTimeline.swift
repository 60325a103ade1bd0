/// `timeline.csv`: one row per event, for spreadsheets.
enum CSVTimeline {
    static func render(_ timeline: Timeline) -> String {
        var rows = [["id", "date", "end", "date_basis", "actor_1", "actor_2", "type", "cameo", "goldstein", "future", "summary", "sources"]
            .joined(separator: ",")]
        for event in timeline.events {
            let sources = event.mentions.map { "\($0.document):\($0.line)" }.joined(separator: "; ")
            rows.append([event.id, event.date.iso, event.end?.iso ?? "", event.basis.rawValue, event.actors[0], event.actors[1],
                         event.type.rawValue, event.cameo, String(event.goldstein), String(event.future), event.summary, sources]
                .map(Escape.csv).joined(separator: ","))
        }
        return rows.joined(separator: "\r\n") + "\r\n"
    }
}
