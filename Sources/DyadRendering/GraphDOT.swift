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

/// One edge of the relationship graph: a pair of actors and what the pictures say of its
/// events, gathered in one pass over them (a copy of every event, per pair, would double a large
/// timeline's memory).
struct PairSummary {
    let actors: [String]
    /// How many events the pair has.
    private(set) var count = 0
    /// The earliest date, and the latest date or end.
    private(set) var first: FuzzyDate
    private(set) var last: FuzzyDate
    private var goldsteinSum = 0.0
    /// The types of its events.
    private(set) var types: Set<String> = []
    /// The positions of its first events, in timeline order, as many as a tooltip lists.
    private(set) var sample: [Int] = []
    static let sampleSize = 20

    /// A pair of `event` (an outline will do), at `position` in the timeline.
    init(_ event: TimelineEvent, at position: Int) {
        actors = event.actors
        (first, last) = (event.date, event.end ?? event.date)
        add(event, at: position)
    }

    /// Counts `event` in (the first one too, after ``init(_:at:)``).
    mutating func add(_ event: TimelineEvent, at position: Int) {
        count += 1
        if event.date < first { first = event.date }
        if last < event.end ?? event.date { last = event.end ?? event.date }
        goldsteinSum += event.goldstein
        types.insert(event.type.rawValue)
        if sample.count < Self.sampleSize { sample.append(position) }
    }

    var meanGoldstein: Double { goldsteinSum / Double(count) }
    /// The SVG group id; Graphviz escapes `-` in ids, so none is used.
    var id: String { "pair_" + actors.joined(separator: "_") }
}

/// `graph.dot`: actors as nodes, one edge per pair. Edge width grows with the number of events;
/// colour shows the mean Goldstein value from conflict (red) through neutral (grey) to
/// cooperation (green); the label gives the count and the first and last date. Nodes and edges
/// are written sorted and the graph is named, so layouts and ids are stable.
enum GraphDOT {
    static let font = "DejaVu Sans"

    /// Every pair's summary, in key order, from the events' outlines.
    static func pairs(of events: TimelineEvents) -> [PairSummary] {
        var byPair: [String: PairSummary] = [:]
        for (index, event) in events.outlines.enumerated() {
            let pair = event.pair
            if byPair[pair] == nil { byPair[pair] = PairSummary(event, at: index) } else { byPair[pair]!.add(event, at: index) }
        }
        return byPair.keys.sorted().map { byPair[$0]! }
    }

    /// The most pairs and actors drawn. A larger graph shows its strongest pairs (most events,
    /// ties by key) and says in its legend what was left out; `graph.gexf` holds every pair.
    static let maxEdges = 120, maxNodes = 60
    /// Above this many pairs edges are not labelled (their tooltips still list the events).
    static let maxLabelledEdges = 30

    /// The pairs drawn: all of them, or the strongest that fit ``maxEdges`` and ``maxNodes``.
    static func shown(_ pairs: [PairSummary]) -> [PairSummary] {
        guard pairs.count > maxEdges || Set(pairs.flatMap(\.actors)).count > maxNodes else { return pairs }
        let ranked = pairs.sorted { $0.count != $1.count ? $0.count > $1.count : $0.key < $1.key }
        var kept: [PairSummary] = []
        var nodes = Set<String>()
        for pair in ranked where kept.count < maxEdges {
            let added = pair.actors.filter { !nodes.contains($0) }.count
            if nodes.count + added > maxNodes { continue }
            kept.append(pair)
            nodes.formUnion(pair.actors)
        }
        return kept.sorted { $0.key < $1.key }
    }

    /// An edge's width in points: logarithmic in its events, so that 15 and 10,000 differ
    /// (1 event 1 pt, 10 3.2, 100 5.4, 1,000 7.6, 10,000 9.8).
    static func penWidth(events count: Int) -> Double { 1 + 2.2 * log10(Double(max(count, 1))) }

    /// An edge's opacity (as two hex digits): faint for a single event, solid from 1,000.
    static func alpha(events count: Int) -> String {
        let value = 0.45 + 0.55 * min(1, log10(Double(max(count, 1))) / 3)
        return hex(Int((value * 255).rounded()))
    }

