import DyadText
import DyadResources
import DyadModel
import DyadReading
import DyadCleaning
import DyadActors
import DyadDates
import DyadEvents
import DyadMerging

/// `graph.gexf`: the relationship graph in GEXF 1.3 for Gephi. Nodes are actors with their
/// event counts; each undirected edge is a pair with its weight (number of events), its colour
/// (the same Goldstein scale as `graph.svg`), mean Goldstein value and first and last dates.
/// No modification date is written, so the file is byte-identical for the same inputs.
enum GraphGEXF {
    static func render(_ timeline: Timeline, names: ActorNaming) -> String {
        let pairs = GraphDOT.pairs(of: timeline.events)
        var degree: [String: Int] = [:]
        for pair in pairs { for code in pair.actors { degree[code, default: 0] += pair.count } }
        var lines = [
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>",
            "<gexf xmlns=\"http://gexf.net/1.3\" xmlns:viz=\"http://gexf.net/1.3/viz\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xsi:schemaLocation=\"http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd\" version=\"1.3\">",
            "  <meta>",
            "    <creator>Dyad</creator>",
            "    <description>Bilateral diplomatic events between actors: \(timeline.events.count) events, \(pairs.count) pairs</description>",
            "  </meta>",
            "  <graph mode=\"static\" defaultedgetype=\"undirected\">",
            "    <attributes class=\"node\">",
            "      <attribute id=\"events\" title=\"events\" type=\"integer\"/>",
            "      <attribute id=\"code\" title=\"code\" type=\"string\"/>",
            "    </attributes>",
            "    <attributes class=\"edge\">",
            "      <attribute id=\"first\" title=\"first date\" type=\"string\"/>",
            "      <attribute id=\"last\" title=\"last date\" type=\"string\"/>",
            "      <attribute id=\"goldstein\" title=\"mean Goldstein\" type=\"double\"/>",
            "      <attribute id=\"types\" title=\"event types\" type=\"string\"/>",
            "    </attributes>",
            "    <nodes>",
        ]
        for code in degree.keys.sorted() {
            lines.append("      <node id=\"\(Escape.xml(code))\" label=\"\(Escape.xml(names.label(code)))\">")
            lines.append("        <attvalues><attvalue for=\"events\" value=\"\(degree[code]!)\"/><attvalue for=\"code\" value=\"\(Escape.xml(code))\"/></attvalues>")
            lines.append("        <viz:size value=\"\(10 + degree[code]!)\"/>")
            lines.append("      </node>")
        }
        lines.append("    </nodes>")
        lines.append("    <edges>")
        for pair in pairs {
            let rgb = GraphDOT.rgb(goldstein: pair.meanGoldstein)
            let types = pair.types.sorted().joined(separator: ",")
            let count = pair.count
            lines.append("      <edge id=\"\(Escape.xml(pair.actors.joined(separator: "-")))\" source=\"\(Escape.xml(pair.actors[0]))\" target=\"\(Escape.xml(pair.actors[1]))\" weight=\"\(count)\" label=\"\(count) event\(count == 1 ? "" : "s")\">")
            lines.append("        <attvalues><attvalue for=\"first\" value=\"\(pair.first.iso)\"/><attvalue for=\"last\" value=\"\(pair.last.iso)\"/><attvalue for=\"goldstein\" value=\"\(GraphDOT.format(pair.meanGoldstein))\"/><attvalue for=\"types\" value=\"\(Escape.xml(types))\"/></attvalues>")
            lines.append("        <viz:color r=\"\(rgb[0])\" g=\"\(rgb[1])\" b=\"\(rgb[2])\"/>")
            lines.append("        <viz:thickness value=\"\(count)\"/>")
            lines.append("      </edge>")
        }
        lines += ["    </edges>", "  </graph>", "</gexf>"]
        return lines.joined(separator: "\n") + "\n"
    }
}
