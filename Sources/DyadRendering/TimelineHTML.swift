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

/// `timeline.html`: one self-contained page (no network) holding the graph, the drawn timeline
/// and the event table. The table filters by pair and type, from the two menus or from the
/// address (`timeline.html#pair=CHN-USA&type=talks`, so a filtered view can be linked); every
/// event lists the sentences behind it, each with its file and line and a link to the article's
/// URL when one is known.
///
/// The drawn timeline is the script's zoomable chart (`TimelineHTML+Zoom.swift`), which follows
/// the menus and whose bars and dots list their events in the table (`#from=…&to=…&lane=…`);
/// `timeline.svg` is in a `<noscript>` for readers without script.
///
/// Up to ``staticRows`` events the rows are in the page, HTML-escaped, and the filter hides the
/// ones that do not match. Above, a page of one row per event (26 MB and seconds to lay out at
/// 19,000 events) is not made: the events are a JSON block (`<script type="application/json">`,
/// with `<`, `>` and `&` escaped, so article text cannot close it) and the script draws the
/// matching rows ``rowsPerStep`` at a time as the reader scrolls, filtering the data in place.
/// Article text reaches the page only through `textContent`, never as markup.
enum TimelineHTML {
    static let staticRows = 1_000
    static let rowsPerStep = 200

    /// The page, made as it is written: its head and the two pictures, then the table
    /// (``table(_:names:to:)``), whose rows are made in chunks on every core.
    static func file(_ timeline: Timeline, names: ActorNaming, graphSVG: [UInt8], timelineSVG: [UInt8]) -> OutputFile {
        OutputFile(name: OutputFormat.html.fileName) { sink in
            try sink(head(timeline, graphSVG: graphSVG, timelineSVG: timelineSVG))
            try table(timeline, names: names, to: sink)
        }
    }

    /// The page's head and the two pictures.
    static func head(_ timeline: Timeline, graphSVG: [UInt8], timelineSVG: [UInt8]) -> Data {
        var html = ByteText(capacity: graphSVG.count + timelineSVG.count + 2048)
        html.add("""
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>Dyad: bilateral events</title>
            <style>
            body { font-family: 'DejaVu Sans', Verdana, sans-serif; margin: 1.5em; color: #1d2433; }
            figure { margin: 1em 0; } figure svg { max-width: 100%; height: auto; }
            table { border-collapse: collapse; width: 100%; font-size: 0.9em; }
            th, td { border-bottom: 1px solid #d5dae3; padding: 0.35em 0.5em; text-align: left; vertical-align: top; }
            tr[hidden] { display: none; } blockquote { margin: 0.2em 0 0.2em 1em; color: #444; }
            .filters { margin: 1em 0; } .filters label { margin-right: 1.5em; } small { color: #666; }
            #period { margin-left: 1em; padding: 0.1em 0.4em; background: #fff3c4; }
            .zoom-controls { margin-bottom: 0.4em; } .zoom-controls button { min-width: 2.2em; margin-right: 0.2em; }
            #zoom-range { margin-left: 1em; font-size: 0.85em; color: #444; }
            #zoom-chart { border: 1px solid #d5dae3; cursor: grab; touch-action: pan-y; user-select: none; }
            #zoom-chart:focus { outline: 2px solid #4a73c9; } .zoom-svg { display: block; }
            .zoom-svg [data-lane] { cursor: pointer; outline: none; } .zoom-svg .mark:focus circle, .zoom-svg .bar:focus { stroke: #1d2433; stroke-width: 3; }
            .zoom-help { margin: 0.3em 0; }
            </style>
            </head>
            <body>
            <h1>Bilateral events</h1>

            """)
        html.add("<p>"); html.add(timeline.events.count); html.add(" events between "); html.add(timeline.actors.count)
        html.add(" actors, from "); html.add(timeline.documents.count); html.add(" documents.</p>\n")
        html.add("<h2>Graph</h2>\n<figure id=\"graph\">\n"); html.bytes += inline(graphSVG)
        html.add("\n</figure>\n<h2>Timeline</h2>\n<figure id=\"timeline\">\n"); html.add(zoomControls)
        html.add("<noscript>\n"); html.bytes += inline(timelineSVG); html.add("\n</noscript>\n</figure>\n")
        return html.data
    }