    /// `largeGraph` draws straight edges: spline routing around labels takes sfdp half a
    /// minute on 2,000 edges and well under a second without it.
    static func render(_ timeline: Timeline, names: ActorNaming, largeGraph: Bool = false) -> String {
        let all = pairs(of: timeline.events)
        let pairs = shown(all)
        var degree: [String: Int] = [:]
        for pair in pairs { for code in pair.actors { degree[code, default: 0] += pair.count } }
        let maxDegree = max(degree.values.max() ?? 1, 1)
        let labelled = pairs.count <= maxLabelledEdges

        var lines: [String] = []
        lines.append("graph \"dyad\" {")
        lines.append("  graph [fontname=\"\(font)\", fontsize=11, bgcolor=\"white\", pad=\"0.3\", nodesep=\"0.6\", ranksep=\"1.2\", overlap=\"false\", sep=\"+10\", splines=\"\(largeGraph ? "false" : "true")\", outputorder=\"edgesfirst\", mindist=\"1.2\"];")
        lines.append("  node [fontname=\"\(font)\", shape=\"box\", style=\"rounded,filled\", fillcolor=\"#eef2f8\", color=\"#4a5a78\", fontcolor=\"#1d2433\"];")
        lines.append("  edge [fontname=\"\(font)\", fontsize=10, fontcolor=\"#333333\", len=\"\(labelled ? "2.2" : "1.6")\"];")
        for code in degree.keys.sorted() {
            let count = degree[code]!
            let size = 11 + Int((log(Double(count) + 1) / log(Double(maxDegree) + 1)) * 7)
            let label = names.label(code)
            let tooltip = "\(code) · \(label): \(count) event\(count == 1 ? "" : "s")"
            lines.append("  \"\(Escape.dot(code))\" [id=\"\(nodeID(code))\", label=\"\(Escape.dot(label))\", fontsize=\(size), tooltip=\"\(Escape.dot(tooltip, tooltip: true))\"];")
        }
        for pair in pairs {
            let count = pair.count
            let span = pair.first == pair.last ? pair.first.iso : "\(pair.first.iso) – \(pair.last.iso)"
            let label = labelled ? "label=\"\(Escape.dot("\(grouped(count)) event\(count == 1 ? "" : "s")\n\(span)"))\", " : ""
            lines.append("  \"\(Escape.dot(pair.actors[0]))\" -- \"\(Escape.dot(pair.actors[1]))\" [id=\"\(pair.id)\", \(label)penwidth=\(format(penWidth(events: count))), color=\"\(colour(goldstein: pair.meanGoldstein))\(alpha(events: count))\", tooltip=\"\(Escape.dot(tooltip(pair, of: timeline.events, names: names), tooltip: true))\"];")
        }
        if !pairs.isEmpty {
            lines.append("  label=<\(legend(most: pairs.map(\.count).max() ?? 1, labelled: labelled, shown: pairs, all: all))>;")
            lines.append("  labelloc=\"b\"; labeljust=\"l\";")
        }
        lines.append("}")
        return lines.joined(separator: "\n") + "\n"
    }

