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

/// A scoring put into words: per gold document each extra key with the sentences that gave it
/// and each missing key with the gold's evidence, each with a reason found cheaply, then the
/// figures. What `dyad eval` prints, as text or JSON.
public struct EvaluationReport: Sendable, Codable, Equatable {
    public struct Mention: Sendable, Codable, Hashable {
        public let document: String
        public let line: Int
        public let text: String
    }

    /// A system key the gold does not have.
    public struct Extra: Sendable, Codable, Equatable {
        public let date: String
        public let actors: [String]
        public let types: [String]
        public let reason: String
        public let mentions: [Mention]
    }

    /// A required gold key the system did not give.
    public struct Missing: Sendable, Codable, Equatable {
        public let date: String
        public let actors: [String]
        public let types: [String]
        public let reason: String
        public let evidence: [String]
    }

    public struct Document: Sendable, Codable, Equatable {
        public let file: String
        public let tp: Int
        public let fp: Int
        public let fn: Int
        public let extra: [Extra]
        public let missing: [Missing]
    }

    public struct Summary: Sendable, Codable, Equatable {
        public let f1: Double
        public let precision: Double
        public let recall: Double
        public let tp: Int
        public let fp: Int
        public let fn: Int
        public let wrongYear: Int
        public let typeAgree: Double
        /// score.py's summary line.
        public let line: String

        enum CodingKeys: String, CodingKey {
            case f1, precision, recall, tp, fp, fn, line
            case wrongYear = "wrong_year", typeAgree = "type_agree"
        }
    }

    public let documents: [Document]
    public let summary: Summary
    /// Gold documents that were not among the inputs, inputs the gold does not annotate.
    public let notes: [String]

    /// Puts `score` into words. `events` are the timeline's events the score was counted from
    /// (in the same order); `analyses`, by file name, are traced analyses of the documents
    /// with extra or missing keys (a document without one gets the reasons the keys alone give).
    public init(score: Score, gold: GoldStandard, events: [TimelineEvent], analyses: [String: DocumentAnalysis], notes: [String] = []) {
        let diagnosis = Diagnosis(score: score, gold: gold, events: events, analyses: analyses)
        documents = score.documents.map { file in
            Document(
                file: file,
                tp: score.truePositives.filter { $0.document == file }.count,
                fp: score.falsePositives.filter { $0.document == file }.count,
                fn: score.falseNegatives.filter { $0.document == file }.count,
                extra: score.falsePositives.filter { $0.document == file }.sorted().map(diagnosis.extra),
                missing: score.falseNegatives.filter { $0.document == file }.sorted().map(diagnosis.missing))
        }
        summary = Summary(f1: score.f1, precision: score.precision, recall: score.recall,
                          tp: score.truePositives.count, fp: score.falsePositives.count, fn: score.falseNegatives.count,
                          wrongYear: score.wrongYear, typeAgree: score.typeAgreement, line: score.summaryLine)
        self.notes = notes
    }

    /// The report as `dyad eval` prints it: score.py's listing with each extra's sentences and
    /// each missing key's evidence under it, and a reason; the summary line last. `quiet`
    /// prints the summary line only, as score.py does.
    public func text(quiet: Bool = false) -> String {
        guard !quiet else { return summary.line + "\n" }
        var lines: [String] = []
        for document in documents {
            lines.append("\(document.file): tp \(document.tp) fp \(document.fp) fn \(document.fn)")
            for extra in document.extra {
                lines.append("   extra   \(extra.date) \(extra.actors.joined(separator: "-")) \(extra.types.joined(separator: ","))  — \(extra.reason)")
                for mention in extra.mentions { lines.append("           line \(mention.line): \(Self.clipped(mention.text))") }
            }
            for missing in document.missing {
                lines.append("   missing \(missing.date) \(missing.actors.joined(separator: "-")) \(missing.types.joined(separator: ","))  — \(missing.reason)")
                for evidence in missing.evidence { lines.append("           gold: \(Self.clipped(evidence))") }
            }
        }
        lines.append(summary.line)
        return lines.joined(separator: "\n") + "\n"
    }

    /// The report as JSON (keys sorted, for diffs).
    public func json() -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        // Every field is a plain value: encoding cannot fail.
        return (try? encoder.encode(self)) ?? Data()
    }

    static func clipped(_ text: String, to limit: Int = 220) -> String {
        text.count <= limit ? text : String(text.prefix(limit)) + "…"
    }
}

/// Finds, cheaply, why a key is extra or missing.
struct Diagnosis {
    let score: Score
    let gold: GoldStandard
    let events: [TimelineEvent]
    let analyses: [String: DocumentAnalysis]
    /// Every key the system gave, excused ones included, by document.
    let systemKeys: [String: [EvaluationKey]]

    init(score: Score, gold: GoldStandard, events: [TimelineEvent], analyses: [String: DocumentAnalysis]) {
        self.score = score
        self.gold = gold
        self.events = events
        self.analyses = analyses
        systemKeys = Dictionary(grouping: score.systemEvents.keys.sorted(), by: \.document)
    }

    func mentions(of key: EvaluationKey) -> [EvaluationReport.Mention] {
        var seen = Set<EvaluationReport.Mention>()
        return (score.systemEvents[key] ?? []).flatMap { index -> [EvaluationReport.Mention] in
            guard events.indices.contains(index) else { return [] }
            return events[index].mentions.filter { baseName($0.document) == key.document }
                .map { EvaluationReport.Mention(document: $0.document, line: $0.line, text: $0.text) }
        }.filter { seen.insert($0).inserted }
    }

