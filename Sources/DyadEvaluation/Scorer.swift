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
import DyadRendering
import DyadPipeline

/// An event as the scorer sees it: what `timeline.json` says of it that score.py reads.
public struct ScoredEvent: Sendable, Hashable {
    /// Nil when the timeline gives no string (such an event gives no key).
    public var date: String?
    public var actors: [String]
    public var type: String?
    /// The documents of its mentions, as written (folders are dropped when scoring).
    public var documents: [String]

    public init(date: String?, actors: [String], type: String?, documents: [String]) {
        self.date = date
        self.actors = actors
        self.type = type
        self.documents = documents
    }

    /// The events of a timeline in memory.
    public static func events(of timeline: Timeline) -> [ScoredEvent] {
        timeline.events.map { event in
            ScoredEvent(date: event.date.iso, actors: event.actors, type: event.type.rawValue,
                        documents: event.mentions.map(\.document))
        }
    }

    /// The `events` of a `timeline.json` (or any file shaped like it), read as leniently as
    /// score.py reads them.
    public static func events(timelineJSON data: Data) throws -> [ScoredEvent] {
        guard let root = try JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed]) as? [String: Any] else {
            throw GoldFormatError(file: "timeline", reason: "not a JSON object")
        }
        return (root["events"] as? [Any] ?? []).compactMap { value in
            guard let event = value as? [String: Any] else { return nil }
            let mentions = event["mentions"] as? [Any] ?? []
            return ScoredEvent(
                date: event["date"] as? String,
                actors: (event["actors"] as? [Any] ?? []).map(pythonString),
                type: event["type"] as? String,
                documents: mentions.map { ($0 as? [String: Any])?["document"].map(pythonString) ?? "" })
        }
    }
}

/// What score.py counts one event by: its document (file name only), its date as written and
/// its sorted pair.
public struct EvaluationKey: Sendable, Hashable, Comparable, CustomStringConvertible {
    public let document: String
    public let date: String
    public let pair: [String]

    public init(document: String, date: String, pair: [String]) {
        self.document = document
        self.date = date
        self.pair = pair.sorted(by: codePointsPrecede)
    }

    /// `CHN-USA`.
    public var pairText: String { pair.joined(separator: "-") }
    public var description: String { "\(document) \(date) \(pairText)" }

    /// Python's order of the tuple `(document, date, pair)`: strings by code point.
    public static func < (a: EvaluationKey, b: EvaluationKey) -> Bool {
        if a.document != b.document { return codePointsPrecede(a.document, b.document) }
        if a.date != b.date { return codePointsPrecede(a.date, b.date) }
        return a.pair.lexicographicallyPrecedes(b.pair, by: codePointsPrecede)
    }
}

/// The figures of one scoring, counted exactly as `../shared/eval/score.py` counts them.
public struct Score: Sendable {
    /// The gold's documents, sorted.
    public let documents: [String]
    public let truePositives: Set<EvaluationKey>
    public let falsePositives: Set<EvaluationKey>
    public let falseNegatives: Set<EvaluationKey>
    /// System keys matching no required gold key but an optional event's window: not counted.
    public let excused: Set<EvaluationKey>
    /// Missed gold keys the system reported on the same day and pair in another year.
    public let wrongYear: Int
    /// True positives whose gold and system types share one.
    public let typeAgreements: Int
    /// The types of each required gold key, and of each system key.
    public let goldTypes: [EvaluationKey: Set<String?>]
    public let systemTypes: [EvaluationKey: Set<String?>]
    /// For each system key, the indices of the events behind it.
    public let systemEvents: [EvaluationKey: [Int]]

