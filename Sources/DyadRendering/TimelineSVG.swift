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

/// `timeline.svg`: a drawn timeline of bounded size — at most ``maxWidth`` pixels wide (one page)
/// and ``maxLanes`` lanes high, however many events there are.
///
/// One lane per actor pair on a shared date axis. When the pairs are more than the lanes, the
/// pairs with most events get a lane each and the others share a last lane, `N other pairs`.
///
/// A few events are drawn one by one: a dot each (coloured by its Goldstein value, hollow when
/// planned, dashed when its year was inferred) with a short label and a `<title>` tooltip
/// holding its summary. Quiet stretches are compressed: a gap longer than ``longGap`` days takes
/// a fixed width and a break mark `≈` on the axis, so decades of sparse events still fit.
///
/// When they would not fit one by one, events are drawn by period: a bar per day, week, month,
/// quarter or year (the finest whose bars fit the page, from the span), its height the number
/// of events on a log scale and its colour their mean Goldstein value, with a `<title>` giving
/// the count and the commonest types; only each lane's busiest period is labelled. Periods with
/// no event anywhere are compressed the same way.
///
/// Plain, self-contained SVG that embeds in Markdown and HTML.
enum TimelineSVG {
    static let longGap = 45
    static let laneHeight = 46
    static let left = 190
    static let top = 56
    static let font = "DejaVu Sans, Verdana, sans-serif"
    /// The widest picture: a page. Drawn one by one, events must fit it.
    static let maxWidth = 1200
    /// The most lanes drawn (the last one shared by the remaining pairs when there are more).
    static let maxLanes = 30
    /// The most events drawn one by one, and the most labels stacked on one day of a lane.
    static let maxSingleEvents = 200, maxStack = 3

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

    /// The lanes: every pair in key order when they fit, else the pairs with most events (ties
    /// by key) and one lane for the rest. `lane[pair key]` is the lane of each pair's events.
    struct Lanes {
        var labels: [String]
        var lane: [String: Int]
        /// Pairs sharing the last lane, and their events.
        var othersPairs = 0, othersEvents = 0
    }

    static func lanes(_ pairs: [PairSummary], names: ActorNaming) -> Lanes {
        if pairs.count <= maxLanes {
            return Lanes(labels: pairs.map { names.label(of: $0.actors) },
                         lane: Dictionary(uniqueKeysWithValues: pairs.enumerated().map { ($1.key, $0) }))
        }
        let ranked = pairs.sorted { $0.count != $1.count ? $0.count > $1.count : $0.key < $1.key }
        let shown = ranked.prefix(maxLanes - 1)
        var lanes = Lanes(labels: shown.map { "\(names.label(of: $0.actors)) (\(grouped($0.count)))" },
                          lane: Dictionary(uniqueKeysWithValues: shown.enumerated().map { ($1.key, $0) }))
        for pair in ranked.dropFirst(maxLanes - 1) {
            lanes.lane[pair.key] = maxLanes - 1
            lanes.othersPairs += 1
            lanes.othersEvents += pair.count
        }
        lanes.labels.append("\(grouped(lanes.othersPairs)) other pairs (\(grouped(lanes.othersEvents)))")
        return lanes
    }

    static func render(_ timeline: Timeline, names: ActorNaming) -> [UInt8] {
        let events = timeline.events
        let pairs = GraphDOT.pairs(of: events)
        let lanes = lanes(pairs, names: names)
        if events.count <= maxSingleEvents {
            let days = events.outlines.flatMap { [$0.date.firstDay.dayNumber] + ($0.end.map { [$0.firstDay.dayNumber] } ?? []) }
            let (x, breaks) = positions(days)
            var stack: [Int: Int] = [:]
            for event in events.outlines { stack[lanes.lane[event.pair]! << 32 | (event.date.firstDay.dayNumber & 0xFFFF_FFFF), default: 0] += 1 }
            if (x.values.max() ?? left) + 160 <= maxWidth, (stack.values.max() ?? 0) <= maxStack {
                return oneByOne(events, pairs: pairs.count, lanes: lanes, x: x, breaks: breaks)
            }
        }
        return byPeriod(events, pairs: pairs.count, lanes: lanes)
    }