    func types(_ set: Set<String?>?) -> [String] {
        (set ?? []).map { $0 ?? "none" }.sorted()
    }

    func extra(_ key: EvaluationKey) -> EvaluationReport.Extra {
        EvaluationReport.Extra(date: key.date, actors: key.pair, types: types(score.systemTypes[key]),
                               reason: reason(forExtra: key), mentions: mentions(of: key))
    }

    func missing(_ key: EvaluationKey) -> EvaluationReport.Missing {
        let evidence = (gold.document(named: key.document)?.events ?? []).filter {
            !$0.optional && $0.date == key.date && $0.actors.sorted(by: codePointsPrecede) == key.pair
        }.compactMap(\.evidence)
        return EvaluationReport.Missing(date: key.date, actors: key.pair, types: types(score.goldTypes[key]),
                                        reason: reason(forMissing: key), evidence: evidence)
    }

    func reason(forExtra key: EvaluationKey) -> String {
        let goldEvents = (gold.documents.filter { $0.file == key.document }).flatMap(\.events)
        let samePair = goldEvents.filter { $0.actors.sorted(by: codePointsPrecede) == key.pair }.compactMap(\.date)
        if !samePair.isEmpty {
            return "gold has this pair on " + Set(samePair).sorted(by: codePointsPrecede).joined(separator: ", ")
        }
        let goldActors = Set(goldEvents.flatMap(\.actors))
        let strangers = key.pair.filter { !goldActors.contains($0) }
        let sameDate = Set(goldEvents.filter { $0.date == key.date }.map { $0.actors.sorted(by: codePointsPrecede).joined(separator: "-") })
        if !sameDate.isEmpty {
            let others = "gold has " + sameDate.sorted(by: codePointsPrecede).joined(separator: ", ") + " on this date"
            return strangers.isEmpty ? others : others + "; \(strangers.joined(separator: ", ")) is in no gold event (topic, venue or mediator taken as a party?)"
        }
        if !strangers.isEmpty {
            return "\(strangers.joined(separator: ", ")) is in no gold event of the document (topic, venue or mediator taken as a party?)"
        }
        return "not in gold"
    }

    func reason(forMissing key: EvaluationKey) -> String {
        let reported = systemKeys[key.document] ?? []
        let samePair = reported.filter { $0.pair == key.pair && $0.date != key.date }
        if !samePair.isEmpty {
            return "date resolved to " + samePair.map { other in
                let line = mentions(of: other).first.map { " (line \($0.line))" } ?? ""
                return other.date + line + (Scorer.undated(other) == Scorer.undated(key) ? ", another year" : "")
            }.joined(separator: "; ")
        }
        guard let analysis = analyses[key.document] else { return otherPairs(key, reported) ?? "no event found" }
        let evidence = self.evidence(of: key, in: analysis)
        if let furniture = evidence.furniture {
            return "evidence taken as page furniture (\(furniture.reason)), line \(furniture.line)"
        }
        let found = Set(analysis.actors.joined().compactMap(\.code))
        let unknown = key.pair.filter { !found.contains($0) }
        if !unknown.isEmpty { return "actor unknown: " + unknown.joined(separator: ", ") }
        if let other = otherPairs(key, reported) { return other }
        if let trace = evidence.trace {
            let line = trace.sentence.line
            if trace.triggers.isEmpty { return "no event word (line \(line))" }
            if trace.dates.isEmpty { return "no date found (line \(line))" }
            if let decision = trace.decisions.last { return "line \(line): \(decision)" }
            let codes = Set(trace.actors.compactMap(\.code))
            if !key.pair.allSatisfy(codes.contains) { return "the pair's actors are not both in the sentence (line \(line))" }
            return "line \(line) has event words (\(trace.triggers.joined(separator: ", "))), a date and both actors, yet no event: see dyad explain"
        }
        return "no event found"
    }

    private func otherPairs(_ key: EvaluationKey, _ reported: [EvaluationKey]) -> String? {
        let others = reported.filter { $0.date == key.date && $0.pair != key.pair }
        guard !others.isEmpty else { return nil }
        return "other pair: " + others.map { other in
            other.pairText + (mentions(of: other).first.map { " (line \($0.line))" } ?? "")
        }.joined(separator: ", ")
    }

    /// The sentence of the document that holds the gold's evidence, or the furniture line that
    /// does: found by the evidence's longest part between elisions.
    private func evidence(of key: EvaluationKey, in analysis: DocumentAnalysis) -> (trace: SentenceTrace?, furniture: (line: Int, reason: String)?) {
        let quotes = (gold.document(named: key.document)?.events ?? []).filter {
            !$0.optional && $0.date == key.date && $0.actors.sorted(by: codePointsPrecede) == key.pair
        }.compactMap(\.evidence)
        for quote in quotes {
            let parts = quote.replacingOccurrences(of: "...", with: "…").split(separator: "…").map { Self.folded(String($0)) }
            guard let longest = parts.max(by: { $0.count < $1.count }), longest.count >= 8 else { continue }
            if let trace = analysis.extraction.traces.first(where: { Self.folded($0.sentence.text).contains(longest) }) {
                return (trace, nil)
            }
            for line in analysis.document.lines {
                if case .furniture(let reason) = line.role, Self.folded(line.text).contains(longest) {
                    return (nil, (line.number, reason))
                }
            }
        }
        return (nil, nil)
    }

    /// Lower-cased, with runs of white space made one space, trimmed.
    static func folded(_ text: String) -> String {
        text.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}