    /// The legend, an HTML-like label under the graph (every engine draws it, where clusters
    /// are `dot`'s alone): sample edges of 1, 10, 100… events up to the largest drawn, the
    /// colour scale, and what was left out.
    static func legend(most: Int, labelled: Bool, shown: [PairSummary], all: [PairSummary]) -> String {
        var samples = [1]
        while samples.last! < most, samples.count < 6 { samples.append(samples.last! * 10) }
        // The title on a line of its own: Graphviz measures bold text as regular, so a bold word
        // followed by more text on its line ran into it.
        var rows = ["<TR><TD ALIGN=\"LEFT\"><B>Legend</B></TD></TR>",
                    "<TR><TD ALIGN=\"LEFT\">edge width and opacity: events of the pair (log scale)</TD></TR>"]
        rows.append("<TR><TD ALIGN=\"LEFT\"><TABLE ALIGN=\"LEFT\" BORDER=\"0\" CELLSPACING=\"6\" CELLPADDING=\"0\"><TR>" + samples.map { count in
            let height = max(1, Int(penWidth(events: count).rounded()))
            return "<TD><TABLE BORDER=\"0\" CELLSPACING=\"0\" CELLPADDING=\"1\"><TR><TD FIXEDSIZE=\"TRUE\" WIDTH=\"44\" HEIGHT=\"\(height)\" BGCOLOR=\"#8c8c8c\(alpha(events: count))\"></TD></TR><TR><TD>\(grouped(count))</TD></TR></TABLE></TD>"
        }.joined() + "</TR></TABLE></TD></TR>")
        let scale = [(-5.0, "conflict"), (0.0, "neutral"), (5.0, "cooperation")].map { value, name in
            "<FONT COLOR=\"\(colour(goldstein: value))\">■ \(name)</FONT>"
        }.joined(separator: " ")
        rows.append("<TR><TD ALIGN=\"LEFT\">edge colour: mean Goldstein score, \(scale)</TD></TR>")
        rows.append("<TR><TD ALIGN=\"LEFT\">\(labelled ? "edge label: events, first – last date; " : "")hover over an edge or actor for its events</TD></TR>")
        if shown.count < all.count {
            let allNodes = Set(all.flatMap(\.actors)).count, shownNodes = Set(shown.flatMap(\.actors)).count
            let left = all.count - shown.count
            let leftEvents = all.reduce(0) { $0 + $1.count } - shown.reduce(0) { $0 + $1.count }
            rows.append("<TR><TD ALIGN=\"LEFT\"><B>Showing the \(grouped(shown.count)) pairs with most events among \(grouped(shownNodes)) of \(grouped(allNodes)) actors; \(grouped(left)) pairs (\(grouped(leftEvents)) events) left out, all in graph.gexf</B></TD></TR>")
        }
        return "<TABLE BORDER=\"0\" CELLBORDER=\"0\" CELLSPACING=\"4\">" + rows.joined() + "</TABLE>"
    }

    static func nodeID(_ code: String) -> String { "actor_" + code }

    /// What a node's `<title>` says: the actor and the pairs it is in.
    static func nodeTitle(_ code: String, pairs: [PairSummary], names: ActorNaming) -> String {
        let own = pairs.filter { $0.actors.contains(code) }
        let count = own.reduce(0) { $0 + $1.count }
        var lines = ["\(names.label(code)) (\(code)): \(count) event\(count == 1 ? "" : "s")"]
        for pair in own {
            let other = pair.actors[0] == code ? pair.actors[1] : pair.actors[0]
            lines.append("with \(names.label(other)): \(pair.count)")
        }
        return lines.joined(separator: "\n")
    }

    /// The events behind an edge, one per line, for its tooltip and SVG `<title>`.
    static func tooltip(_ pair: PairSummary, of events: TimelineEvents, names: ActorNaming) -> String {
        var lines = ["\(names.label(pair.actors[0])) – \(names.label(pair.actors[1])): \(pair.count) event\(pair.count == 1 ? "" : "s")"]
        for event in pair.sample.map({ events[$0] }) {
            let summary = event.summary.count > 90 ? String(event.summary.prefix(90)) + "…" : event.summary
            lines.append("\(event.date.iso) \(event.type.rawValue): \(summary)")
        }
        if pair.count > 20 { lines.append("… and \(pair.count - 20) more") }
        return lines.joined(separator: "\n")
    }

    /// Red through grey to green as the mean Goldstein value goes from -5 (or less) to +5 (or more).
    static func colour(goldstein: Double) -> String {
        "#" + rgb(goldstein: goldstein).map { hex($0) }.joined()
    }

    /// The red, green and blue of ``colour(goldstein:)``, 0–255 each.
    static func rgb(goldstein: Double) -> [Int] {
        let t = max(-1, min(1, goldstein / 5))
        let grey = [140.0, 140.0, 140.0]
        let target = t < 0 ? [192.0, 57.0, 43.0] : [39.0, 140.0, 80.0]
        return zip(grey, target).map { Int(($0 + ($1 - $0) * abs(t)).rounded()) }
    }

    static func hex(_ value: Int) -> String {
        let digits = Array("0123456789abcdef")
        return String([digits[(value >> 4) & 15], digits[value & 15]])
    }

    /// A fixed two-decimal rendering, the same on every platform: `1.75`, `-0.40`.
    static func format(_ value: Double) -> String {
        let hundredths = Int((value * 100).rounded())
        let sign = hundredths < 0 ? "-" : ""
        return "\(sign)\(abs(hundredths) / 100).\(pad(abs(hundredths) % 100, 2))"
    }
}