    /// The part of the page after the pictures: the filters, the table and the scripts.
    static func table(_ timeline: Timeline, names: ActorNaming, to sink: (Data) throws -> Void) throws {
        var urls: [String: String] = [:]
        for document in timeline.documents {
            if let url = document.metadata.url, url.hasPrefix("https://") || url.hasPrefix("http://") { urls[document.path] = url }
        }
        let pairs = GraphDOT.pairs(of: timeline.events)
        let types = Set(timeline.events.outlines.map(\.type.rawValue)).sorted()
        let onDemand = timeline.events.count > staticRows
        var html = ByteText(capacity: onDemand ? 1 << 16 : timeline.events.count * 900 + 8192)
        html.add("<h2>Events</h2>\n<div class=\"filters\">\n<label>Pair <select id=\"pair\"><option value=\"\">all pairs</option>\n")
        for pair in pairs {
            html.add("<option value=\""); html.xml(pair.key); html.add("\">"); html.xml(names.label(of: pair.actors))
            html.add(" ("); html.add(pair.count); html.add(")</option>\n")
        }
        html.add("</select></label>\n<label>Type <select id=\"type\"><option value=\"\">all types</option>\n")
        for type in types { html.add("<option value=\""); html.xml(type); html.add("\">"); html.xml(type); html.add("</option>\n") }
        html.add("</select></label>\n<span id=\"shown\">"); html.add(timeline.events.count); html.add(" of ")
        html.add(timeline.events.count); html.add(" events shown</span>\n")
        html.add("<span id=\"period\" hidden><span id=\"period-text\"></span> <button type=\"button\" id=\"period-clear\">all dates</button></span>\n")
        html.add("</div>\n<table id=\"events\">\n")
        html.add("<thead><tr><th>Date</th><th>Actors</th><th>Type</th><th>Summary and sources</th></tr></thead>\n<tbody>\n")
        if onDemand {
            html.add("</tbody>\n</table>\n<p id=\"more\"><button type=\"button\">more events</button></p>\n")
            html.add("<script type=\"application/json\" id=\"event-data\">\n")
            try eventData(&html, timeline, names: names, urls: urls, to: sink)
            html.add("\n</script>\n")
        } else {
            for event in timeline.events { row(&html, event, names: names, urls: urls) }
            html.add("</tbody>\n</table>\n")
        }
        html.add("<script type=\"application/json\" id=\"zoom-data\">\n")
        zoomData(&html, timeline, pairs: pairs, names: names)
        html.add("\n</script>\n<script>\n"); html.add(onDemand ? dynamicScript : script)
        html.add("\n</script>\n</body>\n</html>\n")
        try sink(html.data)
    }

    /// One table row, HTML-escaped.
    static func row(_ html: inout ByteText, _ event: TimelineEvent, names: ActorNaming, urls: [String: String]) {
        html.add("<tr id=\""); html.xml(event.id); html.add("\" data-pair=\""); html.xml(event.pair)
        html.add("\" data-type=\""); html.xml(event.type.rawValue); html.add("\">\n<td>"); html.xml(event.dateLabel)
        html.add("</td><td>"); html.xml(names.label(of: event.actors)); html.add("</td><td>"); html.xml(event.type.rawValue)
        html.add("</td>\n<td>"); html.xml(event.summary); html.add("\n")
        for (index, mention) in event.mentions.enumerated() {
            html.add("<blockquote id=\""); html.xml(event.id); html.add("-m"); html.add(index + 1); html.add("\">“")
            html.xml(mention.text); html.add("” <small>")
            if let url = urls[mention.document] {
                html.add("<a href=\""); html.xml(url); html.add("\" rel=\"noopener\">")
                html.xml(mention.document); html.add(":"); html.add(mention.line); html.add("</a>")
            } else {
                html.xml(mention.document); html.add(":"); html.add(mention.line)
            }
            html.add("</small></blockquote>\n")
        }
        html.add("</td></tr>\n")
    }