    public var precision: Double {
        truePositives.isEmpty && falsePositives.isEmpty ? 0 : Double(truePositives.count) / Double(truePositives.count + falsePositives.count)
    }
    public var recall: Double {
        truePositives.isEmpty && falseNegatives.isEmpty ? 0 : Double(truePositives.count) / Double(truePositives.count + falseNegatives.count)
    }
    public var f1: Double {
        precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall)
    }
    public var typeAgreement: Double {
        truePositives.isEmpty ? 0 : Double(typeAgreements) / Double(truePositives.count)
    }

    /// score.py's last line: `F1 0.923 P 0.900 R 0.947 tp 18 fp 2 fn 1 wrong-year 0 type-agree 0.89`.
    public var summaryLine: String {
        String(format: "F1 %.3f P %.3f R %.3f tp %d fp %d fn %d wrong-year %d type-agree %.2f",
               f1, precision, recall, truePositives.count, falsePositives.count, falseNegatives.count, wrongYear, typeAgreement)
    }

    /// What score.py prints without `--quiet`: per gold document its counts and its extra and
    /// missing keys, then the summary line.
    public var listing: String {
        var lines: [String] = []
        for document in documents {
            let tp = truePositives.filter { $0.document == document }
            let fp = falsePositives.filter { $0.document == document }.sorted()
            let fn = falseNegatives.filter { $0.document == document }.sorted()
            lines.append("\(document): tp \(tp.count) fp \(fp.count) fn \(fn.count)")
            for key in fp { lines.append("   extra   \(key.date) \(key.pairText)") }
            for key in fn { lines.append("   missing \(key.date) \(key.pairText)") }
        }
        lines.append(summaryLine)
        return lines.joined(separator: "\n") + "\n"
    }
}

/// Scores system events against a gold file as `../shared/eval/score.py` does (keep the two in
/// step; `ScorerTests` runs score.py on fixtures and compares):
///
/// - a key is (document file name, date as written, sorted pair) and counts once per document;
///   events without a string date or with other than two actors give none;
/// - a system event counts for each gold document its mentions name (by file name); mentions of
///   other documents are ignored;
/// - an optional gold event is neither required nor penalised: a system key equal to it, or of
///   the same pair with a date overlapping its `window` (else its own date's days), is dropped;
/// - dates are compared by their first and last day: a year, a month, a day or an ISO week
///   (`2024-W36`, Monday to Sunday); a string of another shape covers itself only;
/// - wrong-year counts missed keys with a day or month whose pair and date without the year
///   the system reported in another year; type-agree is the share of true positives whose
///   types meet.
public enum Scorer {
    public static func score(gold: GoldStandard, system: [ScoredEvent]) -> Score {
        let goldDocuments = Set(gold.documents.map(\.file))
        var goldKeys: [EvaluationKey: Set<String?>] = [:]
        var windows: [PairInDocument: [(first: String, last: String)]] = [:]
        for document in gold.documents {
            for event in document.events {
                if event.optional {
                    let days = event.window.map { ($0[0], $0[1]) } ?? interval(event.date ?? "")
                    windows[PairInDocument(document: document.file, pair: event.actors.sorted(by: codePointsPrecede)), default: []]
                        .append((days.0, days.1))
                } else if let date = event.date, event.actors.count == 2 {
                    goldKeys[EvaluationKey(document: document.file, date: date, pair: event.actors), default: []].insert(event.type)
                }
            }
        }

        var systemKeys: [EvaluationKey: Set<String?>] = [:]
        var systemEvents: [EvaluationKey: [Int]] = [:]
        for (index, event) in system.enumerated() {
            guard let date = event.date, event.actors.count == 2 else { continue }
            var seen = Set<String>()
            for path in event.documents {
                let name = baseName(path)
                guard goldDocuments.contains(name), seen.insert(name).inserted else { continue }
                let key = EvaluationKey(document: name, date: date, pair: event.actors)
                systemKeys[key, default: []].insert(event.type)
                systemEvents[key, default: []].append(index)
            }
        }

        var excused = Set<EvaluationKey>()
        for key in systemKeys.keys where goldKeys[key] == nil {
            let (low, high) = interval(key.date)
            let overlaps = windows[PairInDocument(document: key.document, pair: key.pair)]?.contains {
                !codePointsPrecede($0.last, low) && !codePointsPrecede(high, $0.first)
            } ?? false
            if overlaps { excused.insert(key) }
        }
        for key in excused { systemKeys[key] = nil }

        let goldSet = Set(goldKeys.keys), systemSet = Set(systemKeys.keys)
        let tp = goldSet.intersection(systemSet)
        let fp = systemSet.subtracting(goldSet)
        let fn = goldSet.subtracting(systemSet)
        let typeAgreements = tp.filter { !goldKeys[$0]!.isDisjoint(with: systemKeys[$0]!) }.count
        let undatedExtras = Set(fp.map(undated))
        let wrongYear = fn.filter { $0.date.unicodeScalars.count > 4 && undatedExtras.contains(undated($0)) }.count

        return Score(documents: goldDocuments.sorted(by: codePointsPrecede), truePositives: tp, falsePositives: fp,
                     falseNegatives: fn, excused: excused, wrongYear: wrongYear, typeAgreements: typeAgreements,
                     goldTypes: goldKeys, systemTypes: systemKeys, systemEvents: systemEvents)
    }

