import DyadText
import DyadResources
import DyadModel
import DyadReading
import DyadCleaning
import DyadActors

extension YearInference {
    /// Weighs the years the body states against the terms of the officeholders it names in
    /// their roles and the summits it names where they met (each a set of years, as a term is).
    /// The candidates are the years every officeholder and summit fits (or, when they
    /// disagree, the years most of them fit). Chosen among them, in order:
    /// 1. the latest year the text states (a news text looks back more than ahead);
    /// 2. the one candidate next to a year the text states (a text naming a deadline of 2019
    ///    beside officeholders who had left by then was written the year before);
    /// 3. the earliest of a stretch of at most ``narrowStretch`` years;
    /// else none.
    public static let narrowStretch = 3

    /// How far from a stated year the candidate next to it may be.
    public static let nextToStated = 1

    public static func infer(statedYears: [(year: Int, text: String, line: Int)],
                             officeholders: [(text: String, line: Int, years: Set<Int>)],
                             summits: [(text: String, line: Int, years: Set<Int>)] = []) -> YearInference {
        var evidence: [YearEvidence] = []
        for stated in statedYears {
            evidence.append(YearEvidence(kind: "explicit year", text: stated.text, line: stated.line, years: [stated.year...stated.year]))
        }
        for person in officeholders where !person.years.isEmpty {
            evidence.append(YearEvidence(kind: "officeholder", text: person.text, line: person.line, years: ranges(of: person.years)))
        }
        for summit in summits {
            evidence.append(YearEvidence(kind: "summit", text: summit.text, line: summit.line, years: ranges(of: summit.years)))
        }

        var counts: [Int: Int] = [:]
        for item in officeholders + summits { for year in item.years { counts[year, default: 0] += 1 } }
        let stated = Set(statedYears.map(\.year))
        var candidates: [Int]
        if let most = counts.values.max() {
            candidates = counts.filter { $0.value == most }.keys.sorted()
        } else {
            candidates = stated.sorted()
        }
        let statedInside = candidates.filter(stated.contains)
        // A year is chosen only when the evidence fixes it: a year the text states among those
        // the officeholders allow, or the only year they allow. Guessing among several would
        // misdate every event whose date lacks a year; leaving them unplaced loses them only.
        // A short stretch (the term of a spokesperson, say) is taken at its start, the first year
        // in which everyone named held the office they are named in.
        let nextTo = candidates.filter { year in stated.contains { abs($0 - year) <= nextToStated } }
        let chosen = statedInside.last ?? (nextTo.count == 1 ? nextTo.first : nil)
            ?? (candidates.count <= narrowStretch ? candidates.first : nil)
        if let chosen { candidates = [chosen] + candidates.filter { $0 != chosen } }

        let note: String
        if let chosen {
            if candidates.count == 1 {
                note = "only \(chosen) fits the evidence"
            } else if stated.contains(chosen) {
                note = "\(candidates.count) years fit the officeholders named; \(chosen) is the latest the text states"
            } else if nextTo == [chosen] {
                note = "\(candidates.count) years fit the officeholders named; \(chosen) is the one next to a year the text states"
            } else {
                note = "\(candidates.count) years fit the evidence; \(chosen) is the earliest of them (the first in which everyone named held office)"
            }
        } else if !candidates.isEmpty {
            note = "\(candidates.count) years fit the officeholders named (\(candidates.first!)–\(candidates.last!)) and the text states none of them: dates without a year are left unplaced"
        } else {
            note = "no evidence for a year in the main body"
        }
        return YearInference(candidates: candidates, chosen: chosen, evidence: evidence, note: note)
    }

    static func ranges(of years: Set<Int>) -> [ClosedRange<Int>] {
        var output: [ClosedRange<Int>] = []
        for year in years.sorted() {
            if let last = output.last, last.upperBound + 1 == year {
                output[output.count - 1] = last.lowerBound...year
            } else {
                output.append(year...year)
            }
        }
        return output
    }
}
