/// One edge of the relationship graph: a pair of actors and its events.
struct PairSummary {
    let actors: [String]
    let events: [TimelineEvent]

    var first: FuzzyDate { events.map(\.date).min()! }
    var last: FuzzyDate { events.map { $0.end ?? $0.date }.max()! }
    var meanGoldstein: Double { events.map(\.goldstein).reduce(0, +) / Double(events.count) }
    /// The SVG group id; Graphviz escapes `-` in ids, so none is used.
    var id: String { "pair_" + actors.joined(separator: "_") }
}

/// `graph.dot`: actors as nodes, one edge per pair. Edge width grows with the number of events;
/// colour shows the mean Goldstein value from conflict (red) through neutral (grey) to
/// cooperation (green); the label gives the count and the first and last date. Nodes and edges
/// are written sorted and the graph is named, so layouts and ids are stable.
enum GraphDOT {
    static let font = "DejaVu Sans"

    static func pairs(of events: [TimelineEvent]) -> [PairSummary] {
        var byPair: [String: [TimelineEvent]] = [:]
        for event in events { byPair[event.pair, default: []].append(event) }
        return byPair.keys.sorted().map { PairSummary(actors: byPair[$0]![0].actors, events: byPair[$0]!) }
    }

    /// `largeGraph` draws straight edges: spline routing around labels takes sfdp half a
    /// minute on 2,000 edges and well under a second without it.
    static func render(_ timeline: Timeline, names: ActorNaming, largeGraph: Bool = false) -> String {
        let pairs = pairs(of: timeline.events)
        var degree: [String: Int] = [:]
        for pair in pairs { for code in pair.actors { degree[code, default: 0] += pair.events.count } }
        let maxDegree = max(degree.values.max() ?? 1, 1)

        var lines: [String] = []
        lines.append("graph \"dyad\" {")
        lines.append("  graph [fontname=\"\(font)\", fontsize=11, bgcolor=\"white\", pad=\"0.3\", nodesep=\"0.6\", ranksep=\"1.2\", overlap=\"false\", splines=\"\(largeGraph ? "false" : "true")\", outputorder=\"edgesfirst\", rankdir=\"LR\"];")
        lines.append("  node [fontname=\"\(font)\", shape=\"box\", style=\"rounded,filled\", fillcolor=\"#eef2f8\", color=\"#4a5a78\", fontcolor=\"#1d2433\"];")
        lines.append("  edge [fontname=\"\(font)\", fontsize=10, fontcolor=\"#333333\"];")
        for code in degree.keys.sorted() {
            let count = degree[code]!
            let size = 11 + Int((Double(count) / Double(maxDegree)) * 7)
            let label = names.label(code)
            let tooltip = "\(code) · \(label): \(count) event\(count == 1 ? "" : "s")"
            lines.append("  \"\(Escape.dot(code))\" [id=\"\(nodeID(code))\", label=\"\(Escape.dot(label))\", fontsize=\(size), tooltip=\"\(Escape.dot(tooltip, tooltip: true))\"];")
        }
        for pair in pairs {
            let count = pair.events.count
            let span = pair.first == pair.last ? pair.first.iso : "\(pair.first.iso) – \(pair.last.iso)"
            let label = "\(count) event\(count == 1 ? "" : "s")\n\(span)"
            let width = 1.0 + min(Double(count), 12) * 0.75
            lines.append("  \"\(Escape.dot(pair.actors[0]))\" -- \"\(Escape.dot(pair.actors[1]))\" [id=\"\(pair.id)\", label=\"\(Escape.dot(label))\", penwidth=\(format(width)), color=\"\(colour(goldstein: pair.meanGoldstein))\", tooltip=\"\(Escape.dot(tooltip(pair, names: names), tooltip: true))\"];")
        }
        if !pairs.isEmpty {
            lines.append("  subgraph \"cluster_legend\" {")
            lines.append("    label=\"Legend\"; fontsize=10; color=\"#bbbbbb\"; style=\"rounded\";")
            let legend = "Edge width: number of events\\lEdge colour: mean Goldstein score\\l  red = conflict, grey = neutral,\\l  green = cooperation\\lLabel: events, first – last date\\l"
            lines.append("    \"legend\" [id=\"legend\", shape=\"plaintext\", style=\"\", fontsize=9, label=\"\(legend)\"];")
            lines.append("  }")
        }
        lines.append("}")
        return lines.joined(separator: "\n") + "\n"
    }

    static func nodeID(_ code: String) -> String { "actor_" + code }

    /// What a node's `<title>` says: the actor and the pairs it is in.
    static func nodeTitle(_ code: String, pairs: [PairSummary], names: ActorNaming) -> String {
        let own = pairs.filter { $0.actors.contains(code) }
        let count = own.reduce(0) { $0 + $1.events.count }
        var lines = ["\(names.label(code)) (\(code)): \(count) event\(count == 1 ? "" : "s")"]
        for pair in own {
            let other = pair.actors[0] == code ? pair.actors[1] : pair.actors[0]
            lines.append("with \(names.label(other)): \(pair.events.count)")
        }
        return lines.joined(separator: "\n")
    }

    /// The events behind an edge, one per line, for its tooltip and SVG `<title>`.
    static func tooltip(_ pair: PairSummary, names: ActorNaming) -> String {
        var lines = ["\(names.label(pair.actors[0])) – \(names.label(pair.actors[1])): \(pair.events.count) event\(pair.events.count == 1 ? "" : "s")"]
        for event in pair.events.prefix(20) {
            let summary = event.summary.count > 90 ? String(event.summary.prefix(90)) + "…" : event.summary
            lines.append("\(event.date.iso) \(event.type.rawValue): \(summary)")
        }
        if pair.events.count > 20 { lines.append("… and \(pair.events.count - 20) more") }
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

    private static func hex(_ value: Int) -> String {
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
