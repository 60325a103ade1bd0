import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
@testable import DyadText
@testable import DyadResources
@testable import DyadModel
@testable import DyadReading
@testable import DyadCleaning
@testable import DyadActors
@testable import DyadDates
@testable import DyadEvents
@testable import DyadMerging
@testable import DyadRendering
@testable import DyadPipeline
@testable import DyadTestSupport

/// The pictures and the page at archive scale (issue 24): `timeline.svg` of bounded size drawn
/// one by one or by period, the graph's log scale and its strongest pairs, `timeline.html`
/// drawing rows on demand.
@Suite("Rendering at scale: bounded pictures, log-scaled graph, rows on demand", .serialized)
struct ScaleTests {
    static let codes = ["USA", "CHN", "RUS", "JPN", "KOR", "PRK", "IND", "FRA", "DEU", "UKR", "IRN", "VNM", "IDN", "AUS",
                        "GBR", "THA", "ITA", "ESP", "CAN", "BRA", "MEX", "TUR", "SAU", "ISR", "EGY", "ZAF", "NGA", "PAK",
                        "POL", "SWE", "NOR", "FIN", "NLD", "BEL", "CHE", "AUT", "GRC", "PHL", "MYS", "SGP", "NZL", "ARG"]

    /// `count` events over `pairs` pairs (the first pairs much busier than the last) and about
    /// `years` years, deterministic.
    static func timeline(events count: Int, pairs: Int, years: Int = 6) -> Timeline {
        var pairList: [[String]] = []
        outer: for (index, first) in codes.enumerated() {
            for second in codes[(index + 1)...] {
                pairList.append([first, second].sorted())
                if pairList.count == pairs { break outer }
            }
        }
        let types: [EventType] = [.talks, .call, .visit, .statement, .sanction]
        var state: UInt64 = 42
        func next() -> Int { state = state &* 6364136223846793005 &+ 1442695040888963407; return Int(state >> 33) }
        let start = CalendarDate(year: 2018, month: 1, day: 1)!.dayNumber
        var events: [TimelineEvent] = []
        for index in 0..<count {
            // Every pair has an event; the first pairs have many more than the last.
            let lane = index < pairList.count ? index : (next() % pairList.count) * (next() % pairList.count) / pairList.count
            let day = CalendarDate(dayNumber: start + next() % (365 * years))
            let type = types[next() % types.count]
            let mention = EventMention(document: "a\(index % 97).txt", line: index % 40 + 1, text: "Câu \(index) </script><b>x</b>")
            events.append(TimelineEvent(
                id: "", date: FuzzyDate(day), end: nil, basis: .published, actors: pairList[lane], type: type, cameo: "040",
                goldstein: Double(next() % 21 - 10) / 2, future: false, summary: "Sự kiện \(index) & <i>", participants: [],
                topics: [], location: nil, mentions: [mention], lowConfidence: false))
        }
        events.sort { ($0.date, $0.pair) < ($1.date, $1.pair) }
        for index in events.indices { events[index].id = "e\(index + 1)" }
        return Timeline(events: events, documents: [], actors: [], problems: [])
    }

    func render(_ timeline: Timeline, _ formats: [OutputFormat]) throws -> [String: String] {
        let outputs = try OutputSet(timeline: timeline, gazetteer: Support.resources.gazetteer, options: RenderOptions(formats: formats))
        return Dictionary(uniqueKeysWithValues: try outputs.files.map { ($0.name, String(decoding: try $0.contents(), as: UTF8.self)) })
    }

    /// The `width` and `height` attributes of an SVG's root element, in pixels (points count as
    /// 4/3 pixels).
    func size(_ svg: String) throws -> (width: Double, height: Double) {
        let root = try #require(svg.components(separatedBy: "<svg").dropFirst().first?.components(separatedBy: ">").first)
        func value(_ name: String) throws -> Double {
            let text = try #require(root.components(separatedBy: " \(name)=\"").dropFirst().first?.components(separatedBy: "\"").first)
            let number = try #require(Double(text.replacingOccurrences(of: "pt", with: "")))
            return text.hasSuffix("pt") ? number * 4 / 3 : number
        }
        return (try value("width"), try value("height"))
    }

    func isWellFormedXML(_ text: String) -> Bool {
        let parser = XMLParser(data: Data(text.utf8))
        parser.shouldResolveExternalEntities = false
        return parser.parse()
    }

