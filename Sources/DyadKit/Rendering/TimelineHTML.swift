/// `timeline.html`: one self-contained page (no network) holding the graph, the drawn timeline
/// and the event table. The table filters by pair and type, from the two menus or from the
/// address (`timeline.html#pair=CHN-USA&type=talks`, so a filtered view can be linked); every
/// event lists the sentences behind it, each with its file and line and a link to the article's
/// URL when one is known. Everything from an article is HTML-escaped, and no article text ever
/// reaches the script.
enum TimelineHTML {
    static func render(_ timeline: Timeline, names: ActorNaming, graphSVG: String, timelineSVG: String) -> String {
        var urls: [String: String] = [:]
        for document in timeline.documents {
            if let url = document.metadata.url, url.hasPrefix("https://") || url.hasPrefix("http://") { urls[document.path] = url }
        }
        let pairs = GraphDOT.pairs(of: timeline.events)
        let types = Set(timeline.events.map(\.type.rawValue)).sorted()
        var html: [String] = [
            "<!DOCTYPE html>",
            "<html lang=\"en\">",
            "<head>",
            "<meta charset=\"utf-8\">",
            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">",
            "<title>Dyad: bilateral events</title>",
            "<style>",
            "body { font-family: 'DejaVu Sans', Verdana, sans-serif; margin: 1.5em; color: #1d2433; }",
            "figure { margin: 1em 0; overflow-x: auto; } figure svg { max-width: none; height: auto; }",
            "table { border-collapse: collapse; width: 100%; font-size: 0.9em; }",
            "th, td { border-bottom: 1px solid #d5dae3; padding: 0.35em 0.5em; text-align: left; vertical-align: top; }",
            "tr[hidden] { display: none; } blockquote { margin: 0.2em 0 0.2em 1em; color: #444; }",
            ".filters { margin: 1em 0; } .filters label { margin-right: 1.5em; } small { color: #666; }",
            "</style>",
            "</head>",
            "<body>",
            "<h1>Bilateral events</h1>",
            "<p>\(timeline.events.count) events between \(timeline.actors.count) actors, from \(timeline.documents.count) documents.</p>",
            "<h2>Graph</h2>",
            "<figure id=\"graph\">", inline(graphSVG), "</figure>",
            "<h2>Timeline</h2>",
            "<figure id=\"timeline\">", inline(timelineSVG), "</figure>",
            "<h2>Events</h2>",
            "<div class=\"filters\">",
            "<label>Pair <select id=\"pair\"><option value=\"\">all pairs</option>",
        ]
        for pair in pairs {
            let code = pair.actors.joined(separator: "-")
            html.append("<option value=\"\(Escape.xml(code))\">\(Escape.xml(names.label(of: pair.actors))) (\(pair.events.count))</option>")
        }
        html.append("</select></label>")
        html.append("<label>Type <select id=\"type\"><option value=\"\">all types</option>")
        for type in types { html.append("<option value=\"\(Escape.xml(type))\">\(Escape.xml(type))</option>") }
        html.append("</select></label>")
        html.append("<span id=\"shown\">\(timeline.events.count) of \(timeline.events.count) events shown</span>")
        html.append("</div>")
        html.append("<table id=\"events\">")
        html.append("<thead><tr><th>Date</th><th>Actors</th><th>Type</th><th>Summary and sources</th></tr></thead>")
        html.append("<tbody>")
        for event in timeline.events {
            let date = event.dateLabel
            html.append("<tr id=\"\(Escape.xml(event.id))\" data-pair=\"\(Escape.xml(event.pair))\" data-type=\"\(Escape.xml(event.type.rawValue))\">")
            html.append("<td>\(Escape.xml(date))</td><td>\(Escape.xml(names.label(of: event.actors)))</td><td>\(Escape.xml(event.type.rawValue))</td>")
            html.append("<td>\(Escape.xml(event.summary))")
            for (index, mention) in event.mentions.enumerated() {
                let place = "\(mention.document):\(mention.line)"
                let source = urls[mention.document].map { "<a href=\"\(Escape.xml($0))\" rel=\"noopener\">\(Escape.xml(place))</a>" } ?? Escape.xml(place)
                html.append("<blockquote id=\"\(Escape.xml(event.id))-m\(index + 1)\">“\(Escape.xml(mention.text))” <small>\(source)</small></blockquote>")
            }
            html.append("</td></tr>")
        }
        html += ["</tbody>", "</table>", "<script>", script, "</script>", "</body>", "</html>"]
        return html.joined(separator: "\n") + "\n"
    }

    /// An SVG file's `<svg>` element, without the XML declaration and doctype before it.
    static func inline(_ svg: String) -> String {
        guard let start = svg.range(of: "<svg") else { return "" }
        return String(svg[start.lowerBound...]).trimmingCharacters(in: .newlines)
    }

    /// The filter: reads the menus (and the address on load), hides the rows that do not match.
    static let script = """
    (function () {
      var pair = document.getElementById('pair'), type = document.getElementById('type');
      var rows = document.querySelectorAll('#events tbody tr'), shown = document.getElementById('shown');
      function apply() {
        var count = 0;
        rows.forEach(function (row) {
          var keep = (!pair.value || row.dataset.pair === pair.value) && (!type.value || row.dataset.type === type.value);
          row.hidden = !keep;
          if (keep) { count += 1; }
        });
        shown.textContent = count + ' of ' + rows.length + ' events shown';
      }
      function fromAddress() {
        var params = new URLSearchParams(location.hash.slice(1));
        pair.value = params.get('pair') || '';
        type.value = params.get('type') || '';
        apply();
      }
      function toAddress() {
        var params = new URLSearchParams();
        if (pair.value) { params.set('pair', pair.value); }
        if (type.value) { params.set('type', type.value); }
        history.replaceState(null, '', '#' + params.toString());
        apply();
      }
      pair.addEventListener('change', toAddress);
      type.addEventListener('change', toAddress);
      window.addEventListener('hashchange', fromAddress);
      fromAddress();
    })();
    """
}
