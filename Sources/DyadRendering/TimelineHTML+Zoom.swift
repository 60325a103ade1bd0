import Foundation
import DyadText
import DyadModel

/// The page's zoomable timeline: a picture the script draws from the events' dates (a lane per
/// pair, as in `timeline.svg`), from the whole span down to days. Zoomed out it draws bars per
/// day, week, month, quarter or year (the finest that fit, as `timeline.svg` does); when at most
/// ``zoomMarks`` matching events are in view, a mark per event. It follows the menus, and
/// choosing a mark or bar lists its events in the table (the address's `from`, `to` and `lane`);
/// the address's `view` keeps the span shown. The static `timeline.svg` stays in a
/// `<noscript>` for readers without script.
///
/// Its data is a JSON block of numbers and codes (``zoomData(_:_:pairs:names:)``), the same for
/// both kinds of page; article text never enters it.
extension TimelineHTML {
    static let zoomMarks = 300

    /// The zoom's place in the figure: its controls and the (empty) chart the script fills.
    static let zoomControls = """
        <div id="zoom" hidden>
        <div class="zoom-controls" role="toolbar" aria-label="Zoom the timeline" aria-controls="zoom-chart">
        <button type="button" data-zoom="in" title="zoom in (+)" aria-label="zoom in">+</button><button type="button" data-zoom="out" title="zoom out (−)" aria-label="zoom out">−</button>
        <button type="button" data-zoom="earlier" title="earlier (←)" aria-label="earlier">◀</button><button type="button" data-zoom="later" title="later (→)" aria-label="later">▶</button>
        <button type="button" data-zoom="all" title="the whole span (0)">all</button><button type="button" data-span="366">year</button><button type="button" data-span="31">month</button><button type="button" data-span="7">week</button>
        <span id="zoom-range" aria-live="polite"></span>
        </div>
        <div id="zoom-chart" tabindex="0" role="group" aria-label="Timeline: + and − zoom, arrows move, 0 shows everything; Ctrl and the wheel zoom, dragging moves; choosing a bar or mark lists its events"></div>
        <p class="zoom-help"><small>Ctrl + wheel or the buttons (keys + − ← → 0) zoom from years to days; drag to move; choose a bar or a dot to list its events below.</small></p>
        </div>

        """

    /// `{"start": first day (days since 1970-01-01), "lanes": [[key, label], …] ("other" for the
    /// lane the pairs beyond ``TimelineSVG/maxLanes`` share), "pairs": [[key, lane], …], "types":
    /// [...], "events": [[first day − start, last day − first day, pair, type, Goldstein × 10,
    /// flags (1 planned, 2 year inferred)], …]}`, events in timeline order (the rows' order).
    static func zoomData(_ html: inout ByteText, _ timeline: Timeline, pairs: [PairSummary], names: ActorNaming) {
        let lanes = TimelineSVG.lanes(pairs, names: names)
        var laneKeys = [String](repeating: "", count: lanes.labels.count)
        var laneLabels = laneKeys
        for pair in pairs where lanes.othersPairs == 0 || lanes.lane[pair.key]! < TimelineSVG.maxLanes - 1 {
            laneKeys[lanes.lane[pair.key]!] = pair.key
            laneLabels[lanes.lane[pair.key]!] = names.label(of: pair.actors)
        }
        if lanes.othersPairs > 0 {
            laneKeys[TimelineSVG.maxLanes - 1] = "other"
            laneLabels[TimelineSVG.maxLanes - 1] = "\(grouped(lanes.othersPairs)) other pairs"
        }
        let pairIndex = Dictionary(uniqueKeysWithValues: pairs.enumerated().map { ($1.key, $0) })
        let types = Set(timeline.events.outlines.map(\.type.rawValue)).sorted()
        let typeIndex = Dictionary(uniqueKeysWithValues: types.enumerated().map { ($1, $0) })
        let start = timeline.events.outlines.map(\.date.firstDay.dayNumber).min() ?? 0
        html.add("{\"start\":"); html.add(start); html.add(",\"marks\":"); html.add(zoomMarks); html.add(",\n\"lanes\":[")
        for (index, key) in laneKeys.enumerated() {
            if index > 0 { html.byte(0x2C) }
            html.byte(UInt8(ascii: "[")); html.scriptJSON(key); html.byte(0x2C); html.scriptJSON(laneLabels[index]); html.byte(UInt8(ascii: "]"))
        }
        html.add("],\n\"pairs\":[")
        for (index, pair) in pairs.enumerated() {
            if index > 0 { html.byte(0x2C) }
            html.byte(UInt8(ascii: "[")); html.scriptJSON(pair.key); html.byte(0x2C); html.add(lanes.lane[pair.key]!); html.byte(UInt8(ascii: "]"))
        }
        html.add("],\n\"types\":[")
        for (index, type) in types.enumerated() { if index > 0 { html.byte(0x2C) }; html.scriptJSON(type) }
        html.add("],\n\"events\":[")
        for (position, event) in timeline.events.outlines.enumerated() {
            let first = event.date.firstDay.dayNumber
            let last = max(first, (event.end ?? event.date).lastDay.dayNumber)
            html.add(position == 0 ? "\n[" : ",\n["); html.add(first - start); html.byte(0x2C); html.add(last - first)
            html.byte(0x2C); html.add(pairIndex[event.pair]!); html.byte(0x2C); html.add(typeIndex[event.type.rawValue]!)
            html.byte(0x2C); html.add(Int((event.goldstein * 10).rounded())); html.byte(0x2C)
            html.add((event.future ? 1 : 0) | (event.basis == .inferred ? 2 : 0)); html.byte(UInt8(ascii: "]"))
        }
        html.add("\n]}")
    }
}