    /// The events as JSON for the script: `{"urls": [...], "events": [[id, pair, type, date,
    /// actors, summary, [[document, line, url index or -1, text], …]], …]}`. What `html` holds
    /// and the head of the block go to `sink`, then the events in chunks; the end of the block
    /// is left in `html`.
    static func eventData(_ html: inout ByteText, _ timeline: Timeline, names: ActorNaming, urls: [String: String],
                          to sink: (Data) throws -> Void) throws {
        let urlList = Array(Set(urls.values)).sorted()
        let urlIndex = Dictionary(uniqueKeysWithValues: urlList.enumerated().map { ($1, $0) })
        html.add("{\"urls\":[")
        for (index, url) in urlList.enumerated() { if index > 0 { html.byte(0x2C) }; html.scriptJSON(url) }
        html.add("],\n\"events\":[")
        try sink(html.data)
        html.bytes.removeAll(keepingCapacity: true)
        let events = timeline.events
        var labels: [String: String] = [:]
        for event in events.outlines where labels[event.pair] == nil { labels[event.pair] = names.label(of: event.actors) }
        try StreamedRows.write(events.count, bytesPerRow: 900, to: sink) { html, position in
            let event = events[position]
            html.add(position == 0 ? "\n[" : ",\n[")
            for field in [event.id, event.pair, event.type.rawValue, event.dateLabel] { html.scriptJSON(field); html.byte(0x2C) }
            html.scriptJSON(labels[event.pair]!); html.byte(0x2C)
            html.scriptJSON(event.summary); html.add(",[")
            for (index, mention) in event.mentions.enumerated() {
                html.add(index == 0 ? "[" : ",[")
                html.scriptJSON(mention.document); html.byte(0x2C); html.add(mention.line); html.byte(0x2C)
                html.add(urls[mention.document].flatMap { urlIndex[$0] } ?? -1); html.byte(0x2C)
                html.scriptJSON(mention.text); html.byte(UInt8(ascii: "]"))
            }
            html.add("]]")
        }
        html.add("\n]}")
    }

    /// An SVG file's `<svg>` element, without the XML declaration and doctype before it, nor
    /// the line breaks after it.
    static func inline(_ svg: [UInt8]) -> ArraySlice<UInt8> {
        let mark = Array("<svg".utf8)
        guard svg.count >= mark.count,
              let start = (0...(svg.count - mark.count)).first(where: { svg[$0..<($0 + mark.count)].elementsEqual(mark) }) else { return [] }
        var end = svg.count
        while end > start, svg[end - 1] == 0x0A || svg[end - 1] == 0x0D { end -= 1 }
        return svg[start..<end]
    }