    @Test(arguments: [(5, 3), (500, 12), (50_000, 120)])
    func timelineSVGStaysWithinAPage(events: Int, pairs: Int) throws {
        let timeline = Self.timeline(events: events, pairs: pairs)
        let svg = try #require(try render(timeline, [.timelineSVG])["timeline.svg"])
        #expect(isWellFormedXML(svg))
        let (width, height) = try size(svg)
        #expect(width <= Double(TimelineSVG.maxWidth) && height <= 4_000, "\(width) × \(height)")
        #expect(svg.utf8.count < 2_000_000, "\(svg.utf8.count) bytes")
        let drawnOneByOne = svg.components(separatedBy: "<circle ").count - 1
        if events <= 5 {
            #expect(drawnOneByOne == events)
        } else {
            #expect(drawnOneByOne == 0)
            #expect(svg.contains("bars: events per "))
        }
        if pairs > TimelineSVG.maxLanes {
            #expect(svg.contains(">\(pairs - TimelineSVG.maxLanes + 1) other pairs ("))
        }
    }

    @Test func periodsAreChosenFromTheSpan() {
        let day = CalendarDate(year: 2020, month: 1, day: 1)!.dayNumber
        #expect(TimelineSVG.period(for: [day, day + 20], plotWidth: 900).0 == .day)
        #expect(TimelineSVG.period(for: Array(stride(from: day, to: day + 700, by: 3)), plotWidth: 900).0 == .week)
        #expect(TimelineSVG.period(for: Array(stride(from: day, to: day + 3_650, by: 3)), plotWidth: 900).0 == .month)
        #expect(TimelineSVG.period(for: Array(stride(from: day, to: day + 36_500, by: 5)), plotWidth: 900).0 == .year)
        // Weeks start on Monday; periods number consecutively.
        let monday = CalendarDate(year: 2024, month: 1, day: 1)!
        #expect(TimelineSVG.Period.week.start(TimelineSVG.Period.week.index(monday.adding(days: 6))) == monday)
        #expect(TimelineSVG.Period.month.index(CalendarDate(year: 2024, month: 1, day: 5)!) - TimelineSVG.Period.month.index(CalendarDate(year: 2023, month: 12, day: 31)!) == 1)
        #expect(TimelineSVG.Period.quarter.name(TimelineSVG.Period.quarter.index(monday)) == "2024 Q1")
    }

    @Test func graphEdgesAreScaledLogarithmically() {
        #expect(GraphDOT.penWidth(events: 1) == 1)
        #expect(GraphDOT.penWidth(events: 10_000) - GraphDOT.penWidth(events: 15) > 5)
        #expect(GraphDOT.alpha(events: 15) != GraphDOT.alpha(events: 10_000))
        #expect(GraphDOT.alpha(events: 10_000) == "ff")
    }

    @Test func largeGraphsShowTheirStrongestPairsAndSayWhatWasLeftOut() throws {
        let timeline = Self.timeline(events: 3_000, pairs: 400, years: 3)
        let files = try render(timeline, [.dot, .svg])
        let dot = try #require(files["graph.dot"])
        let edges = dot.components(separatedBy: " -- ").count - 1
        #expect(edges <= GraphDOT.maxEdges)
        #expect(dot.contains("left out, all in graph.gexf"))
        #expect(!dot.contains("label=\"1 event"), "edges of a large graph are not labelled")
        let svg = try #require(files["graph.svg"])
        let (width, height) = try size(svg)
        #expect(width <= 4_000 && height <= 4_000, "\(width) × \(height)")
    }

    @Test func relationGraphsAreLaidOutForceDirected() {
        #expect(GraphvizRenderer.engine(forNodes: 4, edges: 3) == "neato")
        #expect(GraphvizRenderer.engine(forNodes: 22, edges: 60) == "neato")
        #expect(GraphvizRenderer.engine(forNodes: 200, edges: 120) == "sfdp")
    }

    @Test func largePagesDrawRowsOnDemandFromEscapedData() throws {
        let timeline = Self.timeline(events: TimelineHTML.staticRows + 500, pairs: 20)
        let html = try #require(try render(timeline, [.html])["timeline.html"])
        #expect(!html.contains("<tr id=\"e"), "no row is in the page")
        #expect(html.contains("<script type=\"application/json\" id=\"event-data\">"))
        // Article text cannot close the data block or become markup.
        #expect(!html.contains("</script><b>"))
        #expect(html.contains("\\u003c/script\\u003e\\u003cb\\u003ex"))
        #expect(!html.contains("src=\"http"))
        let data = try #require(html.components(separatedBy: "id=\"event-data\">\n").dropFirst().first?.components(separatedBy: "\n</script>").first)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(data.utf8)) as? [String: Any])
        let events = try #require(object["events"] as? [[Any]])
        #expect(events.count == timeline.events.count)
        #expect(events[0][0] as? String == "e1")
        #expect((events[0][5] as? String)?.hasSuffix("& <i>") == true)
        // The zoom's data holds the events in the data's order; beyond 30 pairs the last lane is shared.
        let zoom = try #require(try render(Self.timeline(events: TimelineHTML.staticRows + 500, pairs: 40), [.html])["timeline.html"])
        let zoomBlock = try #require(zoom.components(separatedBy: "id=\"zoom-data\">\n").dropFirst().first?.components(separatedBy: "\n</script>").first)
        let zoomData = try #require(try JSONSerialization.jsonObject(with: Data(zoomBlock.utf8)) as? [String: Any])
        let lanes = try #require(zoomData["lanes"] as? [[String]])
        #expect(lanes.count == TimelineSVG.maxLanes && lanes.last?[0] == "other" && lanes.last?[1] == "11 other pairs")
        #expect((zoomData["events"] as? [[Int]])?.count == TimelineHTML.staticRows + 500)
        #expect((zoomData["pairs"] as? [[Any]])?.filter { $0[1] as? Int == TimelineSVG.maxLanes - 1 }.count == 11)
        // A small page keeps its rows.
        let small = try #require(try render(Self.timeline(events: 50, pairs: 3), [.html])["timeline.html"])
        #expect(small.contains("<tr id=\"e1\" data-pair="))
        #expect(!small.contains("event-data"))
    }

