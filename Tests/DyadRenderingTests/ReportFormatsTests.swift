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

/// The formats for reports and other tools: GEXF, TimelineJS, the drawn timeline and the HTML page.
@Suite("Rendering: GEXF, TimelineJS, timeline.svg and timeline.html", .serialized)
struct ReportFormatsTests {
    static var timeline: Timeline { Support.sampleTimeline }

    func render(_ format: OutputFormat) throws -> String {
        let outputs = try OutputSet(timeline: Self.timeline, gazetteer: Support.resources.gazetteer, options: RenderOptions(formats: [format]))
        return String(decoding: try #require(outputs.files.first).contents(), as: UTF8.self)
    }

    func isWellFormedXML(_ text: String) -> Bool {
        let parser = XMLParser(data: Data(text.utf8))
        parser.shouldResolveExternalEntities = false
        return parser.parse()
    }

    @Test func theFixtureHasWhatTheFormatsMustShow() {
        let events = Self.timeline.events
        #expect(Set(events.map(\.pair)) == ["CHN-USA", "CHN-RUS", "IND-RUS"])
        #expect(events.contains { $0.end != nil })
        #expect(events.contains { $0.date.precision == .month })
        #expect(events.contains { $0.future })
    }

    @Test func gexfHasOneWeightedEdgePerPair() throws {
        let gexf = try render(.gexf)
        #expect(isWellFormedXML(gexf))
        #expect(gexf.contains("xmlns=\"http://gexf.net/1.3\""))
        #expect(gexf.contains("<edge id=\"CHN-USA\" source=\"CHN\" target=\"USA\" weight=\"2\""))
        #expect(gexf.components(separatedBy: "<edge ").count - 1 == 3)
        #expect(gexf.components(separatedBy: "<node ").count - 1 == 4)
        #expect(gexf.contains("<attvalue for=\"first\" value=\"2023-05-03\"/><attvalue for=\"last\" value=\"2023-06-19\"/>"))
    }

    @Test func timelineJSKeepsPrecisionSpansAndGroups() throws {
        let data = Data(try render(.timelineJS).utf8)
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let events = try #require(object["events"] as? [[String: Any]])
        #expect(events.count == Self.timeline.events.count)
        let month = try #require(events.first { ($0["start_date"] as? [String: String])?["month"] == "4" })
        #expect((month["start_date"] as? [String: String])?["day"] == nil)
        let span = try #require(events.first { $0["end_date"] != nil })
        #expect((span["end_date"] as? [String: String])?["day"] == "19")
        #expect((span["display_date"] as? String)?.contains("2023-06-18 – 2023-06-19") == true)
        #expect(Set(events.compactMap { $0["group"] as? String }).count == 3)
        let text = events.compactMap { ($0["text"] as? [String: String])?["text"] }.joined()
        #expect(!text.contains("<script>"))
        #expect(text.contains("&lt;script&gt;"))
    }

    @Test func timelineSVGHasALanePerPairAndAMarkPerEvent() throws {
        let svg = try render(.timelineSVG)
        #expect(isWellFormedXML(svg))
        #expect(svg.components(separatedBy: "<circle ").count - 1 == Self.timeline.events.count)
        #expect(svg.contains(">China – United States</text>"))
        #expect(svg.contains(">China – Russia</text>"))
        #expect(svg.contains(">04/2023</text>"), "a month-only date is labelled as a month")
        #expect(svg.contains("fill=\"white\" stroke="), "a planned event is hollow")
        #expect(!svg.contains("<script"))
    }

    @Test func timelineSVGCompressesLongGaps() {
        let days = [0, 10, 1_000, 1_005]
        let (x, breaks) = TimelineSVG.positions(days)
        #expect(breaks.count == 1)
        #expect(x[1_000]! - x[10]! < x[10]! - x[0]! + 100)
        #expect(x[10]! > x[0]! && x[1_005]! > x[1_000]!)
    }

    @Test func htmlPageIsSelfContainedEscapedAndFilterable() throws {
        let html = try render(.html)
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        #expect(html.components(separatedBy: "<svg").count - 1 == 2, "the graph and the timeline are inline")
        #expect(!html.contains("<script>alert"))
        #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(!html.contains("\" onload=\"x"))
        // No network: nothing is loaded from elsewhere; only the article's own URL is linked.
        #expect(!html.contains("src=\"http"))
        #expect(html.contains("href=\"https://example.com/a?x=1&amp;y=&lt;2&gt;\""))
        // Every event is a row carrying its pair and type for the filter, with its sentence.
        for event in Self.timeline.events {
            #expect(html.contains("<tr id=\"\(event.id)\" data-pair=\"\(event.pair)\" data-type=\"\(event.type.rawValue)\">"))
            #expect(html.contains("id=\"\(event.id)-m1\""))
        }
        #expect(html.contains("<option value=\"CHN-USA\">"))
    }

    /// The JSON block of the zoomable timeline, parsed.
    static func zoomData(_ html: String) throws -> [String: Any] {
        let block = try #require(html.components(separatedBy: "id=\"zoom-data\">\n").dropFirst().first?.components(separatedBy: "\n</script>").first)
        #expect(!block.contains("<") && !block.contains(">"), "no markup, nor anything that could close the block")
        return try #require(try JSONSerialization.jsonObject(with: Data(block.utf8)) as? [String: Any])
    }

    @Test func htmlPageZoomsItsTimelineFromItsOwnData() throws {
        let html = try render(.html)
        // The controls (buttons, a focusable chart for the keys) and the script that draws it.
        for action in ["in", "out", "earlier", "later", "all"] { #expect(html.contains("<button type=\"button\" data-zoom=\"\(action)\"")) }
        #expect(html.contains("<div id=\"zoom-chart\" tabindex=\"0\""))
        #expect(html.contains("function dyadZoom(data, hooks)"))
        for handler in ["'wheel'", "'keydown'", "'pointerdown'", "'click'"] { #expect(html.contains("chart.addEventListener(\(handler)")) }
        // Without script, the static picture.
        let fallback = try #require(html.components(separatedBy: "<noscript>\n").dropFirst().first?.components(separatedBy: "</noscript>").first)
        #expect(fallback.hasPrefix("<svg ") && fallback.contains("Bilateral events"))
        // Text reaches the page as text only.
        for sink in ["innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval("] { #expect(!html.contains(sink)) }
        // The data: the events in the rows' order, each with its days, pair, type and flags.
        let data = try Self.zoomData(html)
        let start = try #require(data["start"] as? Int)
        let pairs = try #require(data["pairs"] as? [[Any]]), types = try #require(data["types"] as? [String])
        let lanes = try #require(data["lanes"] as? [[String]])
        let events = try #require(data["events"] as? [[Int]])
        #expect(lanes.map { $0[0] } == ["CHN-RUS", "CHN-USA", "IND-RUS"])
        #expect(events.count == Self.timeline.events.count)
        for (event, entry) in zip(Self.timeline.events, events) {
            #expect(start + entry[0] == event.date.firstDay.dayNumber)
            #expect(start + entry[0] + entry[1] == (event.end ?? event.date).lastDay.dayNumber)
            #expect(pairs[entry[2]][0] as? String == event.pair && lanes[pairs[entry[2]][1] as! Int][0] == event.pair)
            #expect(types[entry[3]] == event.type.rawValue)
            #expect(entry[5] & 1 == (event.future ? 1 : 0))
        }
        #expect(events.contains { $0[1] > 0 }, "a span or a month covers more than a day")
    }

    @Test func javascriptURLsAreNeverLinked() throws {
        let document = Support.document("Ngày 3/5, Mỹ hội đàm với Trung Quốc.", published: "2023-05-04", url: "javascript:alert(1)")
        let outputs = try OutputSet(timeline: Support.timeline([document]), gazetteer: Support.resources.gazetteer,
                                    options: RenderOptions(formats: [.html]))
        let html = String(decoding: try #require(outputs.files.first).contents(), as: UTF8.self)
        #expect(!html.contains("javascript:alert"))
    }
}
