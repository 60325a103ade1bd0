/// The zoomable timeline's script (see ``TimelineHTML/zoomData(_:_:pairs:names:)``), shared by
/// both kinds of page: `dyadZoom(data, hooks)` draws the chart as SVG elements made one by one
/// (text only through `textContent`), and answers which events the menus and the chosen period
/// keep. `hooks` gives an event's id and description and hears of choices and moves.
extension TimelineHTML {
    static let zoomScript = #"""
      function dyadZoom(data, hooks) {
        var DAY = 86400000, NS = 'http://www.w3.org/2000/svg', LIMIT = data.marks, SHORTEST = 5;
        var root = document.getElementById('zoom'), chart = document.getElementById('zoom-chart');
        var range = document.getElementById('zoom-range'), lanes = data.lanes, n = data.events.length;
        var first = new Float64Array(n), last = new Float64Array(n), pairOf = new Int32Array(n), typeOf = new Int32Array(n);
        var monthOf = new Int32Array(n), laneOf = new Int32Array(n), gold = new Float64Array(n), flags = new Uint8Array(n);
        var kept = new Uint8Array(n).fill(1), lo = Infinity, hi = -Infinity;
        for (var i = 0; i < n; i += 1) {
          var e = data.events[i], date;
          first[i] = data.start + e[0]; last[i] = first[i] + e[1]; pairOf[i] = e[2]; typeOf[i] = e[3];
          gold[i] = e[4] / 10; flags[i] = e[5]; laneOf[i] = data.pairs[e[2]][1];
          date = new Date(first[i] * DAY); monthOf[i] = date.getUTCFullYear() * 12 + date.getUTCMonth();
          lo = Math.min(lo, first[i]); hi = Math.max(hi, last[i] + 1);
        }
        var pad = Math.max(3, (hi - lo) * 0.02), whole = n ? [lo - pad, hi + pad] : [0, 30];
        if (whole[1] - whole[0] < 4 * SHORTEST) { var middle = (whole[0] + whole[1]) / 2; whole = [middle - 2 * SHORTEST, middle + 2 * SHORTEST]; }
        var view = whole.slice(), selection = null, layout = { left: 0, scale: 1 }, dragging = null, suppress = false, pending = 0;
        function iso(day) { return new Date(Math.floor(day) * DAY).toISOString().slice(0, 10); }
        function day(text) {
          var m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text || '');
          if (!m) { return null; }
          var value = Date.UTC(+m[1], +m[2] - 1, +m[3]) / DAY;
          return iso(value) === text ? value : null;
        }
        function monthStart(k) { return Date.UTC(Math.floor(k / 12), ((k % 12) + 12) % 12, 1) / DAY; }
        var units = [
          { name: 'day', days: 1, key: function (i) { return first[i]; }, start: function (k) { return k; },
            label: function (k) { return iso(k); } },
          { name: 'week', days: 7, key: function (i) { return Math.floor((first[i] + 3) / 7); }, start: function (k) { return k * 7 - 3; },
            label: function (k) { return 'the week of ' + iso(k * 7 - 3); } },
          { name: 'month', days: 30.4, key: function (i) { return monthOf[i]; }, start: monthStart,
            label: function (k) { return iso(monthStart(k)).slice(0, 7); } },
          { name: 'quarter', days: 91.3, key: function (i) { return Math.floor(monthOf[i] / 3); }, start: function (k) { return monthStart(k * 3); },
            label: function (k) { return Math.floor(k / 4) + ' Q' + (k - 4 * Math.floor(k / 4) + 1); } },
          { name: 'year', days: 365.2, key: function (i) { return Math.floor(monthOf[i] / 12); }, start: function (k) { return monthStart(k * 12); },
            label: function (k) { return String(k); } }
        ];
        function el(name, attributes, parent) {
          var node = document.createElementNS(NS, name);
          for (var key in attributes) { node.setAttribute(key, attributes[key]); }
          if (parent) { parent.appendChild(node); }
          return node;
        }
        function colour(g) {
          var t = Math.max(-1, Math.min(1, g / 5)), target = t < 0 ? [192, 57, 43] : [39, 140, 80];
          return 'rgb(' + target.map(function (c) { return Math.round(140 + (c - 140) * Math.abs(t)); }).join(',') + ')';
        }
        function short(text) { return text.length > 30 ? text.slice(0, 29) + '\u2026' : text; }
        function filter(pairKey, typeName, chosen) {
          var p = -1, t = typeName ? data.types.indexOf(typeName) : -1;
          data.pairs.forEach(function (pair, index) { if (pair[0] === pairKey) { p = index; } });
          for (var i = 0; i < n; i += 1) { kept[i] = (!pairKey || pairOf[i] === p) && (!typeName || typeOf[i] === t) ? 1 : 0; }
          selection = chosen;
        }
        function matches(i) {
          return kept[i] === 1 && (!selection || (first[i] >= selection.from && first[i] <= selection.to
            && (!selection.lane || lanes[laneOf[i]][0] === selection.lane)));
        }
        function describe(chosen) {
          var label = '';
          lanes.forEach(function (lane) { if (lane[0] === chosen.lane) { label = lane[1] + ', '; } });
          return label + (chosen.from === chosen.to ? iso(chosen.from) : iso(chosen.from) + ' \u2013 ' + iso(chosen.to));
        }
        function ticks(svg, a, b, x, top, height, plot) {
          var steps = [[1, 1], [2, 1], [7, 1], [14, 1], [1, 30.4], [2, 30.4], [3, 30.4], [6, 30.4], [12, 30.4], [24, 30.4],
                       [60, 30.4], [120, 30.4], [240, 30.4], [600, 30.4]];
          var wanted = Math.max(2, Math.floor(plot / 95)), step = steps[steps.length - 1], marks = [];
          for (var s = 0; s < steps.length; s += 1) { if ((b - a) / (steps[s][0] * steps[s][1]) <= wanted) { step = steps[s]; break; } }
          if (step[1] === 1) {
            var size = step[0], d = size === 7 || size === 14 ? Math.ceil((a + 3) / 7) * 7 - 3 : Math.ceil(a / size) * size;
            for (; d < b; d += size) { marks.push([d, iso(d)]); }
          } else {
            var count = step[0], month = new Date(Math.floor(a) * DAY), k = month.getUTCFullYear() * 12 + month.getUTCMonth();
            for (k = Math.ceil(k / count) * count; monthStart(k) < b; k += count) {
              marks.push([monthStart(k), count % 12 === 0 || k % 12 === 0 ? String(Math.floor(k / 12)) : iso(monthStart(k)).slice(0, 7)]);
            }
          }
          marks.forEach(function (mark) {
            if (mark[0] < a) { return; }
            el('line', { x1: x(mark[0]), x2: x(mark[0]), y1: top - 6, y2: height, stroke: '#c9d0dc', 'stroke-width': 1 }, svg);
            el('text', { x: x(mark[0]) + 3, y: top - 10, 'font-size': 10, fill: '#333333' }, svg).textContent = mark[1];
          });
        }
        function draw() {
          if (!n) { return; }
          var width = Math.max(480, Math.floor(chart.clientWidth || 1000)), left = 190, top = 32, laneHeight = 26;
          var a = view[0], b = view[1], plot = width - left - 12, scale = plot / (b - a);
          function x(d) { return left + (d - a) * scale; }
          layout = { left: left, scale: scale };
          var perLane = new Int32Array(lanes.length), visible = [], rows = [], rowOf = {};
          for (var i = 0; i < n; i += 1) {
            if (!kept[i]) { continue; }
            perLane[laneOf[i]] += 1;
            if (last[i] + 1 > a && first[i] < b) { visible.push(i); }
          }
          for (var l = 0; l < lanes.length; l += 1) { if (perLane[l]) { rowOf[l] = rows.length; rows.push(l); } }
          var height = top + Math.max(1, rows.length) * laneHeight + 4, one = visible.length <= LIMIT;
          var unit = units[units.length - 1];
          for (var u = 0; u < units.length; u += 1) { if (units[u].days * scale >= 4) { unit = units[u]; break; } }
          var svg = el('svg', { width: width, height: height, viewBox: '0 0 ' + width + ' ' + height, 'class': 'zoom-svg',
                                'data-view': iso(a) + '..' + iso(b - 1), 'data-unit': one ? 'event' : unit.name });
          rows.forEach(function (lane, row) {
            var y = top + row * laneHeight;
            if (row % 2 === 0) { el('rect', { x: 0, y: y, width: width, height: laneHeight, fill: '#f4f6fa' }, svg); }
            el('text', { x: 8, y: y + laneHeight / 2 + 4, 'font-size': 11, fill: '#1d2433' }, svg).textContent =
              short(lanes[lane][1]) + ' (' + perLane[lane] + ')';
          });
          if (!rows.length) { el('text', { x: left, y: top + 17, 'font-size': 12, fill: '#555555' }, svg).textContent = 'No event matches the menus.'; }
          ticks(svg, a, b, x, top, height, plot);
          el('rect', { x: left, y: 0, width: plot, height: height }, el('clipPath', { id: 'zoom-clip' }, el('defs', {}, svg)));
          var group = el('g', { 'clip-path': 'url(#zoom-clip)' }, svg);
          if (selection && (!selection.lane || rows.some(function (lane) { return lanes[lane][0] === selection.lane; }))) {
            var band = { x: x(selection.from), y: top, width: Math.max(3, x(selection.to + 1) - x(selection.from)), height: height - top, fill: '#f5c542', opacity: 0.3 };
            rows.forEach(function (lane, row) { if (lanes[lane][0] === selection.lane) { band.y = top + row * laneHeight; band.height = laneHeight; } });
            el('rect', band, group);
          }
          if (one) {
            var stacked = {};
            visible.forEach(function (i) {
              var place = laneOf[i] + ' ' + first[i], above = stacked[place] = (stacked[place] || 0) + 1;
              var y = top + rowOf[laneOf[i]] * laneHeight + laneHeight / 2 + [7, 0, -7][above % 3], c = colour(gold[i]), start = x(first[i]);
              var mark = el('g', { 'class': 'mark', tabindex: 0, role: 'button', 'data-event': hooks.id(i), 'data-lane': lanes[laneOf[i]][0],
                                   'data-from': iso(first[i]), 'data-to': iso(last[i]) }, group);
              if (last[i] > first[i]) { el('rect', { x: start, y: y - 3, width: Math.max(2, x(last[i] + 1) - start), height: 6, rx: 3, fill: c, opacity: 0.35 }, mark); }
              el('circle', { cx: x(first[i] + 0.5), cy: y, r: 5, fill: flags[i] & 1 ? 'white' : c, stroke: c,
                             'stroke-width': 2, 'stroke-dasharray': flags[i] & 2 ? '2 1.5' : 'none' }, mark);
              el('title', {}, mark).textContent = hooks.describe(i);
            });
          } else {
            var cells = new Map(), most = 1;
            for (var j = 0; j < n; j += 1) {
              if (!kept[j] || first[j] >= b || first[j] < a - 370) { continue; }
              var k = unit.key(j), key = laneOf[j] + ' ' + k, cell = cells.get(key);
              if (!cell) { cell = { lane: laneOf[j], k: k, count: 0, g: 0, types: {} }; cells.set(key, cell); }
              cell.count += 1; cell.g += gold[j]; cell.types[typeOf[j]] = (cell.types[typeOf[j]] || 0) + 1;
              most = Math.max(most, cell.count);
            }
            cells.forEach(function (cell) {
              var start = unit.start(cell.k), end = unit.start(cell.k + 1);
              if (end <= a || start >= b) { return; }
              var h = Math.max(2, (laneHeight - 6) * Math.log(1 + cell.count) / Math.log(1 + most)), bottom = top + rowOf[cell.lane] * laneHeight + laneHeight - 3;
              var bar = el('rect', { x: x(start), y: bottom - h, width: Math.max(1.5, x(end) - x(start) - 1), height: h, fill: colour(cell.g / cell.count),
                                     'class': 'bar', tabindex: 0, role: 'button', 'data-count': cell.count, 'data-lane': lanes[cell.lane][0],
                                     'data-from': iso(start), 'data-to': iso(end - 1) }, group);
              var kinds = Object.keys(cell.types).sort(function (p, q) { return cell.types[q] - cell.types[p] || p - q; }).slice(0, 3);
              el('title', {}, bar).textContent = cell.count + (cell.count === 1 ? ' event, ' : ' events, ') + unit.label(cell.k) + '\n'
                + lanes[cell.lane][1] + '\n' + kinds.map(function (t) { return data.types[t] + ' ' + cell.types[t]; }).join(', ');
            });
          }
          var focused = chart.contains(document.activeElement);
          chart.replaceChildren(svg);
          if (focused && !chart.contains(document.activeElement)) { chart.focus({ preventScroll: true }); }
          range.textContent = iso(a) + ' \u2013 ' + iso(b - 1) + ' \u00b7 '
            + (one ? visible.length + (visible.length === 1 ? ' event' : ' events') + ', a dot each (colour: Goldstein; hollow: planned; dashed: year inferred)' : 'bars per ' + unit.name + ' (height: events, log scale; colour: mean Goldstein)');
        }
        function place(start, span) {
          span = Math.min(whole[1] - whole[0], Math.max(SHORTEST, span));
          start = Math.max(whole[0], Math.min(start, whole[1] - span));
          view = [start, start + span];
        }
        function zoomAt(factor, centre) {
          var a = view[0], b = view[1], at = centre === undefined ? (a + b) / 2 : centre, span = Math.min(whole[1] - whole[0], Math.max(SHORTEST, (b - a) * factor));
          place(at - (at - a) / (b - a) * span, span);
        }
        function pan(fraction) { place(view[0] + fraction * (view[1] - view[0]), view[1] - view[0]); }
        function redraw() { if (!pending) { pending = requestAnimationFrame(function () { pending = 0; draw(); }); } }
        function moved() { draw(); hooks.moved(); }
        function dayAt(event) { return view[0] + (event.clientX - chart.getBoundingClientRect().left - layout.left) / layout.scale; }
        function pick(target) {
          var chosen = { lane: target.getAttribute('data-lane'), from: day(target.getAttribute('data-from')), to: day(target.getAttribute('data-to')) };
          hooks.choose(chosen);
        }
        root.addEventListener('click', function (event) {
          var button = event.target.closest('button');
          if (!button) { return; }
          var action = button.getAttribute('data-zoom'), span = +button.getAttribute('data-span');
          if (action === 'in') { zoomAt(0.5); } else if (action === 'out') { zoomAt(2); }
          else if (action === 'earlier') { pan(-0.5); } else if (action === 'later') { pan(0.5); }
          else if (action === 'all') { view = whole.slice(); } else if (span) { place((view[0] + view[1] - span) / 2, span); }
          moved();
        });
        chart.addEventListener('click', function (event) {
          var target = event.target.closest('[data-lane]');
          if (suppress) { suppress = false; return; }
          if (target) { pick(target); }
        });
        chart.addEventListener('keydown', function (event) {
          var target = event.target.closest ? event.target.closest('[data-lane]') : null, key = event.key;
          if ((key === 'Enter' || key === ' ') && target) { event.preventDefault(); pick(target); return; }
          if (key === '+' || key === '=') { zoomAt(0.5); } else if (key === '-' || key === '_') { zoomAt(2); }
          else if (key === 'ArrowLeft') { pan(-0.25); } else if (key === 'ArrowRight') { pan(0.25); }
          else if (key === '0' || key === 'Home') { view = whole.slice(); } else { return; }
          event.preventDefault(); moved();
        });
        chart.addEventListener('wheel', function (event) {
          if (event.ctrlKey || event.metaKey) { event.preventDefault(); zoomAt(Math.exp(event.deltaY * 0.002), dayAt(event)); }
          else if (event.shiftKey || Math.abs(event.deltaX) > Math.abs(event.deltaY)) { event.preventDefault(); pan((event.deltaX || event.deltaY) / 1000); }
          else { return; }
          redraw(); hooks.moved();
        }, { passive: false });
        chart.addEventListener('pointerdown', function (event) { suppress = false; if (event.button === 0) { dragging = { x: event.clientX, start: view[0], moved: false }; } });
        window.addEventListener('pointermove', function (event) {
          if (!dragging) { return; }
          if (Math.abs(event.clientX - dragging.x) > 3) { dragging.moved = true; }
          if (dragging.moved) { place(dragging.start - (event.clientX - dragging.x) / layout.scale, view[1] - view[0]); redraw(); }
        });
        window.addEventListener('pointerup', function () { if (dragging && dragging.moved) { suppress = true; hooks.moved(); } dragging = null; });
        window.addEventListener('resize', redraw);
        if (n) { root.hidden = false; }
        return {
          iso: iso, day: day, filter: filter, matches: matches, describe: describe, draw: draw,
          show: function (from, to) { if (from !== null && to !== null && to >= from) { place(from, to + 1 - from); } else { view = whole.slice(); } },
          viewText: function () { return view[0] <= whole[0] + 0.01 && view[1] >= whole[1] - 0.01 ? '' : iso(view[0]) + '..' + iso(view[1] - 1); }
        };
      }
    """#
}