    static let awkward = ["", "plain", "a & b < c > d \" e ' f", "tab\tline\ncr\r", "\u{1}\u{8}\u{1B}\u{7F}", "Việt Nam — “quote”",
                          "\u{FFFE}\u{FFFF}\u{FFFD}", "\u{202E}cba\u{202C} \u{2066}x\u{2069} \u{200E}\u{200F}\u{61C}", "emoji 🇻🇳 ứ", "\u{2028}",
                          "=SUM(A1)", "-1", "+x", "@x", "\tx", "\rx", "a,b", "say \"hi\"", "\u{202E}=cmd", "| pipe | *bold* _it_ [l](u) <b> #h ~s~ `c` \\",
                          "line\none", "Bắc Kinh, ngày 18/6"]

    @Test func byteEscapingMatchesTheStringEscapers() {
        for text in Self.awkward {
            var xml = ByteText(), cell = ByteText(), field = ByteText()
            xml.xml(text)
            cell.markdownCell(text)
            field.csvField(text)
            #expect(String(decoding: xml.bytes, as: UTF8.self) == Reference.xml(text), "\(text.debugDescription)")
            #expect(Escape.xml(text) == Reference.xml(text), "\(text.debugDescription)")
            #expect(String(decoding: cell.bytes, as: UTF8.self) == Reference.markdownCell(text), "\(text.debugDescription)")
            #expect(String(decoding: field.bytes, as: UTF8.self) == Reference.csv(text), "\(text.debugDescription)")
        }
        var number = ByteText()
        for value in [0, 7, 10, 99, 1_000, -42, Int.max, Int.min] { number.add(value); number.add(" ") }
        #expect(String(decoding: number.bytes, as: UTF8.self) == "0 7 10 99 1000 -42 \(Int.max) \(Int.min) ")
    }

    @Test func timelineJSIsWhatJSONEncoderWrites() throws {
        let names = ActorNaming(gazetteer: Support.resources.gazetteer, language: .en)
        for timeline in [Support.sampleTimeline, Self.timeline(events: 4_500, pairs: 7),
                         Timeline(events: [], documents: [], actors: [], problems: [])] {
            #expect(TimelineJS.render(timeline, names: names) == (try TimelineJS.encoded(timeline, names: names)))
        }
    }

    /// The escapers as they were written over `String`s and `Character`s before issue 24.
    enum Reference {
        static func xml(_ text: String) -> String {
            var output = ""
            for scalar in text.unicodeScalars {
                switch scalar {
                case "&": output += "&amp;"
                case "<": output += "&lt;"
                case ">": output += "&gt;"
                case "\"": output += "&quot;"
                case "'": output += "&#39;"
                case "\n", "\t": output.unicodeScalars.append(scalar)
                default: appendSafe(scalar, to: &output)
                }
            }
            return output
        }

        static func appendSafe(_ scalar: Unicode.Scalar, to output: inout String) {
            switch scalar.value {
            case 0..<0x20, 0x7F: output += " "
            case 0xFFFE, 0xFFFF: output += "\u{FFFD}"
            default: if !Escape.isBidiControl(scalar) { output.unicodeScalars.append(scalar) }
            }
        }

        static func plain(_ text: String) -> String {
            var output = ""
            for scalar in text.unicodeScalars {
                if "\n\r\t".unicodeScalars.contains(scalar) { output.unicodeScalars.append(scalar) } else { appendSafe(scalar, to: &output) }
            }
            return output
        }

        static func markdownCell(_ text: String) -> String {
            var output = ""
            for character in plain(text) {
                switch character {
                case "|": output += "\\|"
                case "\\", "`", "*", "_", "[", "]", "<", ">", "#", "~": output += "\\" + String(character)
                case "\n", "\r\n", "\r": output += " "
                default: output.append(character)
                }
            }
            return output
        }

        static func csv(_ text: String) -> String {
            var value = plain(text)
            if let first = value.first, ["=", "+", "-", "@", "\t", "\r"].contains(first) { value = "'" + value }
            if value.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) {
                return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
            }
            return value
        }
    }
}