    /// Both scripts' zoom, and their link between the menus, the chosen period and the
    /// address (`#pair=…&type=…&from=…&to=…&lane=…&view=…`). Each script defines `apply()`
    /// and `hooks` (an event's id and description) before this part.
    static let address = zoomScript + "\n" + #"""
      var selection = null, addressTimer = 0, filters = document.querySelector('.filters');
      var period = document.getElementById('period'), periodText = document.getElementById('period-text');
      hooks.choose = function (chosen) { selection = chosen; toAddress(); filters.scrollIntoView(); };
      hooks.moved = function () { clearTimeout(addressTimer); addressTimer = setTimeout(function () { history.replaceState(null, '', addressText()); }, 300); };
      var zoom = dyadZoom(JSON.parse(document.getElementById('zoom-data').textContent), hooks);
      function filter() {
        zoom.filter(pair.value, type.value, selection);
        period.hidden = !selection;
        periodText.textContent = selection ? 'only ' + zoom.describe(selection) : '';
      }
      function fromAddress() {
        var params = new URLSearchParams(location.hash.slice(1)), view = (params.get('view') || '').split('..');
        pair.value = params.get('pair') || '';
        type.value = params.get('type') || '';
        var from = zoom.day(params.get('from')), to = zoom.day(params.get('to'));
        selection = from !== null && to !== null && from <= to ? { from: from, to: to, lane: params.get('lane') || '' } : null;
        zoom.show(zoom.day(view[0]), view.length === 2 ? zoom.day(view[1]) : null);
        apply();
      }
      function addressText() {
        var params = new URLSearchParams(), view = zoom.viewText();
        if (pair.value) { params.set('pair', pair.value); }
        if (type.value) { params.set('type', type.value); }
        if (selection) {
          params.set('from', zoom.iso(selection.from)); params.set('to', zoom.iso(selection.to));
          if (selection.lane) { params.set('lane', selection.lane); }
        }
        if (view) { params.set('view', view); }
        return '#' + params.toString();
      }
      function toAddress() {
        clearTimeout(addressTimer);
        history.replaceState(null, '', addressText());
        apply();
      }
      document.getElementById('period-clear').addEventListener('click', function () { selection = null; toAddress(); });
    """#

    /// The filter: reads the menus (and the address on load), hides the rows that do not match.
    static let script = #"""
    (function () {
      var pair = document.getElementById('pair'), type = document.getElementById('type');
      var rows = document.querySelectorAll('#events tbody tr'), shown = document.getElementById('shown');
      var hooks = {
        id: function (i) { return rows[i].id; },
        describe: function (i) {
          var cells = rows[i].cells;
          return cells[0].textContent + ' \u00b7 ' + cells[1].textContent + ' \u00b7 ' + cells[2].textContent + '\n' + cells[3].firstChild.textContent.trim();
        }
      };
      function apply() {
        filter();
        var count = 0;
        rows.forEach(function (row, index) {
          var keep = zoom.matches(index);
          row.hidden = !keep;
          if (keep) { count += 1; }
        });
        shown.textContent = count + ' of ' + rows.length + ' events shown';
        zoom.draw();
      }
    """# + "\n" + address + "\n" + #"""
      pair.addEventListener('change', toAddress);
      type.addEventListener('change', toAddress);
      window.addEventListener('hashchange', fromAddress);
      fromAddress();
    })();
    """#

    /// The same filter over the JSON data: the matching events are found in the data, and their
    /// rows drawn a step at a time when the end of the table comes into view (or the button is
    /// pressed). Text is set with `textContent` only.
    static let dynamicScript = #"""
    (function () {
      var data = JSON.parse(document.getElementById('event-data').textContent);
      var events = data.events, urls = data.urls, step = \#(rowsPerStep);
      var pair = document.getElementById('pair'), type = document.getElementById('type');
      var body = document.querySelector('#events tbody'), shown = document.getElementById('shown');
      var more = document.getElementById('more'), matching = [], drawn = 0;
      var hooks = {
        id: function (i) { return events[i][0]; },
        describe: function (i) { var e = events[i]; return e[3] + ' \u00b7 ' + e[4] + ' \u00b7 ' + e[2] + '\n' + e[5]; }
      };
      function cell(row, text) { var td = document.createElement('td'); td.textContent = text; row.appendChild(td); return td; }
      function draw(event) {
        var row = document.createElement('tr');
        row.id = event[0]; row.dataset.pair = event[1]; row.dataset.type = event[2];
        cell(row, event[3]); cell(row, event[4]); cell(row, event[2]);
        var td = cell(row, event[5] + '\n');
        event[6].forEach(function (mention, index) {
          var quote = document.createElement('blockquote'), small = document.createElement('small');
          quote.id = event[0] + '-m' + (index + 1);
          quote.appendChild(document.createTextNode('\u201c' + mention[3] + '\u201d '));
          var place = mention[0] + ':' + mention[1];
          if (mention[2] >= 0) {
            var link = document.createElement('a');
            link.href = urls[mention[2]]; link.rel = 'noopener'; link.textContent = place;
            small.appendChild(link);
          } else { small.textContent = place; }
          quote.appendChild(small);
          td.appendChild(quote);
        });
        return row;
      }
      function drawMore() {
        var fragment = document.createDocumentFragment(), end = Math.min(matching.length, drawn + step);
        for (; drawn < end; drawn += 1) { fragment.appendChild(draw(events[matching[drawn]])); }
        body.appendChild(fragment);
        more.hidden = drawn >= matching.length;
      }
      function apply() {
        filter();
        matching = [];
        for (var i = 0; i < events.length; i += 1) { if (zoom.matches(i)) { matching.push(i); } }
        body.textContent = ''; drawn = 0;
        drawMore();
        shown.textContent = matching.length + ' of ' + events.length + ' events shown';
        zoom.draw();
      }
    """# + "\n" + address + "\n" + #"""
      more.querySelector('button').addEventListener('click', drawMore);
      if ('IntersectionObserver' in window) {
        new IntersectionObserver(function (entries) {
          if (entries.some(function (entry) { return entry.isIntersecting; })) { drawMore(); }
        }, { rootMargin: '600px' }).observe(more);
      }
      pair.addEventListener('change', toAddress);
      type.addEventListener('change', toAddress);
      window.addEventListener('hashchange', fromAddress);
      fromAddress();
    })();
    """#
}