    /// The first and last day a date covers, as ISO strings: `2023` → 2023-01-01…2023-12-31,
    /// `2023-06` → the month, `2024-W36` → its Monday…Sunday; a day, or any string that is not
    /// one of these shapes, covers itself.
    public static func interval(_ date: String) -> (first: String, last: String) {
        let parts = date.split(separator: "-", omittingEmptySubsequences: false).map(String.init)
        if parts.count == 2, parts[1].hasPrefix("W") {
            guard let year = pythonInt(parts[0]), let week = pythonInt(String(parts[1].dropFirst())),
                  let monday = isoWeekMonday(year: year, week: week) else { return (date, date) }
            return (monday.iso, monday.adding(days: 6).iso)
        }
        guard let year = pythonInt(parts[0]) else { return (date, date) }
        if parts.count == 1 { return (isoText(year, 1, 1), isoText(year, 12, 31)) }
        guard let month = pythonInt(parts[1]), (1...12).contains(month) else { return (date, date) }
        if parts.count == 2 { return (isoText(year, month, 1), isoText(year, month, CalendarDate.daysIn(month: month, year: year))) }
        return (date, date)
    }

    /// A key without its year, as score.py's wrong-year count compares them.
    static func undated(_ key: EvaluationKey) -> EvaluationKey {
        EvaluationKey(document: key.document, date: String(String.UnicodeScalarView(key.date.unicodeScalars.dropFirst(4))), pair: key.pair)
    }

    private struct PairInDocument: Hashable {
        let document: String
        let pair: [String]
    }
}

/// The last part of a path, as Python's `os.path.basename`.
func baseName(_ path: String) -> String {
    path.split(separator: "/", omittingEmptySubsequences: false).last.map(String.init) ?? path
}

/// Python's order of strings: by code point.
func codePointsPrecede(_ a: String, _ b: String) -> Bool {
    a.unicodeScalars.lexicographicallyPrecedes(b.unicodeScalars)
}

/// Python's `int(text)` for the forms dates use: optional spaces and sign, digits with single
/// underscores between them; nil where Python raises ValueError.
func pythonInt(_ text: String) -> Int? {
    var body = Substring(text.trimmingCharacters(in: .whitespacesAndNewlines))
    var negative = false
    if let sign = body.first, sign == "+" || sign == "-" {
        negative = sign == "-"
        body = body.dropFirst()
    }
    guard let first = body.first, let last = body.last, first.isASCII, first.isNumber, last.isASCII, last.isNumber,
          !body.contains("__"), body.allSatisfy({ ($0.isASCII && $0.isNumber) || $0 == "_" }),
          let value = Int(body.replacingOccurrences(of: "_", with: "")) else { return nil }
    return negative ? -value : value
}

private func isoText(_ year: Int, _ month: Int, _ day: Int) -> String {
    String(format: "%04d-%02d-%02d", year, month, day)
}

/// The Monday of ISO week `week` of `year`, nil where Python's `date.fromisocalendar` refuses it
/// (a year outside 1…9999, a week outside 1…52, or 53 in a year without one).
func isoWeekMonday(year: Int, week: Int) -> CalendarDate? {
    guard (1...9999).contains(year), let january1 = CalendarDate(year: year, month: 1, day: 1) else { return nil }
    let weekday = january1.weekday  // 1 Monday … 7 Sunday
    if week == 53 {
        // A year has 53 weeks when it starts on a Thursday, or on a Wednesday in a leap year.
        guard weekday == 4 || (weekday == 3 && CalendarDate.daysIn(month: 2, year: year) == 29) else { return nil }
    } else if !(1...52).contains(week) {
        return nil
    }
    // Week 1 is the week with the year's first Thursday.
    let week1Monday = january1.dayNumber - (weekday - 1) + (weekday > 4 ? 7 : 0)
    return CalendarDate(dayNumber: week1Monday + (week - 1) * 7)
}
