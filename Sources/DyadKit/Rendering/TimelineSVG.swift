/// `timeline.svg`: a drawn timeline. One lane per actor pair, a shared date axis, each event a
/// dot (coloured by its Goldstein value, hollow when planned, dashed when its year was inferred)
/// with a short label and a `<title>` tooltip holding its summary. Quiet stretches are
/// compressed: a gap longer than ``longGap`` days takes a fixed width and a break mark `≈` on
/// the axis, so decades of sparse events still fit a page. Plain, self-contained SVG that
/// embeds in Markdown and HTML.
enum TimelineSVG {
    static let longGap = 45
    static let laneHeight = 46
    static let left = 190
    static let top = 56
    static let font = "DejaVu Sans, Verdana, sans-serif"

    /// The x position of every day that has an event (or an event's end).
    static func positions(_ days: [Int]) -> (x: [Int: Int], breaks: [Int]) {
        var x: [Int: Int] = [:]
        var breaks: [Int] = []
        var current = left + 24
        var previous: Int?
        for day in Set(days).sorted() {
            if let previous {
                let gap = day - previous
                if gap > longGap {
                    breaks.append(current + 36)
                    current += 72
                } else {
                    current += max(26, min(gap * 4, 150))
                }
            }
            x[day] = current
            previous = day
        }
        return (x, breaks)
    }

    static func render(_ timeline: Timeline, names: ActorNaming) -> String {
        let events = timeline.events
        let pairs = GraphDOT.pairs(of: events)
        let lanes = Dictionary(uniqueKeysWithValues: pairs.enumerated().map { ($1.actors.joined(separator: "-"), $0) })
        let days = events.flatMap { [$0.date.firstDay.dayNumber] + ($0.end.map { [$0.firstDay.dayNumber] } ?? []) }
        let (x, breaks) = positions(days)
        // Tick labels only as precise as the dates behind them: `18/06`, `04/2017`, `2017`.
        var tickLabels: [Int: String] = [:]
        for date in events.flatMap({ [$0.date] + ($0.end.map { [$0] } ?? []) }) {
            let label: String
            switch date.precision {
            case .day: label = "\(pad(date.day ?? 1, 2))/\(pad(date.month ?? 1, 2))"
            case .month: label = "\(pad(date.month ?? 1, 2))/\(date.year)"
            case .year: label = "\(date.year)"
            }
            let day = date.firstDay.dayNumber
            if tickLabels[day] == nil || date.precision == .day { tickLabels[day] = label }
        }
        let width = (x.values.max() ?? left) + 160
        let axisY = top + max(pairs.count, 1) * laneHeight + 10
        let height = axisY + 70

        var svg: [String] = [
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>",
            "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(width)\" height=\"\(height)\" viewBox=\"0 0 \(width) \(height)\" font-family=\"\(font)\" role=\"img\">",
            "<title>Timeline: \(events.count) events between \(pairs.count) pairs</title>",
            "<rect width=\"100%\" height=\"100%\" fill=\"white\"/>",
            "<text x=\"16\" y=\"26\" font-size=\"15\" font-weight=\"bold\" fill=\"#1d2433\">Bilateral events</text>",
            "<text x=\"16\" y=\"44\" font-size=\"10\" fill=\"#555555\">dot colour: Goldstein score (red conflict · grey neutral · green cooperation); hollow: planned; dashed: year inferred; ≈: time compressed</text>",
        ]
        for (index, pair) in pairs.enumerated() {
            let y = top + index * laneHeight
            if index % 2 == 0 {
                svg.append("<rect x=\"0\" y=\"\(y)\" width=\"\(width)\" height=\"\(laneHeight)\" fill=\"#f4f6fa\"/>")
            }
            let label = names.label(of: pair.actors)
            svg.append("<text x=\"16\" y=\"\(y + laneHeight / 2 + 4)\" font-size=\"11\" fill=\"#1d2433\">\(Escape.xml(label))</text>")
            svg.append("<line x1=\"\(left)\" y1=\"\(y + laneHeight - 12)\" x2=\"\(width - 20)\" y2=\"\(y + laneHeight - 12)\" stroke=\"#d5dae3\" stroke-width=\"1\"/>")
        }
        svg.append("<line x1=\"\(left)\" y1=\"\(axisY)\" x2=\"\(width - 20)\" y2=\"\(axisY)\" stroke=\"#4a5a78\" stroke-width=\"1.5\"/>")
        for breakX in breaks {
            svg.append("<text x=\"\(breakX)\" y=\"\(axisY + 5)\" font-size=\"14\" text-anchor=\"middle\" fill=\"#4a5a78\">≈</text>")
        }
        var lastYear: Int?
        for day in x.keys.sorted() {
            let date = CalendarDate(dayNumber: day)
            let dayX = x[day]!
            svg.append("<line x1=\"\(dayX)\" y1=\"\(axisY)\" x2=\"\(dayX)\" y2=\"\(axisY + 5)\" stroke=\"#4a5a78\"/>")
            svg.append("<text x=\"\(dayX)\" y=\"\(axisY + 16)\" font-size=\"9\" fill=\"#333333\" text-anchor=\"end\" transform=\"rotate(-45 \(dayX) \(axisY + 16))\">\(tickLabels[day] ?? "")</text>")
            if date.year != lastYear {
                svg.append("<text x=\"\(dayX)\" y=\"\(axisY + 52)\" font-size=\"11\" font-weight=\"bold\" fill=\"#1d2433\" text-anchor=\"middle\">\(date.year)</text>")
                lastYear = date.year
            }
        }
        var stacked: [String: Int] = [:]
        for event in events {
            guard let lane = lanes[event.pair], let eventX = x[event.date.firstDay.dayNumber] else { continue }
            let y = top + lane * laneHeight + laneHeight - 12
            let colour = GraphDOT.colour(goldstein: event.goldstein)
            svg.append("<g id=\"\(Escape.xml(event.id))\">")
            var tooltip = "\(event.dateLabel) \(event.type.rawValue): \(event.summary)"
            if let mention = event.mentions.first { tooltip += "\n\(mention.document):\(mention.line)" }
            svg.append("<title>\(Escape.xml(tooltip))</title>")
            if let end = event.end, let endX = x[end.firstDay.dayNumber], endX > eventX {
                svg.append("<line x1=\"\(eventX)\" y1=\"\(y)\" x2=\"\(endX)\" y2=\"\(y)\" stroke=\"\(colour)\" stroke-width=\"4\" stroke-linecap=\"round\"/>")
            }
            let fill = event.future ? "white" : colour
            let dash = event.basis == .inferred ? " stroke-dasharray=\"2,2\"" : ""
            svg.append("<circle cx=\"\(eventX)\" cy=\"\(y)\" r=\"5\" fill=\"\(fill)\" stroke=\"\(colour)\" stroke-width=\"2\"\(dash)/>")
            // Labels of events on the same day in the same lane stack upwards.
            let level = stacked["\(lane) \(eventX)", default: 0]
            stacked["\(lane) \(eventX)"] = level + 1
            let labelY = y - 9 - level * 10
            svg.append("<text x=\"\(eventX + 3)\" y=\"\(labelY)\" font-size=\"9\" fill=\"#333333\" transform=\"rotate(-30 \(eventX + 3) \(labelY))\">\(Escape.xml(event.type.rawValue))</text>")
            svg.append("</g>")
        }
        svg.append("</svg>")
        return svg.joined(separator: "\n") + "\n"
    }
}
