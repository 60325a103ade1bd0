/// One piece of evidence for the year of a document without a publication date.
public struct YearEvidence: Sendable, Hashable, Codable {
    /// `explicit year` or `officeholder`.
    public let kind: String
    /// The words in the text.
    public let text: String
    public let line: Int
    /// The years it allows, as ranges.
    public let years: [ClosedRange<Int>]
}

/// The outcome of inferring a document's year from its own main body.
public struct YearInference: Sendable, Hashable {
    /// Years consistent with the evidence, most likely first.
    public let candidates: [Int]
    public let chosen: Int?
    public let evidence: [YearEvidence]
    public let note: String

    /// Weighs the years the body states against the terms of the officeholders it names in
    /// their roles. The candidates are the years every officeholder fits (or, when they
    /// disagree, the years most of them fit); a stated year among them is chosen, else the
    /// earliest candidate — the first year in which everyone named held the office they are
    /// named in.
    public static func infer(statedYears: [(year: Int, text: String, line: Int)],
                             officeholders: [(text: String, line: Int, years: Set<Int>)]) -> YearInference {
        var evidence: [YearEvidence] = []
        for stated in statedYears {
            evidence.append(YearEvidence(kind: "explicit year", text: stated.text, line: stated.line, years: [stated.year...stated.year]))
        }
        for person in officeholders where !person.years.isEmpty {
            evidence.append(YearEvidence(kind: "officeholder", text: person.text, line: person.line, years: ranges(of: person.years)))
        }

        var counts: [Int: Int] = [:]
        for person in officeholders { for year in person.years { counts[year, default: 0] += 1 } }
        let stated = Set(statedYears.map(\.year))
        var candidates: [Int]
        if let most = counts.values.max() {
            candidates = counts.filter { $0.value == most }.keys.sorted()
        } else {
            candidates = stated.sorted()
        }
        let statedInside = candidates.filter(stated.contains)
        let chosen = statedInside.first ?? candidates.first
        if let chosen { candidates = [chosen] + candidates.filter { $0 != chosen } }

        let note: String
        if let chosen {
            if candidates.count == 1 {
                note = "only \(chosen) fits the evidence"
            } else if stated.contains(chosen) {
                note = "\(candidates.count) years fit the officeholders named; \(chosen) is the one the text states"
            } else {
                note = "\(candidates.count) years fit the evidence; \(chosen) is the earliest of them"
            }
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