    private static func header(_ svg: inout ByteText, width: Int, height: Int, events: Int, pairs: Int, legend: String) {
        svg.add("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"")
        svg.add(width); svg.add("\" height=\""); svg.add(height); svg.add("\" viewBox=\"0 0 ")
        svg.add(width); svg.add(" "); svg.add(height)
        svg.add("\" font-family=\"\(font)\" role=\"img\">\n<title>Timeline: ")
        svg.add(events); svg.add(" events between "); svg.add(pairs); svg.add(" pairs</title>\n")
        svg.add("<rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n")
        svg.add("<text x=\"16\" y=\"26\" font-size=\"15\" font-weight=\"bold\" fill=\"#1d2433\">Bilateral events</text>\n")
        svg.add("<text x=\"16\" y=\"44\" font-size=\"10\" fill=\"#555555\">"); svg.xml(legend); svg.add("</text>\n")
    }

    private static func laneBands(_ svg: inout ByteText, _ lanes: Lanes, width: Int) {
        for (index, label) in lanes.labels.enumerated() {
            let y = top + index * laneHeight
            if index % 2 == 0 {
                svg.add("<rect x=\"0\" y=\""); svg.add(y); svg.add("\" width=\""); svg.add(width)
                svg.add("\" height=\""); svg.add(laneHeight); svg.add("\" fill=\"#f4f6fa\"/>\n")
            }
            svg.add("<text x=\"16\" y=\""); svg.add(y + laneHeight / 2 + 4); svg.add("\" font-size=\"11\" fill=\"#1d2433\">")
            svg.xml(shortened(label)); svg.add("</text>\n")
            svg.add("<line x1=\"\(left)\" y1=\""); svg.add(y + laneHeight - 12); svg.add("\" x2=\""); svg.add(width - 20)
            svg.add("\" y2=\""); svg.add(y + laneHeight - 12); svg.add("\" stroke=\"#d5dae3\" stroke-width=\"1\"/>\n")
        }
    }

    /// A lane label that fits the margin (about 30 characters of 11-pixel text).
    static func shortened(_ label: String) -> String {
        guard label.unicodeScalars.count > 32 else { return label }
        let scalars = label.unicodeScalars
        if let open = label.lastIndex(of: "("), label.hasSuffix(")") {
            let count = String(label[open...])
            let room = max(8, 31 - count.unicodeScalars.count)
            return String(String.UnicodeScalarView(scalars.prefix(room))) + "… " + count
        }
        return String(String.UnicodeScalarView(scalars.prefix(31))) + "…"
    }

    private static func axis(_ svg: inout ByteText, y axisY: Int, width: Int, breaks: [Int]) {
        svg.add("<line x1=\"\(left)\" y1=\""); svg.add(axisY); svg.add("\" x2=\""); svg.add(width - 20)
        svg.add("\" y2=\""); svg.add(axisY); svg.add("\" stroke=\"#4a5a78\" stroke-width=\"1.5\"/>\n")
        for breakX in breaks {
            svg.add("<text x=\""); svg.add(breakX); svg.add("\" y=\""); svg.add(axisY + 5)
            svg.add("\" font-size=\"14\" text-anchor=\"middle\" fill=\"#4a5a78\">≈</text>\n")
        }
    }

    private static func tick(_ svg: inout ByteText, x: Int, axisY: Int, label: String, year: Int?) {
        svg.add("<line x1=\""); svg.add(x); svg.add("\" y1=\""); svg.add(axisY); svg.add("\" x2=\""); svg.add(x)
        svg.add("\" y2=\""); svg.add(axisY + 5); svg.add("\" stroke=\"#4a5a78\"/>\n")
        svg.add("<text x=\""); svg.add(x); svg.add("\" y=\""); svg.add(axisY + 16)
        svg.add("\" font-size=\"9\" fill=\"#333333\" text-anchor=\"end\" transform=\"rotate(-45 "); svg.add(x); svg.add(" ")
        svg.add(axisY + 16); svg.add(")\">"); svg.add(label); svg.add("</text>\n")
        if let year {
            svg.add("<text x=\""); svg.add(x); svg.add("\" y=\""); svg.add(axisY + 52)
            svg.add("\" font-size=\"11\" font-weight=\"bold\" fill=\"#1d2433\" text-anchor=\"middle\">"); svg.add(year); svg.add("</text>\n")
        }
    }

    // MARK: One by one

    private static func oneByOne(_ events: TimelineEvents, pairs: Int, lanes: Lanes, x: [Int: Int], breaks: [Int]) -> [UInt8] {
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
        let axisY = top + max(lanes.labels.count, 1) * laneHeight + 10
        let height = axisY + 70

        var svg = ByteText(capacity: 4096 + events.count * 700)
        header(&svg, width: width, height: height, events: events.count, pairs: pairs,
               legend: "dot colour: Goldstein score (red conflict · grey neutral · green cooperation); hollow: planned; dashed: year inferred; ≈: time compressed")
        laneBands(&svg, lanes, width: width)
        axis(&svg, y: axisY, width: width, breaks: breaks)
        var lastYear: Int?
        for day in x.keys.sorted() {
            let date = CalendarDate(dayNumber: day)
            tick(&svg, x: x[day]!, axisY: axisY, label: tickLabels[day] ?? "", year: date.year != lastYear ? date.year : nil)
            lastYear = date.year
        }
        var stacked: [Int: Int] = [:]
        for event in events {
            guard let lane = lanes.lane[event.pair], let eventX = x[event.date.firstDay.dayNumber] else { continue }
            let y = top + lane * laneHeight + laneHeight - 12
            let colour = GraphDOT.colour(goldstein: event.goldstein)
            svg.add("<g id=\""); svg.xml(event.id); svg.add("\">\n")
            var tooltip = "\(event.dateLabel) \(event.type.rawValue): \(event.summary)"
            if let mention = event.mentions.first { tooltip += "\n\(mention.document):\(mention.line)" }
            svg.add("<title>"); svg.xml(tooltip); svg.add("</title>\n")
            if let end = event.end, let endX = x[end.firstDay.dayNumber], endX > eventX {
                svg.add("<line x1=\""); svg.add(eventX); svg.add("\" y1=\""); svg.add(y); svg.add("\" x2=\""); svg.add(endX)
                svg.add("\" y2=\""); svg.add(y); svg.add("\" stroke=\""); svg.add(colour)
                svg.add("\" stroke-width=\"4\" stroke-linecap=\"round\"/>\n")
            }
            svg.add("<circle cx=\""); svg.add(eventX); svg.add("\" cy=\""); svg.add(y); svg.add("\" r=\"5\" fill=\"")
            svg.add(event.future ? "white" : colour); svg.add("\" stroke=\""); svg.add(colour); svg.add("\" stroke-width=\"2\"")
            if event.basis == .inferred { svg.add(" stroke-dasharray=\"2,2\"") }
            svg.add("/>\n")
            // Labels of events on the same day in the same lane stack upwards.
            let key = lane << 32 | (eventX & 0xFFFF_FFFF)
            let level = stacked[key, default: 0]
            stacked[key] = level + 1
            let labelY = y - 9 - level * 10
            svg.add("<text x=\""); svg.add(eventX + 3); svg.add("\" y=\""); svg.add(labelY)
            svg.add("\" font-size=\"9\" fill=\"#333333\" transform=\"rotate(-30 "); svg.add(eventX + 3); svg.add(" "); svg.add(labelY)
            svg.add(")\">"); svg.xml(event.type.rawValue); svg.add("</text>\n</g>\n")
        }
        svg.add("</svg>\n")
        return svg.bytes
    }

    // MARK: By period

    private static func byPeriod(_ events: TimelineEvents, pairs: Int, lanes: Lanes) -> [UInt8] {
        let width = maxWidth
        let plotLeft = left + 24, plotWidth = width - 40 - plotLeft
        let days = events.outlines.map { $0.date.firstDay.dayNumber }
        let (period, layout) = period(for: days, plotWidth: plotWidth)
        let slotWidth = min(maxSlot, max(1, plotWidth / max(layout.count, 1)))
        let barWidth = max(1, slotWidth - (slotWidth >= 5 ? 1 : 0))
        func x(_ slot: Int) -> Int { plotLeft + slot * slotWidth }

        // Per lane and period: the count, the sum of Goldstein values and the count per type.
        struct Cell { var count = 0; var goldstein = 0.0; var types: [EventType: Int] = [:] }
        var cells: [[Int: Cell]] = Array(repeating: [:], count: lanes.labels.count)
        for event in events.outlines {
            guard let lane = lanes.lane[event.pair] else { continue }
            let index = period.index(event.date.firstDay)
            cells[lane][index, default: Cell()].count += 1
            cells[lane][index]!.goldstein += event.goldstein
            cells[lane][index]!.types[event.type, default: 0] += 1
        }
        let most = max(1, cells.lazy.flatMap { $0.values.map(\.count) }.max() ?? 1)
        let axisY = top + max(lanes.labels.count, 1) * laneHeight + 10
        let height = axisY + 70
        let barRoom = laneHeight - 18

        var svg = ByteText(capacity: 8192 + lanes.labels.count * layout.slot.count * 160)
        var legend = "bars: events per \(period.rawValue) in each lane (height on a log scale; tallest \(grouped(most))); colour: mean Goldstein score (red conflict · grey neutral · green cooperation); ≈: time compressed"
        if lanes.othersPairs > 0 { legend += "; the last lane holds the \(grouped(lanes.othersPairs)) pairs with fewest events" }
        header(&svg, width: width, height: height, events: events.count, pairs: pairs, legend: legend)
        laneBands(&svg, lanes, width: width)
        axis(&svg, y: axisY, width: width, breaks: layout.breaks.map { x($0) + slotWidth / 2 })

        // Ticks at least 44 pixels apart; a year's first tick names the year.
        // Years are named 40 pixels apart or more.
        var lastTickX = -1_000, lastYear: Int?, lastYearX = -1_000
        for (index, slot) in layout.slot.sorted(by: { $0.value < $1.value }) {
            let tickX = x(slot) + slotWidth / 2
            let year = period.start(index).year
            let namesYear = year != lastYear && tickX - lastYearX >= 40
            guard tickX - lastTickX >= 44 || (namesYear && tickX - lastTickX >= 24) else { continue }
            tick(&svg, x: tickX, axisY: axisY, label: period.tick(index), year: namesYear ? year : nil)
            lastTickX = tickX
            if namesYear { lastYear = year; lastYearX = tickX }
        }
        let scale = log(Double(most) + 1)
        for (lane, row) in cells.enumerated() {
            let base = top + lane * laneHeight + laneHeight - 12
            var busiest: (index: Int, count: Int)?
            for index in row.keys.sorted() {
                let cell = row[index]!
                guard let slot = layout.slot[index] else { continue }
                let barHeight = max(2, Int((Double(barRoom) * log(Double(cell.count) + 1) / scale).rounded()))
                let types = cell.types.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key.rawValue < $1.key.rawValue }
                    .prefix(3).map { "\($0.key.rawValue) \(grouped($0.value))" }.joined(separator: ", ")
                svg.add("<rect x=\""); svg.add(x(slot)); svg.add("\" y=\""); svg.add(base - barHeight)
                svg.add("\" width=\""); svg.add(barWidth); svg.add("\" height=\""); svg.add(barHeight)
                svg.add("\" fill=\""); svg.add(GraphDOT.colour(goldstein: cell.goldstein / Double(cell.count)))
                svg.add("\"><title>"); svg.xml("\(period.name(index)): \(grouped(cell.count)) event\(cell.count == 1 ? "" : "s") (\(types))")
                svg.add("</title></rect>\n")
                if cell.count > (busiest?.count ?? 0) { busiest = (index, cell.count) }
            }
            // Only the busiest period of each lane is labelled.
            if let busiest, let slot = layout.slot[busiest.index] {
                let barHeight = max(2, Int((Double(barRoom) * log(Double(busiest.count) + 1) / scale).rounded()))
                let labelX = min(x(slot) + slotWidth / 2, width - 60)
                svg.add("<text x=\""); svg.add(labelX); svg.add("\" y=\""); svg.add(base - barHeight - 3)
                svg.add("\" font-size=\"9\" fill=\"#1d2433\" text-anchor=\"middle\">")
                svg.xml("\(grouped(busiest.count)) · \(period.name(busiest.index))"); svg.add("</text>\n")
            }
        }
        svg.add("</svg>\n")
        return svg.bytes
    }
}

/// `value` with thousands separated by commas: `19,242`.
package func grouped(_ value: Int) -> String {
    let digits = String(value.magnitude)
    var out = ""
    for (index, digit) in digits.enumerated() {
        if index > 0, (digits.count - index) % 3 == 0 { out.append(",") }
        out.append(digit)
    }
    return (value < 0 ? "-" : "") + out
}

/// Division rounding towards negative infinity.
func floorDivide(_ a: Int, _ b: Int) -> Int {
    let quotient = a / b
    return (a % b != 0 && (a < 0) != (b < 0)) ? quotient - 1 : quotient
}

extension PairSummary {
    /// The pair's key as events give it (`CHN-USA`).
    var key: String { actors.joined(separator: "-") }
}
